"""Sentence splitting: accuracy on the labelled set and speed, ours vs pysbd and syntok.

    python benchmarks/sentences.py [--mb 4] [--other-mb 1]

Accuracy is measured on the hand-labelled cases of
tests/corpus/test_sentences.py (CASES, plus the KNOWN_LIMITS cases scored
against the reader's split): a case is right when the whole sentence list
matches (compared by offsets, line breaks made spaces for every splitter);
boundary precision and recall count sentence starts. Speed is
measured on several MB of news paragraphs: the seed articles' paragraphs and
the labelled cases, shuffled with a fixed seed on every round, each paragraph
split on its own as the corpus layer does. pysbd and syntok are the optional
"bench" extras; they are skipped when not installed, and timed on a prefix of
the text (--other-mb) because they are slow.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable

from _common import ROOT, load_labelled

from briefing.text.sentences import split_sentences

_WHITESPACE = re.compile(r"\s")

Splitter = Callable[[str], list[str]]  # paragraph -> sentences (any whitespace around them)


def _labelled_set():
    module = load_labelled("tests/corpus/test_sentences.py", "_labelled_sentences")
    main = [(c.name, c.text, list(c.sentences)) for c in module.CASES]
    limits = [(c.name, c.text, list(c.sentences)) for c, _ours, _why in module.KNOWN_LIMITS]
    return main, limits


def ours(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _pysbd() -> Splitter | None:
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter.segment


def _syntok() -> Splitter | None:
    try:
        from syntok import segmenter
    except ImportError:
        return None

    def split(text: str) -> list[str]:
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                start = sentence[0].offset
                end = sentence[-1].offset + len(sentence[-1].value)
                out.append(text[start:end])
        return out

    return split


def _starts(text: str, sentences: list[str]) -> set[int] | None:
    """Offsets where the 2nd, 3rd, ... sentence starts, or None when the
    splitter returned text that is not in the paragraph in order."""
    starts, pos = [], 0
    for sentence in sentences:
        sentence = sentence.strip()
        if not sentence:
            continue
        at = text.find(sentence, pos)
        if at < 0:
            return None
        starts.append(at)
        pos = at + len(sentence)
    return set(starts[1:])


def accuracy(split: Splitter, cases) -> dict[str, float]:
    """Every splitter gets the paragraph with each whitespace character made a
    space (offsets unchanged): pysbd ends a sentence at every line break, and
    hard-wrapped paragraphs are ordinary input here. A case is exact when the
    sentence starts are the gold ones."""
    exact = tp = fp = fn = 0
    for _name, text, gold in cases:
        flat = _WHITESPACE.sub(" ", text)
        gold_starts = _starts(text, gold)
        got_starts = _starts(flat, split(flat))
        if got_starts is None:  # text the paragraph does not hold: every gold boundary missed
            fn += len(gold_starts)
            continue
        exact += got_starts == gold_starts
        tp += len(gold_starts & got_starts)
        fp += len(got_starts - gold_starts)
        fn += len(gold_starts - got_starts)
    return {
        "exact": exact / len(cases),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def bench_paragraphs(megabytes: float, extra: list[str]) -> list[str]:
    pool = list(extra)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as f:
            pool += [p for p in re.split(r"\n[ \t\xa0]*\n", f.read()) if p.strip()]
    rng = random.Random(20151021)
    out: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        rng.shuffle(pool)
        out += pool
        size += sum(len(p.encode("utf-8")) for p in pool)
    return out


def megabytes_per_second(split: Callable[[str], object], paragraphs: list[str], repeat: int) -> float:
    size = sum(len(p.encode("utf-8")) for p in paragraphs) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for paragraph in paragraphs:
            split(paragraph)
        best = min(best, time.perf_counter() - t0)
    return size / best


def _prefix(paragraphs: list[str], megabytes: float) -> list[str]:
    out, size = [], 0
    for p in paragraphs:
        if size >= megabytes * 1e6:
            break
        out.append(p)
        size += len(p.encode("utf-8"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the speed text for ours")
    parser.add_argument("--other-mb", type=float, default=1.0, help="prefix timed for pysbd and syntok")
    args = parser.parse_args()

    main_set, limits = _labelled_set()
    splitters: dict[str, Splitter | None] = {"briefing": ours, "pysbd": _pysbd(), "syntok": _syntok()}
    paragraphs = bench_paragraphs(args.mb, [text for _n, text, _g in main_set + limits])
    total = sum(len(p.encode("utf-8")) for p in paragraphs) / 1e6

    print(f"labelled set: {len(main_set)} cases (+{len(limits)} known limits of ours); "
          f"speed text: {len(paragraphs)} paragraphs, {total:.1f} MB")
    print(f"{'splitter':10} {'exact':>7} {'prec':>7} {'recall':>7} | {'+limits exact':>13} {'prec':>7} "
          f"{'recall':>7} | {'MB/s':>7}")
    for name, split in splitters.items():
        if split is None:
            print(f"{name:10} not installed (pip install '.[bench]')")
            continue
        a = accuracy(split, main_set)
        b = accuracy(split, main_set + limits)
        if name == "briefing":
            speed = megabytes_per_second(split_sentences, paragraphs, repeat=3)
        else:
            speed = megabytes_per_second(split, _prefix(paragraphs, args.other_mb), repeat=1)
        print(f"{name:10} {a['exact']:7.1%} {a['precision']:7.1%} {a['recall']:7.1%} | "
              f"{b['exact']:13.1%} {b['precision']:7.1%} {b['recall']:7.1%} | {speed:7.2f}")


if __name__ == "__main__":
    main()
