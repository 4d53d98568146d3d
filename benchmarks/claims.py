"""Quantities and cross-outlet pairs against the labelled stories.

    python benchmarks/claims.py [--details] [--no-quantulum]

Two label sets, labelled by reading before the tool existed
(``benchmarks/labels/PROVENANCE.md``): ``claims-a`` (the sample and 10 BASIL
stories, 2010–2013) is the set the rules were tuned on; ``claims-b`` (11 BASIL
stories, 2014–2018) is held out. Each is reported on its own.

Extraction: of the labelled quantities, how many the tool finds with the same
value, unit and span (strict: the same offsets; overlap: the spans share
characters), and quantulum3 on the same sentences as a reference (value and
span; its units are mapped to ours by a small table). Found quantities no
label covers are counted too (labellers skipped some by guideline: dates with a
month, re-counts of a known set).

Pairs: the tool's groups give pairs of quantities of different articles
(every pair within an agreeing group; every pair across the two sides of a
disagreement whose values conflict). A pair is judged when both its
quantities overlap labelled ones: right if the labels pair those two with the
same relation. Labelled pairs list every cross-article combination of a
measure, so an unlisted pair of labelled quantities is a wrong pair. Pairs
touching an unlabelled quantity are counted apart (unjudged).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import _common  # noqa: F401  (puts the repository first on sys.path)

from briefing.analysis.claims import corpus_claims, same_fact_groups
from briefing.analysis.claims.pairs import compatible_values
from briefing.corpus import read_corpus

ROOT = _common.ROOT
LABELS = ROOT / "benchmarks" / "labels"
SETS = (("claims-a", "tuned on"), ("claims-b", "held out"))
BASIL = ROOT.parent / "shared" / "corpora" / "basil"


def corpus_dir(story: str) -> Path:
    return ROOT / "seeds" if story == "seeds" else BASIL / story


def _load(name: str):
    quantities = [json.loads(line) for line in (LABELS / name / "quantities.jsonl").open(encoding="utf-8")]
    pairs = [json.loads(line) for line in (LABELS / name / "pairs.jsonl").open(encoding="utf-8")]
    return quantities, pairs


def _same_value(a, b) -> bool:
    if isinstance(a, list) != isinstance(b, list):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_value(x, y) for x, y in zip(a, b))
    return abs(float(a) - float(b)) <= 1e-3 * max(1.0, abs(float(b)))


def _story(label_id: str) -> str:
    return label_id.split("/", 1)[0]


def _file(label: dict) -> str:
    return label["path"].rsplit("/", 1)[1]


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "   n/a"


def _guideline_gap(label: dict, text: str) -> str | None:
    """Why a label falls outside the tuned guideline (claims-a's README), read from
    the label and its text alone: month-and-year years, ordinals, split tallies."""
    before = text[max(0, label["start"] - 12):label["start"]].casefold()
    months = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
              "oct.", "nov.", "dec.")
    if label["unit"] == "year" and isinstance(label["value"], (int, float)) and label["value"] >= 1000 \
            and any(before.rstrip().endswith(m) for m in months):
        return "year of a month-and-year date"
    words = label["text"].casefold()
    after = text[label["end"]:label["end"] + 16]
    before = text[max(0, label["start"] - 16):label["start"]]
    if label["unit"] == "year" and (re.match(r"\s*(to|through|-|–|and)\s*\d{4}", after)
                                   or re.search(r"\d{4}\s*(to|through|-|–|and)\s*$", before)):
        return "year range split in two"
    if not any(ch.isdigit() for ch in words) and label["qualifier"] == "at least" and any(
            words.startswith(v) or f" {v}" in words for v in ("dozens", "thousands", "millions", "hundreds",
                                                                "scores", "billions")):
        return "vague plural as a lower bound"
    if label["unit"] == "percent" and not any(ch.isdigit() for ch in words) and "percent" not in words:
        return "fraction in percent"
    if any(label["text"].casefold().endswith(s) for s in ("st", "nd", "rd", "th")) or any(
            w in label["text"].casefold() for w in ("second", "third", "fourth", "fifth", "sixth",
                                                    "seventh", "eighth", "ninth", "tenth")):
        return "ordinal"
    return None


def run_set(name: str, with_quantulum: bool, details: bool) -> dict:
    labels, pairs = _load(name)
    stories = sorted({_story(q["id"]) for q in labels})
    by_file: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for q in labels:
        by_file[(_story(q["id"]), _file(q))].append(q)
    found: dict[tuple[str, str], list] = {}
    texts: dict[tuple[str, str], str] = {}
    groups = []
    fact_pairs: set[frozenset] = set()  # sentence pairs that same_fact_groups puts in one fact
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    sentences: dict[tuple[str, str], list[tuple[int, int]]] = {}
    started = time.perf_counter()
    for story in stories:
        corpus = read_corpus(corpus_dir(story))
        claims = corpus_claims(corpus.articles)
        for article in corpus.articles:
            key = (story, article.path)
            texts[key] = article.text
            found[key] = [q for q in claims.quantities if q.source == article.id]
            sentences[key] = sorted({q.sentence for q in found[key]} |
                                    {(s.start, s.end) for s in article.sentences})
        groups += [(story, g) for g in claims.groups]
        for fact in same_fact_groups(corpus.articles):
            members = [(story, m.article.path, m.sentence.start, m.sentence.end) for m in fact.members]
            fact_pairs.update(frozenset((x, y)) for i, x in enumerate(members) for y in members[i + 1:])
        for article in corpus.articles:
            spans[(story, article.path)] = [(s.start, s.end) for s in article.sentences]
    elapsed = time.perf_counter() - started

    # ---- extraction
    c: Counter = Counter()
    gaps: Counter = Counter()
    misses: list[str] = []
    match: dict[str, tuple] = {}  # found quantity id -> label id
    outside: set[str] = set()  # labels outside the tuned guideline
    for key, labelled in by_file.items():
        for lab in labelled:
            mine = found.get(key, [])
            exact = [f for f in mine if f.start == lab["start"] and f.end == lab["end"]]
            over = [f for f in mine if f.start < lab["end"] and lab["start"] < f.end]
            f = (exact or over or [None])[0]
            c["labelled"] += 1
            gap = _guideline_gap(lab, texts[key])
            if gap:
                gaps[gap] += 1
                outside.add(lab["id"])
            if f is None:
                misses.append(f"missed  {lab['id']}: {lab['text']!r} {lab['value']} {lab['unit']}")
                continue
            v = _same_value(f.to_dict()["value"], lab["value"])
            u = f.unit == lab["unit"]
            c["found"] += 1
            c["value"] += v
            c["unit"] += u
            c["qualifier"] += f.qualifier == lab["qualifier"]
            c["strict"] += bool(v and u and exact)
            c["overlap"] += bool(v and u)
            if not gap:
                c["in_guideline"] += 1
                c["strict_in_guideline"] += bool(v and u and exact)
            if not (v and u and exact):
                misses.append(f"wrong   {lab['id']}: {lab['text']!r} {lab['value']} {lab['unit']} "
                              f"{lab['qualifier']} | tool: {f.text!r} {f.to_dict()['value']} {f.unit} "
                              f"{f.qualifier}")
    for key, mine in found.items():
        for f in mine:
            hits = [lab for lab in by_file.get(key, []) if f.start < lab["end"] and lab["start"] < f.end]
            if hits:
                best = max(hits, key=lambda lab: min(f.end, lab["end"]) - max(f.start, lab["start"]))
                match[f.id] = best["id"]
            else:
                c["unlabelled"] += 1
    c["tool_total"] = sum(len(v) for v in found.values())

    # ---- quantulum3 on the same sentences
    q3 = _quantulum(by_file, texts, sentences) if with_quantulum else None

    # ---- pairs
    gold: dict[frozenset, str] = {frozenset((p["a"], p["b"])): p["relation"] for p in pairs}
    predicted: dict[frozenset, str] = {}
    unjudged: Counter = Counter()
    for story, g in groups:
        if g.relation == "agree":
            combos = [(a, b, "agree") for i, a in enumerate(g.members) for b in g.members[i + 1:]]
        else:
            left, right = g.sides
            combos = [(a, b, "disagree") for a in left for b in right if not compatible_values(a, b)]
        for a, b, relation in combos:
            if a.source == b.source:
                continue
            la, lb = match.get(a.id), match.get(b.id)
            if la is None or lb is None or la == lb:
                unjudged[relation] += 1
                continue
            predicted.setdefault(frozenset((la, lb)), relation)
    # same-fact sentences: a proxy recall, since no label names facts: the sentences of a
    # labelled agreeing pair (two outlets giving one figure) usually report one fact
    by_id = {q["id"]: q for q in labels}
    fact_found = fact_total = 0
    for p in pairs:
        if p["relation"] != "agree":
            continue
        ends = []
        for qid in (p["a"], p["b"]):
            q = by_id[qid]
            key = (_story(qid), _file(q))
            hit = next(((s, e) for s, e in spans.get(key, []) if s <= q["start"] < e), None)
            if hit is None:
                break
            ends.append((key[0], key[1], *hit))
        if len(ends) < 2 or ends[0][:2] == ends[1][:2]:
            continue
        fact_total += 1
        fact_found += frozenset(ends) in fact_pairs
    result = {"name": name, "stories": len(stories), "articles": len(found), "seconds": elapsed,
              "facts": (fact_found, fact_total),
              "extraction": dict(c), "gaps": dict(gaps), "quantulum": q3, "pairs": {}}
    for relation in ("agree", "disagree"):
        said = [k for k, r in predicted.items() if r == relation]
        right = [k for k in said if gold.get(k) == relation]
        truth = [k for k, r in gold.items() if r == relation]
        inside = [k for k in truth if not k & outside]
        result["pairs"][relation] = {"predicted": len(said), "right": len(right), "labelled": len(truth),
                                     "found": sum(1 for k in truth if predicted.get(k) == relation),
                                     "unjudged": unjudged[relation], "inside": len(inside),
                                     "found_inside": sum(1 for k in inside if predicted.get(k) == relation)}
        if details:
            for k in said:
                if gold.get(k) != relation:
                    a, b = sorted(k)
                    misses.append(f"wrong {relation}: {a} ~ {b} (labels: {gold.get(k, 'not paired')})")
            for k in truth:
                if predicted.get(k) != relation:
                    a, b = sorted(k)
                    misses.append(f"missed {relation}: {a} ~ {b}")
    result["misses"] = misses
    return result


_Q3_UNITS = {"dollar": "USD", "percentage": "percent", "year": "year", "month": "month", "week": "week",
             "day": "day", "hour": "hour", "minute": "minute", "kilometre": "km", "mile": "mile",
             "pound sterling": "GBP", "euro": "EUR"}


def _quantulum(by_file, texts, sentences) -> dict | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its optional classifier is not needed here
            from quantulum3 import parser
    except ImportError:
        return None
    c: Counter = Counter()
    started = time.perf_counter()
    for key, labelled in by_file.items():
        text = texts[key]
        parsed = []
        for lo, hi in sentences[key]:
            try:
                for q in parser.parse(text[lo:hi]):
                    s, e = q.span
                    parsed.append((lo + s, lo + e, q))
            except Exception:  # quantulum3 raises on some inputs; count them as not found
                c["errors"] += 1
        for lab in labelled:
            exact = [p for p in parsed if p[0] == lab["start"] and p[1] == lab["end"]]
            over = [p for p in parsed if p[0] < lab["end"] and lab["start"] < p[1]]
            c["labelled"] += 1
            hit = (exact or over or [None])[0]
            if hit is None:
                continue
            q = hit[2]
            value = q.value
            lv = lab["value"][0] if isinstance(lab["value"], list) else lab["value"]
            v = _same_value(value, lv)
            unit = _Q3_UNITS.get(q.unit.name, q.unit.name)
            u = unit == lab["unit"] or (lab["unit"] == "people" and q.unit.name == "dimensionless")
            c["found"] += 1
            c["value"] += v
            c["overlap"] += v and u
            c["strict"] += bool(v and u and exact)
    c["seconds"] = time.perf_counter() - started
    return dict(c)


def report(result: dict, role: str) -> None:
    e = result["extraction"]
    n = e.get("labelled", 0)
    print(f"\n== {result['name']} ({role}): {result['stories']} stories, {result['articles']} articles, "
          f"{n} labelled quantities; analysed in {result['seconds']:.1f} s")
    print("  extraction          briefing                      quantulum3")
    q3 = result["quantulum"] or {}
    for label, key in (("found (overlap)", "found"), ("value right", "value"),
                       ("value+unit, overlap", "overlap"), ("value+unit+span", "strict")):
        ref = _pct(q3.get(key, 0), q3.get("labelled", 0)) if q3 else "   (skipped or not installed)"
        print(f"  {label:<20}{_pct(e.get(key, 0), n):<30}{ref}")
    print(f"  unit right          {_pct(e.get('unit', 0), n)}")
    if q3:
        print(f"  time                {result['seconds']:.1f} s (whole claims analysis)          "
              f"{q3['seconds']:.1f} s (parsing only)")
    print(f"  qualifier right     {_pct(e.get('qualifier', 0), n)}")
    if result["gaps"]:
        print(f"  value+unit+span on labels inside the tuned guideline: "
              f"{_pct(e.get('strict_in_guideline', 0), e.get('in_guideline', 0))}; outside it: "
              + ", ".join(f"{k} {v}" for k, v in sorted(result["gaps"].items())))
    print(f"  found by briefing, no label: {e.get('unlabelled', 0)} of {e.get('tool_total', 0)}")
    print("  pairs               precision                     recall                  unjudged")
    for relation in ("agree", "disagree"):
        p = result["pairs"][relation]
        print(f"  {relation:<20}{_pct(p['right'], p['predicted']):<30}{_pct(p['found'], p['labelled']):<24}"
              f"{p['unjudged']}")
    if any(result["pairs"][r]["inside"] != result["pairs"][r]["labelled"] for r in ("agree", "disagree")):
        print("  recall on pairs of labels inside the tuned guideline: " + ", ".join(
            f"{r} {_pct(result['pairs'][r]['found_inside'], result['pairs'][r]['inside'])}"
            for r in ("agree", "disagree")))
    found, total = result["facts"]
    print(f"  same-fact sentences: {_pct(found, total)} of the sentence pairs holding a labelled "
          f"agreeing pair are one fact (a recall proxy; no label measures precision)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and wrong pair")
    parser.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 reference")
    parser.add_argument("--set", choices=[s for s, _ in SETS], help="only this label set")
    args = parser.parse_args(argv)
    if not BASIL.is_dir():
        print(f"the BASIL corpus is not at {BASIL}", file=sys.stderr)
        return 2
    for name, role in SETS:
        if args.set and name != args.set:
            continue
        result = run_set(name, not args.no_quantulum, args.details)
        report(result, role)
        if args.details:
            for line in result["misses"]:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
