"""Word files (``.docx``): the body's paragraphs are the text.

The text is the document body's non-empty paragraphs (python-docx; a
hyperlink's shown text included) separated by a blank line, in document
order. Page headers and footers (running heads, "Page 1 of 3", clipping
notices) are not body: they are not in the text, and a header that names a
known outlet gives the outlet. A two-column table of labels and values above
the body ("Headline | …", "Outlet | …") is metadata, not text; other tables
give their cells as paragraphs.

Metadata: a paragraph in the Title or Heading 1 style before the body is the
headline; the header block of the text is classified like a text file's;
then, as fallbacks only (they often describe whoever saved the file), the
core properties: title, an author that reads as a person's name, the created
date, and a subject that names a known outlet; the first web link.

A password-protected file (Word encrypts it into an OLE container) or an old
binary ``.doc`` is refused saying so; so is a zip that holds no Word
document, or one whose parts would decompress beyond a sane size.
"""

from __future__ import annotations

import io
import re
import zipfile

from briefing.corpus.readers import Extract, Meta, Unreadable, library_version

NAME = "docx"
SUFFIXES = (".docx", ".docm", ".dotx")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_UNPACKED = 256 * 1024 * 1024  # bytes all parts may decompress to
_LABELS = {
    "headline": "title", "title": "title", "outlet": "outlet", "source": "outlet", "publication": "outlet",
    "newspaper": "outlet", "publisher": "outlet", "date": "published", "published": "published",
    "publication date": "published", "dated": "published", "author": "authors", "authors": "authors",
    "byline": "authors", "by": "authors", "writer": "authors", "url": "url", "link": "url",
    "web address": "url", "source url": "url",
}


def version() -> str:
    return f"1 (python-docx {library_version('python-docx')})"


def sniff(data: bytes, name: str) -> bool:
    return data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]


def _open(data: bytes):
    import docx

    if data.startswith(_OLE):
        raise Unreadable("a password-protected Word file or an old .doc (save it as .docx without a password)")
    if not data.startswith(b"PK\x03\x04"):
        raise Unreadable("not a Word file (.docx is a zip package)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise Unreadable("a zip file with no Word document in it")
            if sum(i.file_size for i in archive.infolist()) > _MAX_UNPACKED:
                raise Unreadable("its parts decompress to more than 256 MB")
            if any(i.flag_bits & 0x1 for i in archive.infolist()):
                raise Unreadable("an encrypted zip")
    except zipfile.BadZipFile as exc:
        raise Unreadable(f"a broken zip ({exc})") from None
    try:
        return docx.Document(io.BytesIO(data))
    except Unreadable:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors… for broken parts
        raise Unreadable(f"a Word file that cannot be opened ({type(exc).__name__})") from None


def _blocks(document):
    """(kind, item) in body order: ("p", paragraph) and ("table", table)."""
    from docx.table import Table

    for item in document.iter_inner_content():
        yield ("table", item) if isinstance(item, Table) else ("p", item)


def plain_text(data: bytes) -> str:
    """Every body paragraph (empty ones too) and table cell as a line: what an
    export inside a Word file reads as text."""
    document = _open(data)
    out: list[str] = []
    for kind, item in _blocks(document):
        if kind == "p":
            out.append(item.text)
        else:
            for row in item.rows:
                out.extend(cell.text for cell in row.cells)
    return "\n".join(out) + "\n"


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    document = _open(data)
    meta: dict[str, Meta] = {}
    parts: list[str] = []
    offset = 0
    seen_body = False

    def add(text: str) -> tuple[int, int]:
        nonlocal offset
        start = offset
        parts.append(text)
        offset += len(text) + 2
        return start, start + len(text)

    for kind, item in _blocks(document):
        if kind == "table":
            labelled = None if seen_body else _label_table(item)
            if labelled:
                for key, value in labelled.items():
                    meta.setdefault(key, Meta(value, "docx: metadata table"))
                continue
            for row in item.rows:
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text:
                        add(text)
            continue
        text = item.text.strip()
        if not text:
            continue
        span = add(text)
        style = (item.style.name if item.style is not None else "") or ""
        if not seen_body and "title" not in meta and style.lower() in ("title", "heading 1"):
            meta["title"] = Meta(text, f"docx: {style} style", *span)
        if len(text.split()) >= 12:
            seen_body = True
    if not parts:
        raise Unreadable("no text in the document body")
    _header_outlet(document, meta)
    _core(document, meta)
    _first_link(document, meta)
    return [Extract("\n\n".join(parts) + "\n", meta)], "docx"


def _label_table(table) -> dict | None:
    rows = table.rows
    if not rows or len(rows) > 12:
        return None
    found: dict = {}
    for row in rows:
        cells = row.cells
        if len(cells) != 2:
            return None
        label = " ".join(cells[0].text.split()).rstrip(":").lower()
        value = " ".join(cells[1].text.split())
        field = _LABELS.get(label)
        if field and value:
            found[field] = _value(field, value)
    found = {k: v for k, v in found.items() if v}
    return found if len(found) >= 2 else None


def _value(field: str, value: str):
    if field == "authors":
        from briefing.corpus.segment import byline_names

        return byline_names(value)
    if field == "published":
        from briefing.corpus.dates import parse_date_line

        date = parse_date_line(value)
        return date.published if date else None
    return value


def _header_outlet(document, meta: dict) -> None:
    from briefing.corpus import outlets

    if "outlet" in meta:
        return
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            for piece in re.split(r"\s+[|·•—–-]\s+", paragraph.text.strip()):
                if piece and outlets.for_name(piece):
                    meta["outlet"] = Meta(piece, "docx: page header", fallback=True)
                    return


_PERSON = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,4}$")


def _core(document, meta: dict) -> None:
    from briefing.corpus import outlets

    core = document.core_properties
    title = (core.title or "").strip()
    if title and "title" not in meta:
        meta["title"] = Meta(title, "docx: core properties", fallback=True)
    author = (core.author or "").strip()
    if author and "authors" not in meta and _PERSON.match(author):
        meta["authors"] = Meta((author,), "docx: core properties", fallback=True)
    if core.created is not None and "published" not in meta:
        created = core.created
        value = created.date().isoformat()
        meta["published"] = Meta(value, "docx: core properties (created)", fallback=True)
    subject = (core.subject or "").strip()
    if subject and "outlet" not in meta and outlets.for_name(subject):
        meta["outlet"] = Meta(subject, "docx: core properties (subject)", fallback=True)


def _first_link(document, meta: dict) -> None:
    if "url" in meta:
        return
    for paragraph in document.paragraphs[:20]:
        for link in getattr(paragraph, "hyperlinks", ()):
            address = (link.address or "").strip()
            if address.startswith(("http://", "https://")):
                meta["url"] = Meta(address, "docx: hyperlink", fallback=True)
                return
