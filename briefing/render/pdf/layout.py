"""The brief as a platypus story: styles, flowables, page templates.

:func:`build_document` returns a fresh doc template and story for one render
(frames and flowables are stateful, so nothing here is shared between
renders). The footnote machinery lives in :mod:`.footnotes`; this module
only words markers and notes (through ``NoteTable``) and decides the look.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import assert_never

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.flowables import Flowable, HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from briefing.model import (
    AnalystNote,
    Brief,
    BulletList,
    Emph,
    Excerpt,
    Inline,
    Link,
    Note,
    Paragraph as ParagraphBlock,
    RenderOptions,
    Section,
    SourceList,
    Subheading,
    Table as TableBlock,
    Text,
    Timeline,
)
from briefing.render.chart import alt_text, timeline_chart
from briefing.render.notes import (
    NoteTable,
    NumberedNote,
    attribution_line,
    format_date,
    source_entry,
)

from briefing.render.shared import anchor_span, clean_text, link_target, page_size

from .fonts import FontSet
from .footnotes import (
    FootnoteArea,
    FootnoteDocTemplate,
    FootnoteFrame,
    MeasuredParagraph,
    marker_markup,
    note_anchor,
)

__all__ = ["build_document"]


# ------------------------------------------------------------------ look

INK = colors.HexColor("#1a1a1a")
NAVY = colors.HexColor("#1b365d")
MUTED_HEX = "#5b6472"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#a7b0bc")
LINK = "#1f4e8c"
QUOTE_BAR = colors.HexColor("#8aa4c8")
NOTE_BG = colors.HexColor("#fbf4de")
NOTE_BORDER = colors.HexColor("#d8b656")
HIGHLIGHT = "#f7e5a6"
TABLE_HEAD_BG = colors.HexColor("#e8eef6")
TABLE_RULE = colors.HexColor("#c9d3df")
ANNOTATION_COLOR = (0.85, 0.71, 0.34)

SERIF, SERIF_BOLD, SERIF_ITALIC = "BriefSerif", "BriefSerif-Bold", "BriefSerif-Italic"
SANS, SANS_BOLD, SANS_ITALIC = "BriefSans", "BriefSans-Bold", "BriefSans-Italic"

MARGIN_X = 24 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 24 * mm
QUOTE_INDENT = 20.0

COLOPHON = (
    "Excerpts are quoted verbatim and footnoted to the paragraph of the article they come "
    "from; the sources are listed at the end. A machine-readable manifest of every citation "
    "(briefing-manifest.json) is attached to this PDF so that the brief can be verified "
    "against its sources."
)

_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=10, leading=14.2, textColor=INK, alignment=TA_LEFT,
        spaceAfter=7, allowWidows=0,
    )
    styles = {
        "body": body,
        "title": ParagraphStyle(
            "title", fontName=SANS_BOLD, fontSize=23, leading=28, textColor=NAVY, spaceAfter=6,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=SERIF_ITALIC, fontSize=12.5, leading=17, textColor=MUTED,
            spaceAfter=14,
        ),
        "colophon": ParagraphStyle(
            "colophon", fontName=SANS, fontSize=7.8, leading=11, textColor=MUTED,
        ),
        "meta_label": ParagraphStyle(
            "meta_label", fontName=SANS, fontSize=8, leading=11, textColor=MUTED,
        ),
        "meta_value": ParagraphStyle(
            "meta_value", fontName=SERIF, fontSize=9.5, leading=12, textColor=INK,
        ),
        "contents": ParagraphStyle(
            "contents", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=NAVY,
            spaceBefore=26, spaceAfter=8,
        ),
        "toc0": ParagraphStyle(
            "toc0", fontName=SANS, fontSize=10, leading=17, textColor=INK, leftIndent=0,
            rightIndent=24,
        ),
        "h1": ParagraphStyle(
            "h1", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=NAVY, spaceBefore=16,
            spaceAfter=9, keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", fontName=SANS_BOLD, fontSize=10.5, leading=14, textColor=MUTED, spaceBefore=8,
            spaceAfter=5, keepWithNext=1,
        ),
        "quote": ParagraphStyle(
            "quote", parent=body, leftIndent=QUOTE_INDENT, rightIndent=QUOTE_INDENT,
            spaceBefore=4, spaceAfter=2, keepWithNext=1,
        ),
        "attribution": ParagraphStyle(
            "attribution", fontName=SANS, fontSize=8, leading=11, textColor=MUTED,
            leftIndent=QUOTE_INDENT, rightIndent=QUOTE_INDENT, spaceAfter=11, allowWidows=0,
        ),
        "analyst": ParagraphStyle(
            "analyst", fontName=SANS, fontSize=8.3, leading=11.3, textColor=INK,
            leftIndent=QUOTE_INDENT + 6, rightIndent=QUOTE_INDENT + 6, backColor=NOTE_BG,
            borderColor=NOTE_BORDER, borderWidth=0.6, borderPadding=(5, 6, 5, 6),
            spaceBefore=3, spaceAfter=13,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=16, bulletIndent=3, bulletFontName=SANS_BOLD,
            bulletFontSize=10, bulletColor=NAVY, spaceAfter=8,
        ),
        "source": ParagraphStyle(
            "source", parent=body, fontSize=9, leading=12.6, leftIndent=18, bulletIndent=0,
            bulletFontName=SANS, bulletFontSize=8.5, bulletColor=MUTED, spaceAfter=7,
        ),
        "table_caption": ParagraphStyle(
            "table_caption", fontName=SANS_BOLD, fontSize=9.5, leading=13, textColor=NAVY,
            spaceBefore=6, spaceAfter=4, keepWithNext=1,
        ),
        "table_head": ParagraphStyle(
            "table_head", fontName=SANS_BOLD, fontSize=8.3, leading=10.5, textColor=NAVY,
        ),
        "table_cell": ParagraphStyle(
            "table_cell", fontName=SERIF, fontSize=8.8, leading=11.4, textColor=INK,
        ),
        "footnote": ParagraphStyle(
            "footnote", fontName=SERIF, fontSize=7.6, leading=9.6, textColor=INK,
            leftIndent=11, bulletIndent=0, bulletFontName=SERIF, bulletFontSize=7.6,
            bulletColor=colors.HexColor(LINK),
        ),
    }
    styles["event_date"] = ParagraphStyle(
        "event_date", fontName=SANS_BOLD, fontSize=9.5, leading=12.5, textColor=NAVY,
        spaceBefore=5, spaceAfter=1, keepWithNext=1,
    )
    styles["caption"] = ParagraphStyle(
        "caption", fontName=SANS, fontSize=7.8, leading=10.5, textColor=MUTED, spaceBefore=3,
        spaceAfter=10,
    )
    # Kept with what follows: the analyst note box under an excerpt or key point; a
    # section's opening paragraphs, with its first entry.
    for name in ("attribution", "bullet", "body"):
        styles[f"{name}_kept"] = ParagraphStyle(f"{name}_kept", parent=styles[name], keepWithNext=1)
    return styles


# ------------------------------------------------------------------ flowables


class SectionHeading(MeasuredParagraph):
    """A section title: a bookmark, an outline entry and a TOC line."""

    def __init__(self, text, style, *, key: str = "", title: str = "", toc_markup: str = "",
                 **kwargs):
        super().__init__(text, style, **kwargs)
        self.key = key
        self.title = title
        self.toc_markup = toc_markup

    def draw(self):
        if self.key:
            self.canv.bookmarkHorizontal(self.key, 0, self.height + self.style.spaceBefore / 2)
        super().draw()


class QuoteParagraph(MeasuredParagraph):
    """A block quotation with a rule down its left edge (on every piece of a split)."""

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(QUOTE_BAR)
        canv.setLineWidth(2.2)
        x = self.style.leftIndent - 9
        canv.line(x, 1.5, x, self.height - 1)
        canv.restoreState()
        super().draw()


class AnalystNoteBox(MeasuredParagraph):
    """An analyst note: a tinted box, plus a PDF text annotation beside it."""

    def __init__(self, text, style, *, note: AnalystNote | None = None, **kwargs):
        super().__init__(text, style, **kwargs)
        self.note = note

    def split(self, availWidth, availHeight):
        pieces = super().split(availWidth, availHeight)
        if len(pieces) > 1:
            pieces[0].note = self.note  # the annotation goes with the box's first piece
        return pieces

    def draw(self):
        super().draw()
        note = self.note
        if note is None:
            return
        contents = clean_text(note.text)
        if note.anchor:
            contents = f"On \u201c{clean_text(note.anchor)}\u201d: {contents}"
        right = self.width - self.style.rightIndent
        top = self.height
        extras = {"Name": PDFName("Comment"), "Color": ANNOTATION_COLOR}
        if note.author:
            extras["T"] = PDFString(clean_text(note.author))
        self.canv.textAnnotation(
            contents, Rect=(right + 10, top - 14, right + 24, top), relative=1, **extras
        )


class AtFootOfFrame(Flowable):
    """A flowable set at the bottom of the room left in the frame."""

    def __init__(self, content: Flowable):
        super().__init__()
        self.content = content

    def wrap(self, availWidth, availHeight):
        _, height = self.content.wrap(availWidth, availHeight)
        self.width = availWidth
        self.height = max(height, availHeight)
        return self.width, self.height

    def draw(self):
        self.content.drawOn(self.canv, 0, 0)


class PageTotal(IndexingFlowable):
    """Knows the page count of the previous pass, for "Page X of Y".

    It is an indexing flowable so ``multiBuild`` runs again until the total
    it showed equals the pages the pass produced.
    """

    def __init__(self):
        super().__init__()
        self.doc = None
        self.total: int | None = None
        self._shown: int | None = None

    def wrap(self, availWidth, availHeight):
        return (0, 0)

    def draw(self):
        pass

    def beforeBuild(self):
        self._shown = self.total

    def afterBuild(self):
        self.total = self.doc.page

    def isSatisfied(self):
        return self._shown == self.total


# ------------------------------------------------------------------ words → markup


@dataclass
class _Context:
    brief: Brief
    fonts: FontSet
    styles: dict[str, ParagraphStyle]
    notes: NoteTable
    note_markup: dict[int, str]
    text_width: float = 0.0

    def number(self, note: Note) -> int:
        """The note's number (NoteTable's), remembering its text for the notes area."""
        numbered = self.notes.lookup(note)
        self.note_markup[numbered.number] = self._note_text(numbered)
        return numbered.number

    def _note_text(self, numbered: NumberedNote) -> str:
        return note_anchor(numbered.number) + self.inlines(numbered.content, SERIF)

    def text(self, text: str, face: str = SERIF) -> str:
        return self.fonts.markup(text, face)

    def link(self, text: str, url: str, face: str = SERIF) -> str:
        shown = self.text(text, face)
        target = link_target(url)
        if target is None:
            return shown
        href = self.fonts.markup(target, attribute=True)
        return f'<a href="{href}" color="{LINK}">{shown}</a>'

    def marker(self, note: Note) -> str:
        return marker_markup(self.number(note), LINK)

    def inlines(self, content: tuple[Inline, ...], face: str = SERIF) -> str:
        italic = {SERIF: SERIF_ITALIC, SANS: SANS_ITALIC}.get(face, face)
        out = []
        for inline in content:
            match inline:
                case Text():
                    out.append(self.text(inline.text, face))
                case Emph():
                    out.append(f'<font face="{italic}">{self.text(inline.text, italic)}</font>')
                case Link():
                    out.append(self.link(inline.text, inline.url, face))
                case Note():
                    out.append(self.marker(inline))
                case _:
                    assert_never(inline)
        return "".join(out)


def _anchor_spans(text: str, notes: tuple[AnalystNote, ...]) -> list[tuple[int, int]]:
    """What to highlight: each anchored note's phrase (``shared.anchor_span``,
    as the DOCX comments mark it), overlapping phrases merged."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(anchor_span(text, n.anchor) for n in notes if n.anchor):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _excerpt_text(ctx: _Context, excerpt: Excerpt) -> str:
    """The verbatim text, anchor phrases of analyst notes highlighted."""
    text = excerpt.text
    out, pos = [], 0
    for start, end in _anchor_spans(text, excerpt.notes):
        out.append(ctx.text(text[pos:start]))
        out.append(f'<span backColor="{HIGHLIGHT}">{ctx.text(text[start:end])}</span>')
        pos = end
    out.append(ctx.text(text[pos:]))
    return "".join(out)


def _analyst_boxes(ctx: _Context, excerpt: Excerpt) -> list:
    boxes = []
    for note in excerpt.notes:
        label = f'<font face="{SANS_BOLD}" color="#8a6a12">ANALYST NOTE</font>'
        if note.anchor:
            label += (
                f' <font face="{SANS_ITALIC}" color="#6b5a2a">on \u201c'
                f"{ctx.text(note.anchor, SANS_ITALIC)}\u201d</font>"
            )
        body = ctx.text(note.text, SANS)
        byline = ""
        if note.author:
            byline = f' <font color="#6b5a2a">\u2014 {ctx.text(note.author, SANS)}</font>'
        boxes.append(
            AnalystNoteBox(f"{label}<br/>{body}{byline}", ctx.styles["analyst"], note=note)
        )
    return boxes


def _excerpt(ctx: _Context, excerpt: Excerpt) -> list:
    styles = ctx.styles
    flowables: list = [
        QuoteParagraph(_excerpt_text(ctx, excerpt) + ctx.marker(excerpt.note), styles["quote"])
    ]
    line = attribution_line(excerpt)
    if line:
        style = styles["attribution_kept" if excerpt.notes else "attribution"]
        flowables.append(MeasuredParagraph(ctx.text(line, SANS), style))
    else:
        flowables.append(Spacer(0, styles["attribution"].spaceAfter))
    flowables.extend(_analyst_boxes(ctx, excerpt))
    return flowables


def _bullets(ctx: _Context, block: BulletList) -> list:
    flowables: list = []
    for item in block.items:
        text = _excerpt_text(ctx, item) + ctx.marker(item.note)
        line = attribution_line(item)
        if line:
            text += f'<br/><font face="{SANS}" size="8" color="{MUTED_HEX}">{ctx.text(line, SANS)}</font>'
        style = ctx.styles["bullet_kept" if item.notes else "bullet"]
        flowables.append(MeasuredParagraph(text, style, bulletText="\u2022"))
        flowables.extend(_analyst_boxes(ctx, item))
    return flowables


class ChartFlowable(Flowable):
    """The timeline chart (``render/chart.py``), drawn at the frame's width."""

    def __init__(self, block: Timeline):
        super().__init__()
        self.block = block
        self._chart = None

    def wrap(self, availWidth, availHeight):
        if self._chart is None or abs(self._chart.width_inches * 72 - availWidth) > 0.5:
            self._chart = timeline_chart(self.block, availWidth / 72)
        self.width = availWidth
        self.height = self._chart.height_inches * 72
        return self.width, self.height

    def draw(self):
        from reportlab.lib.utils import ImageReader

        image = ImageReader(io.BytesIO(self._chart.png))
        self.canv.drawImage(image, 0, 0, self.width, self.height)


def _timeline(ctx: _Context, block: Timeline) -> list:
    """The chart and its description, then each event: number and date, how
    the date was worked out, and the excerpt with its footnote."""
    flowables: list = [ChartFlowable(block),
                       MeasuredParagraph(ctx.text(alt_text(block), SANS), ctx.styles["caption"])]
    for number, entry in enumerate(block.entries, 1):
        how = f'<font face="{SANS}" size="8" color="{MUTED_HEX}">{ctx.text(entry.how, SANS)}</font>'
        flowables.append(MeasuredParagraph(
            f"{ctx.text(f'{number} · {entry.label}', SANS_BOLD)}<br/>{how}", ctx.styles["event_date"]))
        flowables.extend(_excerpt(ctx, entry.excerpt))
    return flowables


def _sources(ctx: _Context, block: SourceList) -> list:
    return [
        MeasuredParagraph(
            ctx.inlines(source_entry(source)), ctx.styles["source"], bulletText=f"{i}."
        )
        for i, source in enumerate(block.sources, 1)
    ]


def _table(ctx: _Context, block: TableBlock) -> list:
    """A table whose header row repeats on every page; cells are paragraphs, so
    their markers are found by the footnote frame like any paragraph's. A
    column that shows excerpts gets three shares of the width."""
    styles = ctx.styles
    flowables: list = []
    if block.caption:
        flowables.append(MeasuredParagraph(ctx.text(block.caption, SANS_BOLD), styles["table_caption"]))
    weights = [3.0 if any(row[i].excerpt is not None for row in block.rows) else 1.0
               for i in range(len(block.header))]
    width = ctx.text_width
    widths = [width * w / sum(weights) for w in weights]
    data = [[MeasuredParagraph(ctx.text(label, SANS_BOLD), styles["table_head"]) for label in block.header]]
    for row in block.rows:
        cells = []
        for cell in row:
            markup = ctx.inlines(cell.content, SANS) if cell.content else ""
            if cell.excerpt is not None:
                markup += ("<br/>" if markup else "") + _excerpt_text(ctx, cell.excerpt) \
                    + ctx.marker(cell.excerpt.note)
            cells.append(MeasuredParagraph(markup, styles["table_cell"]))
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, TABLE_RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    flowables.append(table)
    flowables.append(Spacer(0, styles["body"].spaceAfter))
    return flowables


def _section(ctx: _Context, index: int, section: Section) -> list:
    key = "sec-" + _KEY_UNSAFE.sub("-", f"{index}-{section.id}")
    heading = SectionHeading(
        ctx.text(section.title, SANS_BOLD),
        ctx.styles["h1"],
        key=key,
        title=clean_text(section.title),
        toc_markup=ctx.text(section.title, SANS),
    )
    flowables: list = [CondPageBreak(130), heading]
    # the heading, the opening paragraphs and the first subheading (all keepWithNext)
    # go to a new page together with the first entry rather than end a page alone;
    # so does any paragraph that leads into an entry ("Reported by 2 outlets:")
    opening = any(not isinstance(block, ParagraphBlock) for block in section.blocks)
    following = section.blocks[1:] + (None,)
    for block, next_block in zip(section.blocks, following):
        match block:
            case ParagraphBlock():
                leads_in = next_block is not None and not isinstance(next_block, ParagraphBlock)
                style = "body_kept" if leads_in or opening else "body"
                flowables.append(MeasuredParagraph(ctx.inlines(block.content), ctx.styles[style]))
                continue
            case Subheading():
                if not opening:
                    flowables.append(CondPageBreak(90))
                flowables.append(MeasuredParagraph(ctx.text(block.text, SANS_BOLD), ctx.styles["h2"]))
            case Excerpt():
                flowables.extend(_excerpt(ctx, block))
            case BulletList():
                flowables.extend(_bullets(ctx, block))
            case SourceList():
                flowables.extend(_sources(ctx, block))
            case Timeline():
                flowables.extend(_timeline(ctx, block))
            case TableBlock():
                flowables.extend(_table(ctx, block))
            case _:
                assert_never(block)
        opening = False
    return flowables


def _cover(ctx: _Context, toc: TableOfContents) -> list:
    brief, styles = ctx.brief, ctx.styles
    flowables: list = []
    flowables.append(Spacer(0, 14 * mm))
    flowables.append(MeasuredParagraph(ctx.text(brief.title, SANS_BOLD), styles["title"]))
    if brief.subtitle:
        flowables.append(MeasuredParagraph(ctx.text(brief.subtitle, SERIF_ITALIC), styles["subtitle"]))
    flowables.append(HRFlowable(width="100%", thickness=1.4, color=NAVY, spaceBefore=2, spaceAfter=12))
    rows = []
    if brief.author:
        rows.append(("Prepared by", ctx.text(brief.author)))
    rows.append(("Date", ctx.text(format_date(brief.date) or brief.date)))
    if brief.marking:
        rows.append(("Marking", ctx.text(brief.marking)))
    if brief.sources:
        count = len(brief.sources)
        rows.append(("Sources", ctx.text(f"{count} article{'s' if count != 1 else ''}")))
    table = Table(
        [
            [MeasuredParagraph(ctx.text(label, SANS), styles["meta_label"]),
             MeasuredParagraph(value, styles["meta_value"])]
            for label, value in rows
        ],
        colWidths=(30 * mm, None),
        hAlign="LEFT",
        splitInRow=1,  # an author or marking longer than a page continues on the next
    )
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]))
    flowables.append(table)
    if brief.sections:
        flowables.append(MeasuredParagraph("Contents", styles["contents"]))
        flowables.append(toc)
    flowables.append(AtFootOfFrame(MeasuredParagraph(ctx.text(COLOPHON, SANS), styles["colophon"])))
    flowables.append(PageBreak())
    return flowables


# ------------------------------------------------------------------ the document


class BriefDocTemplate(FootnoteDocTemplate):
    """Pages with header, footer, marking banners; TOC and outline feeding."""

    def __init__(self, filename, *, area, fonts: FontSet, brief: Brief, page_total: PageTotal,
                 **kwargs):
        self.brief = brief
        self.fonts = fonts
        self.page_total = page_total
        super().__init__(filename, area, **kwargs)
        page_total.doc = self

    def beforeDocument(self):
        super().beforeDocument()
        self.canv.showOutline()

    def afterFlowable(self, flowable):
        if isinstance(flowable, SectionHeading) and flowable.key:
            self.notify("TOCEntry", (0, flowable.toc_markup, self.page, flowable.key))
            self.canv.addOutlineEntry(flowable.title, flowable.key, level=0, closed=False)

    # ------------------------------------------------------------- page furniture

    def _fit(self, text: str, font: str, size: float, width: float) -> str:
        """``text`` in ``width``, cut short with an ellipsis when it is wider."""
        text = self.fonts.plain(text, font)
        if stringWidth(text, font, size) <= width:
            return text
        # The longest prefix that fits with the ellipsis (a prefix is never wider
        # than a longer one): bisect, as a title can be thousands of characters.
        fits, longer = 0, len(text)
        while longer - fits > 1:
            middle = (fits + longer) // 2
            if stringWidth(text[:middle] + "\u2026", font, size) <= width:
                fits = middle
            else:
                longer = middle
        return text[:fits].rstrip() + "\u2026"

    def draw_furniture(self, canv, doc):
        brief = self.brief
        width, height = canv._pagesize
        left, right = MARGIN_X, width - MARGIN_X
        canv.saveState()
        if brief.marking:
            marking = self._fit(brief.marking.upper(), SANS_BOLD, 8.5, right - left)
            canv.setFont(SANS_BOLD, 8.5)
            canv.setFillColor(NAVY)
            canv.drawCentredString(width / 2, height - 11 * mm, marking)
            canv.drawCentredString(width / 2, 8.5 * mm, marking)
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        top_rule = height - MARGIN_TOP + 5 * mm
        bottom_rule = MARGIN_BOTTOM - 6 * mm
        page = canv.getPageNumber()
        if page > 1:
            date = format_date(brief.date) or brief.date
            canv.setFont(SANS, 7.5)
            date = self._fit(date, SANS, 7.5, (right - left) / 3)
            canv.drawRightString(right, top_rule + 3, date)
            title_width = right - left - stringWidth(date, SANS, 7.5) - 18
            canv.drawString(left, top_rule + 3, self._fit(brief.title, SANS, 7.5, title_width))
            canv.line(left, top_rule, right, top_rule)
        canv.line(left, bottom_rule, right, bottom_rule)
        canv.setFont(SANS, 7.5)
        total = self.page_total.total
        label = f"Page {page} of {total}" if total else f"Page {page}"
        canv.drawRightString(right, bottom_rule - 10, label)
        if brief.author:
            author_width = right - left - stringWidth(label, SANS, 7.5) - 18
            canv.drawString(left, bottom_rule - 10, self._fit(brief.author, SANS, 7.5, author_width))
        canv.restoreState()


def build_document(brief: Brief, options: RenderOptions, fonts: FontSet, target) -> tuple[BriefDocTemplate, list]:
    """A fresh doc template writing to ``target`` and the story to build."""
    pagesize = page_size(options.page_size)
    styles = _styles()
    table = NoteTable(brief)
    note = styles["footnote"]
    # Room for the widest number plus the gap reportlab keeps after a bullet.
    widest = stringWidth(str(max(len(table), 1)), note.bulletFontName, note.bulletFontSize)
    note.leftIndent = widest + 0.6 * note.bulletFontSize + 0.5
    ctx = _Context(brief, fonts, styles, table, {}, pagesize[0] - 2 * MARGIN_X)

    toc = TableOfContents(
        levelStyles=[styles["toc0"]],
        dotsMinLevel=0,
        tableStyle=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]),
    )
    page_total = PageTotal()
    story: list = [page_total]
    story.extend(_cover(ctx, toc))
    for index, section in enumerate(brief.sections, 1):
        story.extend(_section(ctx, index, section))
    if len(ctx.note_markup) != len(ctx.notes):
        raise RuntimeError("PDF renderer missed some notes of the brief")

    width, height = pagesize
    frame_width = width - 2 * MARGIN_X
    area = FootnoteArea(ctx.note_markup, styles["footnote"], frame_width, rule_width=40 * mm,
                        rule_color=RULE)
    frame = FootnoteFrame(
        area, MARGIN_X, MARGIN_BOTTOM, frame_width, height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    keywords = [clean_text(k) for k in brief.keywords]
    doc = BriefDocTemplate(
        target,
        area=area,
        fonts=fonts,
        brief=brief,
        page_total=page_total,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(brief.title),
        author=clean_text(brief.author or ""),
        subject=clean_text(brief.subtitle or "Policy brief"),
        keywords=keywords,
        creator="briefing",
        lang=clean_text(brief.language or "en"),
        invariant=1,
        initialFontName=SERIF,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=doc.draw_furniture)])
    return doc, story
