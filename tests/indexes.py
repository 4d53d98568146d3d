"""Corpora and checks shared by the index tests (tests/index/)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefing.analysis.quotes import analyze_article
from briefing.analysis.themes import InMemory
from briefing.corpus import read_corpus
from briefing.index import open_index
from briefing.index.analyse import fts_token
from conftest import SEEDS


def assert_consistent(folder: Path, found=None) -> None:
    """The index of ``folder`` holds exactly what reading the folder gives."""
    found = found or open_index(folder, jobs=1)
    fresh = read_corpus(folder)
    assert found.ids() == [a.id for a in fresh.articles]
    assert list(found.iter_articles()) == list(fresh.articles)
    assert found.warnings == fresh.warnings
    memory = InMemory(fresh.articles)
    sentences, terms = found.store.stats()
    assert sentences == memory.n
    assert terms / max(sentences, 1) == pytest.approx(memory.avgdl)
    vocabulary = sorted(memory._df)
    stored = found.store.document_frequency([fts_token(t) for t in vocabulary])
    assert {t: stored.get(fts_token(t), 0) for t in vocabulary} == dict(memory._df)
    total = sum(1 for _ in found.store.db.execute("SELECT term FROM vocab"))
    assert total == len(vocabulary)  # nothing left behind by removed or changed files
    # "who said what" totals: the words each speaker is quoted saying, summed afresh
    said: dict[str, int] = {}
    for article in fresh.articles:
        for q in analyze_article(article).quotations:
            if q.speaker is not None and not q.scare:
                said[q.speaker.name] = said.get(q.speaker.name, 0) + q.words
    assert found.speaker_totals() == said


def generated_corpus(folder: Path, count: int, seed: int = 3) -> Path:
    """``count`` articles made of the sample's paragraphs, each a different mix."""
    rng = random.Random(seed)
    paragraphs = []
    for article in read_corpus(SEEDS).articles:
        paragraphs += [article.text[p.start:p.end] for p in article.paragraphs]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = "\n\n".join(rng.sample(paragraphs, k=rng.randint(3, 9)))
        (folder / f"{i // 50:02d}").mkdir(exist_ok=True)
        (folder / f"{i // 50:02d}" / f"story-{i:04d}.txt").write_text(
            f"Story number {i}\n\nBy Reporter {i % 7}\n\n{body}\n", encoding="utf-8")
    return folder
