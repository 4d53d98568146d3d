"""Reading + cleaning + segmenting speed on a large, varied corpus.

    python benchmarks/ingest.py [--mb 50] [--keep DIR]

Builds a corpus of at least --mb megabytes from the seed articles: every
generated article takes a seed's header (so each layout's furniture is
cleaned), then paragraphs drawn at random from all five seeds, with some
files in CRLF and some hard-wrapped, so no file is another's copy. Then it
times ``read_corpus`` on the folder (one process, warm file cache: reading,
decoding, hashing, noise rules, header metadata, paragraphs and sentences)
and prints MB/s. For comparison it times pysbd (the "bench" extra) splitting
the same paragraphs into sentences — only one part of our work — on a sample.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.corpus import read_corpus  # noqa: E402


def _seed_parts():
    corpus = read_corpus(ROOT / "seeds")
    headers, paragraphs = [], []
    for article in corpus.articles:
        first = article.paragraphs[0].start
        headers.append(article.text[:first])
        paragraphs += [article.text[p.start:p.end] for p in article.paragraphs]
    return headers, paragraphs


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> int:
    rng = random.Random(seed)
    headers, paragraphs = _seed_parts()
    total, n = 0, 0
    target = int(megabytes * 1024 * 1024)
    while total < target:
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 40)))
        if rng.random() < 0.3:
            body = [textwrap.fill(" ".join(p.split()), width=rng.randint(60, 90)) for p in body]
        text = rng.choice(headers) + "\n\n".join(body) + "\n\nJoin the mailing list\n"
        if rng.random() < 0.2:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        sub = folder / f"batch{n // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article-{n:05d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size to generate (MB)")
    parser.add_argument("--pysbd-mb", type=float, default=1.0, help="sample size for pysbd (MB)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        size = make_corpus(folder, args.mb)
        files = sum(1 for _ in folder.rglob("*.txt"))
        mb = size / 1048576
        print(f"corpus: {files} files, {mb:.1f} MB in {folder}")
        start = time.perf_counter()
        corpus = read_corpus(folder)
        elapsed = time.perf_counter() - start
        sentences = sum(len(a.sentences) for a in corpus.articles)
        paragraphs = sum(len(a.paragraphs) for a in corpus.articles)
        print(f"briefing read+clean+segment: {elapsed:.2f} s, {mb / elapsed:.1f} MB/s "
              f"({paragraphs} paragraphs, {sentences} sentences, {len(corpus.warnings)} warnings)")
        try:
            import pysbd
        except ImportError:
            print("pysbd: not installed (pip install -e '.[bench]')")
            return
        segmenter = pysbd.Segmenter(language="en", clean=False)
        sample, used = [], 0
        for article in corpus.articles:
            for p in article.paragraphs:
                chunk = " ".join(article.text[p.start:p.end].split())
                sample.append(chunk)
                used += len(chunk.encode("utf-8"))
            if used > args.pysbd_mb * 1048576:
                break
        start = time.perf_counter()
        for chunk in sample:
            segmenter.segment(chunk)
        elapsed = time.perf_counter() - start
        print(f"pysbd sentence splitting only, same paragraphs: {used / 1048576:.1f} MB in "
              f"{elapsed:.2f} s, {used / 1048576 / elapsed:.2f} MB/s")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
