"""An article's quantities, each with what it measures and when.

What a quantity measures is read from its clause: the counted noun and the
words around the figure up to the nearest clause mark ("at least 240,000
people have been killed in the conflict" → "people have been killed in the
conflict"). The clause's stemmed content words, nearest first, are what
:mod:`.pairs` compares across outlets. The time frame is a year written in
the clause or a weekday resolved against the article's date, else the date
the article was published.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace

from briefing.analysis.claims.quantities import Found, find_quantities
from briefing.analysis.terms import tokenize
from briefing.corpus.article import Article

__all__ = ["Quantity", "describe_value", "outlet_of", "quantities_of"]

_CLAUSE_MARK = re.compile(r"[;:()\[\]—–]|,\s|\.\s|\n|[“”\"]")
_YEAR = re.compile(r"(?<![\d,.$])(1[89]\d\d|20\d\d)(?![\d,])")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
MEASURE_WORDS = 8  # words of the clause shown as what a quantity measures


@dataclass(frozen=True)
class Quantity:
    id: str  # "<article id>#<n>", n counting from 1 in text order
    source: str
    path: str
    start: int
    end: int
    text: str
    value: float | tuple[float, float]
    unit: str
    qualifier: str
    kind: str
    measures: str
    when: str | None
    outlet: str
    published: str | None
    sentence: tuple[int, int]  # the sentence (or headline) holding it
    noun: str | None = None  # the counted noun or unit word as written, stemmed ("children" → "children")
    context: tuple[str, ...] = field(default=(), repr=False)  # stemmed clause words, nearest first
    sentence_terms: frozenset[str] = field(default=frozenset(), repr=False)

    @property
    def low(self) -> float:
        return self.value[0] if isinstance(self.value, tuple) else self.value

    @property
    def high(self) -> float:
        return self.value[1] if isinstance(self.value, tuple) else self.value

    def to_dict(self) -> dict:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return {
            "id": self.id, "source": self.source, "path": self.path, "start": self.start,
            "end": self.end, "text": self.text, "value": _plain(value), "unit": self.unit,
            "qualifier": self.qualifier, "measures": self.measures,
        }


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


def outlet_of(article: Article) -> str:
    """Who published an article: outlets are compared by this. The short name comes
    first ("VOA" covers "Voice of America" and "VOA News"); when unknown, "article"
    and its id (an outlet of its own, shown to a reader as what it is)."""
    md = article.metadata
    return str(md.outlet_short.value or md.outlet.value or f"article {article.id}")


def _segments(article: Article) -> list[tuple[int, int]]:
    """Where quantities are looked for: the headline (when the text states it),
    headings and body sentences."""
    spans: list[tuple[int, int]] = []
    title = article.metadata.title
    if title.origin == "text" and title.start is not None:
        spans.append((title.start, title.end))
    elif title.value:
        first = next((p.start for p in article.paragraphs), len(article.text))
        head = article.text[:first]
        line_start = len(head) - len(head.lstrip())
        line_end = head.find("\n", line_start)
        line = head[line_start:line_end if line_end >= 0 else len(head)]
        if " ".join(line.lstrip("# ").split()).casefold() == " ".join(str(title.value).split()).casefold():
            spans.append((line_start, line_start + len(line)))
    spans += [(h.start, h.end) for h in article.headings]
    for p in article.paragraphs:
        spans += [(s.start, s.end) for s in article.sentences_in(p)] or [(p.start, p.end)]
    return sorted(set(spans))


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end] within the sentence lo..hi."""
    left = lo
    for m in _CLAUSE_MARK.finditer(text, lo, start):
        left = m.end()
    right = hi
    m = _CLAUSE_MARK.search(text, end, hi)
    if m:
        right = m.start()
    return left, right


def _measures(text: str, found: Found, lo: int, hi: int) -> str:
    left, right = _clause(text, found.start, found.end, lo, hi)
    head = text[found.head[0]:found.head[1]] if found.head else ""
    after = _WORD.findall(text[found.end:right])
    before = _WORD.findall(text[left:found.start])
    words = after[:MEASURE_WORDS]
    if len(words) < 4:
        words = before[-(MEASURE_WORDS - len(words)):] + (["…"] if words else []) + words
    out = " ".join(([head] if head and found.kind not in ("year",) else []) + words).strip(" …")
    return out or head or found.unit


def _context(text: str, found: Found, lo: int, hi: int) -> tuple[str, ...]:
    """Stemmed content words of the sentence, nearest the quantity first."""
    tokens = [t for t in tokenize(text[lo:hi]) if not t.term.isdigit()]
    a, b = found.start - lo, found.end - lo
    # the figure's own words are its value, not what it measures; its noun is kept
    ha, hb = (found.head[0] - lo, found.head[1] - lo) if found.head else (a, a)
    inside = [t for t in tokens if not (t.end <= ha or t.start >= hb)]
    outside = [t for t in tokens if t.end <= a or t.start >= b]
    outside.sort(key=lambda t: (a - t.end) if t.end <= a else (t.start - b))
    seen: dict[str, None] = {}
    for t in inside + outside:
        seen.setdefault(t.term)
    return tuple(seen)


def _noun(text: str, found: Found) -> str | None:
    if found.head is None:
        return None
    terms = [t.term for t in tokenize(text[found.head[0]:found.head[1]], keep_stopwords=True)]
    return terms[-1] if terms else None


def _when(text: str, found: Found, lo: int, hi: int, published: str | None) -> str | None:
    if found.kind == "year":
        return None
    years = [m.group() for m in _YEAR.finditer(text, lo, hi)
             if not (found.start <= m.start() < found.end)]
    if years:
        return years[0] if len(set(years)) == 1 else f"{min(years)}-{max(years)}"
    clause = text[lo:hi].casefold()
    if published:
        try:
            day = _dt.date.fromisoformat(published[:10])
        except ValueError:
            day = None
        if day is not None:
            for n, name in enumerate(_WEEKDAYS):
                if re.search(rf"\b{name}\b", clause):
                    back = (day.weekday() - n) % 7
                    return (day - _dt.timedelta(days=back)).isoformat()
        return published[:10]
    return None


def quantities_of(article: Article) -> list[Quantity]:
    """Every quantity of an article, numbered in text order (a build works them
    out once per article: ``BuildContext.quantities``)."""
    text = article.text
    published = article.metadata.published.value
    outlet = outlet_of(article)
    out: list[Quantity] = []
    paragraph_of = {(s.start, s.end): s.paragraph for s in article.sentences}
    carried: list = []  # quantities so far of this paragraph and the one before it: a bare
    previous: list = []  # figure may take their unit ("23 held by Democrats", "18 of them")
    last_paragraph = None
    for lo, hi in _segments(article):
        paragraph = paragraph_of.get((lo, hi))
        if paragraph is None or paragraph != last_paragraph:
            previous, carried = (carried if paragraph is not None else []), []
        last_paragraph = paragraph
        found_here = find_quantities(text, lo, hi, tuple(previous + carried))
        carried += found_here
        for found in found_here:
            context = _context(text, found, lo, hi)
            out.append(Quantity(
                id="", source=article.id, path=article.path, start=found.start, end=found.end,
                text=text[found.start:found.end], value=found.value, unit=found.unit,
                qualifier=found.qualifier, kind=found.kind, measures=_measures(text, found, lo, hi),
                when=_when(text, found, lo, hi, published), outlet=outlet, published=published,
                sentence=(lo, hi), context=context, sentence_terms=frozenset(context),
                noun=_noun(text, found),
            ))
    out.sort(key=lambda q: (q.start, q.end))
    numbered: list[Quantity] = []
    for n, q in enumerate(out, 1):
        numbered.append(replace(q, id=f"{article.id}#{n}"))
    return numbered


def _figure(v: float) -> str:
    if abs(v) >= 1e9 and (v / 1e9) == round(v / 1e9, 2):
        return f"{v / 1e9:g} billion"
    if abs(v) >= 1e6 and (v / 1e6) == round(v / 1e6, 2):
        return f"{v / 1e6:g} million"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def describe_value(q: Quantity) -> str:
    """A quantity's value for people: "240,000 people", "USD 5.7 billion", "2006–2011"."""
    if q.kind == "year":
        return str(int(q.low)) if q.low == q.high else f"{int(q.low)}–{int(q.high)}"
    figure = _figure(q.low) if q.low == q.high else f"{_figure(q.low)}–{_figure(q.high)}"
    if q.kind == "money":
        return f"{q.unit} {figure}"
    if q.unit == "percent":
        return f"{figure} %"
    if q.kind == "probability":
        return f"{q.low:.0%}" if q.low == q.high else f"{q.low:.0%}–{q.high:.0%}"
    return f"{figure} {q.unit}"
