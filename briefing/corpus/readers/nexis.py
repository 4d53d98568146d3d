"""Nexis Uni and LexisNexis Academic exports (text, Word or RTF): many articles per file.

Built from the formats' public descriptions. A document starts at "1 of 10
DOCUMENTS" (Academic) or "Document 1 of 10" (Nexis Uni). Before its fields
come the publication, a date line with its weekday ("February 25, 2016
Thursday"), an edition and the headline (Academic: publication, date,
headline; Uni: headline, publication, date). Then fields — ``BYLINE:``,
``SECTION:``, ``LENGTH:``, ``DATELINE:``, ``URL:`` (Academic, in capitals) or
``Section:``, ``Length:``, ``Byline:`` and a line ``Body`` (Uni) — then the
body, which ends at ``LOAD-DATE:``/``Load-Date:``, ``LANGUAGE:``,
``Classification`` or "End of Document".

Each document becomes its own article (id ``file#N``, N its position in the
file). Its text is the body, a verbatim slice of the export's text; headline,
publication, date, byline and URL are metadata with the field they came from.
A document that is cut off (no closing field) or a file announcing more
documents than it holds is malformed: the broken documents are skipped with
a warning, and a file with none left is refused. A Uni export's cover page
(search terms, job number, download date) is not an article.
"""

from __future__ import annotations

import re

from briefing.corpus.dates import parse_date_line
from briefing.corpus.readers import Extract, Meta, Unreadable
from briefing.corpus.readers._lines import Line, container_text, head_text, lines

NAME = "nexis"
SUFFIXES = ()  # taken by content, whatever the file is called

_START = re.compile(r"^(?:(?P<n>\d+)\s+of\s+(?P<m>\d+)\s+DOCUMENTS?|Document\s+(?P<n2>\d+)\s+of\s+(?P<m2>\d+))$", re.I)
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?):\s*(?P<value>.*)$")
_HEAD_FIELDS = frozenset({"byline", "section", "length", "dateline", "highlight", "url", "series",
                          "type", "column", "edition", "headline", "source", "author", "graphic", "body"})
_TAIL_FIELDS = frozenset({"load-date", "language", "publication-type", "document-type", "journal-code",
                          "correction-date", "notes", "subject", "classification", "geographic",
                          "company", "organization", "person", "city", "state", "country", "industry",
                          "ticker", "load date", "url"})


def version() -> str:
    return "1"


# a quick look first: without a "1 of 5 DOCUMENTS" line anywhere, no need to split the lines
_ANY_START = re.compile(r"^\s*(?:\d+\s+of\s+\d+\s+DOCUMENTS?|Document\s+\d+\s+of\s+\d+)\s*$", re.I | re.M)


def looks_like(text: str) -> bool:
    if not _ANY_START.search(text, 0, 200000):
        return False
    starts = [ln for ln in lines(text[:200000]) if _START.match(ln.text)]
    return bool(starts) and any(_FIELD.match(ln.text) and _FIELD.match(ln.text).group("key").lower()
                                in _HEAD_FIELDS | _TAIL_FIELDS for ln in lines(text[:200000]))


def sniff(data: bytes, name: str) -> bool:
    if data.startswith(b"PK\x03\x04"):
        return _docx_says(data)
    if data.lstrip()[:5] == b"{\\rtf":
        from briefing.corpus.readers.rtf import rtf_text

        try:
            return looks_like(rtf_text(data[:2_000_000]))
        except Unreadable:
            return False
    head = head_text(data[:65536])
    return head is not None and looks_like(head)


def _docx_says(data: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > 64 * 1024 * 1024:
                return False
            xml = archive.read(info)[:4_000_000].decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return False
    paragraphs = "\n".join(re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)[:4000])
    return looks_like(paragraphs)


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    text, encoding = container_text(data, name)
    return split(text), encoding


def split(text: str) -> list[Extract]:
    all_lines = lines(text)
    starts = [i for i, ln in enumerate(all_lines) if _START.match(ln.text)]
    if not starts:
        raise Unreadable("not a Nexis export (no 'N of M DOCUMENTS' line)")
    announced = max(int(m.group("m") or m.group("m2")) for m in (_START.match(all_lines[i].text) for i in starts))
    extracts: list[Extract] = []
    problems: list[str] = []
    for position, first in enumerate(starts, 1):
        last = starts[position] if position < len(starts) else len(all_lines)
        academic = _START.match(all_lines[first].text).group("n") is not None
        try:
            extracts.append(_document(text, all_lines[first + 1:last], position, academic))
        except Unreadable as exc:
            problems.append(f"document {position}: {exc}")
    if len(starts) < announced:
        problems.append(f"the export announces {announced} documents and holds {len(starts)}")
    if not extracts:
        raise Unreadable("malformed Nexis export: " + "; ".join(problems))
    if problems:
        first = extracts[0]
        extracts[0] = Extract(first.text, first.metadata, first.header, first.part,
                              first.warnings + tuple(f"export: {p}" for p in problems))
    return extracts


def _field(line: Line) -> tuple[str, str] | None:
    match = _FIELD.match(line.text)
    if not match:
        return None
    key = match.group("key").lower()
    if key in _HEAD_FIELDS or key in _TAIL_FIELDS:
        return key, match.group("value").strip()
    return None


def _document(text: str, doc: list[Line], part: int, academic: bool) -> Extract:
    body_marker = next((i for i, ln in enumerate(doc) if ln.text.lower() == "body"), None)
    first_field = next((i for i, ln in enumerate(doc) if _field(ln)), None)
    if first_field is None and body_marker is None:
        raise Unreadable("no fields (BYLINE, LENGTH…) and no body")
    head_end = min(i for i in (first_field, body_marker) if i is not None)
    meta: dict[str, Meta] = {}
    _front(doc[:head_end], meta, academic)
    # header fields run until the body starts: after "Body", or at the first
    # line that is neither blank nor a field
    if body_marker is not None:
        body_from = body_marker + 1
    else:
        body_from = head_end
        while body_from < len(doc) and (doc[body_from].blank or _field(doc[body_from])):
            body_from += 1
    for ln in doc[head_end:body_from]:
        _take(_field(ln), meta)
    body_to = None
    for i in range(body_from, len(doc)):
        field = _field(doc[i])
        if (field and field[0] in _TAIL_FIELDS) or doc[i].text.lower() in (
                "end of document", "classification"):
            body_to = i
            break
    if body_to is None:
        raise Unreadable("cut off (no LOAD-DATE or 'End of Document' after the body)")
    for ln in doc[body_to:]:
        _take(_field(ln), meta)
    body = [ln for ln in doc[body_from:body_to] if not ln.blank]
    if not body:
        raise Unreadable("empty body")
    return Extract(text[body[0].start:body[-1].end], meta, header=False, part=part)


def _take(field: tuple[str, str] | None, meta: dict[str, Meta]) -> None:
    if field is None:
        return
    key, value = field
    if not value:
        return
    if key in ("byline", "author") and "authors" not in meta:
        from briefing.corpus.segment import byline_names

        names = byline_names(value)
        if names:
            meta["authors"] = Meta(names, f"nexis: {key.upper()}")
    elif key == "url" and "url" not in meta and value.startswith(("http://", "https://")):
        meta["url"] = Meta(value.split()[0], "nexis: URL")
    elif key == "load-date" and "published" not in meta:
        date = parse_date_line(value)
        if date is not None:  # the day the database loaded it: a fallback only
            meta["published"] = Meta(date.published, "nexis: LOAD-DATE", fallback=True)


_COPYRIGHT = re.compile(r"(?i)^(?:copyright|©|\(c\))\b|all rights reserved")


def _front(front: list[Line], meta: dict[str, Meta], academic: bool) -> None:
    """Publication, date, edition and headline before the fields: Academic
    prints publication, date, headline; Nexis Uni headline, publication, date."""
    shown = [ln for ln in front if not ln.blank and not _COPYRIGHT.search(ln.text)]
    date_at = next((i for i, ln in enumerate(shown) if parse_date_line(ln.text)), None)
    if date_at is None:
        if shown:
            meta["title"] = Meta(" ".join(ln.text for ln in shown), "nexis: headline")
        return
    date = parse_date_line(shown[date_at].text)
    meta["published"] = Meta(date.published, "nexis: date line")
    before = shown[:date_at]
    if not academic and len(before) >= 2:  # Nexis Uni: headline (one or more lines), publication, date
        meta["title"] = Meta(" ".join(ln.text for ln in before[:-1]), "nexis: headline")
        meta["outlet"] = Meta(before[-1].text, "nexis: publication")
        return
    if before:  # a publication may take two lines: "The New York Times Blogs" "(The Caucus)"
        meta["outlet"] = Meta(" ".join(ln.text for ln in before), "nexis: publication")
    # Academic: the date's block may hold an edition line; the headline is the
    # last block before the fields
    blocks: list[list[Line]] = [[]]
    for ln in front:
        if ln.blank:
            if blocks[-1]:
                blocks.append([])
        elif not _COPYRIGHT.search(ln.text):
            blocks[-1].append(ln)
    blocks = [b for b in blocks if b]
    date_line = shown[date_at]
    after = [b for b in blocks if b[0].start > date_line.start]
    if after:
        meta["title"] = Meta(" ".join(ln.text for ln in after[-1]), "nexis: headline")
