"""Sentences of different outlets that report the same fact.

Two body sentences report the same fact when they come from different outlets,
share enough rare words (cosine of their stemmed content words weighted by
inverse sentence frequency, at least :data:`SAME_FACT`, or
:data:`SAME_FACT_WITH_FIGURE` when they give agreeing figures of one measure,
and at least :data:`MIN_SHARED` words in common, so the same event and actors), and their
figures do not conflict: two quantities of the same kind and unit in the two
sentences must agree (:func:`briefing.analysis.claims.pairs.compatible_values`),
else the sentences disagree and are a discrepancy, not a corroboration.

Groups are joined transitively but hold at most one sentence per article (the
one most like the others). The themed ``excerpts`` sections and the
``corroboration`` section use :func:`same_fact_groups` to cite every outlet
that reports what an excerpt says; the themed sections without the lower bar
for agreeing figures (``with_figures=False``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing.analysis.claims.measures import Quantity, outlet_of, quantities_of
from briefing.analysis.claims.pairs import _unit_key, compare, compatible_values
from briefing.analysis.terms import tokenize
from briefing.corpus.article import Article, Sentence

__all__ = ["FactGroup", "FactMember", "MIN_SHARED", "SAME_FACT", "same_fact_groups"]

SAME_FACT = 0.45  # weighted cosine from which two sentences report the same fact
SAME_FACT_WITH_FIGURE = 0.15  # the same, when the two give agreeing figures of one measure
MIN_SHARED = 4  # content words two such sentences have in common at least
MIN_WORDS = 6  # shorter sentences (datelines, captions) are not facts
SIGNATURE = 6  # a sentence is compared with those sharing one of its this many rarest words
MAX_POSTING = 200  # a word in more sentences than this proposes no pairs


@dataclass(frozen=True)
class FactMember:
    article: Article
    sentence: Sentence
    outlet: str

    @property
    def key(self) -> tuple[str, int]:
        return self.article.id, self.sentence.index


@dataclass(frozen=True)
class FactGroup:
    """One fact and the sentences of several outlets that report it, earliest first."""

    members: tuple[FactMember, ...]
    similarity: float  # the weakest link that joined the group

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.outlet for m in self.members))


def same_fact_groups(articles, min_outlets: int = 2, threshold: float = SAME_FACT,
                     with_figures: bool = True, among=None, counts=None, quantities=None,
                     claims=None) -> list[FactGroup]:
    """Groups of sentences from at least ``min_outlets`` outlets reporting one fact.

    ``with_figures=False``: agreeing figures do not lower the bar
    (:data:`SAME_FACT_WITH_FIGURE`); every pair needs ``threshold``. A figure
    that two sentences share is often background (the date of an attack, its
    toll) in sentences that say different things.

    ``among``: (article id, sentence index) keys; only pairs with one of these
    sentences are compared, so the groups are those of these sentences (joined
    through them), found at the cost of what they are compared with instead of
    every two sentences of the corpus (minutes on a thousand articles).

    ``counts``: (article id, sentence index) → the sentence's terms and how
    often each occurs (``tokenize``), when the caller has them already (a
    sentence it lacks is tokenised here). ``quantities`` (article id → its
    :func:`quantities_of`) and ``claims`` (:func:`compare` of them all), when
    the caller has worked them out already."""
    articles = list(articles)
    members: list[FactMember] = []
    terms: list[dict[str, int]] = []
    for article in articles:
        outlet = outlet_of(article)
        for s in article.sentences:
            if counts is not None and (article.id, s.index) in counts:
                found = Counter({t: c for t, c in counts[(article.id, s.index)].items() if not t.isdigit()})
            else:
                found = Counter(t.term for t in tokenize(article.text[s.start:s.end]) if not t.term.isdigit())
            if found.total() < MIN_WORDS:
                continue
            members.append(FactMember(article, s, outlet))
            terms.append(found)
    n = len(members)
    df: Counter[str] = Counter()
    for t in terms:
        df.update(t.keys())
    idf = {term: math.log((n + 1) / (count + 0.5)) for term, count in df.items()}
    vectors = []
    for t in terms:
        vec = {term: idf[term] for term in t}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append((vec, norm))
    # candidates share one of their rarest words (each sentence's SIGNATURE rarest,
    # below the corpus's common ones): pairs grow with the sentences, not their square
    postings: dict[str, list[int]] = defaultdict(list)
    common = max(4, n // 20)  # a fact told by several outlets has words in several sentences
    for i, t in enumerate(terms):
        rare = sorted((term for term in t if df[term] <= common), key=lambda term: (df[term], term))
        for term in rare[:SIGNATURE]:
            postings[term].append(i)
    postings = {term: found for term, found in postings.items() if len(found) <= MAX_POSTING}
    index_of = {m.key: k for k, m in enumerate(members)}
    found = quantities if quantities is not None else {}

    def figures(article: Article) -> list[Quantity]:
        if article.id not in found:
            found[article.id] = quantities_of(article)
        return found[article.id]

    if with_figures:
        by_sentence = _quantities_by_sentence(articles, figures)
        if claims is None:
            claims = compare([q for a in articles for q in figures(a)], articles)
        figured = _agreeing_sentences(claims, by_sentence, index_of)
    else:  # figures only to check a conflict: of the articles that have a pair to check
        by_sentence = _LazyQuantities({a.id: a for a in articles}, figures)
        figured = set()
    if among is None:
        candidates = [(i, j) for plist in postings.values() for x, i in enumerate(plist)
                      for j in plist[x + 1:]]
    else:
        wanted = sorted({index_of[key] for key in among if key in index_of})
        candidates = _pairs_of(wanted, vectors, terms, df, common, threshold)
        chosen = set(wanted)
        figured = {pair for pair in figured if pair[0] in chosen or pair[1] in chosen}
    edges: list[tuple[float, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for i, j in candidates + sorted(figured):
        if i > j:
            i, j = j, i
        if (i, j) in seen or members[i].outlet == members[j].outlet:
            continue
        seen.add((i, j))
        (vi, ni), (vj, nj) = vectors[i], vectors[j]
        shared = vi.keys() & vj.keys()
        if len(shared) < MIN_SHARED:
            continue
        sim = sum(vi[t] * vj[t] for t in shared) / (ni * nj)
        floor = min(threshold, SAME_FACT_WITH_FIGURE) if (i, j) in figured else threshold
        if sim < floor:
            continue
        if _figures_conflict(by_sentence.get(members[i].key, ()), by_sentence.get(members[j].key, ())):
            continue
        edges.append((sim, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    group_of: dict[int, int] = {}
    groups: list[list[int]] = []
    weakest: list[float] = []
    for sim, i, j in edges:
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gi == gj:
            continue
        a = groups[gi] if gi is not None else [i]
        b = groups[gj] if gj is not None else [j]
        if {members[k].article.id for k in a} & {members[k].article.id for k in b}:
            continue  # one sentence per article in a fact
        merged = a + b
        target = gi if gi is not None else (gj if gj is not None else len(groups))
        if target == len(groups):
            groups.append(merged)
            weakest.append(sim)
        else:
            groups[target] = merged
            weakest[target] = min(weakest[target], sim)
        for other in (gi, gj):
            if other is not None and other != target:
                groups[other] = []
        for k in merged:
            group_of[k] = target
    out: list[FactGroup] = []
    for g, sim in zip(groups, weakest):
        if not g:
            continue
        chosen = sorted((members[k] for k in g), key=lambda m: (m.article.published_order, m.article.id))
        group = FactGroup(tuple(chosen), sim)
        if len(group.outlets) >= min_outlets:
            out.append(group)
    out.sort(key=lambda g: (-len(g.outlets), g.members[0].article.published_order, g.members[0].key))
    return out


def _pairs_of(wanted, vectors, terms, df, common: int, threshold: float) -> list[tuple[int, int]]:
    """The pairs of a ``wanted`` sentence with a sentence sharing a rare word
    whose cosine may reach ``threshold``: the rare words' part of it, summed
    over every sentence holding them, plus all that the common words could add."""
    postings: dict[str, list[int]] = defaultdict(list)  # every rare word: the bound needs them all
    for j, t in enumerate(terms):
        for term in t:
            if df[term] <= common:
                postings[term].append(j)
    pairs = []
    for i in wanted:
        vi, ni = vectors[i]
        common_part = sum(w * w for t, w in vi.items() if df[t] > common)
        dots: dict[int, float] = defaultdict(float)
        for term in terms[i]:
            for j in postings.get(term, ()):
                dots[j] += vi[term] * vi[term]
        pairs.extend((i, j) for j, dot in dots.items()
                     if j != i and (dot + common_part) / (ni * vectors[j][1]) >= threshold - 1e-9)
    return pairs


class _LazyQuantities(dict):
    """The quantities of a sentence, (article id, sentence index) → list, found
    article by article when one of its sentences is first asked for."""

    def __init__(self, articles: dict, figures):
        super().__init__()
        self._articles = articles
        self._figures = figures
        self._done: set[str] = set()

    def get(self, key, default=()):
        if key[0] not in self._done:
            self._done.add(key[0])
            self.update(_quantities_by_sentence([self._articles[key[0]]], self._figures))
        return super().get(key, default)


def _agreeing_sentences(claims, by_sentence, index_of) -> set[tuple[int, int]]:
    """Pairs of sentences (as member indexes) holding figures of one agreeing group."""
    where = {q.id: key for key, qs in by_sentence.items() for q in qs}
    pairs: set[tuple[int, int]] = set()
    for group in claims:
        if group.relation != "agree":
            continue
        keys = [index_of[where[q.id]] for q in group.members if q.id in where and where[q.id] in index_of]
        pairs.update((min(a, b), max(a, b)) for x, a in enumerate(keys) for b in keys[x + 1:] if a != b)
    return pairs


def _quantities_by_sentence(articles, figures) -> dict[tuple[str, int], list[Quantity]]:
    out: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for article in articles:
        for q in figures(article):
            s = next((s for s in article.sentences if s.start <= q.start < s.end), None)
            if s is not None:
                out[(article.id, s.index)].append(q)
    return out


def _figures_conflict(a, b) -> bool:
    """Some figure of one sentence has a counterpart of the same kind in the other,
    and none of the counterparts agrees with it."""
    for qa in a:
        rivals = [qb for qb in b if _unit_key(qb) == _unit_key(qa)]
        if rivals and not any(compatible_values(qa, qb) for qb in rivals):
            return True
    return False
