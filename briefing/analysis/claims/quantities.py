"""Quantities in news text: a figure, its unit, its qualifier, what it measures.

``find_quantities(text, start, end)`` scans one span of an article (a
paragraph or the headline) and returns :class:`Found` records with exact
offsets into the text. The rules, in the order they are tried at a word:

- vague magnitudes ("tens of thousands of people") → a range by convention;
- a figure: digits ("240,000", "5.7", "$5.7bn"), number words ("two",
  "twenty-five", "four-and-a-half"), "a dozen", fractions ("two-thirds"),
  chances ("1-in-3"), a time unit with an article ("a month ago");
- ranges ("two to three", "between five and 12", "$50 to $100", "40- to
  60-hour"); a falling pair ("242-190", "228 to 191") is two figures, a tally;
- the unit after the figure: %, a unit word (km, miles, years…), a currency
  (symbol before, word after), or the counted noun ("four tactical fighter
  jets" → jet; persons → people); "-year-old" and "N years old" are ages;
- the qualifier before it ("at least", "some", "up to", "more than"…);
- a four-digit figure from 1800 to 2100 with no unit is a calendar year
  ("since 2011", "the 2010 elections"), unless a month or a day stands before
  it (a date, which is the dates analyser's); "1970s" is a decade;
- a bare figure after a name and a comma ("Mr. Cowan, 43,") is an age; a bare
  figure after a counted one in the same paragraph takes its unit
  ("33 seats …, with 23 held by Democrats").

Ordinals, times of day, designations ("Su-34", "9/11") and bare figures
with no unit are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.analysis.claims._lexicon import Lexicon, lexicon

__all__ = ["Found", "find_quantities"]

Value = float | tuple[float, float]

_TOKEN = re.compile(
    r"US\$|[$£€¥]"
    r"|\d+(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|\d+(?:\.\d+)?"
    r"|['’]\d\d(?!\w)"
    r"|[A-Za-z]+(?:\.[A-Za-z])+\.?"  # U.S., a.m.
    r"|[A-Za-z]+"
    r"|['’]s\b"
    r"|%|[-–—]|[^\sA-Za-z\d]"
)
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_HYPHENS = ("-", "–")
_ARTICLES = frozenset(("a", "an"))
_PERSONISH = frozenset(("person", "member"))
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
_DETERMINERS = frozenset(("the", "our", "their", "its", "his", "her", "those", "these", "them", "my",
                          "your", "whom", "which"))
# before a four-digit figure, these make it a year even when a noun of persons follows
_YEAR_BEFORE = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "in", "since", "by",
                          "until", "of", "from", "for", "'s", "’s"))
# before a figure, these make it a re-count of a known set ("the two countries")
_ANAPHORIC = frozenset(("the", "those", "these"))
ANAPHORIC_MAX = 4  # "the two sides", "the four leaders"; "the 42 members of the caucus" is a count


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    start: int
    end: int
    kind: str  # "num", "word", "cur", "punct", "apos"


@dataclass(frozen=True)
class Found:
    """One quantity in a text, before it is tied to an article."""

    start: int
    end: int
    value: Value
    unit: str
    qualifier: str  # exact | about | at least | more than | up to | less than | range
    kind: str  # count | money | percent | duration | age | year | distance | mass | probability | fraction
    head: tuple[int, int] | None = None  # the counted noun or unit word, when written


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        if t[0].isdigit():
            kind = "num"
        elif t in ("$", "£", "€", "¥", "US$"):
            kind = "cur"
        elif t[0] in "'’" and t[1:2].isdigit():
            kind = "apos"
        elif t[0].isalpha():
            kind = "word"
        else:
            kind = "punct"
        out.append(Tok(t, t.casefold().replace("’", "'"), m.start(), m.end(), kind))
    return out


def _num(t: str) -> float | None:
    if not _DIGITS.fullmatch(t):
        return None
    return float(t.replace(",", ""))


class _Scanner:
    def __init__(self, text: str, toks: list[Tok], lex: Lexicon):
        self.text = text
        self.toks = toks
        self.lex = lex
        self.n = len(toks)

    # -- helpers
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def adjacent(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.toks[i].end == self.toks[j].start

    def is_hyphen_join(self, i: int) -> bool:
        """Token i is a hyphen written with no space on either side."""
        return self.low(i) in _HYPHENS and self.adjacent(i - 1, i) and self.adjacent(i, i + 1)

    # -- figures
    def word_number(self, i: int) -> tuple[float, int] | None:
        """A number written in words at i: "two", "twenty-five", "twenty five"."""
        w = self.low(i)
        lex = self.lex
        if w in lex.units:
            return float(lex.units[w]), i + 1
        if w in lex.tens:
            value = float(lex.tens[w])
            j = i + 1
            if self.low(j) in _HYPHENS and self.adjacent(i, j) and self.low(j + 1) in lex.units \
                    and 0 < lex.units[self.low(j + 1)] < 10:
                return value + lex.units[self.low(j + 1)], j + 2
            if self.low(j) in lex.units and 0 < lex.units[self.low(j)] < 10:
                return value + lex.units[self.low(j)], j + 1
            return value, j
        return None

    def figure(self, i: int) -> tuple[float, int, bool] | None:
        """A figure at i: its value, the index after it, and whether it had a scale word."""
        tok = self.toks[i] if i < self.n else None
        if tok is None:
            return None
        scaled = False
        if tok.kind == "num":
            value = _num(tok.text)
            if value is None:
                return None
            j = i + 1
        else:
            found = self.word_number(i)
            if found is None:
                return None
            value, j = found
        # "four-and-a-half", "two and a half"
        k = j + 1 if self.low(j) in _HYPHENS and self.adjacent(j - 1, j) else j
        if self.low(k) == "and" and self.low(k + 1 + (self.low(k + 1) in _HYPHENS)) in _ARTICLES:
            m = k + 1 + (self.low(k + 1) in _HYPHENS)
            m2 = m + 1 + (self.low(m + 1) in _HYPHENS)
            if self.low(m2) == "half":
                value += 0.5
                j = m2 + 1
        # scale words: "5.7 billion", "$5.7bn", "two hundred thousand"
        while self.low(j) in self.lex.scales:
            w = self.low(j)
            if len(w) <= 2 and not self.adjacent(j - 1, j):  # "m", "bn" must be attached
                break
            if len(w) <= 2 and self.toks[j - 1].kind != "num":
                break
            if w == "m" and self.low(j + 1) == ".":  # "5 a.m." is not tokenised here, but "5 m." is
                break
            value *= self.lex.scales[w]
            scaled = True
            j += 1
        return value, j, scaled

    def qualifier(self, i: int) -> tuple[str, int] | None:
        """The qualifier that ends right before token i, and where it starts."""
        for words, name in self.lex.qualifiers:
            k = len(words)
            if i - k < 0:
                continue
            if tuple(self.low(x) for x in range(i - k, i)) == words:
                return name, i - k
        return None

    def unit_word(self, i: int) -> tuple[str, int] | None:
        """A unit word (or two-word unit) at i: ("km", next index)."""
        for k in (3, 2, 1):
            words = tuple(self.low(x) for x in range(i, i + k))
            if len(words) == k and words in self.lex.unit_words:
                return self.lex.unit_words[words], i + k
        if self.low(i) == "%":
            return "percent", i + 1
        return None

    def looks_plural(self, i: int) -> bool:
        tok = self.toks[i] if 0 <= i < self.n else None
        if tok is None or tok.kind != "word":
            return False
        w = tok.low
        if w in self.lex.people:
            return True
        if w in self.lex.stop_words or len(w) < 3:
            return False
        return w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS)

    def counted_noun(self, i: int, singular: bool) -> tuple[int, int] | None:
        """The counted noun of a figure whose words end at i: (index of the
        noun, index after the phrase), looking past up to four modifiers."""
        j = i
        last_word = None
        for _ in range(9):
            tok = self.toks[j] if j < self.n else None
            if tok is None:
                break
            if tok.kind == "word":
                if tok.low == "and" and j > i and self.toks[j - 1].text[:1].isupper() \
                        and j + 1 < self.n and self.toks[j + 1].text[:1].isupper():
                    j += 1
                    continue
                if tok.low in self.lex.stop_words:
                    break
                if tok.low.endswith("ly") and not self.looks_plural(j + 1):
                    break  # an adverb starts the verb phrase: "19-20 primarily supported …"
                if self.looks_plural(j) and not (singular and tok.low not in self.lex.people
                                                 and j + 1 < self.n and self.looks_plural(j + 1)):
                    return j, j + 1
                last_word = j
                j += 1
                continue
            if tok.low in _HYPHENS and self.is_hyphen_join(j):
                j += 1
                continue
            if tok.kind == "punct" and tok.low in ("'", "’") and self.adjacent(j - 1, j):
                j += 1
                continue
            if tok.kind == "apos" or tok.low in ("'s", "’s"):
                j += 1
                continue
            break
        if singular and last_word is not None:
            return last_word, last_word + 1
        return None

    def unit_of_noun(self, i: int) -> str:
        tok = self.toks[i]
        w = tok.low
        if w in self.lex.people or w in _PERSONISH or w + "s" in self.lex.people:
            return "people"
        if w in self.lex.singular:
            return self.lex.singular[w]
        if tok.text[:1].isupper() and w.endswith(self.lex.demonym_endings):
            return "people"
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith(("ches", "shes", "sses", "xes")):
            return w[:-2]
        if w.endswith("s") and not w.endswith("ss"):
            return w[:-1]
        return w


def _is_year(value: float, tok: Tok) -> bool:
    return tok.kind == "num" and len(tok.text) == 4 and tok.text.isdigit() and 1800 <= value <= 2100


_TRIGGERS: dict[int, re.Pattern] = {}


def _trigger(lex: Lexicon) -> re.Pattern:
    """What every quantity holds: a digit, a currency sign, or a word that names a
    number, a fraction or a vague magnitude (a quick look before the full scan)."""
    found = _TRIGGERS.get(id(lex))
    if found is None:
        # scales written short ("m", "bn") follow a figure, whose digits trigger already
        scales = {w for w in lex.scales if len(w) > 2}
        words = set(lex.units) | set(lex.tens) | scales | set(lex.number_nouns) | set(lex.fractions)
        words |= set(lex.vague_by_first)
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
        signs = "".join(re.escape(c) for c in "".join(lex.currency_symbols) + "$£€¥")
        found = _TRIGGERS[id(lex)] = re.compile(rf"\d|[{signs}]|\b(?:{alternation})\b", re.IGNORECASE)
    return found


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    before: tuple[Found, ...] = ()) -> list[Found]:
    """Every quantity in ``text[start:end]``, in text order. ``before`` are the
    quantities found earlier in the same paragraph (a bare figure may take a unit
    from them)."""
    end = len(text) if end is None else end
    lex = lexicon()
    if not _trigger(lex).search(text, start, end):
        return []  # no digit, currency sign or number word: no quantity
    toks = _tokens(text, start, end)
    sc = _Scanner(text, toks, lex)
    found: list[Found] = []
    i = 0
    while i < len(toks):
        got = _at(sc, i, list(before) + found)
        if got:
            found.extend(got)
            last = got[-1]
            while i < len(toks) and toks[i].start < last.end:
                i += 1
        else:
            i += 1
    return found


def _span(sc: _Scanner, first: int, after: int) -> tuple[int, int]:
    return sc.toks[first].start, sc.toks[after - 1].end


def _qualified(sc: _Scanner, first: int) -> tuple[str, int]:
    q = sc.qualifier(first)
    if q is None:
        return "exact", first
    return q


def _date_before(sc: _Scanner, i: int) -> bool:
    """A month, or a day figure and a comma, stands right before token i (a date's year)."""
    prev = sc.low(i - 1)
    if prev.rstrip(".") in sc.lex.months:
        return True
    if prev == "," and sc.toks[i - 2].kind == "num" if i >= 2 else False:
        return sc.low(i - 3).rstrip(".") in sc.lex.months or sc.low(i - 4).rstrip(".") in sc.lex.months
    if prev == "." and sc.low(i - 2) in sc.lex.months:
        return True
    return False


def _at(sc: _Scanner, i: int, earlier: list[Found]) -> list[Found]:
    tok = sc.toks[i]
    lex = sc.lex
    # -- vague magnitudes: "tens of thousands of people"
    for words, (low, high) in lex.vague_by_first.get(sc.low(i), ()):
        k = len(words)
        if tuple(sc.low(x) for x in range(i, i + k)) == words:
            if i > 0 and (sc.toks[i - 1].kind == "num" or sc.word_number(i - 1)):
                return []
            after = i + k
            unit, kind, head = None, "count", None
            j = after
            if sc.low(j) == "of":
                j += 1
            if sc.low(j) in lex.currency_words:
                unit, kind, head = lex.currency_words[sc.low(j)], "money", (j, j + 1)
                after = j + 1
            else:
                noun = sc.counted_noun(j, singular=False) if j > after or sc.low(j) == "more" else None
                if noun is None and sc.low(j) != "of":
                    noun = sc.counted_noun(j, singular=False) if sc.low(after) == "more" else None
                if noun is not None:
                    unit, head, after = sc.unit_of_noun(noun[0]), (noun[0], noun[0] + 1), noun[1]
            if unit is None:
                return []
            s, e = _span(sc, i, after)
            return [Found(s, e, (low, high), unit, "range", kind, _head(sc, head))]
    # -- fractions: "two-thirds", "one-half"
    wn = sc.word_number(i)
    if wn is not None and sc.low(i + 1) in _HYPHENS and sc.low(i + 2) in lex.fractions:
        num, _ = wn
        den = lex.fractions[sc.low(i + 2)]
        if 0 < num < den:
            qual, qstart = _qualified(sc, i)
            # "one-half of one percentage point": a fraction of a unit is that many units
            if sc.low(i + 3) == "of" and sc.low(i + 4) in ("one", "a", "an"):
                uw = sc.unit_word(i + 5)
                if uw is not None:
                    return [Found(*_span(sc, qstart, uw[1]), round(num / den, 4), uw[0], qual,
                                  "percent" if "percent" in uw[0] else "count")]
            return [Found(*_span(sc, qstart, i + 3), round(num / den, 4), "fraction", qual, "fraction")]
    # -- chances: "1-in-3", "one-in-three chance", "1 in 3"
    fig = _figure_or_article(sc, i)
    if fig is None:
        return _special(sc, i, earlier)
    value, after, scaled, cur = fig
    first = i  # the currency symbol, when there is one, is token i
    chance = _chance(sc, value, after)
    if chance is not None:
        p, after = chance
        qual, qstart = _qualified(sc, first)
        s, e = _span(sc, qstart, after)
        return [Found(s, e, round(p, 4), "probability", qual, "probability")]
    # -- not a quantity: times of day, designations, ordinals
    nxt = sc.low(after)
    if nxt in (":", "/") and sc.adjacent(after - 1, after) and sc.toks[after + 1 - 0].kind == "num" \
            if after + 1 < sc.n else False:
        return []
    if nxt in lex.not_quantity_after or (nxt in ("a", "p") and sc.low(after + 1) == "."):
        return []
    if nxt in ("st", "nd", "rd", "th") and sc.adjacent(after - 1, after):
        return []
    if sc.low(i - 1) in _HYPHENS and sc.adjacent(i - 2, i - 1) and sc.toks[i - 2].kind == "word" \
            and cur is None and sc.toks[i].kind == "num":
        return []  # Su-34, AR-15
    if sc.low(i - 1) in ("no", "no.", "#") or (sc.low(i - 1) == "." and sc.adjacent(i - 1, i)):
        return []  # No. 10-277, .45-caliber
    if sc.is_hyphen_join(i - 1) and i >= 2 and sc.toks[i - 2].kind == "num":
        return []  # the second half of a pair not taken as a range ("October 19-20")
    if cur is None and _date_before(sc, i) and not _is_year(value, tok):
        return []  # the day of a date: "March 31", "Oct. 21"
    if cur is None and tok.kind == "num" and sc.low(after).rstrip(".") in lex.months:
        return []  # "4 April"
    if cur is None and i > 0 and sc.toks[i - 1].kind == "word" and sc.toks[i - 1].text[:1].isupper() \
            and after < sc.n and sc.toks[after].kind == "word" and sc.toks[after].text[:1].isupper() \
            and not _is_year(value, tok) and sc.qualifier(i) is None and i > 1:
        return []  # a name: "Channel 4 News"
    plain_one = tok.low == "one" and sc.qualifier(i) is None
    hyphen_after = sc.low(after) in _HYPHENS and sc.adjacent(after - 1, after)
    if plain_one and not hyphen_after:
        return []  # "one of", "one official": an indefinite, not a count
    if cur is None and sc.low(i - 1) in _ANAPHORIC and (value <= ANAPHORIC_MAX or sc.low(i - 1) != "the") \
            and not hyphen_after \
            and not (sc.low(after) == "-" or (sc.unit_word(after) or ("",))[0] in time_units()):
        return []  # "the two countries": a re-count of a set already named
    # -- ranges and tallies
    second = _range_end(sc, i, after, value, cur, scaled)
    if second is not None:
        value, high, after2, is_range = second
        if is_range:
            return _finish(sc, i, first, after2, (value, high), cur, earlier, ranged=True)
        return _tally(sc, i, after, after2, value, high)
    return _finish(sc, i, first, after, value, cur, earlier)


def _tally(sc: _Scanner, i: int, after: int, after2: int, left: float, right: float) -> list[Found]:
    """A falling pair ("242-190 seat advantage", "a vote of 228 to 191"): two
    figures, counting the noun after them, or votes when a vote is named before."""
    right_start = after2 - 1
    while sc.toks[right_start].kind != "num":
        right_start -= 1
    noun = after2 if after2 < sc.n and sc.toks[after2].kind == "word" \
        and sc.low(after2) not in sc.lex.stop_words else None
    if noun is not None:
        unit = sc.unit_of_noun(noun)
    elif any(sc.low(x) in ("vote", "votes", "voted", "voting", "tally", "margin")
             for x in range(max(0, i - 6), i)):
        unit = "vote"
    else:
        return []
    return [Found(*_span(sc, i, after), left, unit, "exact", "count"),
            Found(*_span(sc, right_start, after2), right, unit, "exact", "count")]


def _head(sc: _Scanner, head: tuple[int, int] | None) -> tuple[int, int] | None:
    if head is None:
        return None
    return sc.toks[head[0]].start, sc.toks[head[1] - 1].end


def _figure_or_article(sc: _Scanner, i: int):
    """A figure at i (after a currency symbol, if any): value, index after, scaled, currency."""
    tok = sc.toks[i]
    cur = None
    j = i
    if tok.kind == "cur":
        cur = sc.lex.currency_symbols[tok.text]
        j = i + 1
        if j >= sc.n or sc.toks[j].kind != "num":
            return None
    fig = sc.figure(j)
    if fig is None:
        return None
    value, after, scaled = fig
    return value, after, scaled, cur


def _chance(sc: _Scanner, value: float, after: int) -> tuple[float, int] | None:
    j = after
    if sc.low(j) in _HYPHENS:
        j += 1
    if sc.low(j) != "in":
        return None
    j += 1
    if sc.low(j) in _HYPHENS:
        j += 1
    fig = sc.figure(j) if j < sc.n else None
    if fig is None or fig[0] == 0 or fig[0] < value:
        return None
    denominator, end, _ = fig
    if sc.low(end) in ("chance", "chances", "odds", "probability", "likelihood"):
        end += 1
    elif not (sc.toks[after].low in _HYPHENS):
        # "1 in 3" with no "chance" after it must still be followed by a clause end or "chance" earlier
        if end < sc.n and sc.toks[end].kind == "word" and sc.low(end) not in sc.lex.stop_words:
            return None
    return value / denominator, end


def _range_end(sc: _Scanner, first: int, after: int, value: float, cur: str | None,
               first_scaled: bool):
    """A second figure after a first (whose tokens are first..after): (low, high, index
    after, is_range). A rising pair is a range; a falling pair of whole numbers joined by a
    hyphen or "to" is a tally. A scale written only after the second figure is the range's
    ("$5 to $7 million", "between 19 and 22 million")."""
    j = after
    joiner = sc.low(j)
    if joiner in _HYPHENS and sc.low(j + 1) == "to":  # "40- to 60-hour"
        j += 1
        joiner = "to"
    if joiner not in ("to", "through", "and", "-", "–"):
        return None
    if joiner == "and" and sc.low(first - 1) != "between":
        return None
    j += 1
    if sc.toks[j].kind == "cur" if j < sc.n else False:
        j += 1
    fig = sc.figure(j) if j < sc.n else None
    if fig is None:
        return None
    high, end, scaled = fig
    if sc.low(end) in (":", "/") or sc.low(end) in sc.lex.not_quantity_after:
        return None
    if scaled and not first_scaled:
        factor = 1.0
        for word in (sc.low(x) for x in range(j + 1, end)):
            factor *= sc.lex.scales.get(word, 1.0)
        if value * factor <= high:
            value *= factor
    if high > value:
        return value, high, end, True
    if joiner in ("-", "–", "to") and float(value).is_integer() and float(high).is_integer() \
            and cur is None and sc.toks[after - 1].kind == "num" and sc.toks[j].kind == "num":
        return value, high, end, False
    return None


@lru_cache(maxsize=1)
def time_units() -> frozenset[str]:
    """The units of duration: those ``claims.yaml`` converts to years."""
    return frozenset(unit for unit, (dimension, _) in lexicon().conversions.items() if dimension == "time")


def _finish(sc: _Scanner, i: int, first: int, after: int, value, cur: str | None,
            earlier: list[Found], ranged: bool = False) -> list[Found]:
    """The unit, qualifier and span of a figure (or range) whose tokens are first..after."""
    lex = sc.lex
    qual, qstart = _qualified(sc, first)
    if ranged:
        qual = "range"
    if qstart == first and sc.low(first - 1) == "between":
        qstart = first - 1
    head = None
    unit = None
    kind = "count"
    end = after
    j = after
    tok = sc.toks[i]
    low_value = value[0] if isinstance(value, tuple) else value
    if cur is not None:
        unit, kind = cur, "money"
        if sc.low(j) in ("a", "an", "per") and (
                (sc.unit_word(j + 1) or ("",))[0] in time_units()
                or sc.low(j + 1) in ("person", "head", "capita", "member", "household", "family")):
            end = j + 2
        return [Found(*_span(sc, qstart, end), value, unit, qual, kind)]
    # "-year-old", "50-minute", "225-page", "12-person"
    hyphened = sc.low(j) in _HYPHENS and sc.adjacent(j - 1, j)
    k = j + 1 if hyphened else j
    uw = sc.unit_word(k)
    if uw is not None and uw[0] == "pound" and sc.low(uw[1]) == "sterling":
        return [Found(*_span(sc, qstart, uw[1] + 1), value, "GBP", qual, "money", _head(sc, (k, uw[1] + 1)))]
    if uw is not None:
        unit, k2 = uw
        head = (k, k2)
        end = k2
        if unit == "decade":
            unit = "year"
            value = (value[0] * 10, value[1] * 10) if isinstance(value, tuple) else value * 10
        if unit in ("percent", "percentage point"):
            kind = "percent"
        elif unit in time_units():
            kind = "duration"
            # "-year-old", "years old"
            m = k2 + 1 if sc.low(k2) in _HYPHENS else k2
            if sc.low(m) == "old":
                kind = "age"
                end = m + 1
            elif sc.low(k2) in _HYPHENS and sc.low(k2 + 1) == "long":
                end = k2 + 2
            else:
                for words in lex.relative_time:
                    if tuple(sc.low(x) for x in range(k2, k2 + len(words))) == words:
                        end = k2 + len(words)
                        break
                if sc.low(qstart - 1) == "next" and sc.low(qstart - 2) == "the" and qual == "exact":
                    qstart -= 2
        else:
            kind = lex.conversions.get(unit, ("count", 1))[0]
            kind = {"length": "distance"}.get(kind, kind)
        if sc.low(end) in ("each", "apiece"):
            end += 1
        return [Found(*_span(sc, qstart, end), value, unit, qual, kind, _head(sc, head))]
    if sc.low(k) in lex.currency_words and not hyphened:
        unit = lex.currency_words[sc.low(k)]
        return [Found(*_span(sc, qstart, k + 1), value, unit, qual, "money", _head(sc, (k, k + 1)))]
    # years: "since 2011", "the 2010 elections", "2006 through 2011", "1970s", "'08"
    if tok.kind == "num" and _is_year(low_value, tok) and qual in ("exact", "range"):
        if _date_before(sc, i):
            return []
        if sc.low(after) == "s" and sc.adjacent(after - 1, after):  # 1970s
            s, e = _span(sc, i, after + 1)
            return [Found(s, e, (low_value, low_value + 9), "year", "range", "year")]
        noun = sc.counted_noun(after, singular=False)
        adjectival = sc.low(i - 1) in _YEAR_BEFORE or (after < sc.n and sc.toks[after].text[:1].isupper())
        if noun is None or sc.unit_of_noun(noun[0]) != "people" or ranged or adjectival:
            s, e = _span(sc, qstart if ranged else i, after)
            if ranged and not _is_year(value[1], sc.toks[after - 1]):
                return []
            return [Found(s, e, value, "year", "range" if ranged else "exact", "year")]
    # the counted noun: "four tactical fighter jets", "50 of our members"
    start_noun = k if hyphened else j
    singular = low_value == 1 or hyphened
    if hyphened:
        nxt = sc.toks[k] if k < sc.n else None
        if nxt is not None and nxt.kind == "word" and nxt.low not in lex.stop_words:
            unit = sc.unit_of_noun(k)
            # "a 225-page report": the noun is singular when hyphened
            return [Found(*_span(sc, qstart, k + 1), value, unit, qual, "count", _head(sc, (k, k + 1)))]
        return []
    of_phrase = sc.low(j) == "of" and sc.low(j + 1) in _DETERMINERS
    if of_phrase:
        if sc.low(j + 1) == "them":
            # "You take 18 of them": the set was named before, maybe a paragraph earlier
            unit = _inherited(earlier, low_value, sc.toks[i].start)
            if unit is None:
                return []
            return [Found(*_span(sc, qstart, j + 2), value, unit, qual, "count")]
        start_noun = j + 2
        if start_noun < sc.n and sc.toks[start_noun].kind == "num":
            # "Ten of those 33 seats": the figure is ten; "those 33 seats" is a re-count
            noun = sc.counted_noun(start_noun + 1, singular=False)
            if noun is None:
                return []
            return [Found(*_span(sc, qstart, after), value, sc.unit_of_noun(noun[0]), qual, "count")]
    noun = sc.counted_noun(start_noun, singular=singular and not of_phrase)
    if noun is not None:
        unit = sc.unit_of_noun(noun[0])
        if unit in lex.stop_words:
            return []
        return [Found(*_span(sc, qstart, noun[1]), value, unit, qual, "count", _head(sc, (noun[0], noun[1])))]
    # "58 and older", "21 or older", "65 and over": an age threshold
    if sc.low(after) in ("and", "or") and sc.low(after + 1) in ("older", "over", "up") and qual == "exact":
        return [Found(*_span(sc, i, after + 2), value, "year", "at least", "age")]
    # ages: "Mr. Cowan, 43," / "at the age of 30" / "aged 30"
    if tok.kind == "num" and float(low_value).is_integer() and 1 <= low_value <= 120:
        prev, prev2 = sc.low(i - 1), sc.toks[i - 2] if i >= 2 else None
        closes = sc.low(after) in (",", ".", ";", ")") or sc.low(after) in ("is", "was", "who")
        if prev == "," and prev2 is not None and prev2.kind == "word" and prev2.text[:1].isupper() \
                and closes and not (i >= 3 and sc.toks[i - 3].kind == "num"):
            return [Found(*_span(sc, i, after), value, "year", "exact", "age")]
        if (prev == "aged" or (prev in ("of", "to", "at") and sc.low(i - 2) == "age")) and qual == "exact":
            return [Found(*_span(sc, i, after), value, "year", "exact", "age")]
        # "put the death toll at 45", "the toll rose to 45": a toll counts people
        if prev in ("at", "to", "of") and "toll" in (sc.low(i - 2), sc.low(i - 3), sc.low(i - 4)) \
                and qual == "exact":
            return [Found(*_span(sc, i, after), value, "people", "exact", "count")]
    # a bare range after a counted figure takes its unit ("from 500,000 to 1.6 million")
    if ranged:
        unit = _inherited(earlier, value[1], sc.toks[i].start, sc.text)
        if unit is not None:
            return [Found(*_span(sc, qstart, after), value, unit, qual, "count")]
        return []
    # a bare figure after a counted one takes its unit ("with 23 held by Democrats")
    if qual == "exact" and isinstance(value, float) and float(value).is_integer():
        unit = _inherited(earlier, low_value, sc.toks[i].start, sc.text)
        if unit is not None and sc.low(after) not in ("of",) or (unit is not None and of_phrase):
            return [Found(*_span(sc, i, after), value, unit, qual, "count")]
    return []


def _inherited(earlier: list[Found], value: float, at: int, text: str = "") -> str | None:
    """The unit of the nearest counted figure before ``at`` (within 400 characters, and
    in the same paragraph when ``text`` is given), if this figure is not larger."""
    for f in reversed(earlier):
        if f.kind != "count" or f.end > at:
            continue
        if text and "\n" in text[f.end:at]:
            return None
        if at - f.end > 400:
            return None
        top = f.value[1] if isinstance(f.value, tuple) else f.value
        if value <= top:
            return f.unit
        return None
    return None


def _special(sc: _Scanner, i: int, earlier: list[Found]) -> list[Found]:
    """Quantities with no figure token: "a month ago", "a dozen officers",
    "two-thirds", "a third of", "'08", "hour-long", "twice"."""
    lex = sc.lex
    tok = sc.toks[i]
    w = tok.low
    if tok.kind == "apos":
        year = int(tok.text[1:])
        if sc.low(i - 1) == "of" or sc.low(i - 1) in ("in", "since", "the"):
            return [Found(tok.start, tok.end, float(2000 + year if year <= 30 else 1900 + year), "year",
                          "exact", "year")]
        return []
    if w in _ARTICLES:
        nxt = sc.low(i + 1)
        if nxt in lex.number_nouns:  # "a dozen officers"
            value = float(lex.number_nouns[nxt])
            qual, qstart = _qualified(sc, i)
            if qual == "exact":
                qual = "about"
            noun = sc.counted_noun(i + 2, singular=False)
            if noun is None:
                return []
            return [Found(*_span(sc, qstart, noun[1]), value, sc.unit_of_noun(noun[0]), qual, "count",
                          _head(sc, noun))]
        uw = sc.unit_word(i + 1)
        if uw is not None and uw[0] in time_units():
            unit, k2 = uw
            value = 10.0 if unit == "decade" else 1.0
            unit = "year" if unit == "decade" else unit
            end = None
            for words in lex.relative_time:
                if tuple(sc.low(x) for x in range(k2, k2 + len(words))) == words:
                    end = k2 + len(words)
                    break
            if end is None:
                return []
            qual = "about" if value == 10 else "exact"
            return [Found(*_span(sc, i, end), value, unit, qual, "duration", _head(sc, (i + 1, k2)))]
        if nxt in lex.fractions and (sc.low(i + 2) == "of" or (sc.low(i + 2) == "as" and sc.low(i + 3) in (
                "much", "many", "large", "big", "high"))):
            return [Found(*_span(sc, i, i + 2), round(1 / lex.fractions[nxt], 4), "fraction", "exact",
                          "fraction")]
        return []
    if w == "the" and sc.low(i + 1) == "next" and sc.low(i + 2) == "decade":
        return [Found(*_span(sc, i, i + 3), 10.0, "year", "exact", "duration")]
    # "two-thirds", "one-third"
    wn = sc.word_number(i)
    if wn is not None and sc.low(i + 1) in _HYPHENS and sc.low(i + 2) in lex.fractions:
        num, _ = wn
        den = lex.fractions[sc.low(i + 2)]
        if num < den:
            qual, qstart = _qualified(sc, i)
            return [Found(*_span(sc, qstart, i + 3), round(num / den, 4), "fraction", qual, "fraction")]
    if w == "hour" and sc.low(i + 1) in _HYPHENS and sc.low(i + 2) == "long":
        return [Found(*_span(sc, i, i + 3), 1.0, "hour", "exact", "duration")]
    if w == "twice" and sc.toks[i - 1].kind == "word" if i > 0 else False:
        return [Found(tok.start, tok.end, 2.0, "time", "exact", "count")]
    return []
