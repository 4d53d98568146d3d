"""What every writer decides the same way, so the formats never drift apart.

* :func:`clean_text` — brief text as a reader sees it: line breaks become
  spaces, control characters and what XML cannot hold are dropped, and
  (unless a format can show them) invisible format characters too;
* :func:`link_target` — which URLs become clickable links (web and mail only,
  never ``file:`` or ``javascript:``), percent-encoded;
* :func:`anchor_span` — where an analyst note's phrase sits in an excerpt;
* :func:`brief_datetime` — the timestamp every document property takes;
* :data:`PAGE_SIZES` — page sizes in points.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import urlsplit

from briefing.model import collapse_ws

__all__ = [
    "LINK_SCHEMES",
    "MAX_URL_CHARS",
    "PAGE_SIZES",
    "anchor_span",
    "brief_datetime",
    "clean_text",
    "link_target",
    "page_size",
]

# Line and paragraph separators of every kind (NEL and the Unicode ones too).
# (the same characters str.split() and so collapse_ws() treat as white space)
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
# C0 and C1 controls, lone surrogates and the noncharacters XML 1.0 forbids.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

LINK_SCHEMES = frozenset({"http", "https", "mailto"})

#: width and height in PostScript points
PAGE_SIZES = {"a4": (210 * 72 / 25.4, 297 * 72 / 25.4), "letter": (8.5 * 72, 11 * 72)}


def clean_text(text: str | None, keep_format_characters: bool = False) -> str:
    """``text`` as a reader sees it, safe in any format.

    Format characters (Unicode category Cf: zero-width joiners, bidi marks,
    soft hyphens, byte-order marks) are invisible; a writer whose text
    engine shapes them (Word) keeps them, the others drop them.
    """
    if not text:
        return ""
    text = _CONTROLS.sub("", _BREAKS.sub(" ", text))
    if not keep_format_characters and any(unicodedata.category(ch) == "Cf" for ch in text):
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return text


_URI_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:/?#[]@!$&'()*+,;=-._~"
)
_HEX = frozenset("0123456789abcdefABCDEF")
#: Office refuses (as "unreadable content") hyperlink targets of 2080 characters or more.
MAX_URL_CHARS = 2079


def link_target(url: str | None) -> str | None:
    """The target of a clickable link for ``url``, or None when it must not be one.

    Only web and mail links (``LINK_SCHEMES``) become clickable, never
    ``file:`` or ``javascript:``. Characters a URI may not hold (spaces,
    non-ASCII, quotes, a stray ``%``) are percent-encoded, because readers
    refuse malformed targets; targets longer than Office accepts are not linked.
    """
    url = clean_text(url).strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in LINK_SCHEMES:
        return None
    out = []
    for i, ch in enumerate(url):
        if ch in _URI_CHARS:
            out.append(ch)
        elif ch == "%" and len(url) > i + 2 and url[i + 1] in _HEX and url[i + 2] in _HEX:
            out.append(ch)  # already an escape
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    encoded = "".join(out)
    return encoded if len(encoded) <= MAX_URL_CHARS else None


def anchor_span(text: str, anchor: str | None) -> tuple[int, int]:
    """Where an analyst note's anchor phrase sits in an excerpt's text.

    The exact phrase first, then ignoring case and differences of white
    space; the whole text when there is no anchor or it is not found (a
    note always marks something).
    """
    phrase = collapse_ws(clean_text(anchor)) if anchor else ""
    if phrase:
        at = text.find(phrase)
        if at >= 0:
            return at, at + len(phrase)
        # not text.lower().find(): lowering can change the length ("İ")
        match = re.search(r"\s+".join(re.escape(word) for word in phrase.split()), text, re.IGNORECASE)
        if match:
            return match.span()
    return 0, len(text)


def brief_datetime(value: str | None) -> _dt.datetime:
    """The brief's date at 00:00 (UTC, naive); 1980-01-01 (the zip epoch) when
    the date is not an ISO date, so the output still never depends on the clock."""
    try:
        day = _dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        day = _dt.date(1980, 1, 1)
    return _dt.datetime(day.year, day.month, day.day)


def page_size(name: str) -> tuple[float, float]:
    """Width and height in points of "A4" or "letter" (any case)."""
    try:
        return PAGE_SIZES[name.lower()]
    except KeyError:
        from briefing.errors import RenderError

        raise RenderError(f"unknown page size {name!r} (A4 or letter)") from None
