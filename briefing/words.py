"""How briefing words counts and dates for people: "5 articles", "October 21, 2015", "21 Oct 2015"."""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["format_date", "format_date_short", "parse_date", "plural"]

_IRREGULAR = {"quantity": "quantities", "entry": "entries", "summary": "summaries",
              "discrepancy": "discrepancies"}


def plural(count: int, noun: str) -> str:
    """``count`` and ``noun``, the noun in the plural unless the count is one."""
    if count == 1:
        return f"1 {noun}"
    head, _, last = noun.rpartition(" ")
    many = _IRREGULAR.get(last, last + "s")
    return f"{count} {head + ' ' if head else ''}{many}"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def parse_date(value: str | None) -> tuple[_dt.date | None, str | None]:
    """(date, 'HH:MM' plus its zone, or None) from an ISO date or date-time string:
    "Z" or +00:00 is GMT, another offset is named ("UTC-5"), a time without
    one is given as printed."""
    if not value:
        return None, None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                     r"(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not match:
        return None, None
    year, month, day, hour, minute, zone = match.groups()
    try:
        date = _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None, None
    if not hour:
        return date, None
    return date, f"{hour}:{minute}" + _zone_name(zone)


def _zone_name(zone: str | None) -> str:
    if zone is None:
        return ""
    digits = zone.replace(":", "")
    if zone == "Z" or digits[1:] == "0000":
        return " GMT"
    hours, minutes = int(digits[1:3]), int(digits[3:5])
    return f" UTC{digits[0]}{hours}" + (f":{minutes:02d}" if minutes else "")


def format_date(value: str | None) -> str | None:
    """'October 21, 2015' (Chicago), or None when there is no usable date."""
    date, _ = parse_date(value)
    if date is None:
        return None
    return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"


def format_date_short(value: str | None) -> str | None:
    """'21 Oct 2015' plus ', 18:17 GMT' (or ', 22:21 UTC-5') for a date-time
    (attribution lines)."""
    date, time = parse_date(value)
    if date is None:
        return None
    text = f"{date.day} {_MONTHS[date.month - 1][:3]} {date.year}"
    if time:
        text += f", {time}"
    return text
