"""Quotations and speakers: accuracy on the hand-labelled set, and throughput.

    python benchmarks/quotes.py [--mb 4] [--misses]

Accuracy: every labelled quotation of tests/analysis/quotes_labeled.py (the five
seed articles, the constructed hard cases, and the held-out cases written after
the first round of rules) is looked up among the extracted quotations by its
text; its speaker name is then *correct* (the label's name or one of its listed
equivalents; None for scare quotes and quotations nobody can attribute),
*wrong* (another name, or a name where the label has none) or *unattributed*
(None where the label has a name). *missing* counts labels whose quotation was
not found exactly once. The bar of issue 6: correct ≥ 95%, wrong < unattributed.

Throughput: the seed articles' paragraphs and the constructed cases, repeated
to about --mb megabytes (shuffled with a fixed seed, in articles of ~40
paragraphs), run through ``analyze`` article by article, as the assembler does.
The first call, which loads the vocabulary, is timed apart.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

from _common import load_labelled

from briefing.analysis.quotes import analyze, extract_quotes
from briefing.text.lexicon import lexicon


def accuracy(lab, show_misses: bool) -> None:
    result = lab.score(lambda text, paras: extract_quotes(text, paras))
    print("speaker names on the labelled set")
    print(f"  {'set':<10}{'labels':>7}{'correct':>9}{'wrong':>7}{'unattr.':>9}{'missing':>9}{'accuracy':>10}")
    for name, c in [*result["by_set"].items(), ("all", result["total"])]:
        n = sum(c.values())
        acc = c["correct"] / n if n else 0.0
        print(f"  {name:<10}{n:>7}{c['correct']:>9}{c['wrong']:>7}{c['unattributed']:>9}{c['missing']:>9}"
              f"{acc:>10.1%}")
    t = result["total"]
    n = sum(t.values())
    ok = t["correct"] / n >= 0.95 and t["wrong"] <= t["unattributed"]
    print(f"  bar (≥95% correct, wrong ≤ unattributed): {'met' if ok else 'NOT MET'}")
    first = getattr(lab, "HELDOUT_FIRST_RUN", None)
    if first:
        n1 = sum(first.values())
        print(f"  held-out set, first run before any rule change: {first['correct']}/{n1} correct, "
              f"{first['wrong']} wrong, {first['unattributed']} unattributed")
    attributed = [r for r in result["rows"] if r[1].speaker is not None]
    scare = [r for r in result["rows"] if r[1].scare]
    kinds = Counter(verdict for _where, _label, verdict, _got in attributed)
    print(f"  with a speaker: {kinds['correct']}/{len(attributed)} correct; "
          f"scare quotes: {sum(1 for r in scare if r[2] == 'correct')}/{len(scare)} recognised")
    if show_misses:
        for where, label, verdict, got in result["rows"]:
            if verdict != "correct":
                print(f"  {verdict:<13}{where:<32}{(label.quote or label.begins)[:40]!r:<44}"
                      f"want {label.speaker!r}, got {got!r}")


def corpus(lab, mb: float) -> list[str]:
    paras: list[str] = []
    for key in lab.SEED_FILES:
        text = lab.seed_text(key)
        paras.extend(text[a:b] for a, b in lab.paragraphs(text))
    for case in lab.CASES + lab.HELDOUT:
        paras.extend(case.text[a:b] for a, b in lab.paragraphs(case.text))
    rng = random.Random(6)
    out: list[str] = []
    size = 0
    target = mb * 1_000_000
    while size < target:
        rng.shuffle(paras)
        for i in range(0, len(paras), 40):
            art = "\n\n".join(paras[i:i + 40])
            out.append(art)
            size += len(art.encode("utf-8"))
            if size >= target:
                break
    return out


def throughput(lab, mb: float) -> None:
    lexicon.cache_clear()
    t0 = time.perf_counter()
    lexicon()
    load = time.perf_counter() - t0
    articles = corpus(lab, mb)
    size = sum(len(a.encode("utf-8")) for a in articles)
    spans = [lab.paragraphs(a) for a in articles]
    t0, c0 = time.perf_counter(), time.process_time()
    found = 0
    for art, paras in zip(articles, spans):
        found += len(analyze(art, paras).quotations)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    print("throughput (CPU time; wall time in brackets, it suffers on a busy machine)")
    print(f"  vocabulary load: {load * 1000:.1f} ms (once per process)")
    print(f"  {size / 1e6:.2f} MB in {len(articles)} articles, {found} quotations: {cpu:.2f} s "
          f"({took:.2f} s), {size / 1e6 / cpu:.2f} MB/s ({size / 1e6 / took:.2f}), "
          f"{len(articles) / cpu:.0f} articles/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0, help="megabytes of text for the speed run")
    ap.add_argument("--misses", action="store_true", help="list every label not answered correctly")
    args = ap.parse_args()
    lab = load_labelled("tests/analysis/quotes_labeled.py", "_quotes_labeled")
    accuracy(lab, args.misses)
    throughput(lab, args.mb)


if __name__ == "__main__":
    main()
