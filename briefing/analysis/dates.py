"""Temporal expressions: found in an article's text and resolved to calendar values.

News rarely writes a calendar date. It writes "Tuesday", "last week",
"earlier today", "Oct. 19", "since August 2014", and a live blog dates its
entries by timestamp. :func:`find_expressions` finds every such expression in
an :class:`~briefing.corpus.article.Article` and resolves it against the right
anchor:

* the live-blog entry's timestamp when the expression sits in a timed entry,
  else the article's publication date (``anchor_kind`` "entry" / "published");
* the date the text itself gave last, for expressions that count from it
  ("the next day", "a month later", "that May", "by then": "text");
* nothing, for absolute dates ("October 21, 2015": "absolute").

Each :class:`TemporalExpression` keeps its surface span (code-point offsets
into ``Article.text``), its value and granularity, the anchor used, the rule
that resolved it, a confidence and the tense of its clause. Values:

========== =============================== ==========================
granularity value                           example
========== =============================== ==========================
time       ``YYYY-MM-DDTHH:MM`` (as written) "9:20 this morning"
day        ``YYYY-MM-DD``                    "Tuesday", "Oct. 19"
week       ``MON/SUN`` dates of the week     "last week"
month      ``YYYY-MM``                       "in August", "last month"
year       ``YYYY``                          "in 2011", "last year"
range      ``START/END`` (day, month or year "since 2011", "October 19-20"
           on each side)
vague      None                              "recently", "in recent weeks"
========== =============================== ==========================

An expression that cannot be pinned (a weekday in an undated article, "the
next day" with no date before it) keeps its granularity with ``value`` None:
it is never forced to a day.

Weekdays: a weekday that is the anchor's own weekday is the anchor day (a
same-day report says "Wednesday" for today; a week-old day would be "last
Wednesday" or a date); otherwise the most recent such day before the anchor
in past tense, the next one in future tense, the nearer one when the clause
has no tense cue (headlines). The tense of a clause is read from its nearest
cue: a future marker (will, would, scheduled to…) or a past-tense verb.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import asdict, dataclass

from briefing.corpus.article import Article
from briefing.corpus.dates import year_of
from briefing.model import date_interval

__all__ = [
    "GRANULARITIES",
    "TemporalExpression",
    "corpus_expressions",
    "explain",
    "find_expressions",
    "interval",
    "reader_label",
    "record",
]

GRANULARITIES = ("time", "day", "week", "month", "year", "range", "vague")

_MONTH_NAMES = ("January February March April May June July August September October "
                "November December").split()
_MONTHS = {name.lower(): i + 1 for i, name in enumerate(_MONTH_NAMES)}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_WEEKDAYS = {name.lower(): i for i, name in enumerate(_WEEKDAY_NAMES)}
_WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                  "fri": 4, "sat": 5, "sun": 6})
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
            "winter": (12, 2)}

# Written forms. Month and weekday names must be capitalised ("may", "march" are verbs).
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
        r"Nov\.?|Dec\.?)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_DN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YR = r"(?:1[6-9]\d\d|20\d\d)"
_PART = r"(?:morning|afternoon|evening|night)"
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_AMPM = r"(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b)"
_ZONE = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT)")
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:day|week|month|year)s?"

_FULL_DATE = (rf"(?:(?:{_WD}|{_WD_SHORT}),?\s+)?"
              rf"(?:{_MON}\s+{_DN},?\s+{_YR}|{_DN}\s+{_MON},?\s+{_YR})")
# A range end or the date after "since": the longest written form first.
_POINT = (rf"(?:(?:{_WD},?\s+)?{_MON}\s+{_DN},?\s+{_YR}|{_DN}\s+{_MON},?\s+{_YR}|{_MON},?\s+{_YR}|"
          rf"{_MON}\s+{_DN}|{_DN}\s+{_MON}|(?i:the\s+)(?:1[6-9]\d0|20\d0)['’]?s|"
          rf"(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
          rf"{_YR}|{_WD})")
_TIME_AFTER = (rf"(?:,?\s*(?:at\s+)?{_CLOCK}(?:\s*{_AMPM})?(?:\s*\(?{_ZONE}\)?)?)")

# (name, pattern, flags). Order matters only between spans of equal length.
_PATTERNS: list[tuple[str, str]] = [
    # ranges with both ends written
    ("range_md_md", rf"\b{_MON}\s+{_DN}(?:,?\s+{_YR})?\s*[-–—]\s*{_MON}\s+{_DN},?\s+{_YR}\b"),
    ("range_m_dd", rf"\b{_MON}\s+{_DN}\s*[-–]\s*{_DN}(?:,?\s+{_YR})?\b"),
    ("range_from", rf"(?i:\b(?:from|between))\s+(?P<a>{_POINT})\s*"
                   rf"(?P<sep>(?i:to|through|thru|until|till|and)\s|[-–]\s*)\s*(?P<b>{_POINT})(?![\w-])"),
    ("range_years", rf"\b(?P<y1>{_YR})\s*[-–]\s*(?P<y2>{_YR}|\d\d)\b"),
    ("since", rf"(?i:\bsince)\s+(?P<x>{_POINT})(?![\w-])"),
    ("decade", rf"(?i:\bthe\s+)(?P<mod>(?i:early|mid|late)-?\s*)?(?P<d>1[6-9]\d0|20\d0)['’]?s\b"),
    # points written in full
    ("full_date", rf"\b{_FULL_DATE}{_TIME_AFTER}?"),
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"
            r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?"),
    ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    ("month_day", rf"\b(?P<m>{_MON})\s+(?P<d>{_DN})\b(?!\s*[-–]\s*\d)(?![:.]\d)(?!,?\s+{_YR})"
                  rf"(?!\s*(?:%|percent))"),
    ("day_month", rf"\b(?P<d>{_DN})\s+(?P<m>{_MON})\b(?!,?\s+{_YR})"),
    ("month_year", rf"\b(?P<mod>(?i:early|mid-?|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                   rf"the\s+middle\s+of)\s*)?(?P<m>{_MON})(?:\s+of)?,?\s+(?P<y>{_YR})\b"),
    ("that_month", rf"(?i:\b(?:that|the\s+same))\s+(?P<m>{_MON})\b"),
    ("rel_month_name", rf"(?i:\b(?P<rel>last|next|this|this\s+past|this\s+coming))\s+(?P<m>{_MON})\b"),
    ("month", rf"\b(?P<mod>(?i:early|mid-?|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
              rf"the\s+middle\s+of)\s*)?(?P<m>January|February|March|April|May|June|July|August|"
              rf"September|October|November|December|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)\b"),
    ("season", rf"(?i:\b(?P<rel>last|next|this|this\s+past|the|early|late)\s+(?P<s>summer|winter|spring|"
               rf"autumn|fall)(?:\s+(?:of\s+)?(?P<y>{_YR}))?\b)"),
    ("year", rf"(?<![\w$€£.,/-])(?P<y>{_YR})(?![\w%]|[.,]\d|\s*(?:%|percent))"),
    # weekdays
    ("weekday", rf"(?P<mod>(?i:last|next|this|this\s+past|this\s+coming|early|late)\s+)?"
                rf"\b(?P<wd>{_WD})(?P<part>\s+{_PART})?\b"),
    # deictic words
    ("deictic", r"(?i:\b(?P<w>(?:earlier|later)\s+today|today|tonight|yesterday(?:\s+" + _PART + r")?|"
                r"tomorrow(?:\s+" + _PART + r")?|the\s+day\s+before\s+yesterday|"
                r"the\s+day\s+after\s+tomorrow|(?:earlier|later)\s+this\s+" + _PART + r"|"
                r"this\s+" + _PART + r"|last\s+night|later\s+in\s+the\s+day|"
                r"(?:the\s+)?eve)\b)"),
    ("rel_unit", r"(?i:\b(?P<rel>last|next|this|this\s+past|this\s+coming|earlier\s+this|"
                 r"later\s+this|(?:the\s+)?end\s+of\s+this|(?:the\s+)?end\s+of\s+last)\s+"
                 r"(?P<u>week|weekend|month|year)\b)"),
    ("ago", rf"(?i:\b(?P<q>(?:nearly|almost|about|around|roughly|more\s+than|over|just|less\s+than)\s+)?"
            rf"(?P<n>{_NUM}|a\s+few|a\s+couple\s+of|several|few|some)\s+(?P<u>{_UNIT})\s+ago\b)"),
    ("later", rf"(?i:\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?P<dir>later|earlier|after|before)\b)"),
    ("anaphor", r"(?i:\b(?P<w>the\s+(?:next|following|previous|preceding)\s+(?:day|week|month|year|"
                r"morning|evening|night)|the\s+day\s+(?:before|after)|the\s+same\s+(?:day|week|month|year)|"
                r"that\s+(?:day|week|month|year|night|morning|afternoon|evening)|"
                r"(?:earlier|later)\s+that\s+(?:day|week|month|year)|"
                r"(?:by|since|until|till)\s+then|at\s+the\s+time)\b)"),
    ("vague", r"(?i:\b(?P<w>right\s+now|for\s+now|just\s+now|(?-i:(?<![-\w])now(?![-\w]))|currently|"
              r"at\s+(?:the|this)\s+moment|this\s+moment|"
              r"(?-i:Now(?=,))|(?:(?:very\s+)?(?:soon|shortly)|(?<!as\s)recently)(?!\s+(?:after|before|as)\b)|"
              r"lately|nowadays|in\s+recent\s+(?:days|weeks|months|years|decades)|"
              r"(?:the|in\s+the|over\s+the)\s+(?:past|last|previous)\s+(?:(?:few|several|couple\s+of|\d+|"
              r"two|three|four|five|six|seven|eight|nine|ten|twelve|24|48)\s+)?"
              r"(?:hours|days|weeks|months|years|decades|day|week|month|year)(?:\s+or\s+so)?|"
              r"the\s+(?:days|weeks|months|years)\s+since|"
              r"(?:(?:a\s+few|several|a\s+couple\s+of|just)\s+)?(?:days|weeks|months|years)\s+"
              r"(?:after|before|earlier|later|ahead\s+of)|the\s+(?:early|mid|late)-?\s*(?:1[6-9]|20)\d0s)\b)"),
    # clock times
    ("clock", rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{_AMPM})"
              rf"(?:\s*\(?(?P<z>{_ZONE})\)?)?"
              rf"(?P<ctx>\s+(?:(?i:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|"
              rf"tomorrow)|(?:on\s+)?{_WD}))?"),
    ("clock24", rf"\b(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*\(?(?P<z>{_ZONE})\)?"),
    ("clock_ctx", rf"\b(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s+(?P<ctx>(?i:this\s+(?:morning|afternoon|evening)))"),
]
_COMPILED = [(name, re.compile(pattern)) for name, pattern in _PATTERNS]

# Words after a bare year that make it a count, not a year ("2000 people").
_COUNT_NOUNS = frozenset("""people persons troops soldiers men women children civilians votes voters
dollars euros pounds miles kilometers kilometres km feet meters metres tons tonnes times refugees deaths
dead members words pages jobs homes cases units vehicles aircraft planes sorties strikes airstrikes
fighters rebels militants residents students workers employees delegates calories acres rounds
missiles bombs shells rockets signatures copies points seats""".split())
# Before a bare year: a count or a label, not a year.
_NOT_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:no|number|nos|route|flight|room|page|pages|resolution|"
                              r"about|nearly|some|than|over|around|approximately|least|to|"
                              r"the\s+first|top)\.?\s+|#\s*)$")

# Tense cues. A future marker or a past-tense verb, whichever is nearest.
_FUTURE = re.compile(
    r"(?i)\b(?:will|won['’]t|shall|would|going\s+to|gonna|set\s+to|due\s+to|scheduled\s+to|"
    r"slated\s+to|supposed\s+to|expected\s+to|poised\s+to|plans?\s+to|planned\s+to|planning\s+to|"
    r"intends?\s+to|aims?\s+to|hopes?\s+to|ready\s+to|could|might|may|upcoming|coming|"
    r"starting|effective|until|till|as\s+of|(?:is|are|was|were)\s+\w+ing)\b|['’]ll\b")
_PAST_IRREGULAR = frozenset("""was were had did said told met made went came gave took saw left began
began began brought bought built caught chose drew drove fell felt fought found flew forgot got grew heard
held hit kept knew laid led lost meant paid put quit ran read rose sent set shot sold spoke spent stood
struck swore taught thought threw won wrote became broke ended""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Where a clause ends: punctuation, quotation marks, and the words that open a
# reported, relative or adverbial clause ("said Tuesday that the army would…",
# "will become law after voting Wednesday").
_CLAUSE_BREAK = re.compile(r"[;:\n]|[.!?](?=\s)|[“”\"]|"
                           r"\b(?:that|saying|which|who|after|before|when|while|because|although)\b")


@dataclass(frozen=True)
class TemporalExpression:
    """One temporal expression, resolved (or kept unpinned) with how."""

    start: int  # code points into Article.text
    end: int
    text: str
    value: str | None  # see the module docstring; None when it cannot be pinned
    granularity: str  # one of GRANULARITIES
    anchor: str | None  # ISO date or date-time it was resolved against
    anchor_kind: str  # "published" | "entry" | "text" | "absolute" | "none"
    rule: str  # which rule resolved it (stable names: see RULES)
    confidence: float
    tense: str  # past | present | future: of the clause it sits in
    reference: str | None = None  # for anchor_kind "text": the expression it counts from

    @property
    def pinned(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------- calendar helpers


def _week(day: _dt.date) -> str:
    monday = day - _dt.timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + _dt.timedelta(days=6)).isoformat()}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def interval(value: str) -> tuple[_dt.date, _dt.date]:
    """First and last day a value covers ("2015-09" → 1–30 Sep 2015)."""
    return date_interval(value)


def _day_label(day: _dt.date, weekday: bool = True) -> str:
    text = f"{day.day} {_MONTH_NAMES[day.month - 1][:3]} {day.year}"
    return f"{_WEEKDAY_NAMES[day.weekday()][:3]} {text}" if weekday else text


def _side_label(side: str) -> str:
    if len(side) == 4:
        return side
    if len(side) == 7:
        return f"{_MONTH_NAMES[int(side[5:7]) - 1][:3]} {side[:4]}"
    return _day_label(_dt.date.fromisoformat(side[:10]), weekday=False)


def reader_label(value: str, granularity: str) -> str:
    """The date as a reader wants it: "Tue 20 Oct 2015", "week of 12 Oct 2015",
    "Sep 2015", "2011", "19–20 Oct 2015", "Wed 21 Oct 2015, 09:20"."""
    if granularity == "time":
        return f"{_day_label(_dt.date.fromisoformat(value[:10]))}, {value[11:16]}"
    if granularity == "day":
        return _day_label(_dt.date.fromisoformat(value))
    if granularity == "week":
        monday = _dt.date.fromisoformat(value[:10])
        return f"week of {monday.day} {_MONTH_NAMES[monday.month - 1][:3]} {monday.year}"
    if granularity == "month":
        return _side_label(value)
    if granularity == "year":
        return value
    a, b = value.split("/", 1)
    if len(a) == len(b) == 10 and a[:7] == b[:7]:
        first, last = _dt.date.fromisoformat(a), _dt.date.fromisoformat(b)
        return f"{first.day}–{last.day} {_MONTH_NAMES[last.month - 1][:3]} {last.year}"
    if len(a) == len(b) == 10 and a[:4] == b[:4]:
        first = _dt.date.fromisoformat(a)
        return f"{first.day} {_MONTH_NAMES[first.month - 1][:3]} – {_side_label(b)}"
    return f"{_side_label(a)} – {_side_label(b)}"


# --------------------------------------------------------------------------- anchors


@dataclass(frozen=True)
class _Anchor:
    day: _dt.date | None
    iso: str | None  # as reported
    kind: str  # "published" | "entry" | "none"


def _parse_iso(value: object) -> tuple[_dt.date, str] | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10]), value
    except ValueError:
        return None


# An entry stamped in UTC within this many hours after the midnight that ends
# the column's date still belongs to that date (a blog dated D and edited west
# of Greenwich posts its evening entries at 00:xx GMT on D+1).
_LATE_EVENING_HOURS = 6


class _Anchors:
    """Which anchor governs each offset of an article."""

    def __init__(self, article: Article):
        published = _parse_iso(article.metadata.published.value)
        self.published = _Anchor(published[0], published[1], "published") if published else \
            _Anchor(None, None, "none")
        self._starts: list[int] = []
        self._anchors: list[_Anchor] = []
        for entry in article.entries:
            parsed = _parse_iso(entry.time)
            if parsed is None:
                continue
            day, iso = parsed
            if (self.published.day is not None and iso.endswith("Z") and len(iso) >= 16
                    and day == self.published.day + _dt.timedelta(days=1)
                    and int(iso[11:13]) < _LATE_EVENING_HOURS):
                day = self.published.day
            self._starts.append(entry.start)
            self._anchors.append((entry.end, _Anchor(day, iso, "entry")))

    def at(self, offset: int) -> _Anchor:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0:
            end, anchor = self._anchors[i]
            if offset < end:
                return anchor
        return self.published


# --------------------------------------------------------------------------- tense


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around start:end, within lo:hi (its sentence or line)."""
    left = lo
    for match in _CLAUSE_BREAK.finditer(text, lo, start):
        left = match.end()
    right = hi
    match = _CLAUSE_BREAK.search(text, end, hi)
    if match:
        right = match.start()
    return left, right


def _is_past_word(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w in _PAST_IRREGULAR:
        return True
    # a lower-case -ed word ("announced"); hyphenated ones are adjectives ("U.S.-backed")
    return word[0].islower() and len(w) > 4 and w.endswith("ed") and "-" not in w


# A cue after the expression counts as this much farther than one before it:
# the verb a time adverbial modifies usually comes first ("met Tuesday").
_AFTER = 1.5


def _tense(text: str, start: int, end: int, lo: int, hi: int) -> str:
    left, right = _clause(text, start, end, lo, hi)
    best: tuple[int, str] | None = None
    for match in _FUTURE.finditer(text, left, right):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else _AFTER * (match.start() - end)
        if best is None or distance < best[0]:
            best = (distance, "future")
    for match in _WORD.finditer(text, left, right):
        if start <= match.start() < end or not _is_past_word(match.group()):
            continue
        distance = start - match.end() if match.end() <= start else _AFTER * (match.start() - end)
        if best is None or distance < best[0]:
            best = (distance, "past")
    return best[1] if best else "present"


# --------------------------------------------------------------------------- candidates


#: capitalised words that make a weekday part of a name: named days (primaries, sales,
#: holy days, massacres) and news programmes ("Fox News Sunday", "CBS News Sunday Morning").
#: A capitalised word alone cannot decide it: news writes "Kerry Tuesday warned…"
_NAMING_WEEKDAY = frozenset({"Super", "Black", "Cyber", "Giving", "Good", "Easter", "Palm", "Ash", "Holy",
                             "Maundy", "Bloody", "Whit", "Shrove", "News"})


@dataclass
class _Candidate:
    name: str
    start: int
    end: int
    match: re.Match


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive and outer spaces or dots that no expression ends with."""
    span = text[start:end]
    for suffix in ("'s", "’s"):
        if span.endswith(suffix):
            end -= 2
            span = span[:-2]
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return start, end


def _candidates(text: str, accept, end: int | None = None) -> list[_Candidate]:
    """Every match before ``end`` that ``accept`` keeps; where they overlap, the longest."""
    found: list[_Candidate] = []
    stop = len(text) if end is None else end
    for name, pattern in _COMPILED:
        for match in pattern.finditer(text, 0, stop):
            start, end = _trim(text, match.start(), match.end())
            if end > start:
                cand = _Candidate(name, start, end, match)
                if accept(cand):
                    found.append(cand)
    priority = {name: i for i, (name, _) in enumerate(_PATTERNS)}
    found.sort(key=lambda c: (-(c.end - c.start), priority[c.name], c.start))
    taken: list[_Candidate] = []
    occupied: list[tuple[int, int]] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        taken.append(cand)
        occupied.append((cand.start, cand.end))
    taken.sort(key=lambda c: c.start)
    return taken


# --------------------------------------------------------------------------- resolution


@dataclass
class _Resolved:
    value: str | None
    granularity: str
    rule: str
    confidence: float
    anchor_kind: str  # published/entry (the governing anchor), text, absolute
    sets_reference: bool = True


def _month_number(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _pick_year(anchor: _dt.date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (and day) written without one: in the clause's tense
    direction from the anchor; the nearest when the clause has no tense cue."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = _dt.date(year, month, day or 1)
        except ValueError:
            continue
        if day is None:
            # compare months, not days
            delta = (year * 12 + month) - (anchor.year * 12 + anchor.month)
        else:
            delta = (when - anchor).days
        options.append((delta, year))
    nearest = min(options, key=lambda o: (abs(o[0]), -o[1]))
    chosen = nearest
    if tense == "past":
        past = [o for o in options if o[0] <= 0]
        chosen = max(past) if past else nearest
    elif tense == "future":
        future = [o for o in options if o[0] >= 0]
        chosen = min(future) if future else nearest
    # a date written without its year lies within half a year of the anchor:
    # the tense decides only between candidates that near
    half = 6 if day is None else 183
    if abs(chosen[0]) > half and abs(nearest[0]) <= half:
        chosen = nearest
    return chosen[1]


def _weekday_value(anchor: _dt.date, weekday: int, modifier: str, tense: str) -> tuple[_dt.date, str]:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if modifier == "next":
        # the named day of the following week
        monday = anchor - _dt.timedelta(days=anchor.weekday()) + _dt.timedelta(days=7)
        return monday + _dt.timedelta(days=weekday), "weekday-next-week"
    if modifier in ("last", "this past"):
        return anchor - _dt.timedelta(days=back or 7), "weekday-last"
    if modifier in ("this", "this coming"):
        monday = anchor - _dt.timedelta(days=anchor.weekday())
        return monday + _dt.timedelta(days=weekday), "weekday-this-week"
    if back == 0:
        return anchor, "weekday-same-day"
    if tense == "future":
        return anchor + _dt.timedelta(days=ahead), "weekday-future"
    if tense == "past":
        return anchor - _dt.timedelta(days=back), "weekday-past"
    if ahead < back:
        return anchor + _dt.timedelta(days=ahead), "weekday-nearest"
    return anchor - _dt.timedelta(days=back), "weekday-nearest"


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _shift(unit: str, n: int, day: _dt.date | None, month: str | None, year: str | None) -> tuple[str | None, str]:
    """Move a reference by n units, at the unit's granularity."""
    unit = unit.rstrip("s")
    if unit == "day" and day is not None:
        return (day + _dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week" and day is not None:
        return _week(day + _dt.timedelta(days=7 * n)), "week"
    if unit == "month" and month is not None:
        y, m = _add_months(int(month[:4]), int(month[5:7]), n)
        return _month(y, m), "month"
    if unit == "year" and year is not None:
        return f"{int(year) + n:04d}", "year"
    return None, {"day": "day", "week": "week", "month": "month", "year": "year"}.get(unit, "vague")


@dataclass
class _Reference:
    """The last date the text gave (what "the next day" counts from)."""

    value: str
    granularity: str
    text: str
    end: int

    @property
    def day(self) -> _dt.date | None:
        if self.granularity in ("day", "time"):
            return _dt.date.fromisoformat(self.value[:10])
        if self.granularity == "range" and len(self.value.split("/")[0]) == 10:
            return _dt.date.fromisoformat(self.value[:10])
        return None

    @property
    def month(self) -> str | None:
        if self.granularity in ("day", "time", "month"):
            return self.value[:7]
        if self.granularity == "range" and len(self.value.split("/")[0]) >= 7:
            return self.value[:7]
        return None

    @property
    def year(self) -> str:
        return self.value[:4]


# how far back (characters) a text-relative expression looks for its reference
_REFERENCE_REACH = 800


def _point(text: str, anchor: _dt.date | None, tense: str) -> tuple[str | None, str] | None:
    """A range end written alone ("1965", "December 2008", "Monday", "October 19")."""
    t = text.strip().rstrip(".,")
    t = re.sub(r"^(?i:the\s+)", "", t)
    if re.fullmatch(_YR, t):
        return t, "year"
    m = re.fullmatch(rf"(?P<m>{_MON}),?\s+(?P<y>{_YR})", t)
    if m:
        return _month(int(m.group("y")), _month_number(m.group("m"))), "month"
    m = re.fullmatch(rf"(?:{_WD},?\s+)?(?P<m>{_MON})\s+(?P<d>{_DN}),?\s+(?P<y>{_YR})", t)
    if m:
        try:
            return _dt.date(int(m.group("y")), _month_number(m.group("m")), _day_number(m.group("d"))).isoformat(), "day"
        except ValueError:
            return None
    m = re.fullmatch(rf"(?P<d>{_DN})\s+(?P<m>{_MON}),?\s+(?P<y>{_YR})", t)
    if m:
        try:
            return _dt.date(int(m.group("y")), _month_number(m.group("m")), _day_number(m.group("d"))).isoformat(), "day"
        except ValueError:
            return None
    m = re.fullmatch(rf"(?P<m>{_MON})\s+(?P<d>{_DN})", t)
    if m:
        if anchor is None:
            return None, "day"
        month, day = _month_number(m.group("m")), _day_number(m.group("d"))
        try:
            return _dt.date(_pick_year(anchor, month, day, tense), month, day).isoformat(), "day"
        except ValueError:
            return None
    m = re.fullmatch(rf"(?P<m>January|February|March|April|May|June|July|August|September|October|"
                     rf"November|December)", t)
    if m:
        if anchor is None:
            return None, "month"
        month = _month_number(m.group("m"))
        return _month(_pick_year(anchor, month, None, tense), month), "month"
    m = re.fullmatch(_WD, t)
    if m:
        if anchor is None:
            return None, "day"
        return _weekday_value(anchor, _WEEKDAYS[t.lower()], "", tense)[0].isoformat(), "day"
    return None


def _join_range(a: str, b: str) -> str:
    # "December 2007 through December 2008": each side at its own grain
    return f"{a}/{b}"


class _Resolver:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.anchors = _Anchors(article)
        self.reference: _Reference | None = None
        self.day_first = self._day_first()
        self._sentence_starts = [s.start for s in article.sentences]

    def _day_first(self) -> bool:
        """The outlet's numeric convention: day first when it writes "21 October"."""
        dmy = len(re.findall(rf"\b{_DN}\s+{_MON}\b", self.text))
        mdy = len(re.findall(rf"\b{_MON}\s+{_DN}\b", self.text))
        return dmy > mdy

    def _bounds(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            s = self.article.sentences[i]
            if s.start <= offset < s.end:
                return s.start, s.end
        lo = self.text.rfind("\n", 0, offset) + 1
        hi = self.text.find("\n", offset)
        return lo, len(self.text) if hi < 0 else hi

    def run(self, until: int | None = None) -> list[TemporalExpression]:
        out: list[TemporalExpression] = []
        for cand in _candidates(self.text, self._accept, until):
            lo, hi = self._bounds(cand.start)
            tense = _tense(self.text, cand.start, cand.end, lo, hi)
            anchor = self.anchors.at(cand.start)
            if self.reference and cand.start - self.reference.end > _REFERENCE_REACH:
                self.reference = None
            resolved = self._resolve(cand, anchor, tense)
            if resolved is None:
                continue
            kind = resolved.anchor_kind
            anchor_iso = anchor.iso if kind in ("published", "entry") else None
            reference = None
            if kind == "text":
                anchor_iso = self.reference.value if self.reference else None
                reference = self.reference.text if self.reference else None
            if (kind in ("published", "entry") and anchor.day is None) or \
                    resolved.granularity == "vague":
                kind, anchor_iso = "none", None
            out.append(TemporalExpression(
                start=cand.start, end=cand.end, text=self.text[cand.start:cand.end],
                value=resolved.value, granularity=resolved.granularity,
                anchor=anchor_iso, anchor_kind=kind, rule=resolved.rule,
                confidence=resolved.confidence if resolved.value is not None else 0.0,
                tense=tense, reference=reference,
            ))
            if resolved.value is not None and resolved.sets_reference and \
                    resolved.granularity in ("time", "day", "month", "year", "range", "week"):
                self.reference = _Reference(resolved.value, resolved.granularity,
                                            self.text[cand.start:cand.end], cand.end)
        return out

    # which matches are expressions at all
    def _accept(self, cand: _Candidate) -> bool:
        text, m = self.text, cand.match
        if cand.name == "year":
            before = text[max(0, cand.start - 24):cand.start]
            if _NOT_YEAR_BEFORE.search(before):
                return False
            after = re.match(r"\s*([A-Za-z]+)", text[cand.end:cand.end + 30])
            if after and after.group(1).lower() in _COUNT_NOUNS:
                return False
            if re.search(r"\d[\d,.]*\s*(?:[-–]|to)\s*$", before):
                return False  # "1,500-2000", a number range
        if cand.name == "month" and m.group("m") == "May" and not m.group("mod"):
            # "May" is a month only where a month can stand
            before = text[max(0, cand.start - 12):cand.start].lower()
            if not re.search(r"\b(?:in|since|until|till|by|of|from|through|early|late|mid|last|next|"
                             r"this|that|before|after|during)\s*$", before):
                return False
        if cand.name == "month" and not m.group("mod"):
            before = text[max(0, cand.start - 12):cand.start].lower()
            after = text[cand.end:cand.end + 2]
            # a month name alone: only after a preposition or as a modifier ("the November elections")
            if not re.search(r"\b(?:in|since|until|till|by|of|from|through|before|after|during|the|"
                             r"this|last|next|early|late|mid)\s*$", before):
                return False
            if re.match(r"\s*\d", after):
                return False
        if cand.name == "vague" and m.group("w") == "now":
            before = text[max(0, cand.start - 20):cand.start].lower()
            if re.search(r"\bfor\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\s+$", before):
                return False  # "for months now": a duration
        if cand.name == "weekday":
            word = re.search(r"(\w+)\s+$", text[max(0, cand.start - 20):cand.start])
            if word and word.group(1) in _NAMING_WEEKDAY:
                return False  # a named day or a programme, not a date: "Super Tuesday", "Fox News Sunday"
        if cand.name == "range_from":
            return self._range_sides(cand) is not None
        if cand.name == "since":
            return self._since_side(cand) is not None
        if cand.name in ("clock", "clock24", "clock_ctx"):
            before = text[max(0, cand.start - 1):cand.start]
            if before in ("$", "£", "€") or re.match(r"[\d.,]", before or " "):
                return False
        if cand.name == "deictic" and m.group("w").lower() in ("eve", "the eve"):
            return bool(re.match(r"\s+of\b", text[cand.end:cand.end + 4]))
        return True

    def _range_sides(self, cand: _Candidate, tense: str = "past"):
        """The two ends of "from … to …" / "between … and …", each (value, granularity);
        in an undated article an end that needs the date has the value None."""
        m = cand.match
        if (m.group("sep").strip().lower() == "and") != m.group(0).lower().startswith("between"):
            return None
        anchor = self.anchors.at(cand.start).day
        pa = _point(m.group("a"), anchor, tense)
        pb = _point(m.group("b"), anchor, tense)
        if not pa or not pb:
            return None
        if pa[0] is None or pb[0] is None:
            return (pa, pb) if anchor is None else None  # kept, never forced to a day
        if pa[0] > pb[0][:len(pa[0])] and pa[1] != "day":
            return None
        return pa, pb

    def _since_side(self, cand: _Candidate):
        x = cand.match.group("x")
        anchor = self.anchors.at(cand.start).day
        decade = re.fullmatch(r"(?i:the\s+)(1[6-9]\d0|20\d0)['’]?s", x.strip())
        if decade:
            return decade.group(1), "year"
        if x.strip().lower() == "then":
            return None  # the anaphor rule
        return _point(x, anchor, "past")

    def _resolve(self, cand: _Candidate, anchor: _Anchor, tense: str) -> _Resolved | None:
        m, name = cand.match, cand.name
        base = anchor.day
        relative = "entry" if anchor.kind == "entry" else "published"
        if name == "full_date" or name == "iso" or name == "numeric":
            return self._absolute(cand)
        if name == "range_md_md":
            parts = re.split(r"\s*[-–—]\s*", m.group(0), maxsplit=1)
            year = re.search(_YR + r"$", parts[1]).group()
            first = _point(parts[0] if re.search(_YR, parts[0]) else f"{parts[0]}, {year}", None, "past")
            last = _point(parts[1], None, "past")
            if not first or not last or first[0] is None or last[0] is None:
                return None
            return _Resolved(_join_range(first[0], last[0]), "range", "range-written", 0.95, "absolute")
        if name == "range_m_dd":
            mm = re.match(rf"(?P<m>{_MON})\s+(?P<d1>{_DN})\s*[-–]\s*(?P<d2>{_DN})(?:,?\s+(?P<y>{_YR}))?",
                          m.group(0))
            month = _month_number(mm.group("m"))
            d1, d2 = _day_number(mm.group("d1")), _day_number(mm.group("d2"))
            if mm.group("y"):
                year, rule, kind = int(mm.group("y")), "range-written", "absolute"
            elif base is not None:
                year, rule, kind = _pick_year(base, month, d1, tense), "range-year-from-anchor", relative
            else:
                return _Resolved(None, "range", "range-no-anchor", 0.0, "none")
            try:
                first, last = _dt.date(year, month, d1), _dt.date(year, month, d2)
            except ValueError:
                return None
            if last < first:
                return None
            return _Resolved(f"{first.isoformat()}/{last.isoformat()}", "range", rule, 0.9, kind)
        if name == "range_from":
            sides = self._range_sides(cand, tense)
            if sides is None:
                return None
            (a, _), (b, _) = sides
            if a is None or b is None:
                return _Resolved(None, "range", "range-no-anchor", 0.0, "none")
            if len(a) == len(b) == 10 and b < a:
                # "will meet from Monday to Wednesday" on a Wednesday: the end is counted
                # from the start, not from the anchor
                later = _point(m.group("b"), _dt.date.fromisoformat(a), "future")
                if not later or later[0] is None or later[0] < a:
                    return None
                b = later[0]
            # "from May 3, 2015 to May 9, 2015" as written; "from Monday to Wednesday" counted
            # from the anchor, which the explanation then names
            written = all((end := _point(m.group(side), None, tense)) is not None and end[0] is not None
                          for side in ("a", "b"))
            return _Resolved(_join_range(a, b), "range", "range-from-to" if written else "range-from-to-anchor",
                             0.9, "absolute" if written else relative)
        if name == "range_years":
            y1, y2 = m.group("y1"), m.group("y2")
            if len(y2) == 2:
                y2 = y1[:2] + y2
            if y2 <= y1:
                return None
            return _Resolved(f"{y1}/{y2}", "range", "range-years", 0.85, "absolute")
        if name == "since":
            side = self._since_side(cand)
            if base is None:
                return _Resolved(None, "range", "since-no-anchor", 0.0, "none")
            start_value = side[0]
            if start_value > base.isoformat()[:len(start_value)]:
                return None
            return _Resolved(f"{start_value}/{base.isoformat()}", "range", "since", 0.85, relative,
                             sets_reference=True)
        if name == "decade":
            if m.group("mod"):
                return _Resolved(None, "vague", "decade-part", 0.0, "absolute")
            d = int(m.group("d"))
            return _Resolved(f"{d}/{d + 9}", "range", "decade", 0.9, "absolute")
        if name in ("month_day", "day_month"):
            month, day = _month_number(m.group("m")), _day_number(m.group("d"))
            if base is None:
                return _Resolved(None, "day", "month-day-no-anchor", 0.0, "none")
            year = _pick_year(base, month, day, tense)
            try:
                value = _dt.date(year, month, day).isoformat()
            except ValueError:
                return None
            return _Resolved(value, "day", "month-day-year-from-anchor", 0.85, relative)
        if name == "month_year":
            value = _month(int(m.group("y")), _month_number(m.group("m")))
            return _Resolved(value, "month", "month-year", 0.95, "absolute")
        if name == "that_month":
            if self.reference is None:
                return _Resolved(None, "month", "that-month-no-reference", 0.0, "text")
            return _Resolved(_month(int(self.reference.year), _month_number(m.group("m"))), "month",
                             "that-month", 0.7, "text", sets_reference=False)
        if name == "rel_month_name":
            if base is None:
                return _Resolved(None, "month", "month-no-anchor", 0.0, "none")
            month = _month_number(m.group("m"))
            rel = m.group("rel").lower()
            direction = "past" if rel in ("last", "this past") else "future" if rel in ("next", "this coming") \
                else tense
            year = _pick_year(base, month, None, direction)
            if rel == "last" and year == base.year and month == base.month:
                year -= 1
            if rel == "next" and year == base.year and month == base.month:
                year += 1
            return _Resolved(_month(year, month), "month", "month-" + rel.replace(" ", "-"), 0.85, relative)
        if name == "month":
            if base is None:
                return _Resolved(None, "month", "month-no-anchor", 0.0, "none")
            month = _month_number(m.group("m"))
            year = _pick_year(base, month, None, tense)
            return _Resolved(_month(year, month), "month", "month-in-tense-direction", 0.75, relative)
        if name == "season":
            return self._season(m, base, tense, relative)
        if name == "year":
            return _Resolved(m.group("y"), "year", "year", 0.9, "absolute")
        if name == "weekday":
            if base is None:
                return _Resolved(None, "day", "weekday-no-anchor", 0.0, "none")
            modifier = (m.group("mod") or "").strip().lower()
            modifier = re.sub(r"\s+", " ", modifier)
            if modifier in ("early", "late"):
                modifier = ""
            day, rule = _weekday_value(base, _WEEKDAYS[m.group("wd").lower()], modifier, tense)
            confidence = {"weekday-same-day": 0.8, "weekday-nearest": 0.6}.get(rule, 0.9)
            return _Resolved(day.isoformat(), "day", rule, confidence, relative)
        if name == "deictic":
            return self._deictic(m.group("w"), base, relative)
        if name == "rel_unit":
            return self._rel_unit(m, base, relative)
        if name == "ago":
            return self._ago(m, base, relative)
        if name == "later":
            return self._later(m)
        if name == "anaphor":
            return self._anaphor(m.group("w"))
        if name == "vague":
            return _Resolved(None, "vague", "vague", 0.0, "absolute", sets_reference=False)
        if name in ("clock", "clock24", "clock_ctx"):
            return self._clock(m, base, relative, tense)
        raise AssertionError(name)  # pragma: no cover - every pattern has a case

    def _absolute(self, cand: _Candidate) -> _Resolved | None:
        m, text = cand.match, cand.match.group(0)
        if cand.name == "iso":
            try:
                day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                return None
            if m.group("hh"):
                return _Resolved(f"{day.isoformat()}T{m.group('hh')}:{m.group('mm')}", "time",
                                 "iso-datetime", 0.99, "absolute")
            return _Resolved(day.isoformat(), "day", "iso-date", 0.99, "absolute")
        if cand.name == "numeric":
            a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
            year = year_of(y)  # as the header dates read it
            if a > 12 or (self.day_first and b <= 12):
                a, b = b, a
                rule = "numeric-day-first"
            else:
                rule = "numeric-month-first"
            try:
                return _Resolved(_dt.date(year, a, b).isoformat(), "day", rule, 0.8, "absolute")
            except ValueError:
                return None
        date_match = re.search(rf"(?P<m>{_MON})\s+(?P<d>{_DN}),?\s+(?P<y>{_YR})|"
                               rf"(?P<d2>{_DN})\s+(?P<m2>{_MON}),?\s+(?P<y2>{_YR})", text)
        g = date_match.groupdict()
        month = _month_number(g["m"] or g["m2"])
        day_n = _day_number(g["d"] or g["d2"])
        year = int(g["y"] or g["y2"])
        try:
            day = _dt.date(year, month, day_n)
        except ValueError:
            return None
        clock = re.search(rf"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:\s*(?P<ap>{_AMPM}))?",
                          text[date_match.end():])
        if clock:
            hour = int(clock.group("h"))
            ap = (clock.group("ap") or "").lower().replace(".", "").replace(" ", "")
            if ap == "pm" and hour < 12:
                hour += 12
            elif ap == "am" and hour == 12:
                hour = 0
            return _Resolved(f"{day.isoformat()}T{hour:02d}:{clock.group('mi')}", "time",
                             "date-time-written", 0.99, "absolute")
        return _Resolved(day.isoformat(), "day", "date-written", 0.99, "absolute")

    def _season(self, m: re.Match, base: _dt.date | None, tense: str, relative: str) -> _Resolved | None:
        rel = re.sub(r"\s+", " ", m.group("rel").lower())
        season = m.group("s").lower()
        first, last = _SEASONS[season]
        if m.group("y"):
            year = int(m.group("y"))
            kind, rule = "absolute", "season-year"
        else:
            if base is None:
                return _Resolved(None, "range", "season-no-anchor", 0.0, "none")
            if rel in ("early", "late") and not m.group("y"):
                rel = "the"
            direction = {"last": "past", "this past": "past", "next": "future"}.get(
                rel, "future" if tense == "future" else "past" if tense == "past" else "")
            # the season's year: its start month's year, in the direction asked
            this_year = base.year if not (first == 12 and base.month <= 2) else base.year - 1
            start = _dt.date(this_year, first, 1)
            if direction == "past":
                year = this_year if start <= base else this_year - 1
                if rel == "last" and start <= base <= _dt.date(this_year + (1 if first == 12 else 0),
                                                               last, 28):
                    year -= 1  # "last summer" in summer is the one before
            elif direction == "future":
                year = this_year if start >= base or rel == "this" else this_year + 1
                if rel == "next" and year == this_year and start <= base:
                    year += 1
            else:
                year = this_year
            kind, rule = relative, f"season-{rel.replace(' ', '-')}"
        end_year = year + 1 if first > last else year
        return _Resolved(f"{_month(year, first)}/{_month(end_year, last)}", "range", rule, 0.7, kind)

    def _deictic(self, word: str, base: _dt.date | None, relative: str) -> _Resolved:
        w = re.sub(r"\s+", " ", word.lower())
        if w.startswith("yesterday") or w == "last night":
            offset, rule = -1, "yesterday" if w.startswith("yesterday") else "last-night"
        elif w.startswith("tomorrow"):
            offset, rule = 1, "tomorrow"
        elif w == "the day before yesterday":
            offset, rule = -2, "day-before-yesterday"
        elif w == "the day after tomorrow":
            offset, rule = 2, "day-after-tomorrow"
        elif w in ("eve", "the eve"):
            offset, rule = 0, "eve"
        else:
            offset, rule = 0, "today"
        if base is None:
            return _Resolved(None, "day", rule + "-no-anchor", 0.0, "none")
        return _Resolved((base + _dt.timedelta(days=offset)).isoformat(), "day", rule, 0.95, relative)

    def _rel_unit(self, m: re.Match, base: _dt.date | None, relative: str) -> _Resolved:
        rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("the ", "")
        unit = m.group("u").lower()
        gran = {"weekend": "range"}.get(unit, unit)
        if base is None:
            return _Resolved(None, gran, f"{unit}-no-anchor", 0.0, "none")
        step = -1 if rel in ("last", "end of last") else 1 if rel == "next" else 0
        rule = f"{rel.replace(' ', '-')}-{unit}"
        if unit == "week":
            day = base + _dt.timedelta(days=7 * step)
            if step == -1 and base.weekday() == 6:
                # on a Sunday, "last week" is the (Sunday–Saturday) news week just ended
                day = base
                rule = "last-week-on-sunday"
            return _Resolved(_week(day), "week", rule, 0.85, relative)
        if unit == "weekend":
            saturday = base + _dt.timedelta(days=(5 - base.weekday()) % 7)
            if rel in ("last", "this past") or (rel == "this" and base.weekday() == 6):
                saturday -= _dt.timedelta(days=7) if base.weekday() != 6 else _dt.timedelta(days=1)
                if rel in ("last", "this past") and base.weekday() == 6:
                    saturday = base - _dt.timedelta(days=1)
                    if rel == "last":
                        saturday -= _dt.timedelta(days=7)
            elif rel == "next":
                saturday += _dt.timedelta(days=7 if base.weekday() < 5 else 0)
            return _Resolved(f"{saturday.isoformat()}/{(saturday + _dt.timedelta(days=1)).isoformat()}",
                             "range", rule, 0.75, relative)
        if unit == "month":
            y, mo = _add_months(base.year, base.month, step)
            return _Resolved(_month(y, mo), "month", rule, 0.9, relative)
        return _Resolved(f"{base.year + step:04d}", "year", rule, 0.9, relative)

    def _ago(self, m: re.Match, base: _dt.date | None, relative: str) -> _Resolved:
        unit = m.group("u").lower().rstrip("s")
        n = _count(m.group("n"))
        if n is None:
            return _Resolved(None, "vague", "ago-vague", 0.0, "absolute", sets_reference=False)
        if base is None:
            return _Resolved(None, unit, "ago-no-anchor", 0.0, "none")
        value, gran = _shift(unit, -n, base, _month(base.year, base.month), str(base.year))
        return _Resolved(value, gran, f"{unit}s-ago", 0.8 if not m.group("q") else 0.6, relative)

    def _later(self, m: re.Match) -> _Resolved:
        unit = m.group("u").lower().rstrip("s")
        n = _count(m.group("n")) or 1
        direction = m.group("dir").lower()
        sign = 1 if direction in ("later", "after") else -1
        ref = self.reference
        if ref is None:
            return _Resolved(None, "vague", f"{unit}s-{direction}-no-reference", 0.0, "text",
                             sets_reference=False)
        if direction in ("after", "before"):
            # "on Friday, a day after Mattis resigned": the phrase locates the date
            # it stands beside; away from one, the event it counts from is unknown
            between = self.text[ref.end:m.start()]
            if re.fullmatch(r"\s*[,(–—-]\s*(?:just\s+|only\s+)?", between):
                return _Resolved(ref.value, ref.granularity, f"{unit}s-{direction}-apposition", 0.6,
                                 "text", sets_reference=False)
            return _Resolved(None, "vague", f"{unit}s-{direction}-event", 0.0, "text",
                             sets_reference=False)
        value, gran = _shift(unit, sign * n, ref.day, ref.month, ref.year)
        if value is None:
            return _Resolved(None, "vague", f"{unit}s-{direction}-no-reference", 0.0, "text",
                             sets_reference=False)
        return _Resolved(value, gran, f"{unit}s-{direction}", 0.65, "text", sets_reference=False)

    def _anaphor(self, word: str) -> _Resolved:
        w = re.sub(r"\s+", " ", word.lower())
        ref = self.reference
        rule = "text-" + re.sub(r"[^a-z]+", "-", w).strip("-")
        if w in ("at the time",):
            if ref is None:
                return _Resolved(None, "vague", rule, 0.0, "text", sets_reference=False)
            return _Resolved(ref.value, ref.granularity, rule, 0.5, "text", sets_reference=False)
        if w.endswith("then"):
            if ref is None:
                return _Resolved(None, "vague", rule, 0.0, "text", sets_reference=False)
            if w.startswith("since"):
                anchor = self.anchors.published.day
                if anchor is None:
                    return _Resolved(None, "range", rule, 0.0, "text", sets_reference=False)
                start = ref.value.split("/")[0][:10]
                return _Resolved(f"{start}/{anchor.isoformat()}", "range", rule, 0.6, "text",
                                 sets_reference=False)
            return _Resolved(ref.value, ref.granularity, rule, 0.6, "text", sets_reference=False)
        # "the next week", "that morning", "the day before": the unit is the first unit word
        unit = re.search(r"\b(day|week|month|year|night|morning|afternoon|evening)\b", w).group(1)
        if unit in ("night", "morning", "afternoon", "evening"):
            unit_for_shift = "day"
        else:
            unit_for_shift = unit
        if "next" in w or "following" in w or re.search(r"\bday\s+after$", w):
            n = 1
        elif "previous" in w or "preceding" in w or re.search(r"\bday\s+before$", w):
            n = -1
        else:
            n = 0  # the same / that / earlier that / later that
        if ref is None:
            gran = "day" if unit_for_shift == "day" else unit_for_shift
            return _Resolved(None, gran, rule + "-no-reference", 0.0, "text", sets_reference=False)
        value, gran = _shift(unit_for_shift, n, ref.day, ref.month, ref.year)
        if value is None:
            return _Resolved(None, gran, rule + "-no-reference", 0.0, "text", sets_reference=False)
        return _Resolved(value, gran, rule, 0.65, "text", sets_reference=False)

    def _clock(self, m: re.Match, base: _dt.date | None, relative: str, tense: str) -> _Resolved | None:
        hour = int(m.group("h"))
        minute = int(m.groupdict().get("mi") or 0)
        ap = (m.groupdict().get("ap") or "").lower().replace(".", "").replace(" ", "")
        if ap:
            if hour > 12 or hour == 0:
                return None
            if ap == "pm" and hour < 12:
                hour += 12
            elif ap == "am" and hour == 12:
                hour = 0
        if base is None:
            return _Resolved(None, "time", "clock-no-anchor", 0.0, "none")
        day = base
        ctx = (m.groupdict().get("ctx") or "").strip().lower()
        if ctx.startswith("yesterday"):
            day = base - _dt.timedelta(days=1)
        elif ctx.startswith("tomorrow"):
            day = base + _dt.timedelta(days=1)
        else:
            wd = re.search(_WD.lower(), ctx)
            if wd:
                day = _weekday_value(base, _WEEKDAYS[wd.group()], "", tense)[0]
        return _Resolved(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "time", "clock-on-anchor-day",
                         0.8, relative, sets_reference=False)


def may_be_dated(text: str) -> bool:
    """Whether ``text`` holds anything the rules could read as a date (a cheap
    test, true for a superset of the sentences :func:`find_expressions` dates)."""
    return any(pattern.search(text) for _, pattern in _COMPILED)


def find_expressions(article: Article, until: int | None = None) -> list[TemporalExpression]:
    """Every temporal expression in the article's text, in text order, resolved;
    with ``until``, those before that offset (a paragraph's end: no expression
    runs across one), resolved exactly as in the whole text, since each is read
    against what comes before it."""
    return _Resolver(article).run(until)


# --------------------------------------------------------------------------- explanations


def _anchor_words(expr: TemporalExpression, entry_words: str = "a live-blog entry posted") -> str:
    if expr.anchor is None:
        return ""
    day = _dt.date.fromisoformat(expr.anchor[:10])
    when = _day_label(day)
    if expr.anchor_kind == "entry" and len(expr.anchor) >= 16:
        zone = " GMT" if expr.anchor.endswith("Z") else ""
        return f"{entry_words} {when}, {expr.anchor[11:16]}{zone}"
    return f"an article published {when}"


def explain(expr: TemporalExpression) -> str:
    """How the date was worked out, for a reader: "“Tuesday” in an article
    published Wed 21 Oct 2015"; "“the next day” after “Sept. 16”"."""
    quoted = f"“{' '.join(expr.text.split())}”"
    if expr.value is None:
        return f"{quoted} could not be pinned to a date"
    if expr.anchor_kind == "absolute":
        return f"{quoted} as written"
    if expr.anchor_kind == "text":
        return f"{quoted}, counted from “{' '.join((expr.reference or '').split())}” earlier in the text"
    where = _anchor_words(expr)
    if expr.rule == "weekday-same-day":
        return f"{quoted} in {where}: the same day"
    if expr.rule.startswith("month-day-year") or expr.rule == "range-year-from-anchor":
        return f"{quoted}, year taken from {where}"
    if expr.rule == "last-week-on-sunday":
        return f"{quoted} in {where} (the news week ending that Sunday)"
    return f"{quoted} in {where}"


def record(article: Article, expr: TemporalExpression) -> dict:
    """One expression as ``briefing dates --json`` lists it."""
    return {"source": article.id, "path": article.path, **expr.to_dict(), "how": explain(expr)}


def corpus_expressions(articles) -> list[tuple[Article, TemporalExpression]]:
    """Every expression of every article, article by article, in text order."""
    return [(article, expr) for article in articles for expr in find_expressions(article)]
