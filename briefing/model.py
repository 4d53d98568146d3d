"""The Brief: the one document model between the assembler and the renderers.

Plain frozen data, no I/O, and no import of anything else in the project
(like Pandoc's ``Definition.hs``). The assembler builds a :class:`Brief`;
every renderer takes a ``Brief`` (plus :class:`RenderOptions`) and nothing
else, so a renderer never sees YAML or article files.

Shape::

    Brief
      ├─ sources: Source…          every article the brief cites (with sha256)
      └─ sections: Section…
           └─ blocks: Paragraph | Subheading | Excerpt | BulletList | SourceList | Table | Timeline
                └─ inlines: Text | Emph | Link | Note      (Table → rows → Cell: inlines or an Excerpt)

A footnote is a :class:`Note` inline placed where its marker goes. It carries
citations, never a number: each writer numbers notes itself through one
shared helper (``briefing.render.notes``) so every format agrees.

An :class:`Excerpt` is verbatim: ``text`` equals the cited spans' ``exact``
with whitespace runs collapsed, joined by :data:`ELISION` when the excerpt
is made of several spans. It copies the attribution it needs (speaker,
outlet, date) so that renderers need nothing but the brief.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Union, assert_never, get_args

__all__ = [
    "ELISION",
    "AnalystNote",
    "Attribution",
    "BLOCK_TYPES",
    "INLINE_TYPES",
    "Block",
    "Brief",
    "BulletList",
    "Cell",
    "Citation",
    "Emph",
    "Excerpt",
    "Inline",
    "Link",
    "Note",
    "Paragraph",
    "RenderOptions",
    "Section",
    "Source",
    "SourceList",
    "Speaker",
    "Subheading",
    "Table",
    "Text",
    "Timeline",
    "TimelineEntry",
    "collapse_ws",
    "date_interval",
    "iter_notes",
    "plain_text",
    "section_notes",
]

#: Shown between two cited spans of one excerpt.
ELISION = " … "


# Words that make a byline name an organisation ("VOA News", "Staff reporters").
def collapse_ws(text: str) -> str:
    """Collapse every whitespace run to one space and strip the ends.

    This is the one normalisation allowed between a cited span and what a
    reader sees (provenance contract).
    """
    return " ".join(text.split())


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    """One article the brief cites, with what a note or a source list shows."""

    id: str  # stable slug of the file name
    path: str  # as given in the manifest: relative to the corpus folder
    sha256: str  # of the file's bytes
    title: str | None = None
    outlet: str | None = None
    outlet_short: str | None = None  # for attribution lines ("VOA")
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601 date or date-time
    url: str | None = None
    via: str | None = None  # the site a reprint was saved from
    reader: str = "text"  # the reader that made the text offsets index (corpus/readers/)
    reader_version: str | None = None
    text_sha256: str | None = None  # of that text, as UTF-8


@dataclass(frozen=True)
class Citation:
    """A machine locator into one source (the provenance contract).

    ``text[start:end] == exact`` on the source as decoded with newline
    translation off; ``prefix``/``suffix`` (up to 32 characters) make a W3C
    TextQuoteSelector that can re-anchor the span if offsets drift.
    ``paragraph`` and ``sentence`` are 1-based in the cleaned body.
    """

    source: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    paragraph: int = 0
    sentence: int = 0


# --------------------------------------------------------------------------- inlines


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Emph:
    text: str


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Note:
    """A footnote at this point of the text, citing one or more spans.

    Several citations in one note are sources that report the same words.
    The note's wording (Chicago style, short form on repeat) is made by the
    renderers' shared helper, from the citations and the brief's sources.
    """

    citations: tuple[Citation, ...]


Inline = Union[Text, Emph, Link, Note]
#: every inline type; each writer handles each one (tests send every type through every writer)
INLINE_TYPES: tuple[type, ...] = get_args(Inline)


def plain_text(content: tuple[Inline, ...]) -> str:
    """The words of inlines, without note markers."""
    out: list[str] = []
    for inline in content:
        match inline:
            case Text() | Emph() | Link():
                out.append(inline.text)
            case Note():
                pass
            case _:
                assert_never(inline)
    return "".join(out)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Attribution:
    """What the line under an excerpt says: who, where, when."""

    speaker: Speaker | None = None
    outlet: str | None = None  # short outlet name
    date: str | None = None  # ISO date or date-time (a live-blog entry's time)
    author: str | None = None  # byline of the article or live-blog entry


@dataclass(frozen=True)
class AnalystNote:
    """An analyst's annotation anchored on a phrase of one excerpt."""

    text: str
    anchor: str | None = None  # a phrase of the excerpt's text; None = whole excerpt
    author: str | None = None


@dataclass(frozen=True)
class Paragraph:
    content: tuple[Inline, ...]


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Excerpt:
    """A verbatim excerpt with its footnote, attribution and annotations."""

    text: str
    note: Note
    attribution: Attribution = field(default_factory=Attribution)
    score: float = 0.0
    matched: tuple[str, ...] = ()
    notes: tuple[AnalystNote, ...] = ()
    kind: str = "excerpt"  # "excerpt" or "quote"
    theme: str | None = None

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.note.citations


@dataclass(frozen=True)
class BulletList:
    """A list of excerpts shown as bullets (key points)."""

    items: tuple[Excerpt, ...]


@dataclass(frozen=True)
class SourceList:
    """The list of sources, in the order given."""

    sources: tuple[Source, ...]


def date_interval(value: str) -> tuple[_dt.date, _dt.date]:
    """First and last day an ISO date value covers: "2015-09" → 1 and 30 Sep
    2015; "2015-10-19/2015-10-20" → 19 and 20 Oct; "2015-10-21T09:20" → that day."""

    def side(text: str, last: bool) -> _dt.date:
        if re.fullmatch(r"\d{4}", text):
            return _dt.date(int(text), 12, 31) if last else _dt.date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:7])
            if not last:
                return _dt.date(year, month, 1)
            return _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
        return _dt.date.fromisoformat(text[:10])

    first, _, second = value.partition("/")
    return side(first, False), side(second or first, True)


@dataclass(frozen=True)
class TimelineEntry:
    """One dated event: its date as resolved, how, and the sentence that reports it.

    ``date`` is an ISO value at its ``granularity``: "2015-10-20" (day),
    "2015-10-12/2015-10-18" (week), "2015-09" (month), "2015" (year),
    "2015-10-19/2015-10-20" (range), "2015-10-21T09:20" (time). ``label`` is
    the date as a reader wants it ("Tue 20 Oct 2015", "week of 12 Oct 2015");
    ``how`` says how it was worked out ("“Tuesday” in an article published
    Wed 21 Oct 2015"). The excerpt's note cites every outlet that reports the
    event; its text is the first citation's.
    """

    date: str
    granularity: str
    label: str
    how: str
    excerpt: Excerpt


@dataclass(frozen=True)
class Timeline:
    """Events in date order: writers show them as a chart and a list (or a table)."""

    entries: tuple[TimelineEntry, ...]



@dataclass(frozen=True)
class Cell:
    """One cell of a :class:`Table`: inlines (which may hold notes), then, when
    given, a cited verbatim excerpt with its footnote marker. A cell's excerpt
    shows no attribution line: the row's other cells say who and when."""

    content: tuple[Inline, ...] = ()
    excerpt: Excerpt | None = None


@dataclass(frozen=True)
class Table:
    """A table: a caption, a header row of plain labels, and rows of cells.

    Every row has as many cells as the header has labels."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str | None = None

    def __post_init__(self):
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError(f"a table row has {len(row)} cells for {len(self.header)} columns")



Block = Union[Paragraph, Subheading, Excerpt, BulletList, SourceList, Table, Timeline]
#: every block type; each writer handles each one (tests send every type through every writer)
BLOCK_TYPES: tuple[type, ...] = get_args(Block)


@dataclass(frozen=True)
class Section:
    id: str  # slug, unique in the brief (anchors, bookmarks)
    title: str
    kind: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Brief:
    title: str
    date: str  # ISO date of the brief
    sections: tuple[Section, ...]
    sources: tuple[Source, ...] = ()
    subtitle: str | None = None
    author: str | None = None
    marking: str | None = None
    keywords: tuple[str, ...] = ()
    language: str = "en"
    config_path: str | None = None  # the config, relative to the folder the brief is written to
    config_sha256: str | None = None
    corpus_path: str | None = None  # the corpus folder, relative to the folder the brief is written to

    def source(self, source_id: str) -> Source | None:
        for src in self.sources:
            if src.id == source_id:
                return src
        return None


@dataclass(frozen=True)
class RenderOptions:
    """Layout choices that are not part of the document itself."""

    page_size: str = "A4"  # "A4" or "letter"


# --------------------------------------------------------------------------- walking


def _block_notes(block: Block):
    match block:
        case Paragraph():
            yield from (inline for inline in block.content if isinstance(inline, Note))
        case Excerpt():
            yield block.note
        case BulletList():
            yield from (item.note for item in block.items)
        case Timeline():
            yield from (entry.excerpt.note for entry in block.entries)
        case Table():
            for row in block.rows:
                for cell in row:
                    yield from (inline for inline in cell.content if isinstance(inline, Note))
                    if cell.excerpt is not None:
                        yield cell.excerpt.note
        case Subheading() | SourceList():
            pass
        case _:
            assert_never(block)


def iter_notes(brief: Brief):
    """Yield every Note of the brief in reading order (marker order)."""
    yield from section_notes(brief.sections)


def section_notes(sections):
    """Yield every Note of these sections in reading order."""
    for section in sections:
        for block in section.blocks:
            yield from _block_notes(block)
