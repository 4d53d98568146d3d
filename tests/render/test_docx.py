"""The DOCX renderer, checked through real readers.

Parts are read from the zip and parsed with lxml, the document with
python-docx, and the page layout with LibreOffice (``soffice`` converts to
PDF, ``pdftotext`` reads each page). Briefs are built in code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from briefs import COOK, TRT, VOA, excerpt, sample_brief
from briefing.errors import RenderError
from briefing.model import (
    AnalystNote,
    Attribution,
    Brief,
    BulletList,
    Emph,
    Excerpt,
    Link,
    Note,
    Paragraph,
    RenderOptions,
    Section,
    SourceList,
    Subheading,
    Text,
)
from briefing.render import get_renderer
from briefing.render import json as json_renderer
from briefing.render.docx import ManifestNotFound, read_embedded_manifest, render
from briefing.render.docx.ooxml import safe_url, xml_text
from briefing.render.notes import NoteTable, attribution_line, source_entry

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CTYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
NS = {"w": W, "r": R, "pr": PR, "ct": CTYPES}
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# ---------------------------------------------------------------------------- briefs


def the_sample(**kwargs) -> Brief:
    return sample_brief(**kwargs)


_WORDS = (
    "officials said the memorandum sets out protocols for pilots over Syria while talks "
    "continued in Geneva and Moscow on air safety corridors radio frequencies and the "
    "distance aircraft must keep from one another during combat operations near Latakia"
).split()


def prose(seed: int, words: int) -> str:
    return " ".join(_WORDS[(seed * 7 + k * 3) % len(_WORDS)] for k in range(words))


def many_notes_brief(count: int = 120) -> Brief:
    """Excerpts and prose notes enough to fill many pages; every note is unique."""
    blocks = []
    for i in range(count):
        source = VOA if i % 3 else TRT
        if i % 10 == 9:
            blocks.append(
                Paragraph((
                    Text(f"Analyst paragraph {i}: " + prose(i, 30) + " as reported"),
                    Note((excerpt(source, prose(i, 5), paragraph=1000 + i).note.citations[0],)),
                    Text(" and then " + prose(i + 1, 12) + "."),
                ))
            )
            continue
        if i % 25 == 0:
            blocks.append(Subheading(f"Part {i // 25 + 1}"))
        blocks.append(excerpt(source, f"Excerpt {i}: " + prose(i, 25 + i % 40) + ".",
                              paragraph=1000 + i, speaker=COOK if i % 4 == 0 else None))
    key_points = BulletList(tuple(
        excerpt(VOA, f"Key point {k}: " + prose(k, 20) + ".", paragraph=500 + k) for k in range(3)
    ))
    return Brief(
        title="Many notes", date="2015-10-22", author="Cell", marking="UNCLASSIFIED",
        sources=(VOA, TRT),
        sections=(
            Section("key", "Key points", "summary", (key_points,)),
            Section("body", "Body", "excerpts", tuple(blocks)),
            Section("sources", "Sources", "sources", (SourceList((VOA, TRT)),)),
        ),
    )


HOSTILE = "nul\x00 bel\x07 vt\x0b esc\x1b del\x7f c1\x85\x9f nonchar\ufffe\uffff tab\tnl\ncr\r end"


def hostile_brief() -> Brief:
    """Control characters and markup look-alikes in every string the renderer writes."""
    source = dataclasses.replace(
        VOA, title="Title " + HOSTILE, outlet="Outlet\x01", authors=("Au\x02thor One",),
        url="https://example.org/a b/\u00e9?q=<x>&y=\x03\"z\"",
    )
    item = Excerpt(
        text="Quote " + HOSTILE + " <w:t>not xml</w:t> &amp; ]]>",
        note=Note((dataclasses.replace(excerpt(VOA, "x").note.citations[0], source=VOA.id),)),
        notes=(AnalystNote("Note " + HOSTILE, anchor="esc\x1b del", author="An\x04alyst"),),
    )
    return Brief(
        title="Brief " + HOSTILE, subtitle="Sub\x05", author="Auth\x06or", date="2015-10-22",
        marking="UNCLASS\x0eIFIED", keywords=("key\x0f", "words"),
        sources=(source,),
        sections=(
            Section("s\x10", "Section " + HOSTILE, "excerpts", (
                Paragraph((Text("Para " + HOSTILE), Emph("emph\x11"),
                           Link("link\x12", "https://example.org/\x13path"))),
                Subheading("Sub " + HOSTILE),
                item,
                SourceList((source,)),
            )),
        ),
    )


# ---------------------------------------------------------------------------- readers


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def xml_part(data: bytes, name: str):
    return etree.fromstring(parts_of(data)[name])


def rels_of(data: bytes, name: str) -> list:
    return xml_part(data, name).findall("pr:Relationship", NS)


def footnote_texts(data: bytes) -> dict[int, str]:
    """id -> the note's text as a reader sees it (without Word's number mark)."""
    texts = {}
    for footnote in xml_part(data, "word/footnotes.xml").findall("w:footnote", NS):
        note_id = int(footnote.get(w("id")))
        if note_id <= 0:
            continue
        pieces = [
            t.text or ""
            for r in footnote.iter(w("r"))
            if r.find("w:footnoteRef", NS) is None
            for t in r.findall("w:t", NS)
        ]
        texts[note_id] = "".join(pieces).lstrip(" ")
    return texts


def reference_ids(data: bytes) -> list[int]:
    body = xml_part(data, "word/document.xml")
    return [int(ref.get(w("id"))) for ref in body.iter(w("footnoteReference"))]


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def comment_ranges(data: bytes) -> dict[int, tuple[str, str]]:
    """comment id -> (text inside its range, text of the paragraph holding it)."""
    body = xml_part(data, "word/document.xml")
    found = {}
    for p in body.iter(w("p")):
        open_ids: dict[int, list[str]] = {}
        paragraph_text = "".join(t.text or "" for t in p.iter(w("t")))
        for node in p.iter(w("commentRangeStart"), w("commentRangeEnd"), w("t")):
            if node.tag == w("commentRangeStart"):
                open_ids[int(node.get(w("id")))] = []
            elif node.tag == w("commentRangeEnd"):
                cid = int(node.get(w("id")))
                found[cid] = ("".join(open_ids.pop(cid)), paragraph_text)
            else:
                for pieces in open_ids.values():
                    pieces.append(node.text or "")
        assert not open_ids, "a comment range must close in its paragraph"
    return found


def paragraphs_with_style(document, style_id: str):
    return [p for p in document.paragraphs if p.style.style_id == style_id]


def excerpts_of(brief: Brief) -> list[Excerpt]:
    """Every excerpt of the brief, key points included, in reading order."""
    return [
        item
        for section in brief.sections
        for block in section.blocks
        for item in (block.items if isinstance(block, BulletList) else (block,))
        if isinstance(item, Excerpt)
    ]


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def soffice(tmp_path_factory):
    """``soffice(path, fmt="pdf") -> Path``: convert with headless LibreOffice.

    Skips when LibreOffice is not installed (CI installs it). The session has
    its own LibreOffice profile, so parallel runs do not collide.
    """
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(path: Path, fmt: str = "pdf") -> Path:
        result = subprocess.run(
            [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", fmt, "--outdir", str(path.parent), str(path)],
            capture_output=True, text=True, timeout=600,
        )
        converted = path.parent / f"{path.stem}.{fmt}"
        if result.returncode != 0 or not converted.exists():
            raise AssertionError(f"soffice failed ({result.returncode}): "
                                 f"{result.stdout}{result.stderr}")
        return converted

    return convert


@pytest.fixture(scope="module")
def sample():
    brief = the_sample()
    return brief, render(brief, RenderOptions())


# ---------------------------------------------------------------------------- package


def test_docx_is_the_registered_renderer_for_docx():
    assert get_renderer("docx") is render


def test_the_package_exports_only_its_entry_points():
    import briefing.render.docx as package

    assert sorted(package.__all__) == ["ManifestNotFound", "read_embedded_manifest", "render"]


def test_two_renders_are_byte_identical_with_fixed_zip_entries(sample):
    brief, data = sample
    assert render(the_sample(), RenderOptions()) == data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        infos = package.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)


def test_separate_processes_with_other_hash_seeds_and_clocks_give_the_same_bytes(sample):
    _, data = sample
    script = (
        "import hashlib, sys; sys.path[:0] = sys.argv[1:]; import test_docx as t; "
        "print(hashlib.sha256(t.render(t.the_sample())).hexdigest())"
    )
    here = Path(__file__).resolve().parent
    digests = set()
    for seed, epoch in (("1", "0"), ("2", "1700000000")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": epoch}
        out = subprocess.run([sys.executable, "-c", script, str(here), str(here.parent)], env=env,
                             cwd=here, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert digests == {hashlib.sha256(data).hexdigest()}


def test_every_part_is_well_formed_xml_and_has_a_content_type(sample):
    _, data = sample
    parts = parts_of(data)
    types = etree.fromstring(parts["[Content_Types].xml"])
    defaults = {d.get("Extension") for d in types.findall("ct:Default", NS)}
    overrides = {o.get("PartName") for o in types.findall("ct:Override", NS)}
    for name, blob in parts.items():
        etree.fromstring(blob)
        if name != "[Content_Types].xml":
            assert "/" + name in overrides or name.rsplit(".", 1)[-1] in defaults, name
    assert "docProps/thumbnail.jpeg" not in parts  # the template's picture of another file
    assert b"<Application>briefing</Application>" in parts["docProps/app.xml"]


def test_python_docx_opens_the_file(sample):
    _, data = sample
    document = open_docx(data)
    assert document.paragraphs[0].text == the_sample().title


# ---------------------------------------------------------------------------- footnotes


def test_footnotes_part_is_related_typed_and_starts_with_both_separators(sample):
    _, data = sample
    parts = parts_of(data)
    assert "word/footnotes.xml" in parts
    rels = rels_of(data, "word/_rels/document.xml.rels")
    assert [r.get("Target") for r in rels if r.get("Type") == FOOTNOTES_REL] == ["footnotes.xml"]
    types = etree.fromstring(parts["[Content_Types].xml"])
    assert types.find("ct:Override[@PartName='/word/footnotes.xml']", NS).get(
        "ContentType") == FOOTNOTES_CT

    notes = xml_part(data, "word/footnotes.xml").findall("w:footnote", NS)
    assert [(n.get(w("type")), n.get(w("id"))) for n in notes[:2]] == [
        ("separator", "-1"), ("continuationSeparator", "0")]
    assert notes[0].find(".//w:separator", NS) is not None
    assert notes[1].find(".//w:continuationSeparator", NS) is not None

    settings = xml_part(data, "word/settings.xml")
    assert [f.get(w("id")) for f in settings.findall("w:footnotePr/w:footnote", NS)] == ["-1", "0"]


def test_each_marker_points_to_the_note_with_that_footnotes_text_in_order(sample):
    brief, data = sample
    table = NoteTable(brief)
    manifest = json.loads(json_renderer.render(brief))
    ids = reference_ids(data)
    assert len(ids) == len(table) == len(manifest["footnotes"]) == 6
    assert ids == [n.number for n in table] == [f["number"] for f in manifest["footnotes"]]
    texts = footnote_texts(data)
    assert sorted(texts) == ids
    for numbered, entry in zip(table, manifest["footnotes"]):
        assert texts[numbered.number] == numbered.text == entry["text"]


def test_markers_and_notes_use_word_footnote_styles(sample):
    _, data = sample
    body = xml_part(data, "word/document.xml")
    for ref in body.iter(w("footnoteReference")):
        assert ref.getparent().find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    for footnote in xml_part(data, "word/footnotes.xml").findall("w:footnote", NS)[2:]:
        first = footnote.find("w:p", NS)
        assert first.find("w:pPr/w:pStyle", NS).get(w("val")) == "FootnoteText"
        mark = first.find("w:r", NS)
        assert mark.find("w:footnoteRef", NS) is not None
        assert mark.find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    styles = xml_part(data, "word/styles.xml")
    ref_style = styles.find("w:style[@w:styleId='FootnoteReference']", NS)
    assert ref_style.find("w:rPr/w:vertAlign", NS).get(w("val")) == "superscript"
    assert ref_style.find("w:name", NS).get(w("val")).lower() == "footnote reference"
    text_style = styles.find("w:style[@w:styleId='FootnoteText']", NS)
    assert text_style.find("w:name", NS).get(w("val")).lower() == "footnote text"


def test_urls_in_notes_are_hyperlinks_related_from_the_footnotes_part(sample):
    _, data = sample
    links = xml_part(data, "word/footnotes.xml").findall(".//w:hyperlink", NS)
    assert links, "the first VOA note carries its URL"
    targets = {r.get("Id"): r for r in rels_of(data, "word/_rels/footnotes.xml.rels")}
    for link in links:
        rel = targets[link.get(f"{{{R}}}id")]
        assert rel.get("Type") == HYPERLINK_REL and rel.get("TargetMode") == "External"
        assert rel.get("Target") == "".join(t.text for t in link.iter(w("t"))) == VOA.url


def test_many_notes_each_reference_matches_its_note():
    brief = many_notes_brief(300)
    data = render(brief, RenderOptions())
    table = NoteTable(brief)
    assert reference_ids(data) == list(range(1, len(table) + 1))
    texts = footnote_texts(data)
    assert [texts[n.number] for n in table] == [n.text for n in table]


# ---------------------------------------------------------------------------- comments


def test_each_analyst_note_is_a_comment_anchored_on_its_phrase_in_its_excerpt(sample):
    brief, data = sample
    document = open_docx(data)
    comments = list(document.comments)
    annotated = [item for item in excerpts_of(brief) if item.notes]
    assert annotated, "the sample brief annotates the memorandum excerpt"
    assert len(comments) == sum(len(item.notes) for item in annotated)
    ranges = comment_ranges(data)
    for comment, item in zip(comments, annotated):
        note = item.notes[0]
        anchored, paragraph = ranges[comment.comment_id]
        assert anchored == note.anchor == "safe distance"
        assert paragraph.startswith(item.text)
        assert comment.text == note.text
        assert comment.author == note.author
        assert comment.initials == "OSAC"
        assert comment.timestamp == dt.datetime(2015, 10, 22, tzinfo=dt.timezone.utc)


def test_comments_without_anchor_or_author_cover_the_excerpt_and_use_the_briefs_author():
    text = "Russia and the United States signed a memorandum on flight safety."
    notes = (
        AnalystNote("Whole excerpt.", anchor=None),
        AnalystNote("Anchor not in the text.", anchor="nowhere to be found"),
        AnalystNote("Case and spacing differ.", anchor="SIGNED   a"),
        AnalystNote("Overlaps the previous one.", anchor="a memorandum", author="Desk"),
    )
    brief = Brief(
        title="T", date="2015-10-22", author="Open Source Analysis Cell", sources=(VOA,),
        sections=(Section("s", "S", "excerpts", (excerpt(VOA, text, notes=notes),)),),
    )
    data = render(brief)
    comments = list(open_docx(data).comments)
    ranges = comment_ranges(data)
    anchored = [ranges[c.comment_id][0] for c in comments]
    assert anchored == [text, text, "signed a", "a memorandum"]
    assert [c.author for c in comments] == ["Open Source Analysis Cell"] * 3 + ["Desk"]
    assert [c.text for c in comments] == [n.text for n in notes]
    # the excerpt still reads as one text, with its marker after it
    quote = paragraphs_with_style(open_docx(data), "Quote")[0]
    assert quote.text == text


# ---------------------------------------------------------------------------- structure


def test_headings_use_builtin_heading_styles_and_are_bookmarked(sample):
    brief, data = sample
    document = open_docx(data)
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Key points"),
        ("Heading 1", "The air-safety memorandum"),
        ("Heading 2", "Diplomatic track"),
        ("Heading 1", "Sources"),
    ]
    body = xml_part(data, "word/document.xml")
    marks = {b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    toc_targets = [h.get(w("anchor")) for h in body.iter(w("hyperlink")) if h.get(w("anchor"))]
    assert len(toc_targets) == 4 and set(toc_targets) <= marks


def test_each_contents_entry_links_to_the_bookmark_on_its_heading_in_order(sample):
    _, data = sample
    body = xml_part(data, "word/document.xml")
    headings = [p for p in body.iter(w("p"))
                if p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS).startswith("Heading")]
    bookmarked = [(p.find("w:bookmarkStart", NS).get(w("name")),
                   "".join(t.text for t in p.iter(w("t")))) for p in headings]
    entries = [(h.get(w("anchor")), "".join(t.text for t in h.iter(w("t"))))
               for h in body.iter(w("hyperlink")) if h.get(w("anchor"))]
    assert entries == bookmarked and len(entries) == 4
    starts = [b.get(w("id")) for b in body.iter(w("bookmarkStart"))]
    assert len(set(starts)) == len(starts)
    assert sorted(b.get(w("id")) for b in body.iter(w("bookmarkEnd"))) == sorted(starts)


def test_introductions_keep_with_what_they_introduce_and_quotes_with_their_attribution():
    unattributed = dataclasses.replace(excerpt(VOA, "Said without a line beneath."),
                                       attribution=Attribution())
    brief = dataclasses.replace(the_sample(), sections=(
        Section("s", "S", "excerpts", (
            Paragraph((Text("Introduction."),)),
            Subheading("Part"),
            excerpt(VOA, "Said with a line beneath."),
            Paragraph((Text("Reported by 2 outlets:"),)),
            unattributed,
            Paragraph((Text("Closing."),)),
        )),
    ))
    paragraphs = open_docx(render(brief)).paragraphs
    at = {p.text: i for i, p in enumerate(paragraphs)}
    assert paragraphs[at["Introduction."]].paragraph_format.keep_with_next is True
    assert paragraphs[at["Reported by 2 outlets:"]].paragraph_format.keep_with_next is True
    assert paragraphs[at["Closing."]].paragraph_format.keep_with_next is None
    attributed = at["Said with a line beneath."]
    assert paragraphs[attributed].paragraph_format.keep_with_next is None  # Quote's own: True
    assert paragraphs[attributed].style.paragraph_format.keep_with_next is True
    assert paragraphs[attributed + 1].style.name == "Attribution"
    alone = at["Said without a line beneath."]
    assert paragraphs[alone].paragraph_format.keep_with_next is False
    # an empty attribution paragraph still closes the quotation's border box
    assert paragraphs[alone + 1].style.name == "Attribution" and paragraphs[alone + 1].text == ""
    assert paragraphs[alone + 2].text == "Closing."


def test_table_of_contents_is_a_dirty_toc_field_and_word_updates_fields(sample):
    _, data = sample
    body = xml_part(data, "word/document.xml")
    instructions = [t.text.strip() for t in body.iter(w("instrText"))]
    assert 'TOC \\o "1-3" \\h \\z \\u' in instructions
    begin = next(
        t.getparent().getprevious().find("w:fldChar", NS)
        for t in body.iter(w("instrText")) if t.text.strip().startswith("TOC")
    )
    assert begin.get(w("fldCharType")) == "begin" and begin.get(w("dirty")) == "true"
    chars = [f.get(w("fldCharType")) for f in body.iter(w("fldChar"))]
    assert chars.count("begin") == chars.count("separate") == chars.count("end")
    settings = xml_part(data, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(w("val")) == "true"
    toc = [p.text for p in open_docx(data).paragraphs if p.style.style_id in ("TOC1", "TOC2")]
    assert toc == ["Key points", "The air-safety memorandum", "Diplomatic track", "Sources"]


def test_cover_block_shows_title_subtitle_author_and_date(sample):
    brief, data = sample
    first = open_docx(data).paragraphs[:3]
    assert [(p.style.name, p.text) for p in first] == [
        ("Title", brief.title),
        ("Subtitle", brief.subtitle),
        ("Brief Byline", "Open Source Analysis Cell \u00b7 October 22, 2015"),
    ]


def test_excerpts_are_quotes_with_the_attribution_line_beneath(sample):
    brief, data = sample
    paragraphs = open_docx(data).paragraphs
    section = brief.sections[1]
    excerpts = [b for b in section.blocks if isinstance(b, Excerpt)]
    quotes = [i for i, p in enumerate(paragraphs) if p.style.name == "Quote"]
    assert len(quotes) == len(excerpts)
    for i, item in zip(quotes, excerpts):
        assert paragraphs[i].text == item.text  # verbatim, marker has no text
        beneath = paragraphs[i + 1]
        assert beneath.style.name == "Attribution"
        assert beneath.text == attribution_line(item)
        assert beneath.style.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    assert paragraphs[quotes[1] + 1].text == (
        "\u2014 Peter Cook, Pentagon spokesman \u00b7 VOA, 21 Oct 2015")


def test_key_points_are_list_bullets_with_their_attribution(sample):
    brief, data = sample
    bullets = paragraphs_with_style(open_docx(data), "ListBullet")
    items = brief.sections[0].blocks[0].items
    assert [p.text for p in bullets] == [f"{i.text}\n{attribution_line(i)}" for i in items]


def test_sources_are_hanging_indent_entries_with_clickable_urls(sample):
    brief, data = sample
    document = open_docx(data)
    entries = paragraphs_with_style(document, "Bibliography")
    expected = ["".join(piece.text for piece in source_entry(s)) for s in (VOA, TRT)]
    assert [p.text for p in entries] == expected
    fmt = document.styles["Bibliography"].paragraph_format
    assert fmt.first_line_indent < 0 < fmt.left_indent
    links = [h for h in entries[0].hyperlinks]
    assert [h.address for h in links] == [VOA.url]


def test_analyst_prose_keeps_emphasis_links_and_markers():
    note = excerpt(VOA, "x").note
    brief = dataclasses.replace(the_sample(), sections=(
        Section("s", "S", "excerpts", (
            Paragraph((Text("Plain "), Emph("stressed"), Text(" then "),
                       Link("a link", "https://example.org/x"), Text(" and a note"), note,
                       Text("."))),
        )),
    ))
    data = render(brief)
    paragraph = [p for p in open_docx(data).paragraphs if p.text.startswith("Plain")][0]
    assert paragraph.text == "Plain stressed then a link and a note."
    stressed = [r for r in paragraph.runs if r.text == "stressed"][0]
    assert stressed.style.name == "Emphasis" and stressed.style.font.italic
    assert [h.address for h in paragraph.hyperlinks] == ["https://example.org/x"]
    assert reference_ids(data) == [1]


def test_a_bare_brief_renders_with_an_empty_contents_field():
    brief = Brief(title="Bare", date="not a date", sections=())
    data = render(brief)
    document = open_docx(data)
    assert [p.text for p in document.paragraphs][:2] == ["Bare", "not a date"]
    assert document.core_properties.created == dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
    body = xml_part(data, "word/document.xml")
    assert any(t.text.strip().startswith("TOC") for t in body.iter(w("instrText")))
    assert reference_ids(data) == [] and footnote_texts(data) == {}
    assert read_embedded_manifest(data) == json_renderer.render(brief)


def test_markup_like_text_stays_literal(sample):
    brief, data = sample
    tricky = brief.sections[1].blocks[-1]
    texts = [p.text for p in open_docx(data).paragraphs]
    assert tricky.text in texts
    assert '<b>bold</b> <a href="file:///etc/passwd">x</a> &amp; 1 < 2' in tricky.text
    body = parts_of(data)["word/document.xml"]
    assert b"<b>bold</b>" not in body and b"&lt;b&gt;bold&lt;/b&gt;" in body


# ---------------------------------------------------------------------------- page, furniture


@pytest.mark.parametrize("size, width_mm, height_mm", [("A4", 210, 297), ("letter", 215.9, 279.4)])
def test_page_size_and_margins_follow_the_options(size, width_mm, height_mm):
    document = open_docx(render(the_sample(), RenderOptions(page_size=size)))
    section = document.sections[0]
    assert section.page_width.mm == pytest.approx(width_mm, abs=0.1)
    assert section.page_height.mm == pytest.approx(height_mm, abs=0.1)
    for margin in (section.left_margin, section.right_margin, section.top_margin,
                   section.bottom_margin):
        assert margin.cm == pytest.approx(2.2, abs=0.01)


def test_unknown_page_size_is_a_clear_error():
    with pytest.raises(RenderError, match="page size"):
        render(the_sample(), RenderOptions(page_size="A5"))


def test_header_and_footer_carry_the_marking_and_page_x_of_y(sample):
    _, data = sample
    section = open_docx(data).sections[0]
    header = section.header.paragraphs[0]
    assert header.text == "UNCLASSIFIED"
    assert header.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert header.runs[0].style.font.bold
    footer = section.footer.paragraphs
    assert footer[-1].text == "UNCLASSIFIED" and footer[-1].runs[0].style.font.bold
    assert "Page 1 of 1" in footer[0].text  # cached results until a reader lays out pages
    footer_xml = etree.fromstring(section.footer.part.blob)
    assert [t.text.strip() for t in footer_xml.iter(w("instrText"))] == ["PAGE", "NUMPAGES"]


def test_no_marking_means_no_banner():
    document = open_docx(render(the_sample(marking=None)))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == ""
    assert all("UNCLASSIFIED" not in p.text for p in section.footer.paragraphs)


def test_core_properties_describe_the_brief_and_are_dated_by_it(sample):
    brief, data = sample
    props = open_docx(data).core_properties
    assert props.title == brief.title
    assert props.author == props.last_modified_by == brief.author
    assert props.subject == brief.subtitle
    assert props.keywords == "Syria, Russia, deconfliction"
    when = dt.datetime(2015, 10, 22, tzinfo=dt.timezone.utc)
    assert props.created == props.modified == when
    assert props.revision == 1
    assert props.comments == ""


# ---------------------------------------------------------------------------- manifest


def test_embedded_manifest_is_the_json_output_byte_for_byte(sample, tmp_path):
    brief, data = sample
    expected = json_renderer.render(brief, RenderOptions())
    assert read_embedded_manifest(data) == expected
    path = tmp_path / "brief.docx"
    path.write_bytes(data)
    assert read_embedded_manifest(path) == expected
    assert read_embedded_manifest(str(path)) == expected
    item = next(n for n, b in parts_of(data).items()
                if n.startswith("customXml/item") and b"urn:briefing:manifest" in b
                and "Props" not in n)
    assert b'encoding="utf-8"' in parts_of(data)[item]  # readable when unzipped


def test_manifest_with_characters_xml_cannot_hold_round_trips():
    brief = dataclasses.replace(the_sample(), title="Odd \ufffe\uffff\x01 title")
    data = render(brief)
    assert read_embedded_manifest(data) == json_renderer.render(brief)


def test_a_docx_without_a_manifest_is_reported(tmp_path):
    plain = io.BytesIO()
    docx.Document().save(plain)
    with pytest.raises(ManifestNotFound):
        read_embedded_manifest(plain.getvalue())
    with pytest.raises(ManifestNotFound):
        read_embedded_manifest(b"not a zip at all")


# ---------------------------------------------------------------------------- hostile text


def test_control_characters_are_dropped_everywhere_without_crashing():
    brief = hostile_brief()
    data = render(brief)
    forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
    for name, blob in parts_of(data).items():
        root = etree.fromstring(blob)  # every part still parses
        if name.startswith("customXml/"):
            continue  # the manifest keeps the JSON exactly (base64 when it must)
        for node in root.iter():
            for value in [node.text, node.tail, *node.attrib.values()]:
                assert not forbidden.search(value or ""), (name, value)
    document = open_docx(data)
    assert document.paragraphs[0].text == xml_text(brief.title)
    title = " ".join(document.paragraphs[0].text.split())
    assert title == "Brief nul bel vt esc del c1 nonchar tab nl cr end"
    quote = paragraphs_with_style(document, "Quote")[0]
    assert quote.text == xml_text(brief.sections[0].blocks[2].text)
    assert "<w:t>not xml</w:t> &amp; ]]>" in quote.text
    assert read_embedded_manifest(data) == json_renderer.render(brief)


def test_urls_become_links_only_for_web_schemes_and_are_percent_encoded():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("file:///etc/passwd") is None
    assert safe_url("https://example.org/a b/\u00e9?q=<x>") == (
        "https://example.org/a%20b/%C3%A9?q=%3Cx%3E")
    assert safe_url("https://example.org/100%25%zz%") == "https://example.org/100%25%25zz%25"
    assert safe_url("https://example.org/" + "x" * 2_059) is not None
    assert safe_url("https://example.org/" + "x" * 2_060) is None  # Office's limit
    brief = dataclasses.replace(the_sample(), sections=(
        Section("s", "S", "excerpts", (
            Paragraph((Link("click me", "javascript:alert(1)"), Text(" and "),
                       Link("this", "https://example.org/ok"))),
        )),
    ))
    paragraph = [p for p in open_docx(render(brief)).paragraphs if "click me" in p.text][0]
    assert [h.address for h in paragraph.hyperlinks] == ["https://example.org/ok"]
    assert paragraph.text == "click me and this"


def test_hundred_thousand_character_words_and_urls_render():
    word = "abcdefghij" * 10_000
    url = "https://example.org/" + "x" * 5_000
    brief = dataclasses.replace(the_sample(), sections=(
        Section("s", "S", "excerpts", (
            Paragraph((Text(word), Note(excerpt(VOA, "x").note.citations))),
            Paragraph((Link(url, url),)),
            excerpt(VOA, word),
        )),
    ))
    document = open_docx(render(brief))
    texts = [p.text for p in document.paragraphs]
    assert word in texts and url in texts
    assert not [h for p in document.paragraphs for h in p.hyperlinks if h.address == url]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200), st.text(max_size=40))
def test_any_text_renders_and_reads_back_without_forbidden_characters(text, note):
    item = excerpt(VOA, "x", notes=(AnalystNote(note or "n", anchor=text[:5] or None),))
    item = dataclasses.replace(item, text=text)
    brief = Brief(title=text, date="2015-10-22", sources=(VOA,), sections=(
        Section("s", text or "S", "excerpts", (item, Paragraph((Text(text),)))),
    ))
    data = render(brief)
    document = open_docx(data)
    assert document.paragraphs[0].text == xml_text(text)
    assert paragraphs_with_style(document, "Quote")[0].text == xml_text(text)
    assert read_embedded_manifest(data) == json_renderer.render(brief)


# ---------------------------------------------------------------------------- LibreOffice


def pdf_pages(pdf: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    return [
        subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                       capture_output=True, text=True, check=True).stdout
        for n in range(1, pages + 1)
    ]


def compact(text: str) -> str:
    """Text without whitespace, hyphens or soft hyphens: immune to line breaking."""
    return re.sub(r"[\s\u00ad\-\u2010\u2011]+", "", text)


def text_before_each_marker(brief: Brief) -> list[str]:
    """For every note in reading order, the text its marker follows."""
    out = []
    for section in brief.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                before = ""
                for inline in block.content:
                    if isinstance(inline, Note):
                        out.append(before)
                    else:
                        before += inline.text
            elif isinstance(block, Excerpt):
                out.append(block.text)
            elif isinstance(block, BulletList):
                out.extend(item.text for item in block.items)
    return out


def assert_each_note_on_the_page_of_its_marker(brief: Brief, pdf: Path) -> int:
    pages = [compact(page) for page in pdf_pages(pdf)]
    table = NoteTable(brief)
    befores = text_before_each_marker(brief)
    assert len(befores) == len(table)
    for numbered, before in zip(table, befores):
        # the words just before the marker; shorter tails when a page break
        # (and its header and footer) falls inside the last 40 characters
        marker_pages: set[int] = set()
        for width in (40, 24, 12):
            marker = re.compile(re.escape(compact(before)[-width:]) + str(numbered.number) + r"(?!\d)")
            marker_pages = {i for i, page in enumerate(pages) if marker.search(page)}
            if marker_pages:
                break
        assert marker_pages, f"marker {numbered.number} not found"
        head = compact(numbered.text)[:60]
        note_pages = {i for i, page in enumerate(pages) if head in page}
        assert marker_pages & note_pages, (
            f"note {numbered.number} is on pages {note_pages}, its marker on {marker_pages}")
    return len(pages)


@pytest.mark.slow
def test_libreoffice_puts_each_footnote_on_the_page_of_its_marker(soffice, tmp_path):
    brief = the_sample()
    path = tmp_path / "sample.docx"
    path.write_bytes(render(brief))
    pdf = soffice(path)
    assert_each_note_on_the_page_of_its_marker(brief, pdf)
    first = pdf_pages(pdf)[0]
    assert "UNCLASSIFIED" in first and "Page 1 of" in first
    assert "Contents" in first and "Key points" in first


@pytest.mark.slow
@pytest.mark.parametrize("size", ["A4", "letter"])
def test_libreoffice_keeps_notes_with_markers_across_many_pages(soffice, tmp_path, size):
    brief = many_notes_brief(120)
    path = tmp_path / f"many-{size}.docx"
    path.write_bytes(render(brief, RenderOptions(page_size=size)))
    pages = assert_each_note_on_the_page_of_its_marker(brief, soffice(path))
    assert pages >= 8


@pytest.mark.slow
def test_libreoffice_wraps_very_long_words_and_urls_inside_the_page(soffice, tmp_path):
    unit = "abcdefghij"
    word = unit * 2_000
    url = "https://example.org/" + "y" * 2_000  # a real link, just under Office's limit
    brief = dataclasses.replace(the_sample(), sections=(
        Section("s", "S", "excerpts", (
            Paragraph((Text(word),)),
            Paragraph((Link(url, url),)),
            excerpt(VOA, unit * 500),
        )),
    ))
    path = tmp_path / "long.docx"
    path.write_bytes(render(brief))
    links = [h.address for p in open_docx(path.read_bytes()).paragraphs for h in p.hyperlinks]
    assert [a for a in links if a] == [url]
    pdf = soffice(path)
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= page_width
    text = compact("".join(pdf_pages(pdf)))
    pages = len(pdf_pages(pdf))
    assert text.count(unit) >= 2_500 - pages  # a unit may be cut only at a page turn
    assert compact(url)[:200] in text


ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def odf_annotated_text(paragraph) -> dict[str, str]:
    """annotation name -> the text between an ODF annotation and its annotation-end."""
    annotation = f"{{{ODF['office']}}}annotation"
    annotation_end = f"{{{ODF['office']}}}annotation-end"
    name_attr = f"{{{ODF['office']}}}name"
    spans: dict[str, list[str]] = {}
    open_names: set[str] = set()

    def add(text):
        for name in open_names:
            spans[name].append(text or "")

    def walk(element):
        if element.tag == annotation:
            open_names.add(element.get(name_attr))
            spans[element.get(name_attr)] = []
        elif element.tag == annotation_end:
            open_names.discard(element.get(name_attr))
        else:
            add(element.text)
            for child in element:
                walk(child)
                add(child.tail)

    walk(paragraph)
    return {name: "".join(pieces) for name, pieces in spans.items()}


@pytest.mark.slow
def test_libreoffice_reads_real_footnotes_comments_contents_and_headings(soffice, tmp_path):
    brief = the_sample()
    path = tmp_path / "sample.docx"
    path.write_bytes(render(brief))
    with zipfile.ZipFile(soffice(path, "odt")) as odt:
        content = etree.fromstring(odt.read("content.xml"))
    notes = content.findall(".//text:note", ODF)
    assert [n.get(f"{{{ODF['text']}}}note-class") for n in notes] == ["footnote"] * 6
    bodies = ["".join(n.find("text:note-body", ODF).itertext()) for n in notes]
    assert bodies == [n.text for n in NoteTable(brief)]
    annotations = content.findall(".//office:annotation", ODF)
    assert annotations and [a.findtext("dc:creator", namespaces=ODF) for a in annotations] == [
        "Open Source Analysis Cell"] * len(open_docx(render(brief)).comments)
    for annotation in annotations:
        paragraph = annotation.getparent()
        spans = odf_annotated_text(paragraph)
        assert spans[annotation.get(f"{{{ODF['office']}}}name")] == "safe distance"
        assert "".join(annotation.find("text:p", ODF).itertext()).endswith(
            "Terms were withheld at Russia\u2019s request.")
    assert len(content.findall(".//text:table-of-content", ODF)) == 1
    headings = [(h.get(f"{{{ODF['text']}}}outline-level"), "".join(h.itertext()))
                for h in content.findall(".//text:h", ODF)]
    assert headings == [("1", "Key points"), ("1", "The air-safety memorandum"),
                        ("2", "Diplomatic track"), ("1", "Sources")]


# ---------------------------------------------------------------------------- the real brief


def test_the_default_brief_renders_when_the_pipeline_is_available():
    pipeline = pytest.importorskip("briefing.pipeline", reason="the pipeline is not built yet")
    config = Path(__file__).resolve().parents[2] / "config" / "brief.yaml"
    if not (hasattr(pipeline, "load_inputs") and hasattr(pipeline, "assemble_brief")):
        pytest.skip("the pipeline has no load_inputs/assemble_brief yet")
    if not config.exists():
        pytest.skip("no config/brief.yaml yet")
    loaded, corpus = pipeline.load_inputs(config)
    brief = pipeline.assemble_brief(loaded, corpus, config)
    data = render(brief, RenderOptions(page_size=loaded.config.output.page_size))
    table = NoteTable(brief)
    assert len(table) > 0
    assert reference_ids(data) == [n.number for n in table]
    texts = footnote_texts(data)
    assert [texts[n.number] for n in table] == [n.text for n in table]
    assert read_embedded_manifest(data) == json_renderer.render(brief)
    annotated = sum(len(item.notes) for item in excerpts_of(brief))
    assert len(list(open_docx(data).comments)) == annotated


def test_quotations_without_an_attribution_line_never_share_one_border_box():
    """Word and LibreOffice draw one box round adjacent paragraphs with the same
    border; each quotation is followed by its (here empty) attribution paragraph."""
    bare = [dataclasses.replace(excerpt(TRT, f"Sentence number {n} of a source with no metadata at all."),
                                attribution=Attribution()) for n in range(3)]
    brief = dataclasses.replace(the_sample(), sections=(Section("s", "Bare", "excerpts", tuple(bare)),))
    document = open_docx(render(brief))
    styles = [p.style.name for p in document.paragraphs]
    quotes = [i for i, name in enumerate(styles) if name == "Quote"]
    assert len(quotes) == 3
    for a, b in zip(quotes, quotes[1:]):
        assert b - a == 2 and styles[a + 1] != "Quote"
