"""Ranking sentences against a theme: the theme is a query, each sentence a document.

A theme's words come in three strengths: its keywords (each a bag of words: a
multi-word keyword needs none of its words in order), its title, and its
description. Every distinct stemmed term counts once, with the weight of the
strongest place it comes from (``KEYWORD``, ``TITLE``, ``DESCRIPTION``), and
scores by Okapi BM25 with parameters fitted to sentence-length documents
(``K1``, ``B``, tuned on the labelled themes of ``benchmarks/ranking.py``).

On top of the terms:

* a multi-word keyword whose words stand in order adds ``PHRASE_BONUS`` of its
  words' score, and ``NEAR_BONUS`` when they fall within ``NEAR`` words;
* vocabulary mismatch is narrowed by pseudo-relevance feedback: the terms
  that most distinguish the ``FEEDBACK_DOCS`` best sentences of a first pass
  from the corpus join the query at ``FEEDBACK_WEIGHT`` (RM3's idea, with
  BM25 weights);
* a question is damped (``QUESTION``): a brief quotes what was said, rarely
  what was asked;
* a sentence borrows a share (``NEIGHBOURS``) of its paragraph neighbours'
  scores: one that carries on a relevant passage in other words rises;

* a sentence holding an ``exclude`` word or phrase scores nothing.

:meth:`SentenceIndex.explain` gives each term's contribution and the bonuses,
for ``briefing excerpts --explain``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from briefing.analysis.terms import terms_of, tokenize
from briefing.corpus.article import Article, Sentence

__all__ = ["Candidate", "Query", "SentenceIndex", "build_query"]

K1 = 1.2
B = 0.3  # sentences vary little in length; a long one is not less about its words
KEYWORD = 1.0
TITLE = 0.6
DESCRIPTION = 0.35
PHRASE_BONUS = 0.25
NEAR_BONUS = 0.125
NEAR = 5  # words
FEEDBACK_DOCS = 10
FEEDBACK_TERMS = 10
FEEDBACK_WEIGHT = 0.4
QUESTION = 0.5
NEIGHBOURS = 0.3  # share of each adjacent sentence's term score a sentence borrows


@dataclass(frozen=True)
class QueryItem:
    label: str  # as the user wrote it
    terms: tuple[str, ...]  # stemmed, stopwords dropped


@dataclass(frozen=True)
class Query:
    weights: dict[str, float]  # term -> weight (each distinct term once)
    labels: dict[str, str]  # term -> the keyword (or "title"/"description") it comes from
    phrases: tuple[QueryItem, ...] = ()  # multi-word keywords: order and nearness bonuses
    exclude: tuple[QueryItem, ...] = ()
    feedback: bool = True

    def with_terms(self, extra: dict[str, float]) -> Query:
        weights = dict(self.weights)
        labels = dict(self.labels)
        for term, weight in extra.items():
            if term not in weights:
                weights[term] = weight
                labels[term] = "feedback"
        return Query(weights, labels, self.phrases, self.exclude, feedback=False)


def _item(label: str) -> QueryItem | None:
    text = label.strip().strip('"“”')
    terms = tuple(terms_of(text))
    return QueryItem(label.strip(), terms) if terms else None


def build_query(keywords: list[str], exclude: list[str] = (), description: str = "",
                title: str = "") -> Query:
    """The query of a theme (or of several: their words together)."""
    weights: dict[str, float] = {}
    labels: dict[str, str] = {}

    def add(terms, weight, label):
        for term in terms:
            if weight > weights.get(term, 0.0):
                weights[term] = weight
                labels[term] = label

    items = [i for i in (_item(k) for k in keywords) if i]
    for item in items:
        add(item.terms, KEYWORD, item.label)
    add(terms_of(title), TITLE, "title")
    add(terms_of(description), DESCRIPTION, "description")
    phrases = tuple(i for i in items if len(i.terms) > 1)
    excl = tuple(i for i in (_item(k) for k in exclude) if i)
    return Query(weights, labels, phrases, excl)


@dataclass
class _Doc:
    article: Article
    sentence: Sentence
    counts: Counter
    length: int  # terms in the sentence (BM25's document length)
    positions: dict[str, list[int]] = field(default_factory=dict)
    question: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return self.article.id, self.sentence.index


def make_doc(article: Article, sentence: Sentence) -> _Doc:
    """One sentence as a document: its terms, their positions, whether it asks."""
    text = article.text[sentence.start:sentence.end]
    tokens = tokenize(text)
    counts = Counter(t.term for t in tokens)
    positions: dict[str, list[int]] = {}
    for tok in tokens:
        positions.setdefault(tok.term, []).append(tok.position)
    return _Doc(article, sentence, counts, len(tokens) or 1, positions,
                text.rstrip().rstrip("\"'”’»)").endswith("?"))


class DocSource(Protocol):
    """Where a :class:`SentenceIndex` finds its documents and their statistics:
    every sentence of articles in memory (:class:`InMemory`), or a corpus index
    that retrieves the best candidates for a query (``briefing.index``)."""

    n: int  # sentences in the corpus
    avgdl: float  # their average length in terms

    def df(self, term: str) -> int: ...

    def docs_with(self, terms: list[str]) -> list[_Doc]:
        """Sentences holding any of ``terms`` (a source may keep only the best)."""

    def doc(self, article_id: str, sentence_index: int) -> _Doc | None: ...


class InMemory:
    """Every body sentence of the given articles, with a term → sentences map."""

    def __init__(self, articles):
        self.docs: list[_Doc] = []
        self._postings: dict[str, list[int]] = {}
        total = 0
        for article in articles:
            for sentence in article.sentences:
                doc = make_doc(article, sentence)
                for term in doc.counts:
                    self._postings.setdefault(term, []).append(len(self.docs))
                self.docs.append(doc)
                total += doc.length if doc.counts else 0
        self._df = Counter({term: len(found) for term, found in self._postings.items()})
        self.n = len(self.docs)
        self.avgdl = (total / self.n) if self.n else 1.0
        self._by_key = {doc.key: doc for doc in self.docs}

    def df(self, term: str) -> int:
        return self._df.get(term, 0)

    def docs_with(self, terms: list[str]) -> list[_Doc]:
        found = sorted({i for term in terms for i in self._postings.get(term, ())})
        return [self.docs[i] for i in found]

    def doc(self, article_id: str, sentence_index: int) -> _Doc | None:
        return self._by_key.get((article_id, sentence_index))


@dataclass(frozen=True)
class Candidate:
    article: Article
    sentence: Sentence
    score: float
    matched: tuple[str, ...]  # keywords (or title/description/feedback) that matched


@dataclass(frozen=True)
class Explanation:
    """Why a sentence scores what it does: each term's part, then the bonuses."""

    terms: dict[str, float]  # term -> its BM25 part, weighted
    phrases: dict[str, float]  # keyword -> order/nearness bonus
    damped: bool  # a question
    excluded: str | None  # the exclude item that dropped it
    score: float
    orders: dict[str, str] = field(default_factory=dict)  # keyword -> "phrase" (in order) or "near"


class SentenceIndex:
    """BM25 over the sentences of a corpus, with the bonuses above."""

    def __init__(self, articles=(), *, source: DocSource | None = None):
        self.source = source if source is not None else InMemory(articles)

    @property
    def n(self) -> int:
        return self.source.n

    def idf(self, term: str) -> float:
        df = self.source.df(term)
        return math.log((self.n - df + 0.5) / (df + 0.5) + 1.0)

    def _term_score(self, doc: _Doc, term: str) -> float:
        tf = doc.counts.get(term, 0)
        if not tf:
            return 0.0
        return self.idf(term) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.length / self.source.avgdl))

    @staticmethod
    def _order(doc: _Doc, terms: tuple[str, ...]) -> str | None:
        """"phrase" when the terms stand in order, "near" when within NEAR words, else None."""
        lists = [doc.positions.get(t) for t in terms]
        if not all(lists):
            return None
        for p in lists[0]:
            current = {p}
            for positions in lists[1:]:
                current = {q for q in positions for c in current if q - c in (0, 1)}
                if not current:
                    break
            else:
                return "phrase"
        spread = max(min(ps) for ps in lists) - min(max(ps) for ps in lists)
        return "near" if abs(spread) <= NEAR else None

    def _excluded(self, doc: _Doc, query: Query) -> str | None:
        for item in query.exclude:
            if (len(item.terms) == 1 and item.terms[0] in doc.counts) or \
                    (len(item.terms) > 1 and self._order(doc, item.terms) == "phrase"):
                return item.label
        return None

    def explain(self, doc: _Doc, query: Query) -> Explanation:
        excluded = self._excluded(doc, query)
        if excluded:
            return Explanation({}, {}, False, excluded, 0.0)
        terms = {t: w * self._term_score(doc, t) for t, w in query.weights.items() if t in doc.counts}
        phrases, orders = {}, {}
        for item in query.phrases:
            order = self._order(doc, item.terms)
            if order:
                base = sum(terms.get(t, 0.0) for t in item.terms)
                phrases[item.label] = base * (PHRASE_BONUS if order == "phrase" else NEAR_BONUS)
                orders[item.label] = order
        score = sum(terms.values()) + sum(phrases.values())
        if doc.question:
            score *= QUESTION

        return Explanation(terms, phrases, doc.question, None, score, orders)

    def _candidates(self, query: Query) -> list[tuple[float, _Doc, tuple[str, ...]]]:
        """Sentences sharing a word with the query, scored, best first: a sentence's
        own score plus a share (``NEIGHBOURS``) of its neighbours' in the same
        paragraph, so one that carries on a relevant passage in other words rises.
        (An article prior, how much the whole article is about the theme, was
        tried and did not help on the labelled themes.)"""
        own: dict[tuple[str, int], float] = {}
        why_of: dict[tuple[str, int], Explanation] = {}
        docs: dict[tuple[str, int], _Doc] = {}
        for doc in self.source.docs_with(list(query.weights)):
            why = self.explain(doc, query)
            if why.score > 0 or why.excluded:
                own[doc.key], why_of[doc.key], docs[doc.key] = why.score, why, doc
        out = []
        for key, score in own.items():
            doc = docs[key]
            if why_of[key].excluded:
                continue
            around = 0.0
            for index in (key[1] - 1, key[1] + 1):
                other = docs.get((key[0], index))
                if other is not None and other.sentence.paragraph == doc.sentence.paragraph:
                    around += own[other.key]
            total = score + NEIGHBOURS * around
            matched = tuple(dict.fromkeys(query.labels[t] for t in why_of[key].terms))
            out.append((total, doc, matched))
        out.sort(key=lambda x: (-x[0], x[1].article.id, x[1].sentence.start))
        return out

    def expand(self, query: Query) -> Query:
        """The query with the terms that best distinguish its first pass's top
        sentences (pseudo-relevance feedback)."""
        first = self._candidates(query)[:FEEDBACK_DOCS]
        if len(first) < 3:
            return query
        pooled: Counter = Counter()
        for _, doc, _ in first:
            pooled.update(doc.counts.keys())
        scored = {t: (n / len(first)) * self.idf(t) for t, n in pooled.items()
                  if t not in query.weights and n >= 2 and len(t) > 2 and not t.isdigit()}
        top = sorted(scored, key=lambda t: (-scored[t], t))[:FEEDBACK_TERMS]
        if not top:
            return query
        peak = scored[top[0]]
        return query.with_terms({t: FEEDBACK_WEIGHT * scored[t] / peak for t in top})

    def prepared(self, query: Query) -> Query:
        """The query as :meth:`rank` scores with it (feedback terms added)."""
        return self.expand(query) if query.feedback else query

    def rank(self, query: Query) -> list[Candidate]:
        """Every sentence sharing a word with the query, best first."""
        query = self.prepared(query)
        return [Candidate(doc.article, doc.sentence, score, matched)
                for score, doc, matched in self._candidates(query)]

    def excluded(self, query: Query) -> list[tuple[_Doc, str]]:
        """The sentences sharing a word with the query that an ``exclude`` item
        drops (what :meth:`rank` leaves out), with that item."""
        query = self.prepared(query)
        return [(doc, why) for doc in self.source.docs_with(list(query.weights))
                if (why := self._excluded(doc, query))]

    def doc_of(self, article_id: str, sentence_index: int) -> _Doc | None:
        return self.source.doc(article_id, sentence_index)
