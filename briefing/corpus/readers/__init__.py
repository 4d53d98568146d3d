"""Readers: one module per input kind, behind one seam.

A reader turns a file's bytes into one or more articles (:class:`Extract`):
the text that offsets index into, metadata with where each value came from
(:class:`Meta`), and whether the text opens with a header block that the
segmenter should classify line by line. Reading is a pure function of the
bytes and the file name: the same bytes always give the same text, which is
what lets ``verify`` re-read a source through the reader a brief recorded and
compare the text's sha256.

Each reader module defines::

    NAME        "html"                      recorded per source in the manifest
    SUFFIXES    (".html", ".htm", …)        the names it takes by default
    version()   "1 (trafilatura 2.3.1)"     ours, plus the extractor's when one is used
    sniff(head, name) -> bool               the bytes say this kind, whatever the name
    read(data, name) -> list[Extract]       raises Unreadable with one line of reason

:func:`choose` picks the reader: content first (a PDF named ``.docx`` is a
PDF, a web page saved as ``.txt`` is HTML, a text file that is a Nexis
export is an export), then the suffix. Adding a kind is one module and one
entry in :data:`READERS`.

::

    Unreadable      the file is of a kind we read but holds no usable article
                    (a login wall, a scanned PDF, a password, a broken zip)
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
import importlib
import re
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from types import ModuleType

__all__ = [
    "Extract",
    "Meta",
    "NO_READER",
    "READERS",
    "Reading",
    "Unreadable",
    "choose",
    "date_from_name",
    "library_version",
    "read_bytes",
    "reader",
    "text_sha256",
]

NO_READER = "no reader for this kind of file"

#: reader modules, in the order their ``sniff`` is asked
READERS = ("pdf", "nexis", "factiva", "docx", "rtf", "html", "markdown", "text")


class Unreadable(ValueError):
    """The file cannot give an article; ``str()`` is the reason (one line)."""


@dataclass(frozen=True)
class Meta:
    """A metadata value a reader found and where: ``origin`` names the place
    ("html:json-ld", "nexis:BYLINE", "docx:core", "file name"…); ``start`` and
    ``end`` locate it in the article text when the text states it.
    ``fallback`` values give way to anything the text header says (a Word
    file's core properties often name whoever saved it)."""

    value: object
    origin: str
    start: int | None = None
    end: int | None = None
    fallback: bool = False


@dataclass(frozen=True)
class Extract:
    """One article as a reader produced it: plain data."""

    text: str
    metadata: dict[str, Meta] = field(default_factory=dict)
    header: bool = True  # the text opens with a headline/byline/date block
    part: int | None = None  # 1-based position in a multi-article file
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    reader: str
    version: str
    encoding: str | None
    articles: tuple[Extract, ...]
    warnings: tuple[str, ...] = ()


def reader(name: str) -> ModuleType:
    if name not in READERS:
        raise KeyError(name)
    return importlib.import_module(f"briefing.corpus.readers.{name}")


def suffixes() -> dict[str, str]:
    """suffix → reader name, for the suffixes some reader takes by default."""
    out: dict[str, str] = {}
    for name in READERS:
        for suffix in reader(name).SUFFIXES:
            out.setdefault(suffix, name)
    return out


def choose(name: str, data: bytes) -> str | None:
    """The reader for a file: what its bytes are first, then its name."""
    head = data[:65536]
    for candidate in READERS:
        if reader(candidate).sniff(head, name):
            return candidate
    suffix = PurePosixPath(name).suffix.lower()
    return suffixes().get(suffix)


_KIND_WORDS = {"pdf": "a PDF", "docx": "a Word file", "rtf": "an RTF file", "html": "a web page",
               "nexis": "a Nexis export", "factiva": "a Factiva export", "markdown": "Markdown",
               "text": "plain text"}


def read_bytes(data: bytes, name: str, reader_name: str | None = None) -> Reading:
    """Read a file's bytes with the named reader, or the one :func:`choose` picks.

    Raises :class:`Unreadable` when no reader takes the file or the file holds
    no article."""
    chosen = reader_name or choose(name, data)
    if chosen is None:
        raise Unreadable(NO_READER)
    module = reader(chosen)
    if _is_brief(data, chosen):
        raise Unreadable("a brief made by briefing, not an article")
    warnings: list[str] = []
    suffix = PurePosixPath(name).suffix.lower()
    usual = suffixes().get(suffix)
    if reader_name is None and suffix and usual is not None and usual != chosen and \
            not _same_family(usual, chosen):
        warnings.append(f"named {suffix} but is {_KIND_WORDS.get(chosen, chosen)}; read as such")
    try:
        articles, encoding = module.read(data, name)
    except (Unreadable, MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a reader's bug or a library's on a strange file: one warning, not a failed build
        raise Unreadable(f"the {chosen} reader failed on it ({type(exc).__name__}: {exc})") from None
    if not articles:
        raise Unreadable("no article found")
    if len(articles) == 1 and "published" not in articles[0].metadata:
        dated = date_from_name(name)  # every reader's last resort: a date in the file's name
        if dated is not None:
            articles = [replace(articles[0], metadata={**articles[0].metadata, "published": dated})]
    return Reading(chosen, module.version(), encoding, tuple(articles), tuple(warnings))


def _is_brief(data: bytes, chosen: str) -> bool:
    """A brief briefing wrote (it carries its manifest): never an article, even
    when the output folder sits inside the corpus folder. (The PDF reader
    looks for the attached manifest itself.)"""
    if chosen in ("markdown", "text"):
        head = data[:4096]
        return head.startswith(b"---") and b"\nbriefing-build:" in head
    if chosen == "docx":
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    if info.filename.startswith("customXml/item") and info.file_size < 64 * 1024 * 1024:
                        if b"urn:briefing:manifest" in archive.read(info)[:4096]:
                            return True
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
            return False
    return False


def _same_family(usual: str, chosen: str) -> bool:
    """An export saved as .txt or .docx, Markdown saved as .txt: no surprise."""
    return chosen in ("nexis", "factiva") or {usual, chosen} == {"text", "markdown"}


@lru_cache(maxsize=None)
def library_version(name: str) -> str:
    """The installed version of a library a reader uses (asked once per process)."""
    from importlib.metadata import version

    return version(name)


def text_sha256(text: str) -> str:
    """sha256 of a reader's text (UTF-8, lone surrogates escaped)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_name(name: str) -> Meta | None:
    """An ISO date in the file name (2016-07-05-grain-deal.txt), as a fallback."""
    import datetime as _dt

    match = _NAME_DATE.search(PurePosixPath(name).name)
    if not match:
        return None
    try:
        value = _dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None
    return Meta(value, "file name", fallback=True)
