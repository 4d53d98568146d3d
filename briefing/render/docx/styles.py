"""The brief's Word styles: names the writer uses and how they look.

Word's built-in styles are used wherever one fits (headings, Title, Quote,
List Bullet, footnote text, toc 1…), under Word's own internal names, so a
Word user can restyle the brief from the Styles pane and Word's navigation
pane, TOC and footnote commands treat them as the real thing. A few house
styles (the attribution line, the byline, the marking) are custom.

Fonts come from the document theme (Cambria for text, Calibri for headings);
LibreOffice substitutes the metrically compatible Caladea and Carlito.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Length, Pt, RGBColor

from briefing.render.docx import ooxml

__all__ = [
    "ATTRIBUTION",
    "ATTRIBUTION_INLINE",
    "BYLINE",
    "COMMENT_REFERENCE",
    "COMMENT_TEXT",
    "EMPHASIS",
    "FOOTER",
    "FOOTNOTE_REFERENCE",
    "FOOTNOTE_TEXT",
    "HEADER",
    "HEADING",
    "HYPERLINK",
    "KEY_POINT",
    "MARKING",
    "NORMAL",
    "QUOTE",
    "SOURCE",
    "STRONG",
    "SUBTITLE",
    "TABLE",
    "TABLE_CAPTION",
    "TABLE_TEXT",
    "TITLE",
    "TOC",
    "TOC_HEADING",
    "apply_house_style",
    "style_ids",
]

# Word's internal names for its built-in styles (python-docx maps "Heading 1" itself).
NORMAL = "Normal"
TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING = {1: "Heading 1", 2: "Heading 2"}
TOC_HEADING = "TOC Heading"
TOC = {1: "toc 1", 2: "toc 2"}
QUOTE = "Quote"
KEY_POINT = "List Bullet"
SOURCE = "Bibliography"
FOOTNOTE_TEXT = "footnote text"
FOOTNOTE_REFERENCE = "footnote reference"
HYPERLINK = "Hyperlink"
EMPHASIS = "Emphasis"
COMMENT_TEXT = "annotation text"
COMMENT_REFERENCE = "annotation reference"
HEADER = "Header"
FOOTER = "Footer"

# House styles.
BYLINE = "Brief Byline"
ATTRIBUTION = "Attribution"
ATTRIBUTION_INLINE = "Attribution Inline"
MARKING = "Marking"
TABLE = "Table Grid"
TABLE_TEXT = "Table Text"
TABLE_CAPTION = "Caption"
STRONG = "Strong"

#: every style name above
ALL_NAMES = (
    NORMAL, TITLE, SUBTITLE, *HEADING.values(), TOC_HEADING, *TOC.values(), QUOTE, KEY_POINT,
    SOURCE, FOOTNOTE_TEXT, FOOTNOTE_REFERENCE, HYPERLINK, EMPHASIS, COMMENT_TEXT,
    COMMENT_REFERENCE, HEADER, FOOTER, BYLINE, ATTRIBUTION, ATTRIBUTION_INLINE, MARKING,
    TABLE, TABLE_TEXT, TABLE_CAPTION, STRONG,
)

_INK = RGBColor(0x1A, 0x1A, 0x1A)
_NAVY = RGBColor(0x1F, 0x38, 0x64)
_BLUE = RGBColor(0x2E, 0x5C, 0x8A)
_GREY = RGBColor(0x59, 0x59, 0x59)
_LINK = RGBColor(0x05, 0x63, 0xC1)
_RULE = "8EA9C8"
_QUOTE_BAR = "9DB3CF"


def _style(document: Document, name: str, kind: WD_STYLE_TYPE, style_id: str, *,
           builtin: bool, based_on: str | None = None):
    """The named style, added (with Word's style id) when the template lacks it."""
    styles = document.styles
    try:
        return styles[name]
    except KeyError:
        pass
    style = styles.add_style(name, kind, builtin=builtin)
    style.style_id = style_id
    if based_on is not None:
        style.base_style = styles[based_on]
    return style


def apply_house_style(document: Document, text_width: Length) -> None:
    """Define and tune every style the writer uses.

    ``text_width`` (page width less margins) places right-aligned tab stops
    in the TOC, header and footer.
    """
    P, C = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER
    styles = document.styles

    normal = styles[NORMAL]
    normal.font.size = Pt(11)
    normal.font.color.rgb = _INK
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.widow_control = True  # the template leaves it off

    title = styles[TITLE]
    title.font.size = Pt(26)
    title.font.bold = True
    title.font.color.rgb = _NAVY
    title.paragraph_format.space_before = Pt(0)
    title.paragraph_format.space_after = Pt(4)
    title.paragraph_format.keep_with_next = True
    ooxml.clear_letter_spacing(title)
    ooxml.set_border(title, "bottom", val="nil", size=0, space=0)

    subtitle = styles[SUBTITLE]
    subtitle.font.size = Pt(14)
    subtitle.font.italic = False
    subtitle.font.color.rgb = _BLUE
    subtitle.paragraph_format.space_after = Pt(10)
    subtitle.paragraph_format.keep_with_next = True
    ooxml.clear_letter_spacing(subtitle)

    byline = _style(document, BYLINE, P, "BriefByline", builtin=False, based_on=NORMAL)
    byline.font.size = Pt(10.5)
    byline.font.color.rgb = _GREY
    byline.paragraph_format.space_after = Pt(18)
    ooxml.set_border(byline, "bottom", size=6, color=_RULE, space=6)

    for level, size, before, after in ((1, 16, 20, 6), (2, 12.5, 14, 4)):
        heading = styles[HEADING[level]]
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.color.rgb = _NAVY if level == 1 else _BLUE
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(after)
    ooxml.set_border(styles[HEADING[1]], "bottom", size=4, color=_RULE, space=2)

    toc_heading = styles[TOC_HEADING]
    toc_heading.font.size = Pt(12.5)
    toc_heading.font.color.rgb = _BLUE
    toc_heading.paragraph_format.space_before = Pt(6)
    toc_heading.paragraph_format.space_after = Pt(6)
    ooxml.set_border(toc_heading, "bottom", val="nil", size=0, space=0)
    for level in TOC:
        toc = _style(document, TOC[level], P, f"TOC{level}", builtin=True, based_on=NORMAL)
        fmt = toc.paragraph_format
        fmt.left_indent = Cm(0.6 * (level - 1))
        fmt.space_before = Pt(4 if level == 1 else 0)
        fmt.space_after = Pt(2)
        fmt.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        toc.font.color.rgb = _INK if level == 1 else _GREY

    quote = styles[QUOTE]
    quote.font.italic = False
    quote.font.color.rgb = _INK
    fmt = quote.paragraph_format
    fmt.left_indent = Cm(0.9)
    fmt.right_indent = Cm(0.6)
    fmt.space_before = Pt(8)
    fmt.space_after = Pt(2)
    fmt.keep_with_next = True  # the attribution stays under its excerpt
    fmt.keep_together = True  # excerpts are short: do not split one across pages
    ooxml.set_border(quote, "left", size=18, color=_QUOTE_BAR, space=8)

    attribution = _style(document, ATTRIBUTION, P, "Attribution", builtin=False, based_on=NORMAL)
    attribution.font.size = Pt(9)
    attribution.font.color.rgb = _GREY
    fmt = attribution.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt.right_indent = Cm(0.6)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(10)

    inline = _style(document, ATTRIBUTION_INLINE, C, "AttributionInline", builtin=False)
    inline.font.size = Pt(9)
    inline.font.color.rgb = _GREY

    key_point = styles[KEY_POINT]
    key_point.paragraph_format.space_after = Pt(6)

    source = _style(document, SOURCE, P, "Bibliography", builtin=True, based_on=NORMAL)
    source.font.size = Pt(10)
    fmt = source.paragraph_format
    fmt.left_indent = Cm(0.9)
    fmt.first_line_indent = Cm(-0.9)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.0

    footnote = _style(document, FOOTNOTE_TEXT, P, "FootnoteText", builtin=True, based_on=NORMAL)
    footnote.font.size = Pt(9)
    fmt = footnote.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(2)
    fmt.line_spacing = 1.0
    mark = _style(document, FOOTNOTE_REFERENCE, C, "FootnoteReference", builtin=True)
    mark.font.superscript = True

    link = _style(document, HYPERLINK, C, "Hyperlink", builtin=True)
    link.font.color.rgb = _LINK
    link.font.underline = True

    emphasis = styles[EMPHASIS]
    emphasis.font.italic = True

    comment = _style(document, COMMENT_TEXT, P, "CommentText", builtin=True, based_on=NORMAL)
    comment.font.size = Pt(10)
    comment.paragraph_format.line_spacing = 1.0
    comment_mark = _style(document, COMMENT_REFERENCE, C, "CommentReference", builtin=True)
    comment_mark.font.size = Pt(8)

    for name in (HEADER, FOOTER):
        style = styles[name]
        style.font.size = Pt(8.5)
        style.font.color.rgb = _GREY
        tabs = style.paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(int(text_width / 2), WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)

    _style(document, TABLE, WD_STYLE_TYPE.TABLE, "TableGrid", builtin=True)
    table_text = _style(document, TABLE_TEXT, P, "TableText", builtin=False, based_on=NORMAL)
    table_text.font.size = Pt(9.5)
    fmt = table_text.paragraph_format
    fmt.space_before = Pt(2)
    fmt.space_after = Pt(2)
    fmt.line_spacing = 1.05
    caption = _style(document, TABLE_CAPTION, P, "Caption", builtin=True, based_on=NORMAL)
    caption.font.size = Pt(10)
    caption.font.bold = True
    caption.font.italic = False
    caption.font.color.rgb = _BLUE
    caption.paragraph_format.space_before = Pt(10)
    caption.paragraph_format.space_after = Pt(4)
    strong = _style(document, STRONG, C, "Strong", builtin=True)
    strong.font.bold = True

    marking = _style(document, MARKING, C, "Marking", builtin=False)
    marking.font.bold = True
    marking.font.color.rgb = _INK
    marking.font.size = Pt(9.5)


def style_ids(document: Document) -> dict[str, str]:
    """Style name -> style id, for every style the writer uses (after apply_house_style)."""
    return {name: document.styles[name].style_id for name in ALL_NAMES}
