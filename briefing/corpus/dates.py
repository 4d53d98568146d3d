"""Dates and times as news pages write them, with their offsets.

``October 21, 2015`` · ``Oct. 21, 2015`` · ``21 October 2015`` · ``2015-10-21``
and, for live-blog timestamps, a time after the date: ``Oct 22, 2015 00:02
(GMT)``, ``Oct. 21, 2015 at 3:45 p.m. ET``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["DateMatch", "TimeOfDay", "parse_date_line", "parse_time_line", "search_date", "DATE_RE", "year_of"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

# UTC offsets of the zone abbreviations news sites print after a time.
# Ambiguous ones ("ET", "PT") take the standard-time offset.
_ZONES = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
    "eest": 180, "msk": 180, "est": -300, "edt": -240, "et": -300, "cst": -360,
    "cdt": -300, "ct": -360, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "pt": -480, "ist": 330, "jst": 540, "aest": 600,
}

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MDY = _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
_DMY = r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.replace("month", "month2") + r",?\s+(?P<year2>\d{4})"
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
# 07/05/2016, 12/31/15, 02-20-10 (US month first unless the first number is over 12),
# 20.02.2016 (day first, as in Europe)
_NUMERIC = (r"(?P<na>\d{1,2})(?P<nsep>[/-])(?P<nb>\d{1,2})(?P=nsep)(?P<ny>\d{4}|\d{2})"
            r"|(?P<da>\d{1,2})\.(?P<db>\d{1,2})\.(?P<dy>\d{4})")
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?:\s*\(?(?P<zone>" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\)?)?)?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?"
_WEEKDAY_AFTER = r"(?:,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)?"
DATE_RE = re.compile(r"(?i)\b" + _WEEKDAY + r"(?:" + _MDY + "|" + _DMY + "|" + _ISO + "|" + _NUMERIC
                     + r")\b" + _WEEKDAY_AFTER + _TIME)
# "Updated 4:35 p.m. ET April 26, 2016": a time, then the date
_TIME_FIRST = re.compile(
    r"(?i)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?:\s*\(?(?P<zone>" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\)?)?,?\s+(?:on\s+)?"
)
_TIME_ONLY = re.compile(
    r"(?i)(?:updated\s*(?:at)?\s*:?\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?:\s*\(?(?P<zone>" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\)?)?"
)
_PREFIX = re.compile(
    r"(?i)^(?:(?:published|updated|posted|last updated|first published|first posted|date|dated|filed)"
    r"\s*(?:on|at)?\s*:?\s*)?")
# what may follow a date on its line: "| Updated: 02-20-10 06:12 PM", "· 5 min read"
_TRAILER = re.compile(r"(?i)^[\s.,|]*(?:[|·•,;]?\s*(?:updated|last updated|modified)\b.*)?$")


@dataclass(frozen=True)
class DateMatch:
    date: _dt.date
    start: int  # offsets relative to the string searched
    end: int
    time: str | None = None  # "HH:MM" in UTC when a zone was given, else as written
    zone: str | None = None
    local: str | None = None  # as printed: "2014-12-18T22:21-05:00" when a zone was given

    @property
    def published(self) -> str:
        """The date as a publication date: local date and time with the zone's
        offset when one was printed ("2014-12-18T22:21-05:00"), so the day is
        the one the outlet printed; else :attr:`iso`."""
        return self.local or self.iso

    @property
    def iso(self) -> str:
        """ISO date, or date-time ("2015-10-22T00:02Z") when a time is known."""
        if self.time is None:
            return self.date.isoformat()
        return f"{self.date.isoformat()}T{self.time}" + ("Z" if self.zone else "")


def search_date(text: str, pos: int = 0, endpos: int | None = None) -> DateMatch | None:
    """The first well-formed date in text[pos:endpos], with its time if any."""
    for match in DATE_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        found = _build(match)
        if found is not None:
            return found
    return None


def parse_date_line(line: str) -> DateMatch | None:
    """A DateMatch when the whole (stripped) line is a date, optionally timed."""
    prefix = _PREFIX.match(line)
    start = prefix.end() if prefix else 0
    clock = _TIME_FIRST.match(line, start)
    if clock is not None:
        match = DATE_RE.match(line, clock.end())
        if match and not match.group("hour") and _TRAILER.match(line[match.end():]):
            found = _build(match, clock)
            if found is not None:
                return DateMatch(found.date, clock.start(), match.end(), found.time, found.zone, found.local)
    match = DATE_RE.match(line, start)
    if not match or not _TRAILER.match(line[match.end():]):
        return None
    return _build(match)


@dataclass(frozen=True)
class TimeOfDay:
    """A time printed alone on a line (a live-blog timestamp without its date)."""

    hour: int
    minute: int
    zone: str | None

    def on(self, date: _dt.date) -> DateMatch:
        stamp = _dt.datetime(date.year, date.month, date.day, self.hour, self.minute)
        if self.zone:
            stamp -= _dt.timedelta(minutes=_ZONES[self.zone.lower()])
        return DateMatch(stamp.date(), 0, 0, f"{stamp.hour:02d}:{stamp.minute:02d}", self.zone)


def parse_time_line(line: str) -> TimeOfDay | None:
    """'12.30pm GMT', '08:15 BST', '9:05 a.m.' alone on a line (a zone or am/pm is required)."""
    match = _TIME_ONLY.fullmatch(line.strip())
    if not match or not (match.group("ampm") or match.group("zone")):
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or (ampm and int(match.group("hour")) > 12):
        return None
    return TimeOfDay(hour, minute, match.group("zone").upper() if match.group("zone") else None)


def year_of(text: str) -> int:
    """A year as printed: four digits, or two, read in a fixed window ('10 is 2010,
    '49 is 2049, '65 is 1965): the same in every file and every year it is read."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _build(match: re.Match, clock: re.Match | None = None) -> DateMatch | None:
    g = dict(match.groupdict())
    if clock is not None:
        g.update(clock.groupdict())
    try:
        if g["month"]:
            date = _dt.date(int(g["year"]), _MONTHS[g["month"].lower()], int(g["day"]))
        elif g["month2"]:
            date = _dt.date(int(g["year2"]), _MONTHS[g["month2"].lower()], int(g["day2"]))
        elif g["iy"]:
            date = _dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["na"]:
            first, second = int(g["na"]), int(g["nb"])
            month, day = (second, first) if first > 12 else (first, second)
            date = _dt.date(year_of(g["ny"]), month, day)
        else:
            date = _dt.date(int(g["dy"]), int(g["db"]), int(g["da"]))
    except (ValueError, KeyError, TypeError):
        return None
    if not 1900 <= date.year <= 2100:
        return None
    time = zone = local = None
    if g["hour"] is not None:
        hour, minute = int(g["hour"]), int(g["minute"])
        ampm = (g["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        stamp = _dt.datetime(date.year, date.month, date.day, hour, minute)
        if g["zone"]:
            zone = g["zone"].upper()
            offset = _ZONES[g["zone"].lower()]
            sign = "-" if offset < 0 else "+"
            local = f"{date.isoformat()}T{hour:02d}:{minute:02d}{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
            stamp -= _dt.timedelta(minutes=offset)
            date = stamp.date()
        time = f"{stamp.hour:02d}:{stamp.minute:02d}"
    return DateMatch(date, match.start(), match.end(), time, zone, local)
