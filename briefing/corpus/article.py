"""What the corpus layer produces: an Article with exact offsets.

Every span here indexes ``Article.text``: the file's text as decoded, with
newline translation off, so ``text[start:end]`` is exactly the characters
the span claims. Cleaning never edits the text; it only decides which
spans are body (paragraphs), which are metadata and which are noise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Article", "Entry", "Field", "Heading", "Metadata", "Paragraph", "Sentence"]


@dataclass(frozen=True)
class Field:
    """A metadata value and where it came from: "manifest", "text" (the article
    text's header states it, at ``start``:``end``), a reader's place for it
    ("html:json-ld", "nexis:BYLINE", "docx:core"…), "url" (the news-domain
    table, from the article's URL), "file name", or None."""

    value: object = None
    origin: str | None = None
    start: int | None = None  # where the text states it, when origin == "text"
    end: int | None = None


@dataclass(frozen=True)
class Metadata:
    title: Field = field(default_factory=Field)
    outlet: Field = field(default_factory=Field)
    outlet_short: Field = field(default_factory=Field)
    authors: Field = field(default_factory=lambda: Field(()))  # tuple[str, ...]
    published: Field = field(default_factory=Field)  # ISO date or date-time string
    url: Field = field(default_factory=Field)
    via: Field = field(default_factory=Field)
    contributors: Field = field(default_factory=lambda: Field(()))


@dataclass(frozen=True)
class Entry:
    """A live-blog entry: from one timestamp line to the next.

    Entry 0 is what precedes the first timestamp (the blog's opening). Its
    time is None; readers fall back to the article's published date.
    """

    index: int
    start: int
    end: int
    time: str | None = None  # ISO date-time, "2015-10-22T00:02Z"
    author: str | None = None  # from a leading byline in the entry, if any


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based among body paragraphs (the ¶ of footnotes)
    start: int
    end: int
    entry: int | None = None  # Entry.index for live blogs, else None
    author: str | None = None  # live-blog signature that covers it, if any


@dataclass(frozen=True)
class Sentence:
    index: int  # 1-based in the article
    start: int
    end: int
    paragraph: int  # Paragraph.index


@dataclass(frozen=True)
class Heading:
    """A subhead or post headline inside the body: structure, not excerptable."""

    start: int
    end: int
    entry: int | None = None


@dataclass(frozen=True)
class Article:
    id: str
    path: str  # relative to the corpus root, "/"-separated
    text: str
    sha256: str
    encoding: str
    metadata: Metadata
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    headings: tuple[Heading, ...] = ()
    entries: tuple[Entry, ...] = ()
    noise: tuple[tuple[int, int, str], ...] = ()  # (start, end, rule name) removed from the body
    warnings: tuple[str, ...] = ()
    reader: str = "text"  # the reader that made ``text`` from the file (corpus/readers/)
    reader_version: str = "1"
    text_sha256: str = ""  # of ``text`` as UTF-8: what verify compares after re-reading
    part: int | None = None  # 1-based position in a multi-article file (id "file#3")

    @property
    def published_order(self) -> str:
        """The publication date as a sort key: earlier first, undated last."""
        return str(self.metadata.published.value or "9999")

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def paragraph(self, index: int) -> Paragraph:
        return self.paragraphs[index - 1]

    def entry_of(self, paragraph: Paragraph) -> Entry | None:
        if paragraph.entry is None or not self.entries:
            return None
        return self.entries[paragraph.entry]

    def sentences_in(self, paragraph: Paragraph) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.paragraph == paragraph.index)
