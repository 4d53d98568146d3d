"""Events: sentences that report something happening on a resolved date.

A sentence of an article's body is an event when it holds a temporal
expression pinned to a calendar value (a day, a week, a month, a year or a
short range) that dates what the sentence reports. Not events:

* datelines, bylines and live-blog stamps (they date the writing, not a
  happening; they are outside body sentences or written as a bare date);
* "since 2011" (a state that lasts, not a happening), "for now", "recently"
  and other unpinned or vague expressions;
* a year used as a modifier ("the 2014 ban", "his 2016 campaign"), or a
  month and day naming a thing ("the Sept. 11 attacks"): it names a thing,
  not when the sentence's happening took place;
* lead-ins ending in a colon and fragments of fewer than six words.

When a sentence holds several dated expressions, the finest one dates it
(a day over a month over a year); among equals, one that dates the report
rather than the happening ("said Tuesday that … killed 45 people Monday":
an expression right after a speech verb of the quotation lexicon) comes
last, then the first in the text.

:func:`merge` folds the same event reported by several outlets into one:
same date, and the same happening told in overlapping words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.dates import TemporalExpression, find_expressions, interval
from briefing.text.lexicon import lexicon
from briefing.analysis.terms import stopwords, terms_of
from briefing.corpus.article import Article, Sentence

__all__ = ["Event", "PRECISION", "find_events", "merge", "precision"]

#: finer first; a range counts by how long it is (see :func:`precision`)
PRECISION = ("time", "day", "week", "month", "year")
MIN_WORDS = 6
#: share of the shorter sentence's content terms two reports must share to be one event
SAME_EVENT = 0.33
_RANGE_WEEK_DAYS = 7
_RANGE_MONTH_DAYS = 31
_DATE_WORDS = frozenset(terms_of(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow "
    "week month year morning afternoon evening night last next earlier later january february "
    "march april may june july august september october november december"))


def precision(expr_value: str, granularity: str) -> str:
    """How precise a value is, on the PRECISION scale (a range by its length)."""
    if granularity != "range":
        return granularity
    first, last = interval(expr_value)
    days = (last - first).days + 1
    if days <= _RANGE_WEEK_DAYS:
        return "week"
    if days <= _RANGE_MONTH_DAYS:
        return "month"
    return "year"


@dataclass(frozen=True)
class Event:
    """A dated sentence of one article."""

    article: Article
    sentence: Sentence
    expression: TemporalExpression

    @property
    def date(self) -> str:
        return self.expression.value  # type: ignore[return-value]

    @property
    def granularity(self) -> str:
        return self.expression.granularity

    @property
    def precision(self) -> str:
        return precision(self.date, self.granularity)

    @property
    def text(self) -> str:
        return self.article.text[self.sentence.start:self.sentence.end]

    def sort_key(self) -> tuple:
        first, last = interval(self.date)
        return (first.isoformat(), self.date, PRECISION.index(self.precision), self.article.id,
                self.sentence.start)


def _names_a_thing(text: str, expr: TemporalExpression) -> bool:
    """"the Sept. 11 attacks", "September 11th Advocates": a month and day written
    without a year that modify a noun (a name), not the date of a happening."""
    if not expr.rule.startswith("month-day"):
        return False
    after = re.match(r"\s+([A-Za-z]+)", text[expr.end:expr.end + 20])
    if after is None or after.group(1).lower() in stopwords():
        return False
    before = text[max(0, expr.start - 10):expr.start].lower()
    # "on Sept. 16 Russia said": after a preposition it dates what follows
    return re.search(r"\b(?:on|by|since|until|till|from|through|before|after|as\s+of)\s+$",
                     before) is None


def _is_modifier_year(text: str, expr: TemporalExpression) -> bool:
    """"the 2014 ban", "Gore's 2000 ticket": a bare year right before a lower-case noun."""
    if _names_a_thing(text, expr):
        return True
    if expr.rule != "year":
        return False
    before = text[max(0, expr.start - 12):expr.start].lower()
    if re.search(r"\b(?:in|on|by|since|from|until|till|through|during|of|before|after|early|late|"
                 r"mid|around|about|circa)\s*$", before):
        return False
    return re.match(r"\s+[a-z]", text[expr.end:expr.end + 3]) is not None


def _dates_a_happening(text: str, expr: TemporalExpression) -> bool:
    if not expr.pinned or expr.granularity == "vague":
        return False
    if expr.rule.startswith("since") or expr.rule.startswith("text-since"):
        return False
    if expr.rule == "decade":
        return False
    return not _is_modifier_year(text, expr)


def _dates_the_report(text: str, expr: TemporalExpression) -> bool:
    """"said Tuesday", "told reporters on Friday": the expression dates a speech act."""
    words = re.findall(r"[A-Za-z]+", text[max(0, expr.start - 30):expr.start])[-3:]
    return any(w.lower() in lexicon().speech_forms for w in words)


def _reads_as_statement(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS and not text.rstrip().endswith(":")


def find_events(article: Article, until: int | None = None) -> list[Event]:
    """The article's dated sentences, in text order (with ``until``, a paragraph's
    end: those before it)."""
    found = find_expressions(article, until)
    events: list[Event] = []
    i = 0
    for sentence in article.sentences:
        while i < len(found) and found[i].start < sentence.start:
            i += 1
        inside = []
        j = i
        while j < len(found) and found[j].start < sentence.end:
            if found[j].end <= sentence.end and _dates_a_happening(article.text, found[j]):
                inside.append(found[j])
            j += 1
        text = article.text[sentence.start:sentence.end]
        if not inside or not _reads_as_statement(text):
            continue
        best = min(inside, key=lambda e: (PRECISION.index(precision(e.value, e.granularity)),
                                          _dates_the_report(article.text, e), e.start))
        events.append(Event(article, sentence, best))
    return events


def _content(event: Event) -> set[str]:
    return {t for t in terms_of(event.text) if t not in _DATE_WORDS}


def _same(a: Event, b: Event) -> bool:
    if a.date != b.date:
        return False
    ta, tb = _content(a), _content(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= SAME_EVENT


def merge(events: list[Event]) -> list[tuple[Event, ...]]:
    """One group per happening, in the order given (best first): the same date
    told in overlapping words by several articles is one group, its first
    event followed by at most one report from each other article.

    The same words reprinted later ("Last week, the director recommended…" in a
    background paragraph carried over into later stories) are dated by their
    earliest publication: a copy whose relative date resolves to another day
    (its own later "last week") is left out, not shown as a second happening."""
    words = {id(e): " ".join(e.text.split()).casefold() for e in events}
    first: dict[str, Event] = {}
    for event in events:
        known = first.get(words[id(event)])
        if known is None or event.article.published_order < known.article.published_order:
            first[words[id(event)]] = event
    events = [e for e in events if first[words[id(e)]].date == e.date]
    groups: list[list[Event]] = []
    for event in events:
        for group in groups:
            if _same(group[0], event):
                if all(event.article.id != e.article.id for e in group):
                    group.append(event)
                break
        else:
            groups.append([event])
    return [tuple(group) for group in groups]
