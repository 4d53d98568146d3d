"""Factiva exports (text or RTF): many articles per file, two-letter field codes.

Built from Factiva's documented field codes: ``HD`` headline, ``BY`` byline,
``WC`` word count, ``PD`` publication date, ``SN`` source name, ``SC`` source
code, ``ED`` edition, ``PG`` page, ``LA`` language, ``CY`` copyright, ``LP``
lead paragraphs, ``TD`` the rest of the text, ``CT``/``RF`` contact and notes,
``CO``/``IN``/``NS``/``RE``/``IPC``/``IPD`` codes, ``PUB`` publisher and ``AN``
the accession number that closes a document. The code stands alone on its
line with the value below, or starts the line with the value after it.

Each document (from ``HD`` to ``AN``) becomes its own article (id
``file#N``). Its text is the lead paragraphs and the rest of the text, each
a verbatim piece of the export, joined by a blank line; headline, byline,
date, source and accession number are metadata. A document without ``AN``
or without any text is malformed and skipped with a warning; the "Search
Summary" after the last document is not an article.
"""

from __future__ import annotations

import re

from briefing.corpus.dates import parse_date_line
from briefing.corpus.readers import Extract, Meta, Unreadable
from briefing.corpus.readers._lines import Line, container_text, head_text, lines

NAME = "factiva"
SUFFIXES = ()

_CODES = ("HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CT",
          "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART", "VOL", "CX", "HLP")
_CODE_LINE = re.compile(r"^(?P<code>" + "|".join(_CODES) + r")(?:[ \t]+(?P<value>.*))?$")
_TEXT_CODES = ("LP", "TD")
# inside the text, only these close a section: a code alone on its line, a
# code list ("NS gpol : Domestic Politics"), or the accession number
_CLOSERS = re.compile(r"^(?:(?:" + "|".join(_CODES) + r")|(?:NS|RE|IN|CO|IPC)\s+\S.*\s:\s.*|AN\s+Document\s+\S+)$")


def version() -> str:
    return "1"


# a quick look first: without lines opening on HD and PD, no need to split the lines
_ANY_HD, _ANY_PD = (re.compile(rf"^\s*{code}(?:[ \t]|$)", re.M) for code in ("HD", "PD"))


def looks_like(text: str) -> bool:
    if not (_ANY_HD.search(text, 0, 200000) and _ANY_PD.search(text, 0, 200000)):
        return False
    found = {m.group("code") for ln in lines(text[:200000]) if (m := _CODE_LINE.match(ln.text))}
    return {"HD", "PD"} <= found and bool(found & {"LP", "TD"}) and bool(found & {"SN", "AN"})


def sniff(data: bytes, name: str) -> bool:
    if data.lstrip()[:5] == b"{\\rtf":
        from briefing.corpus.readers.rtf import rtf_text

        try:
            return looks_like(rtf_text(data[:2_000_000]))
        except Unreadable:
            return False
    head = head_text(data[:65536])
    return head is not None and looks_like(head)


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    text, encoding = container_text(data, name)
    return split(text), encoding


def split(text: str) -> list[Extract]:
    all_lines = lines(text)
    starts = [i for i, ln in enumerate(all_lines) if (m := _CODE_LINE.match(ln.text)) and m.group("code") == "HD"]
    if not starts:
        raise Unreadable("not a Factiva export (no HD field)")
    extracts: list[Extract] = []
    problems: list[str] = []
    for position, first in enumerate(starts, 1):
        last = starts[position] if position < len(starts) else len(all_lines)
        try:
            extracts.append(_document(text, all_lines[first:last], position))
        except Unreadable as exc:
            problems.append(f"document {position}: {exc}")
    if not extracts:
        raise Unreadable("malformed Factiva export: " + "; ".join(problems))
    if problems:
        first = extracts[0]
        extracts[0] = Extract(first.text, first.metadata, first.header, first.part,
                              first.warnings + tuple(f"export: {p}" for p in problems))
    return extracts


def _document(text: str, doc: list[Line], part: int) -> Extract:
    fields: dict[str, str] = {}
    pieces: list[tuple[int, int]] = []
    i = 0
    closed = False
    while i < len(doc):
        match = _CODE_LINE.match(doc[i].text)
        if not match:
            i += 1
            continue
        code, value = match.group("code"), (match.group("value") or "").strip()
        i += 1
        if code in _TEXT_CODES:
            body: list[Line] = []
            if value:
                body.append(Line(doc[i - 1].start + doc[i - 1].text.index(value), doc[i - 1].end, value))
            while i < len(doc) and not _CLOSERS.match(doc[i].text):
                if not doc[i].blank:
                    body.append(doc[i])
                i += 1
            if body:
                pieces.append((body[0].start, body[-1].end))
            continue
        if not value:  # the value on the following line(s), up to a blank line or the next code
            taken: list[str] = []
            while i < len(doc) and not doc[i].blank and not _CODE_LINE.match(doc[i].text):
                taken.append(doc[i].text)
                i += 1
            value = " ".join(taken)
        fields.setdefault(code, value)
        if code == "AN":
            closed = True
            break
    if not closed:
        raise Unreadable("cut off (no AN accession number)")
    if not pieces:
        raise Unreadable("no text (LP or TD)")
    return Extract("\n\n".join(text[a:b] for a, b in pieces), _metadata(fields), header=False, part=part)


def _metadata(fields: dict[str, str]) -> dict[str, Meta]:
    meta: dict[str, Meta] = {}
    if fields.get("HD"):
        meta["title"] = Meta(" ".join(fields["HD"].split()), "factiva: HD")
    if fields.get("BY"):
        from briefing.corpus.segment import byline_names

        names = byline_names(fields["BY"])
        if names:
            meta["authors"] = Meta(names, "factiva: BY")
    if fields.get("PD"):
        date = parse_date_line(fields["PD"])
        if date is not None:
            meta["published"] = Meta(date.published, "factiva: PD")
    if fields.get("SN"):
        meta["outlet"] = Meta(fields["SN"], "factiva: SN")
    return meta
