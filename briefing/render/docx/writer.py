"""Walks a :class:`~briefing.model.Brief` and writes it into a python-docx document.

Reading order is the brief's: cover block, table of contents, then each
section's blocks. Footnotes are numbered and worded by the shared
:class:`~briefing.render.notes.NoteTable`; the writer takes them in the same
reading order and checks each is the note it is placing, so the DOCX can
never disagree with the PDF, the Markdown or the JSON manifest.
"""

from __future__ import annotations

import io
from itertools import count
from typing import Iterable, assert_never

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Emu, Length
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from briefing.model import (
    Brief,
    BulletList,
    Cell,
    Emph,
    Excerpt,
    Inline,
    Link,
    Note,
    Paragraph as BriefParagraph,
    RenderOptions,
    Section,
    SourceList,
    Subheading,
    Table,
    Text,
    Timeline,
    collapse_ws,
)
from briefing.render.chart import timeline_chart
from briefing.render.docx import ooxml
from briefing.render.docx import styles as S
from briefing.render.notes import NoteTable, attribution_line, format_date, source_entry
from briefing.render.shared import anchor_span, brief_datetime
from briefing.render.shared import page_size as shared_page_size

__all__ = ["DocxWriter", "TOC_INSTRUCTION"]

MARGIN = Cm(2.2)
HEADER_DISTANCE = Cm(1.0)

TOC_INSTRUCTION = r'TOC \o "1-3" \h \z \u'
TOC_TITLE = "Contents"
TOC_EMPTY = "No sections. Right-click and choose Update Field to refresh."
FOOTER_TITLE_CHARS = 70


class DocxWriter:
    """Writes one brief into a fresh python-docx ``Document`` (use once)."""

    def __init__(self, brief: Brief, options: RenderOptions):
        self.brief = brief
        self.document: Document = new_document()
        self._notes = iter(NoteTable(brief))
        self._outline = _outline(brief)
        self._heading_numbers = count(1)  # the n-th heading placed is the outline's n-th entry
        self._date = brief_datetime(brief.date)
        self._text_width = self._set_up_page(options.page_size)
        S.apply_house_style(self.document, self._text_width)
        self._style_ids = S.style_ids(self.document)  # style name -> id
        ooxml.configure_settings(self.document.settings)
        self._footnotes = ooxml.add_footnotes_part(self.document)

    # ------------------------------------------------------------------ top level

    def write(self) -> Document:
        self._add_header_and_footer()
        self._add_cover()
        self._add_toc()
        for section in self.brief.sections:
            self._add_section(section)
        leftover = next(self._notes, None)
        if leftover is not None:
            raise RuntimeError(f"footnote {leftover.number} was numbered but never placed")
        if next(self._heading_numbers) != len(self._outline) + 1:
            raise RuntimeError("the DOCX writer and its outline disagree on the headings")
        self._set_properties()
        return self.document

    def _set_up_page(self, page_size: str) -> Length:
        """Size and margins of the page; returns the width of the text block."""
        width, height = (Emu(round(points * 12700)) for points in shared_page_size(page_size))
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = MARGIN
        section.top_margin = section.bottom_margin = MARGIN
        section.header_distance = section.footer_distance = HEADER_DISTANCE
        section.gutter = 0
        return Length(width - 2 * MARGIN)

    def _set_properties(self) -> None:
        brief = self.brief
        props = self.document.core_properties
        props.title = ooxml.xml_text(brief.title)
        props.subject = ooxml.xml_text(brief.subtitle)
        props.author = ooxml.xml_text(brief.author)
        props.last_modified_by = ooxml.xml_text(brief.author)
        props.keywords = ooxml.xml_text(", ".join(brief.keywords))
        props.comments = ""
        props.category = ""
        props.language = ooxml.xml_text(brief.language)
        props.revision = 1
        props.created = self._date
        props.modified = self._date

    # ------------------------------------------------------------------ page furniture

    def _add_header_and_footer(self) -> None:
        section = self.document.sections[0]
        marking = ooxml.xml_text(self.brief.marking).strip()

        header = section.header.paragraphs[0]
        self._set_style(header, S.HEADER)
        if marking:
            header.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._add_run(header, marking, S.MARKING)

        footer = section.footer.paragraphs[0]
        self._set_style(footer, S.FOOTER)
        footer.add_run(_shorten(ooxml.xml_text(self.brief.title), FOOTER_TITLE_CHARS))
        footer.add_run("\t\tPage ")
        ooxml.add_field(footer, "PAGE", "1")
        footer.add_run(" of ")
        ooxml.add_field(footer, "NUMPAGES", "1")
        if marking:
            banner = section.footer.add_paragraph()
            self._set_style(banner, S.FOOTER)
            banner.alignment = WD_ALIGN_PARAGRAPH.CENTER
            banner.paragraph_format.space_before = Cm(0.15)
            self._add_run(banner, marking, S.MARKING)

    def _add_cover(self) -> None:
        brief = self.brief
        self._add_paragraph(S.TITLE, ooxml.xml_text(brief.title))
        if brief.subtitle:
            self._add_paragraph(S.SUBTITLE, ooxml.xml_text(brief.subtitle))
        byline = [ooxml.xml_text(p) for p in (brief.author, format_date(brief.date) or brief.date)]
        self._add_paragraph(S.BYLINE, " \u00b7 ".join(p for p in byline if p))

    def _add_toc(self) -> None:
        """A TOC field whose cached result already lists the headings.

        Word recomputes it, page numbers included, on open (the field is
        dirty and the settings ask for updateFields). LibreOffice shows the
        cached result as it is and does not recompute fields inside it, so
        the cached entries are links to the headings without page numbers
        rather than numbers that could be wrong.
        """
        self._add_paragraph(S.TOC_HEADING, TOC_TITLE)
        if not self._outline:
            paragraph = self._add_paragraph(S.TOC[1])
            ooxml.begin_field(paragraph, TOC_INSTRUCTION, dirty=True)
            paragraph.add_run(TOC_EMPTY)
            ooxml.end_field(paragraph)
            return
        for number, (level, text) in enumerate(self._outline, 1):
            paragraph = self._add_paragraph(S.TOC[min(level, max(S.TOC))])
            if number == 1:
                ooxml.begin_field(paragraph, TOC_INSTRUCTION, dirty=True)
            ooxml.add_hyperlink(paragraph, text, anchor=_bookmark_name(number))
            if number == len(self._outline):
                ooxml.end_field(paragraph)

    # ------------------------------------------------------------------ sections and blocks

    def _set_style(self, target: Paragraph | Run, style: str) -> None:
        """Apply ``style`` (a name from ``styles``) by its id, without python-docx's lookup."""
        ooxml.set_style(target, self._style_ids[style])

    def _add_paragraph(self, style: str, text: str = "") -> Paragraph:
        """A body paragraph in ``style`` (a name from ``styles``)."""
        paragraph = self.document.add_paragraph(text)
        if style != S.NORMAL:
            self._set_style(paragraph, style)
        return paragraph

    def _add_run(self, paragraph: Paragraph, text: str, style: str) -> Run:
        run = paragraph.add_run(text)
        self._set_style(run, style)
        return run

    def _add_heading(self, text: str, level: int) -> Paragraph:
        paragraph = self._add_paragraph(S.HEADING[level], ooxml.xml_text(text))
        number = next(self._heading_numbers)
        ooxml.add_bookmark(paragraph, _bookmark_name(number), number)
        return paragraph

    def _add_section(self, section: Section) -> None:
        self._add_heading(section.title, 1)
        following = section.blocks[1:] + (None,)
        for block, next_block in zip(section.blocks, following):
            match block:
                case BriefParagraph():
                    paragraph = self._add_paragraph(S.NORMAL)
                    self._add_inlines(paragraph, block.content)
                    if next_block is not None and not isinstance(next_block, BriefParagraph):
                        # a paragraph that leads into a heading, an excerpt or a table
                        # ("Reported by 2 outlets:") stays on its page
                        paragraph.paragraph_format.keep_with_next = True
                case Subheading():
                    self._add_heading(block.text, 2)
                case Excerpt():
                    self._add_excerpt(block)
                case BulletList():
                    for item in block.items:
                        self._add_key_point(item)
                case SourceList():
                    for source in block.sources:
                        self._add_inlines(self._add_paragraph(S.SOURCE), source_entry(source))
                case Timeline():
                    self._add_timeline(block)
                case Table():
                    self._add_table(block)
                case _:
                    assert_never(block)

    def _add_excerpt(self, excerpt: Excerpt) -> None:
        """A Quote paragraph, then its attribution line as a paragraph beneath.

        Without a line the attribution paragraph is there, empty: two Quote
        paragraphs in a row would share one border box in Word and LibreOffice.
        """
        paragraph = self._add_cited_paragraph(S.QUOTE, excerpt)
        line = ooxml.xml_text(attribution_line(excerpt))
        self._add_paragraph(S.ATTRIBUTION, line)
        if not line:  # nothing to keep the quotation with
            paragraph.paragraph_format.keep_with_next = False

    def _add_timeline(self, block: Timeline) -> None:
        """The chart (described for screen readers, and in a caption), then each
        event: its number and date, how the date was worked out, the excerpt."""
        chart = timeline_chart(block, self._text_width.inches)
        picture = self._add_paragraph(S.NORMAL)
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        shape = picture.add_run().add_picture(io.BytesIO(chart.png), width=self._text_width)
        ooxml.describe_picture(shape, chart.alt)
        self._add_paragraph(S.ATTRIBUTION, ooxml.xml_text(chart.alt))
        for number, entry in enumerate(block.entries, 1):
            heading = self._add_paragraph(S.NORMAL)
            heading.paragraph_format.keep_with_next = True
            heading.paragraph_format.space_after = Cm(0.05)
            heading.add_run(ooxml.xml_text(f"{number} · {entry.label}")).bold = True
            heading.add_run().add_break()
            self._add_run(heading, ooxml.xml_text(entry.how), S.ATTRIBUTION_INLINE)
            self._add_excerpt(entry.excerpt)

    def _add_key_point(self, item: Excerpt) -> None:
        """A bullet, its attribution line inside it after a line break."""
        paragraph = self._add_cited_paragraph(S.KEY_POINT, item)
        line = ooxml.xml_text(attribution_line(item))
        if line:
            paragraph.add_run().add_break()
            self._add_run(paragraph, line, S.ATTRIBUTION_INLINE)

    def _add_table(self, block: Table) -> None:
        """A Word table: the caption above it, a bold header row repeated on every
        page, and cells whose excerpts carry real footnote references."""
        if block.caption:
            caption = self._add_paragraph(S.TABLE_CAPTION, ooxml.xml_text(block.caption))
            caption.paragraph_format.keep_with_next = True
        table = self.document.add_table(rows=1 + len(block.rows), cols=len(block.header))
        ooxml.style_table(table, self._style_ids[S.TABLE], widths=_column_weights(block))
        for cell, label in zip(table.rows[0].cells, block.header):
            self._add_run(cell.paragraphs[0], ooxml.xml_text(label), S.STRONG)
        ooxml.repeat_header(table.rows[0])
        for row, cells in zip(table.rows[1:], block.rows):
            for target, cell in zip(row.cells, cells):
                self._fill_cell(target.paragraphs[0], cell)
        self._add_paragraph(S.NORMAL)  # room after the table; Word joins adjacent tables

    def _fill_cell(self, paragraph: Paragraph, cell: Cell) -> None:
        self._set_style(paragraph, S.TABLE_TEXT)
        self._add_inlines(paragraph, cell.content)
        if cell.excerpt is not None:
            if cell.content:
                paragraph.add_run().add_break()
            self._add_annotated_text(paragraph, cell.excerpt)
            self._add_note_reference(paragraph, cell.excerpt.note)

    def _add_cited_paragraph(self, style: str, excerpt: Excerpt) -> Paragraph:
        """A paragraph of the excerpt's text, its analyst notes and its footnote marker."""
        paragraph = self._add_paragraph(style)
        self._add_annotated_text(paragraph, excerpt)
        self._add_note_reference(paragraph, excerpt.note)
        return paragraph

    # ------------------------------------------------------------------ inlines

    def _add_inlines(self, paragraph: Paragraph, content: Iterable[Inline]) -> None:
        for inline in content:
            match inline:
                case Text():
                    paragraph.add_run(ooxml.xml_text(inline.text))
                case Emph():
                    self._add_run(paragraph, ooxml.xml_text(inline.text), S.EMPHASIS)
                case Link():
                    self._add_link(paragraph, inline.text, inline.url)
                case Note():
                    self._add_note_reference(paragraph, inline)
                case _:
                    assert_never(inline)

    def _add_link(self, paragraph: Paragraph, text: str, url: str) -> Run:
        target = ooxml.safe_url(url)
        if target is None:  # not a web link: show it, do not make it clickable
            return paragraph.add_run(ooxml.xml_text(text))
        return ooxml.add_hyperlink(
            paragraph, text, url=target, style_id=self._style_ids[S.HYPERLINK]
        )

    def _add_note_reference(self, paragraph: Paragraph, note: Note) -> Run:
        numbered = next(self._notes, None)
        if numbered is None or numbered.note is not note:
            raise RuntimeError("the DOCX writer and the note table disagree on reading order")
        mark_id = self._style_ids[S.FOOTNOTE_REFERENCE]
        run = ooxml.add_footnote_reference(paragraph, numbered.number, mark_id)
        body = ooxml.add_footnote(
            self._footnotes, numbered.number, self._style_ids[S.FOOTNOTE_TEXT], mark_id
        )
        self._add_inlines(body, numbered.content)
        return run

    def _add_annotated_text(self, paragraph: Paragraph, excerpt: Excerpt) -> None:
        """The excerpt's text as runs, cut so each analyst note's anchor has its own runs.

        Each analyst note becomes a Word comment spanning exactly its anchor
        phrase (the whole excerpt when the anchor is absent or not found).
        """
        text = ooxml.xml_text(excerpt.text)
        spans = [(note, anchor_span(text, note.anchor)) for note in excerpt.notes]
        cuts = sorted({0, len(text)} | {i for _, span in spans for i in span})
        runs: list[tuple[int, Run]] = [
            (a, paragraph.add_run(text[a:b])) for a, b in zip(cuts, cuts[1:]) if a < b
        ]
        if not runs:
            runs = [(0, paragraph.add_run(""))]
        for note, (start, end) in spans:
            covered = [run for at, run in runs if start <= at < end] or [runs[0][1]]
            author = ooxml.xml_text(note.author or self.brief.author or "Analyst")
            comment = self.document.add_comment(
                covered, text=ooxml.xml_text(note.text), author=author, initials=_initials(author)
            )
            ooxml.set_comment_date(comment, self._date)


# ---------------------------------------------------------------------- helpers


def _column_weights(block: Table) -> tuple[float, ...]:
    """Relative column widths: a column that shows excerpts gets three shares."""
    return tuple(3.0 if any(row[i].excerpt is not None for row in block.rows) else 1.0
                 for i in range(len(block.header)))


def _outline(brief: Brief) -> list[tuple[int, str]]:
    """(level, text as the TOC shows it) of every heading, in order.

    The n-th entry's bookmark is :func:`_bookmark_name` (n), set on the n-th
    heading the writer places.
    """
    entries: list[tuple[int, str]] = []
    for section in brief.sections:
        entries.append((1, section.title))
        entries.extend((2, b.text) for b in section.blocks if isinstance(b, Subheading))
    return [(level, collapse_ws(ooxml.xml_text(text))) for level, text in entries]


def _bookmark_name(number: int) -> str:
    """The bookmark of the ``number``-th heading (1-based), named as Word names TOC targets."""
    return f"_Toc{number:08d}"


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalnum()).upper()[:9]


def _shorten(text: str, limit: int) -> str:
    text = collapse_ws(text)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
