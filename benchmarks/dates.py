"""Temporal expressions: briefing's resolver against the labelled set, side by
side with dateparser's ``search_dates`` anchored at the publication date.

    python benchmarks/dates.py            # figures per corpus, tuned vs held out
    python benchmarks/dates.py --errors   # and every tuned label the resolver gets wrong
                                          # (--errors-all: the held-out ones too, which
                                          # spoils them for whoever tunes next)
    python benchmarks/dates.py --events   # the timeline event check (read by hand)

The labels (``benchmarks/labels/dates/``, 437 expressions in 23 articles) were
made by reading, before any briefing date code existed. The resolver's rules
were written while reading the seeds and BASIL articles ("tuned"); the
PolNeAR articles ("held out") were not read while writing them.

A label counts as right when an expression briefing finds overlaps its span
and has the same value and granularity (a vague label: briefing finds an
unpinned expression there). dateparser has no granularity and no "vague": it
is scored leniently, right when one of its dates overlapping the label falls
inside the labelled value (a day in the labelled week, month or range counts),
and never right on a vague label. Needs ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from _common import ROOT

from briefing.analysis.dates import find_expressions, interval
from briefing.corpus import article_from_raw, read_corpus
from briefing.corpus.manifest import ManifestEntry
from briefing.corpus.noise import default_rules
from briefing.corpus.read import load_raw

LABELS = ROOT / "benchmarks" / "labels" / "dates" / "labels.jsonl"
SHARED = ROOT.parent / "shared"
EVENTS = ROOT / "benchmarks" / "labels" / "events"


def _local_path(label_path: str) -> Path:
    if label_path.startswith("main/"):
        return ROOT / label_path[len("main/"):]
    return ROOT.parent / label_path


def group(path: str) -> str:
    if "/polnear/" in path:
        return "PolNeAR (held out)"
    if "/basil/" in path:
        return "BASIL (tuned)"
    return "seeds (tuned)"


def load_article(label_path: str):
    """The article as the build reads it, with its publication date from the
    corpus's own metadata (sources.yaml, or PolNeAR's metadata.tsv)."""
    path = _local_path(label_path)
    if "/polnear/" in label_path:
        meta = {}
        with open(SHARED / "corpora" / "polnear" / "metadata.tsv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                meta[row["filename"]] = row
        row = meta[path.stem]
        entry = ManifestEntry(published=row["publication_date"], outlet=row["publisher"],
                              given=frozenset({"published", "outlet"}))
        return article_from_raw(load_raw(path, path.parent), default_rules(), entry)
    corpus = read_corpus(path.parent)
    return next(a for a in corpus.articles if a.path == path.name)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def briefing_right(label: dict, found) -> bool:
    hits = [e for e in found if _overlaps(e.start, e.end, label["start"], label["end"])]
    if label["value"] is None:
        return any(e.value is None for e in hits)
    return any(e.value == label["value"] and e.granularity == label["granularity"] for e in hits)


def dateparser_found(text: str, published: str):
    """(start, end, datetime) of every date search_dates finds, anchored at the
    publication date. search_dates gives substrings, not offsets: each is
    located in order of appearance."""
    from dateparser.search import search_dates

    base = _dt.datetime.fromisoformat(published[:10])
    results = search_dates(text, languages=["en"],
                           settings={"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}) or []
    out, cursor = [], 0
    for substring, when in results:
        at = text.find(substring, cursor)
        if at < 0:
            at = text.find(substring)
            if at < 0:
                continue
        else:
            cursor = at + len(substring)
        out.append((at, at + len(substring), when))
    return out


def dateparser_right(label: dict, found) -> bool:
    if label["value"] is None:
        return False
    hits = [w for s, e, w in found if _overlaps(s, e, label["start"], label["end"])]
    if label["granularity"] == "time":
        return any(w.strftime("%Y-%m-%dT%H:%M") == label["value"] for w in hits)
    first, last = interval(label["value"])
    return any(first <= w.date() <= last for w in hits)


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}% ({right}/{total})" if total else "   –"


def expressions(show_errors: bool, held_out_too: bool = False) -> None:
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    by_path: dict[str, list[dict]] = defaultdict(list)
    for label in labels:
        by_path[label["path"]].append(label)
    try:
        import dateparser  # noqa: F401
        have_dateparser = True
    except ImportError:
        have_dateparser = False
        print("dateparser is not installed (pip install -e '.[bench]'): its column is left empty\n")

    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_gran: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[str] = []
    spent = {"briefing": 0.0, "dateparser": 0.0}
    chars = 0
    for path, items in sorted(by_path.items()):
        article = load_article(path)
        chars += len(article.text)
        t0 = time.perf_counter()
        found = find_expressions(article)
        spent["briefing"] += time.perf_counter() - t0
        covered = set()
        if have_dateparser:
            t0 = time.perf_counter()
            dp = dateparser_found(article.text, article.metadata.published.value)
            spent["dateparser"] += time.perf_counter() - t0
        for label in items:
            g = group(path)
            ok = briefing_right(label, found)
            for key in (g, "all"):
                row = rows[key]
                row["n"] += 1
                row["ours"] += ok
                row["pinned_n"] += label["value"] is not None
                row["pinned_ours"] += ok and label["value"] is not None
                if have_dateparser:
                    dok = dateparser_right(label, dp)
                    row["dp"] += dok
                    row["pinned_dp"] += dok
            gran = by_gran[label["granularity"]]
            gran["n"] += 1
            gran["ours"] += ok
            if have_dateparser:
                gran["dp"] += dateparser_right(label, dp)
            hits = [e for e in found if _overlaps(e.start, e.end, label["start"], label["end"])]
            covered.update(id(e) for e in hits)
            if not ok and (held_out_too or "held out" not in g):
                got = "; ".join(f"{e.text!r}→{e.value} {e.granularity} [{e.rule}, {e.tense}]"
                                for e in hits) or "not found"
                errors.append(f"{g:20} {Path(path).name[:40]:40} {label['text']!r} = "
                              f"{label['value']} {label['granularity']} ({label['tense']}) | got {got}")
        spurious = [e for e in found if id(e) not in covered]
        rows[group(path)]["spurious"] += len(spurious)
        rows["all"]["spurious"] += len(spurious)
        rows[group(path)]["found"] += len(found)
        rows["all"]["found"] += len(found)

    print("Value and granularity right, per labelled expression")
    print(f"{'':22} {'labels':>6}  {'briefing':>20}  {'dateparser (lenient)':>20}  "
          f"{'briefing, pinnable only':>24}  {'found, not labelled':>20}")
    for key in ("seeds (tuned)", "BASIL (tuned)", "PolNeAR (held out)", "all"):
        r = rows[key]
        print(f"{key:22} {r['n']:6}  {_pct(r['ours'], r['n']):>20}  "
              f"{_pct(r['dp'], r['n']) if have_dateparser else '–':>20}  "
              f"{_pct(r['pinned_ours'], r['pinned_n']):>24}  {r['spurious']:>8} of {r['found']:<5}")
    tuned = {k: rows['seeds (tuned)'][k] + rows['BASIL (tuned)'][k] for k in ("n", "ours", "dp")}
    print(f"{'tuned (seeds + BASIL)':22} {tuned['n']:6}  {_pct(tuned['ours'], tuned['n']):>20}  "
          f"{_pct(tuned['dp'], tuned['n']) if have_dateparser else '–':>20}")
    print("\nBy labelled granularity")
    for gran in ("time", "day", "week", "month", "year", "range", "vague"):
        r = by_gran[gran]
        print(f"  {gran:8} {r['n']:4}  briefing {_pct(r['ours'], r['n']):>18}   "
              f"dateparser {_pct(r['dp'], r['n']) if have_dateparser else '–':>18}")
    print(f"\nSpeed on the {len(by_path)} labelled articles ({chars / 1e3:.0f} k characters): "
          f"briefing {spent['briefing']:.2f} s"
          + (f", dateparser search_dates {spent['dateparser']:.2f} s" if have_dateparser else ""))
    if show_errors:
        print(f"\n{len(errors)} labels briefing gets wrong"
              f"{'' if held_out_too else ' (tuned sets only)'}:")
        print("\n".join(errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every label briefing gets wrong")
    parser.add_argument("--errors-all", action="store_true",
                        help="list the held-out labels' errors too (then they are held out no more)")
    parser.add_argument("--events", action="store_true", help="only the timeline event check")
    args = parser.parse_args()
    if not args.events:
        expressions(args.errors or args.errors_all, args.errors_all)
    print()
    for path in sorted(EVENTS.glob("*.json")):
        events(path)


def events(path: Path) -> None:
    """The event dates of a timeline section, checked by reading.

    Each ``benchmarks/labels/events/*.json`` keeps every event a timeline
    section showed when it was read (the sample brief's, and briefs on BASIL
    stories not read while writing the rules), with the reader's verdict and
    why. The check re-builds the section and reports the verdicts of the events
    it shows now, and lists any event nobody has read yet."""
    from briefing.assemble import assemble
    from briefing.config import load_config
    from briefing.corpus import read_corpus as _read
    from briefing.model import Timeline

    read = json.loads(path.read_text(encoding="utf-8"))
    verdicts = {(e["source"], e["start"]): e for e in read["events"]}
    loaded = load_config(ROOT / read["config"])
    corpus = _read(loaded.corpus_path)
    brief = assemble(loaded, corpus, _dt.date.fromisoformat(read["brief_date"]))
    shown = [entry for s in brief.sections for b in s.blocks if isinstance(b, Timeline)
             for entry in b.entries]
    right = wrong = unread = 0
    for entry in shown:
        cite = entry.excerpt.citations[0]
        verdict = verdicts.get((cite.source, cite.start))
        if verdict is None or verdict["date"] != entry.date:
            unread += 1
            print(f"  NOT READ  {entry.label:22} {entry.excerpt.text[:90]}")
        elif verdict["right"]:
            right += 1
        else:
            wrong += 1
            print(f"  WRONG     {entry.label:22} {entry.excerpt.text[:60]} — {verdict['why'][:80]}")
    print(f"{read['config']}: event date right for {_pct(right, right + wrong)} of the "
          f"{len(shown)} events shown; {unread} not read yet. {read.get('history', '')}")


if __name__ == "__main__":
    sys.exit(main())
