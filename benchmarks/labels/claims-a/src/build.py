"""Build quantities.jsonl and pairs.jsonl from hand-written annotations.

The annotations (ann_*.py) are written by reading the articles. This script
only locates each annotated text span in its file (via an anchor string),
numbers the quantities, checks slices, and expands same-measure clusters into
cross-article pairs (members with the same tag agree; different tags disagree).
"""
import importlib
import json
import os
import sys
from itertools import combinations

ROOT = "/work"
OUT = "/work/staging/claims-a"
sys.path.insert(0, os.path.dirname(__file__))

MODULES = ["ann_seeds", "ann_basil_a", "ann_basil_b", "ann_basil_c"]
QUALS = {"exact", "at least", "more than", "about", "up to", "less than", "range"}


def story_and_file(path):
    parts = path.split("/")
    stem = parts[-1][:-4]
    if path.startswith("main/seeds/"):
        return "seeds", stem
    return parts[-2], stem


def locate(text, span, anchor, path):
    # NBSP and curly apostrophes are matched by plain space / straight quote
    # (one code point each, so offsets are unchanged); the stored text is the
    # exact slice of the original file.
    text = text.replace("\u00a0", " ").replace("\u2019", "'")
    span = span.replace("\u2019", "'")
    if anchor is None:
        anchor = span
    anchor = anchor.replace("\u2019", "'")
    i = text.find(anchor)
    if i < 0:
        raise SystemExit(f"anchor not found in {path}: {anchor!r}")
    if text.find(anchor, i + 1) >= 0:
        raise SystemExit(f"anchor not unique in {path}: {anchor!r}")
    j = text.find(span, i)
    if j < 0 or j + len(span) > i + len(anchor):
        raise SystemExit(f"span {span!r} not inside anchor {anchor!r} in {path}")
    return j, j + len(span)


def clean(v):
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def main():
    records = []
    clusters = {}  # key -> list of (id, tag)
    notes = {}
    for modname in MODULES:
        mod = importlib.import_module(modname)
        notes.update(getattr(mod, "NOTES", {}))
        for path, items in mod.ANN.items():
            text = open(os.path.join(ROOT, path), encoding="utf-8", newline="").read()
            story, stem = story_and_file(path)
            located = []
            for it in items:
                span, value, unit, qual, measures, when = it[:6]
                anchor = it[6] if len(it) > 6 else None
                cluster = it[7] if len(it) > 7 else None
                if qual not in QUALS:
                    raise SystemExit(f"bad qualifier {qual} for {span} in {path}")
                if qual == "range" and not isinstance(value, list):
                    raise SystemExit(f"range without list: {span} in {path}")
                if isinstance(value, list) and qual != "range":
                    raise SystemExit(f"list value without range qualifier: {span} in {path}")
                s, e = locate(text, span, anchor, path)
                norm = text[s:e].replace("\u00a0", " ").replace("\u2019", "'")
                assert norm == span.replace("\u2019", "'"), (span, text[s:e])
                located.append((s, e, span, value, unit, qual, measures, when, cluster))
            located.sort()
            seen = set()
            for n, (s, e, span, value, unit, qual, measures, when, cluster) in enumerate(located, 1):
                if (s, e) in seen:
                    raise SystemExit(f"duplicate span {span!r} at {s} in {path}")
                seen.add((s, e))
                span = text[s:e]
                qid = f"{story}/{stem}#{n}"
                records.append({
                    "id": qid, "path": path, "start": s, "end": e, "text": span,
                    "value": clean(value), "unit": unit, "qualifier": qual,
                    "measures": measures, "when": when,
                })
                if cluster:
                    key, tag = cluster.rsplit(":", 1)
                    clusters.setdefault(key, []).append((qid, tag, path))
    pairs = []
    for key, members in clusters.items():
        if key not in notes:
            raise SystemExit(f"no note for cluster {key}")
        note = notes[key]
        for (a, ta, pa), (b, tb, pb) in combinations(members, 2):
            if pa == pb:
                continue
            rel = "agree" if ta == tb else "disagree"
            if isinstance(note, dict):
                txt = note[rel]
            else:
                txt = note
            pairs.append({"a": a, "b": b, "relation": rel, "note": txt})
        if len({p for _, _, p in members}) < 2:
            raise SystemExit(f"cluster {key} has a single article")
    with open(os.path.join(OUT, "quantities.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pairs.jsonl"), "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(records), "quantities;", len(pairs), "pairs")


if __name__ == "__main__":
    main()
