"""Ranking sentences against a theme: Okapi BM25 over sentences.

Each body sentence of every article is a document. A theme's keywords are
its query: a single word is a term, a multi-word keyword (or one written in
quotes) is a phrase. Phrases count as their words' BM25 weight when the
words are scattered, and ``PHRASE_BOOST`` times that when they occur in
order; words from the theme's description add a little (``DESCRIPTION_WEIGHT``)
but never make a sentence relevant on their own. A sentence holding any
``exclude`` word or phrase scores nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from briefing.analysis.terms import terms_of, tokenize
from briefing.corpus.article import Article, Sentence

__all__ = ["Candidate", "Query", "SentenceIndex", "build_query"]

K1 = 1.2
B = 0.75
PHRASE_BOOST = 1.6
DESCRIPTION_WEIGHT = 0.25


@dataclass(frozen=True)
class QueryItem:
    label: str  # as the user wrote it
    terms: tuple[str, ...]  # stemmed
    phrase: bool
    weight: float = 1.0


@dataclass(frozen=True)
class Query:
    items: tuple[QueryItem, ...]
    exclude: tuple[QueryItem, ...] = ()
    context: tuple[QueryItem, ...] = ()  # description words: weight only


def _item(label: str, weight: float = 1.0) -> QueryItem | None:
    text = label.strip().strip('"“”')
    terms = tuple(terms_of(text))
    if not terms:
        return None
    return QueryItem(label.strip(), terms, len(terms) > 1, weight)


def build_query(keywords: list[str], exclude: list[str] = (), description: str = "") -> Query:
    items = tuple(i for i in (_item(k) for k in keywords) if i)
    excl = tuple(i for i in (_item(k) for k in exclude) if i)
    keyword_terms = {t for i in items for t in i.terms}
    context_terms = [t for t in dict.fromkeys(terms_of(description)) if t not in keyword_terms]
    context = tuple(QueryItem(t, (t,), False, DESCRIPTION_WEIGHT) for t in context_terms)
    return Query(items, excl, context)


@dataclass
class _Doc:
    article: Article
    sentence: Sentence
    counts: Counter
    length: int  # terms in the sentence (BM25's document length)
    positions: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    article: Article
    sentence: Sentence
    score: float
    matched: tuple[str, ...]  # keyword labels that matched


class SentenceIndex:
    """BM25 statistics over every body sentence of a corpus."""

    def __init__(self, articles: tuple[Article, ...] | list[Article]):
        self.docs: list[_Doc] = []
        df: Counter = Counter()
        total = 0
        for article in articles:
            for sentence in article.sentences:
                tokens = tokenize(article.text[sentence.start:sentence.end])
                counts = Counter(t.term for t in tokens)
                positions: dict[str, list[int]] = {}
                for tok in tokens:
                    positions.setdefault(tok.term, []).append(tok.position)
                self.docs.append(_Doc(article, sentence, counts, len(tokens) or 1, positions))
                df.update(counts.keys())
                total += len(tokens)
        self.n = len(self.docs)
        self.avgdl = (total / self.n) if self.n else 1.0
        self.df = df

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log((self.n - df + 0.5) / (df + 0.5) + 1.0)

    def _term_score(self, doc: _Doc, term: str) -> float:
        tf = doc.counts.get(term, 0)
        if not tf:
            return 0.0
        return self.idf(term) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.length / self.avgdl))

    @staticmethod
    def _has_phrase(doc: _Doc, terms: tuple[str, ...]) -> bool:
        starts = doc.positions.get(terms[0])
        if not starts:
            return False
        for p in starts:
            current = {p}
            for term in terms[1:]:
                nxt = {q for q in doc.positions.get(term, ()) for c in current if q - c in (0, 1)}
                if not nxt:
                    break
                current = nxt
            else:
                return True
        return False

    def _matches(self, doc: _Doc, item: QueryItem) -> bool:
        if item.phrase:
            return self._has_phrase(doc, item.terms)
        return item.terms[0] in doc.counts

    def score(self, doc: _Doc, query: Query) -> tuple[float, tuple[str, ...]]:
        if any(self._matches(doc, e) for e in query.exclude):
            return 0.0, ()
        score = 0.0
        matched: list[str] = []
        for item in query.items:
            if item.phrase:
                base = sum(self._term_score(doc, t) for t in item.terms)
                if self._has_phrase(doc, item.terms):
                    score += item.weight * PHRASE_BOOST * base
                    matched.append(item.label)
                else:
                    score += item.weight * 0.5 * base
            else:
                s = self._term_score(doc, item.terms[0])
                if s:
                    score += item.weight * s
                    matched.append(item.label)
        if not matched:
            return 0.0, ()
        for item in query.context:
            score += item.weight * self._term_score(doc, item.terms[0])
        return score, tuple(matched)

    def rank(self, query: Query) -> list[Candidate]:
        """Every sentence matching at least one keyword, best first."""
        out: list[Candidate] = []
        for doc in self.docs:
            score, matched = self.score(doc, query)
            if score > 0:
                out.append(Candidate(doc.article, doc.sentence, score, matched))
        out.sort(key=lambda c: (-c.score, c.article.id, c.sentence.start))
        return out
