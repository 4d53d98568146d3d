"""Where outlets agree and disagree: quantities of different outlets that
measure the same thing.

Two quantities may measure the same thing only when they come from different
outlets, have the same kind (a count, a sum of money, a duration, a calendar
year…) in compatible units (miles and kilometres convert), do not name
different years in their sentences, and their clauses share enough rare
words (:func:`measure_similarity`: the words nearest each figure, weighted by
how rare they are in the corpus's sentences).

Each figure stands for an interval: its rounding ("$700 billion" covers 650
to 750 billion, "$5,687.75" a cent), widened by its qualifier ("about"
±10 %, "at least" upwards, "up to" downwards, a range its ends). Figures whose
intervals meet agree. They disagree when they do not meet, and then only
when the evidence is strong (precision over recall): the clauses are more
alike than for an agreement, and neither figure has a partner in the other
article that agrees with it (the votes for and the votes against in one
tally are not a disagreement with another outlet's tally, when one of them agrees with a
figure in the other's sentence), never between two single calendar years
(usually two events), and never between counts of differently named things
("26 people", "19 other children").
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from briefing.analysis.claims._lexicon import lexicon
from briefing.analysis.claims.measures import Quantity, quantities_of
from briefing.analysis.terms import tokenize
from briefing.corpus.article import Article

__all__ = ["AGREE_SIMILARITY", "Claims", "DISAGREE_SIMILARITY", "Group", "compare", "corpus_claims",
           "interval", "measure_similarity"]

# weighted share of context words two figures must share to measure the same thing:
# (thresholds chosen on the claims-a labels; benchmarks/claims.py reports claims-b as held out)
SAME_FIGURE_SIMILARITY = 0.08  # the same figure of 100 or more, or the same year ("$750,000" twice)
SAME_SMALL_SIMILARITY = 0.3  # the same figure under 100 ("17 percent", "two"): common, so weaker evidence
BOUND_REACH = 3.0  # "at least X" reaches up to X times this (a bound is near the figure it bounds)
AGREE_SIMILARITY = 0.3  # when their figures differ but are compatible ("some 250,000", "at least 240,000")
DISAGREE_SIMILARITY = 0.45  # when their figures conflict (stricter: precision over recall)
CONTEXT_WORDS = 16  # words nearest each figure that are compared
ABOUT = 0.10  # "about", "some", "nearly": ±10 %


@dataclass(frozen=True)
class Group:
    """Quantities of several outlets that measure the same thing.

    ``agree``: every member's value is compatible with every other's.
    ``disagree``: two sides (``sides``), each agreeing within itself, whose
    values are not compatible; ``members`` lists both sides."""

    relation: str  # "agree" | "disagree"
    measures: str
    members: tuple[Quantity, ...]
    sides: tuple[tuple[Quantity, ...], ...] = ()
    similarity: float = 0.0

    def to_dict(self) -> dict:
        return {"relation": self.relation, "measures": self.measures,
                "members": [q.id for q in self.members]}

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.outlet for q in self.members))


@dataclass(frozen=True)
class Claims:
    quantities: tuple[Quantity, ...]
    groups: tuple[Group, ...]

    def to_dict(self) -> dict:
        return {"quantities": [q.to_dict() for q in self.quantities],
                "groups": [g.to_dict() for g in self.groups]}


# --------------------------------------------------------------------------- values


def _step(value: float) -> float:
    """The rounding step of a written figure: 700e9 → 100e9, 43350 → 10, 5.7 → 0.1."""
    if value == 0:
        return 1.0
    v = abs(value)
    step = 10 ** math.floor(math.log10(v))
    while step > 1e-6 and not math.isclose(round(v / step) * step, v, rel_tol=1e-9, abs_tol=1e-9):
        step /= 10
    return step


def interval(q: Quantity) -> tuple[float, float]:
    """What a quantity's figure allows, from its rounding and its qualifier."""
    lo, hi = q.low, q.high
    if q.kind == "year":
        return lo, hi
    half = _step(lo) / 2 if lo == hi else 0.0
    if q.kind in ("probability", "fraction"):
        half = max(half, 0.005)
    if q.qualifier == "about":
        spread = max(half, abs(lo) * ABOUT)
        return lo - spread, hi + spread
    if q.qualifier in ("at least", "more than"):
        return lo - half, max(lo * BOUND_REACH, lo + 2 * half)
    if q.qualifier in ("up to", "less than"):
        return 0.0, hi + half
    return lo - half, hi + half


def _factor(q: Quantity) -> float:
    """What one of ``q``'s units is in its dimension's base unit (miles → km, minutes → years)."""
    conv = lexicon().conversions.get(q.unit)
    return conv[1] if conv is not None and q.kind != "year" else 1.0


def _scaled(q: Quantity) -> tuple[float, float]:
    lo, hi = interval(q)
    return lo * _factor(q), hi * _factor(q)


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Both state the same figure (in the same base unit), whatever their qualifiers."""
    fa, fb = _factor(a), _factor(b)
    return math.isclose(a.low * fa, b.low * fb, rel_tol=1e-9) and math.isclose(a.high * fa, b.high * fb,
                                                                              rel_tol=1e-9)


def _stated_range(q: Quantity) -> bool:
    return q.qualifier == "range" and any(ch.isdigit() for ch in q.text)


def _same_floor(q: Quantity) -> float:
    distinctive = q.kind in ("year", "probability", "fraction") or abs(q.high) >= 100
    return SAME_FIGURE_SIMILARITY if distinctive else SAME_SMALL_SIMILARITY


def compatible_values(a: Quantity, b: Quantity) -> bool:
    """The figures allow a common value; two written ranges must state the same ends."""
    if _stated_range(a) and _stated_range(b):
        (alo, ahi), (blo, bhi) = _scaled(a), _scaled(b)
        step_a, step_b = _step(a.low) / 2, _step(b.low) / 2
        return abs(alo - blo) <= max(step_a, step_b) * 1.01 and abs(ahi - bhi) <= max(step_a, step_b) * 1.01 \
            if a.kind != "year" else (a.low, a.high) == (b.low, b.high)
    alo, ahi = _scaled(a)
    blo, bhi = _scaled(b)
    return alo <= bhi * (1 + 1e-9) and blo <= ahi * (1 + 1e-9)


def _unit_key(q: Quantity) -> tuple[str, str]:
    conv = lexicon().conversions.get(q.unit)
    if q.kind == "year":
        return q.kind, "year"
    if q.kind == "age":  # "the 10-year-old lawsuit" and "started a decade ago" measure one span
        return "duration", "time"
    if conv is not None:
        return q.kind, conv[0]
    return q.kind, q.unit


def _vague(q: Quantity) -> bool:
    return q.qualifier == "range" and not any(ch.isdigit() for ch in q.text) and q.kind != "year" \
        and q.high / max(q.low, 1) > 3


def _years_in(q: Quantity) -> frozenset[str]:
    return frozenset(t for t in q.sentence_terms if len(t) == 4 and t.isdigit())


# --------------------------------------------------------------------------- measures


class _Weights:
    """Inverse sentence frequency of every term in a corpus."""

    def __init__(self, articles: list[Article]):
        df: Counter[str] = Counter()
        n = 0
        for article in articles:
            for s in article.sentences:
                n += 1
                df.update({t.term for t in tokenize(article.text[s.start:s.end])})
        self.n = max(n, 1)
        self.df = df
        self._known: dict[str, float] = {}

    def __call__(self, term: str) -> float:
        found = self._known.get(term)
        if found is None:
            found = self._known[term] = math.log((self.n + 1) / (self.df.get(term, 0) + 0.5))
        return found


@dataclass(frozen=True)
class _Side:
    """What comparing one quantity with others needs, worked out once."""

    outlet: str
    source: str
    vague: bool
    years: frozenset[str]
    near: tuple[tuple[float, str], ...]  # the words nearest the figure, with their weights
    total: float  # their weights' sum
    terms: frozenset[str]  # every term of its sentence

    @classmethod
    def of(cls, q: Quantity, weight) -> "_Side":
        near = q.context[:CONTEXT_WORDS]
        weights = [weight(t) for t in near]
        return cls(q.outlet, q.source, _vague(q), _years_in(q), tuple(zip(weights, near)), sum(weights),
                   q.sentence_terms)


def _likeness(a: _Side, b: _Side) -> float:
    """The weighted share of the words nearest each figure that the other's
    sentence also has (0..1), the smaller and the larger share averaged."""
    if not a.near or not b.near:
        return 0.0
    share_a = (sum(w for w, t in a.near if t in b.terms) / a.total) if a.total else 0.0
    share_b = (sum(w for w, t in b.near if t in a.terms) / b.total) if b.total else 0.0
    return min(share_a, share_b) * 0.5 + max(share_a, share_b) * 0.5


def measure_similarity(a: Quantity, b: Quantity, weight) -> float:
    """How alike the clauses of two figures are (:func:`_likeness`): rare shared words count most."""
    return _likeness(_Side.of(a, weight), _Side.of(b, weight))


# --------------------------------------------------------------------------- grouping


def _measures_of(members) -> str:
    return min((q.measures for q in members), key=len)


def _likely_pairs(facts: list[_Side], lowest: float) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, whose likeness can reach ``lowest``: every
    other pair is left out unscored, exactly. Likeness is at most the larger
    of the two shares of a side's weighted context words found in the other's
    sentence, so a pair can reach ``lowest`` only if one side's sentence holds
    one of the other side's heaviest words, those without which its share
    stays below ``lowest`` (a prefix filter, as in set-similarity joins)."""
    holders: dict[str, list[int]] = {}
    for j, fact in enumerate(facts):
        for term in fact.terms:
            holders.setdefault(term, []).append(j)
    pairs: set[tuple[int, int]] = set()
    for i, fact in enumerate(facts):
        near, total = fact.near, fact.total
        if not near or total <= 0:
            continue
        per_term: dict[str, float] = {}
        for w, t in near:
            per_term[t] = per_term.get(t, 0.0) + w
        rest = total
        limit = lowest * total * (1 - 1e-9)  # (a margin for the order of float sums)
        for term, w in sorted(per_term.items(), key=lambda tw: (-tw[1], tw[0])):
            if rest < limit:
                break
            rest -= w
            for j in holders.get(term, ()):
                if j != i:
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _same_figure_pairs(group: list[Quantity]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of ``group`` that state the same figure."""
    order = sorted(range(len(group)), key=lambda i: group[i].low * _factor(group[i]))
    lows = [group[i].low * _factor(group[i]) for i in order]
    pairs = []
    for x, i in enumerate(order):
        for y in range(x + 1, len(order)):
            if not math.isclose(lows[x], lows[y], rel_tol=1e-9):
                break  # sorted: nothing further is as close
            j = order[y]
            if same_figure(group[i], group[j]):
                pairs.append((i, j) if i < j else (j, i))
    return pairs


def compare(quantities: list[Quantity], articles: list[Article]) -> list[Group]:
    """Agreeing groups and disagreeing pairs of sides among ``quantities`` (a
    build works them out once: ``BuildContext.claims``)."""
    weight = _Weights(articles)
    edges: list[tuple[float, Quantity, Quantity]] = []
    by_unit: dict[tuple[str, str], list[Quantity]] = {}
    for q in quantities:
        by_unit.setdefault(_unit_key(q), []).append(q)
    for group in by_unit.values():
        facts = [_Side.of(q, weight) for q in group]
        # a pair stating the same figure may be alike at SAME_FIGURE_SIMILARITY; any
        # other pair must reach AGREE_SIMILARITY: only pairs that can are scored
        likely = _likely_pairs(facts, min(AGREE_SIMILARITY, SAME_SMALL_SIMILARITY))
        same = set(_same_figure_pairs(group))
        for i, j in sorted(same.union(likely)):
            a, b, side_a, side_b = group[i], group[j], facts[i], facts[j]
            if side_a.outlet == side_b.outlet or side_a.source == side_b.source or side_a.vague != side_b.vague:
                continue  # not comparable: one outlet, or a vague magnitude against a figure
            if side_a.years and side_b.years and not side_a.years & side_b.years and a.kind != "year":
                continue  # different time frames
            sim = _likeness(side_a, side_b)
            if sim >= (_same_floor(a) if (i, j) in same else AGREE_SIMILARITY):
                edges.append((sim, a, b))
    edges.sort(key=lambda e: (-e[0], e[1].id, e[2].id))

    # agreements: greedy merging, never into a group holding a conflicting value
    group_of: dict[str, int] = {}
    groups: list[list[Quantity]] = []
    # (quantity id, other article, sentence there) where the quantity has an agreeing partner
    agreeing: set[tuple[str, str, tuple[int, int]]] = set()
    for sim, a, b in edges:
        if not compatible_values(a, b):
            continue
        agreeing.add((a.id, b.source, b.sentence))
        agreeing.add((b.id, a.source, a.sentence))
        ga, gb = group_of.get(a.id), group_of.get(b.id)
        if ga is not None and ga == gb:
            continue
        members_a = groups[ga] if ga is not None else [a]
        members_b = groups[gb] if gb is not None else [b]
        if not all(compatible_values(x, y) for x in members_a for y in members_b):
            continue
        merged = members_a + [m for m in members_b if m not in members_a]
        if ga is None:
            groups.append(merged)
            target = len(groups) - 1
        else:
            groups[ga] = merged
            target = ga
        if gb is not None and gb != target:
            groups[gb] = []
        for m in merged:
            group_of[m.id] = target

    out: list[Group] = []
    for members in groups:
        if len({m.outlet for m in members}) < 2:
            continue
        members = sorted(members, key=lambda q: q.id)
        out.append(Group("agree", _measures_of(members), tuple(members)))

    # disagreements: the best partner, strong likeness, and no agreeing partner on either side
    best: dict[tuple[str, str], tuple[float, Quantity]] = {}
    for sim, a, b in edges:
        for x, y in ((a, b), (b, a)):
            key = (x.id, y.source)
            if key not in best or sim > best[key][0]:
                best[key] = (sim, y)
    seen: set[frozenset[str]] = set()
    for sim, a, b in edges:
        if sim < DISAGREE_SIMILARITY or compatible_values(a, b):
            continue
        if (a.id, b.source, b.sentence) in agreeing or (b.id, a.source, a.sentence) in agreeing:
            continue  # one figure of a tally agrees, so the other is its counterpart, not a rival
        if best[(a.id, b.source)][1] is not b or best[(b.id, a.source)][1] is not a:
            continue
        if a.kind == "year" and not (isinstance(a.value, tuple) or isinstance(b.value, tuple)):
            continue  # two different single years are usually two events
        if a.kind == "count" and a.noun and b.noun and a.noun != b.noun:
            continue  # "26 people" and "19 other children": not the same count for certain
        side_a = _side(a, group_of, groups)
        side_b = _side(b, group_of, groups)
        key = frozenset(q.id for q in side_a + side_b)
        if key in seen:
            continue
        seen.add(key)
        members = tuple(sorted(side_a + side_b, key=lambda q: q.id))
        out.append(Group("disagree", _measures_of(members), members,
                         (tuple(side_a), tuple(side_b)), sim))
    out.sort(key=lambda g: (g.relation != "disagree", g.members[0].id))
    return out


def _side(q: Quantity, group_of: dict[str, int], groups: list[list[Quantity]]) -> list[Quantity]:
    g = group_of.get(q.id)
    return sorted(groups[g], key=lambda m: m.id) if g is not None else [q]


def corpus_claims(articles) -> Claims:
    """Every quantity of the articles, and the groups where outlets agree or disagree."""
    articles = list(articles)
    quantities = [q for a in articles for q in quantities_of(a)]
    return Claims(tuple(quantities), tuple(compare(quantities, articles)))
