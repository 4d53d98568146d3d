"""The one module of the DOCX writer that touches raw WordprocessingML.

python-docx has no API for footnotes, fields, bookmarks, hyperlinks,
paragraph borders or document settings beyond a few switches, so this module
adds them, the way python-docx's own ``oxml`` layer would: small functions
that take python-docx proxies (``Document``, ``Paragraph``, ``Run``, styles),
add elements in schema order, and hand back proxies (``add_*`` returns what
it created). Everything else in ``briefing.render.docx`` uses the public API.

Footnotes follow Word (and Pandoc's DOCX writer): ``word/footnotes.xml`` is
related from the main document part, starts with a separator (``w:id="-1"``)
and a continuation separator (``w:id="0"``) that ``w:footnotePr`` in the
settings names, and each note is a ``w:footnote`` whose first paragraph
begins with a ``w:footnoteRef`` run. Ids of real notes are their numbers.

It also owns the text rule for XML: characters that XML 1.0 cannot hold are
dropped here (:func:`xml_text`), so article text can never break a part.
"""

from __future__ import annotations

import base64
import datetime as dt
import re

from docx.comments import Comment
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.story import StoryPart
from docx.settings import Settings
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from briefing.render.shared import clean_text, link_target

__all__ = [
    "MANIFEST_NAMESPACE",
    "add_bookmark",
    "add_field",
    "add_footnote",
    "add_footnote_reference",
    "add_footnotes_part",
    "add_hyperlink",
    "repeat_header",
    "begin_field",
    "clear_letter_spacing",
    "configure_settings",
    "end_field",
    "extended_properties_xml",
    "manifest_from_xml",
    "manifest_props_xml",
    "manifest_xml",
    "safe_url",
    "set_border",
    "describe_picture",
    "set_comment_date",
    "set_style",
    "style_table",
    "xml_text",
]

# --------------------------------------------------------------------------- text

def xml_text(text: str | None) -> str:
    """``text`` as run text: the shared cleaning (``render.shared.clean_text``),
    keeping format characters, which Word shapes (bidi marks, joiners).

    python-docx turns ``\\t`` and ``\\n`` in run text into tabs and breaks;
    article text is data, so those become plain spaces instead.
    """
    return clean_text(text, keep_format_characters=True)


def safe_url(url: str | None) -> str | None:
    """The hyperlink target for a URL, or None (see ``render.shared.link_target``)."""
    return link_target(url)


# --------------------------------------------------------------------------- settings

# CT_Settings children that must follow w:updateFields / w:footnotePr (schema order).
_AFTER_FOOTNOTE_PR = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)
_AFTER_UPDATE_FIELDS = ("w:hdrShapeDefaults", "w:footnotePr") + _AFTER_FOOTNOTE_PR

SEPARATOR_IDS = (-1, 0)


def configure_settings(settings: Settings) -> None:
    """Ask Word to refresh fields on open and name the footnote separators.

    Also drops ``w:savePreviewPicture``: the brief carries no thumbnail.
    """
    root = settings.element
    for tag in ("w:savePreviewPicture", "w:updateFields", "w:footnotePr"):
        for old in root.findall(qn(tag)):
            root.remove(old)
    root.insert_element_before(
        OxmlElement("w:updateFields", {qn("w:val"): "true"}), *_AFTER_UPDATE_FIELDS
    )
    footnote_pr = OxmlElement("w:footnotePr")
    for note_id in SEPARATOR_IDS:
        footnote_pr.append(OxmlElement("w:footnote", {qn("w:id"): str(note_id)}))
    root.insert_element_before(footnote_pr, *_AFTER_FOOTNOTE_PR)


# --------------------------------------------------------------------------- footnotes

_SEPARATOR_PPR = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    f'<w:footnote w:type="separator" w:id="{SEPARATOR_IDS[0]}">'
    f"<w:p>{_SEPARATOR_PPR}<w:r><w:separator/></w:r></w:p></w:footnote>"
    f'<w:footnote w:type="continuationSeparator" w:id="{SEPARATOR_IDS[1]}">'
    f"<w:p>{_SEPARATOR_PPR}<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def add_footnotes_part(document: Document) -> StoryPart:
    """Add ``word/footnotes.xml`` (with its two separators) and relate it.

    The part is a python-docx ``StoryPart``, so paragraphs inside it resolve
    styles and hyperlink relationships like any other story.
    """
    package = document.part.package
    part = StoryPart(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_FOOTNOTES_XML), package
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    return part


def add_footnote(
    part: StoryPart, note_id: int, text_style_id: str, mark_style_id: str
) -> Paragraph:
    """Add footnote ``note_id`` to ``part``; return its paragraph, ready for text.

    The paragraph has style ``text_style_id`` and already holds the
    ``w:footnoteRef`` run (Word draws the note's number there) in
    ``mark_style_id``, then a space.
    """
    footnote = OxmlElement("w:footnote", {qn("w:id"): str(note_id)})
    part.element.append(footnote)
    p = OxmlElement("w:p")
    footnote.append(p)
    paragraph = Paragraph(p, part)
    set_style(paragraph, text_style_id)
    mark = paragraph.add_run()
    set_style(mark, mark_style_id)
    mark._r.append(OxmlElement("w:footnoteRef"))
    paragraph.add_run(" ")
    return paragraph


def add_footnote_reference(paragraph: Paragraph, note_id: int, style_id: str) -> Run:
    """Add the body's marker of footnote ``note_id`` at the end of ``paragraph``."""
    run = paragraph.add_run()
    set_style(run, style_id)
    run._r.append(OxmlElement("w:footnoteReference", {qn("w:id"): str(note_id)}))
    return run


def set_style(target: Paragraph | Run, style_id: str | None) -> None:
    """Apply a style by its id.

    Same result as python-docx's ``target.style = name``, without its lookup
    by name, which scans every style of the document on each call and
    dominated the time of large briefs. Ids come from ``styles.style_ids``.
    """
    if isinstance(target, Paragraph):
        target._p.style = style_id
    else:
        target._r.style = style_id


# --------------------------------------------------------------------------- links, bookmarks


def add_hyperlink(
    paragraph: Paragraph,
    text: str,
    *,
    url: str | None = None,
    anchor: str | None = None,
    style_id: str | None = None,
) -> Run:
    """Add a run inside a ``w:hyperlink`` to ``url`` (external) or ``anchor`` (a bookmark).

    The relationship is made from the paragraph's own part, so a link in a
    footnote is related from ``footnotes.xml``. Returns the run.
    """
    link = OxmlElement("w:hyperlink")
    if url is not None:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
        link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    r = OxmlElement("w:r")
    link.append(r)
    run = Run(r, paragraph)
    if style_id is not None:
        set_style(run, style_id)
    run.text = xml_text(text)
    return run


def add_bookmark(paragraph: Paragraph, name: str, bookmark_id: int) -> None:
    """Bookmark the whole content of ``paragraph`` (for TOC entries and PAGEREF)."""
    start = OxmlElement("w:bookmarkStart", {qn("w:id"): str(bookmark_id), qn("w:name"): name})
    end = OxmlElement("w:bookmarkEnd", {qn("w:id"): str(bookmark_id)})
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


# --------------------------------------------------------------------------- fields


def _add_fld_char(paragraph: Paragraph, kind: str, dirty: bool = False) -> Run:
    run = paragraph.add_run()
    fld_char = OxmlElement("w:fldChar", {qn("w:fldCharType"): kind})
    if dirty:
        fld_char.set(qn("w:dirty"), "true")
    run._r.append(fld_char)
    return run


def begin_field(paragraph: Paragraph, instruction: str, dirty: bool = False) -> Run:
    """Open a complex field: begin, instruction, separate. The result follows.

    ``dirty`` asks Word to recompute the field when the document opens.
    Returns the run holding the instruction.
    """
    _add_fld_char(paragraph, "begin", dirty)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {instruction} "
    run._r.append(instr)
    _add_fld_char(paragraph, "separate")
    return run


def end_field(paragraph: Paragraph) -> Run:
    """Close the complex field opened by :func:`begin_field` (maybe paragraphs before)."""
    return _add_fld_char(paragraph, "end")


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> Run:
    """Add a one-paragraph field such as ``PAGE``; return the run of its shown result."""
    begin_field(paragraph, instruction)
    result = paragraph.add_run(placeholder)
    end_field(paragraph)
    return result


# --------------------------------------------------------------------------- formatting

_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_BORDER_SIDES = ("top", "left", "bottom", "right", "between", "bar")


def set_border(
    style: ParagraphStyle,
    side: str,
    *,
    val: str = "single",
    size: int = 4,
    color: str = "auto",
    space: int = 1,
) -> None:
    """Give a paragraph style a border on ``side``.

    ``val`` is a ``ST_Border`` value: ``"single"``, or ``"nil"`` to cancel a
    border inherited from a base style. ``size`` is in eighths of a point,
    ``space`` in points. A later call for the same side replaces it.
    """
    if side not in _BORDER_SIDES:
        raise ValueError(f"unknown border side {side!r}")
    p_pr = style.element.get_or_add_pPr()
    p_bdr = p_pr.find(qn("w:pBdr"))
    if p_bdr is None:
        p_bdr = OxmlElement("w:pBdr")
        p_pr.insert_element_before(p_bdr, *_AFTER_PBDR)
    for old in p_bdr.findall(qn(f"w:{side}")):
        p_bdr.remove(old)
    border = OxmlElement(
        f"w:{side}",
        {qn("w:val"): val, qn("w:sz"): str(size), qn("w:space"): str(space),
         qn("w:color"): color},
    )
    # keep the schema order of the sides
    later = [p_bdr.find(qn(f"w:{s}")) for s in _BORDER_SIDES[_BORDER_SIDES.index(side) + 1:]]
    later = [e for e in later if e is not None]
    if later:
        later[0].addprevious(border)
    else:
        p_bdr.append(border)


def clear_letter_spacing(style: ParagraphStyle) -> None:
    """Remove a style's own letter spacing (the template spreads Title and Subtitle)."""
    r_pr = style.element.rPr
    if r_pr is not None:
        for spacing in r_pr.findall(qn("w:spacing")):
            r_pr.remove(spacing)


def describe_picture(shape, description: str) -> None:
    """Alt text of an inline picture (``wp:docPr/@descr``: what Word's "Alt Text"
    pane and screen readers show)."""
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", xml_text(description))


def set_comment_date(comment: Comment, when: dt.datetime | None) -> None:
    """Date a comment (python-docx stamps the current time; briefs are reproducible)."""
    comment._comment_elm.date = when


# --------------------------------------------------------------------------- package parts

#: Namespace of the root element of the customXml item that holds the JSON manifest.
MANIFEST_NAMESPACE = "urn:briefing:manifest"
_MANIFEST_TAG = f"{{{MANIFEST_NAMESPACE}}}manifest"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


# What XML 1.0 cannot hold at all (the manifest must keep every byte).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def manifest_xml(json_bytes: bytes) -> bytes:
    """The customXml item holding the manifest: JSON as the root's text.

    The JSON is stored as readable text (``encoding="utf-8"``) unless it has
    characters XML cannot hold, then as base64 (``encoding="base64"``).
    """
    root = etree.Element(_MANIFEST_TAG, nsmap={None: MANIFEST_NAMESPACE})
    text = json_bytes.decode("utf-8")
    # A parser would drop forbidden characters and turn CR into LF: keep bytes exact.
    if _XML_FORBIDDEN.search(text) is None and "\r" not in text:
        root.set("encoding", "utf-8")
        root.text = text
    else:
        root.set("encoding", "base64")
        root.text = base64.b64encode(json_bytes).decode("ascii")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def manifest_from_xml(xml: bytes) -> bytes | None:
    """The JSON bytes in a customXml item written by :func:`manifest_xml`, else None."""
    try:
        root = etree.fromstring(xml, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None
    if root.tag != _MANIFEST_TAG:
        return None
    text = root.text or ""
    if root.get("encoding") == "base64":
        return base64.b64decode(text)
    return text.encode("utf-8")


def manifest_props_xml(item_id: str) -> bytes:
    """The ``itemProps`` part Word keeps beside a customXml item."""
    root = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    root.set(f"{{{_DS}}}itemID", item_id)
    refs = etree.SubElement(root, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", MANIFEST_NAMESPACE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def extended_properties_xml(application: str) -> bytes:
    """``docProps/app.xml`` naming the application (the template claims Word)."""
    root = etree.Element(f"{{{_EP}}}Properties", nsmap={None: _EP})
    etree.SubElement(root, f"{{{_EP}}}Application").text = xml_text(application)
    etree.SubElement(root, f"{{{_EP}}}DocSecurity").text = "0"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def style_table(table, style_id: str, widths: tuple[float, ...]) -> None:
    """Give a table its style, the full text width, and columns in proportion to
    ``widths`` (Word reads ``tcW``, LibreOffice the grid: both are set)."""
    tbl = table._tbl
    props = tbl.tblPr
    style = props.find(qn("w:tblStyle"))
    if style is None:
        style = OxmlElement("w:tblStyle")
        props.insert(0, style)
    style.set(qn("w:val"), style_id)
    width = props.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        props.append(width)
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), "5000")
    total = sum(widths) or 1.0
    shares = [int(round(5000 * w / total)) for w in widths]
    grid = tbl.tblGrid
    for col, share in zip(grid.findall(qn("w:gridCol")), shares):
        col.set(qn("w:w"), str(int(share * 9638 / 5000)))  # twentieths of a point of an A4 text width
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays on one page
        for cell, share in zip(row.cells, shares):
            tc_pr = cell._tc.get_or_add_tcPr()
            tc_w = tc_pr.find(qn("w:tcW"))
            if tc_w is None:
                tc_w = OxmlElement("w:tcW")
                tc_pr.insert(0, tc_w)
            tc_w.set(qn("w:type"), "pct")
            tc_w.set(qn("w:w"), str(share))


def repeat_header(row) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)
