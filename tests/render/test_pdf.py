"""The PDF renderer, checked through real readers (qpdf, poppler, pypdf, pikepdf).

Briefs are built in code (``tests/briefs.py`` and the synthetic ones below);
nothing here needs the corpus or the assembler, except the optional test of
the default brief, which skips when the pipeline is not there.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
import warnings
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.errors import RenderError
from briefing.model import (
    AnalystNote,
    Attribution,
    Brief,
    BulletList,
    Citation,
    Excerpt,
    Link,
    Note,
    Paragraph,
    RenderOptions,
    Section,
    Source,
    Timeline,
    SourceList,
    Text,
    iter_notes,
)
from briefing.render import json as json_renderer
from briefing.render.notes import NoteTable, attribution_line
from briefing.render.pdf import (
    MANIFEST_NAME,
    UnsupportedCharacterWarning,
    read_embedded_manifest,
    render,
)
from briefing.render.pdf.footnotes import MeasuredParagraph
from briefing.render.pdf.layout import _anchor_spans
from briefs import excerpt as excerpt_of
from briefs import sample_brief

# ------------------------------------------------------------------ briefs


def with_distinct_notes(brief: Brief) -> Brief:
    """The brief with a fresh Note object for every key point.

    ``sample_brief`` reuses the same excerpts under key points and in their
    section; NoteTable numbers markers, so every marker needs its own Note.
    """
    sections = []
    for section in brief.sections:
        blocks = tuple(
            BulletList(tuple(dataclasses.replace(i, note=Note(i.note.citations)) for i in b.items))
            if isinstance(b, BulletList)
            else b
            for b in section.blocks
        )
        sections.append(dataclasses.replace(section, blocks=blocks))
    return dataclasses.replace(brief, sections=tuple(sections))


def _source(i: int, title_words: int = 40) -> Source:
    words = " ".join(f"word{i}x{k}" for k in range(title_words))
    return Source(
        id=f"src-{i}",
        path=f"src-{i}.txt",
        sha256=f"{i:064x}",
        title=f"Report {i} on {words}",
        outlet=f"Outlet Number {i}",
        authors=(f"Author{i} Alpha", f"Author{i} Beta", f"Author{i} Gamma"),
        published="2015-10-01",
        url=f"https://example.org/{i}/" + "/".join(f"segment{k}" for k in range(8)),
    )


def _cite(source: Source, paragraph: int) -> Citation:
    return Citation(source.id, 0, 4, "text", paragraph=paragraph, sentence=1)


def _prose(i: int, words: int) -> str:
    return " ".join(f"p{i}w{k}" for k in range(words))


def long_notes_brief() -> Brief:
    """Many long notes (a fresh source per note: full Chicago form), one huge note."""
    sources = [_source(i) for i in range(1, 41)]
    sources.append(_source(99, title_words=700))  # a note longer than half a page
    blocks = []
    n = 0
    for i in range(12):
        content: list = []
        for k in range(3):
            source = sources[n % 40]
            n += 1
            content.append(Text(_prose(i * 10 + k, 35) + f" tag{i}k{k}."))
            content.append(Note((_cite(source, i + k + 1),)))
        if i == 5:
            content.append(Text(f" huge{i}."))
            content.append(Note((_cite(sources[-1], 3),)))
        content.append(Text(" " + _prose(i * 10 + 9, 20)))
        blocks.append(Paragraph(tuple(content)))
    return Brief(
        title="Synthetic brief with many long notes",
        date="2015-10-22",
        sections=(
            Section("one", "Long notes", "excerpts", tuple(blocks[:6])),
            Section("two", "More long notes", "excerpts", tuple(blocks[6:])),
            Section("sources", "Sources", "sources", (SourceList(tuple(sources[:3])),)),
        ),
        sources=tuple(sources),
        author="Test Cell",
        marking="UNCLASSIFIED",
    )


def fifteen_notes_brief() -> Brief:
    """One paragraph holding fifteen short notes (same source: short form)."""
    source = Source("one", "one.txt", "0" * 64, title="Short", outlet="Wire", published="2015-10-01")
    content: list = [Text("Fifteen claims follow.")]
    for k in range(1, 16):
        content.append(Text(f" Claim c{k:02d}."))
        content.append(Note((_cite(source, k),)))
    return Brief(
        title="Fifteen notes",
        date="2015-10-22",
        sections=(Section("only", "Claims", "excerpts", (Paragraph(tuple(content)),)),),
        sources=(source,),
    )


# ------------------------------------------------------------------ reading PDFs


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(pdf: bytes) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (poppler-utils / qpdf); CI installs it")
    return path


def write(tmp_path: Path, pdf: bytes, name: str = "brief.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def marker_contexts(brief: Brief) -> dict[int, str]:
    """For each note, its marker in squashed page text: the text around the number."""
    table = NoteTable(brief)
    out: dict[int, str] = {}

    def excerpt(item: Excerpt) -> None:
        n = table.number(item.note)
        out[n] = squash(item.text)[-12:] + str(n) + squash(attribution_line(item))[:6]

    for section in brief.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts = [i.text if not isinstance(i, Note) else str(table.number(i))
                         for i in block.content]
                for k, inline in enumerate(block.content):
                    if isinstance(inline, Note):
                        before = squash("".join(texts[:k]))[-12:]
                        after = squash("".join(texts[k + 1:]))[:6]
                        out[table.number(inline)] = before + texts[k] + after
            elif isinstance(block, Excerpt):
                excerpt(block)
            elif isinstance(block, BulletList):
                for item in block.items:
                    excerpt(item)
            elif isinstance(block, Timeline):
                for entry in block.entries:
                    excerpt(entry.excerpt)
    return out


def _longest_prefix(text: str, page: str) -> int:
    k = len(text)
    while k and text[:k] not in page:
        k -= 1
    return k


def assert_notes_with_markers(brief: Brief, pdf: bytes) -> dict[int, int]:
    """Every note starts on its marker's page (continuing on the next at most)."""
    texts = page_texts(pdf)
    table = NoteTable(brief)
    contexts = marker_contexts(brief)
    pages: dict[int, int] = {}
    for numbered in table:
        n = numbered.number
        marker_pages = [i for i, t in enumerate(texts) if contexts[n] in t]
        assert len(marker_pages) == 1, f"marker {n} ({contexts[n]}) found on pages {marker_pages}"
        page = marker_pages[0]
        note = squash(f"{n}{numbered.text}")
        here = texts[page]
        if note in here:
            pages[n] = page
            continue
        # The note starts here and continues at the top of the next page(s).
        rest, at, first = note, page, True
        while rest:
            k = _longest_prefix(rest, texts[at])
            if first:
                assert k >= 30, f"note {n} does not start on page {page + 1}, its marker's page"
                first = False
            else:
                assert k > 0, f"note {n} does not continue on page {at + 1}"
            rest = rest[k:]
            at += 1
            assert not rest or at < len(texts), f"note {n} is cut short"
        pages[n] = page
    return pages


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def sample() -> Brief:
    return with_distinct_notes(sample_brief())


@pytest.fixture(scope="module")
def sample_pdf(sample) -> bytes:
    return render(sample, RenderOptions())


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render(long_notes_brief(), RenderOptions())


# ------------------------------------------------------------------ structure


def test_qpdf_check_passes(tmp_path, sample_pdf, long_pdf):
    qpdf = need("qpdf")
    for name, pdf in (("sample.pdf", sample_pdf), ("long.pdf", long_pdf)):
        result = subprocess.run([qpdf, "--check", str(write(tmp_path, pdf, name))],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors" in result.stdout


def test_every_font_is_embedded(tmp_path, sample_pdf):
    pdffonts = need("pdffonts")
    result = subprocess.run([pdffonts, str(write(tmp_path, sample_pdf))],
                            capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        fields = row.split()
        emb = fields[-5]
        assert emb == "yes", f"font not embedded: {row}"


def test_outline_has_one_entry_per_section(sample, sample_pdf):
    reader = PdfReader(io.BytesIO(sample_pdf))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == [s.title for s in sample.sections]


def test_toc_page_numbers_match_where_sections_start(tmp_path, sample, sample_pdf, long_pdf):
    pdftotext = need("pdftotext")
    for brief, pdf in ((sample, sample_pdf), (long_notes_brief(), long_pdf)):
        reader = PdfReader(io.BytesIO(pdf))
        outline_pages = [reader.get_destination_page_number(item) + 1
                         for item in reader.outline if not isinstance(item, list)]
        path = write(tmp_path, pdf)
        toc = subprocess.run([pdftotext, "-layout", "-f", "1", "-l", "1", str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        texts = page_texts(pdf)
        for section, page in zip(brief.sections, outline_pages):
            line = re.search(re.escape(section.title) + r"[ .]*?(\d+)\s*$", toc, re.M)
            assert line, f"{section.title!r} is not in the table of contents"
            assert int(line.group(1)) == page, f"TOC gives {line.group(1)}, section starts on {page}"
            assert squash(section.title) in texts[page - 1]


def test_page_x_of_y_on_every_page(long_pdf):
    texts = page_texts(long_pdf)
    total = len(texts)
    assert total > 3
    for number, text in enumerate(texts, 1):
        assert f"Page{number}of{total}" in text
        assert text.count("UNCLASSIFIED") >= 2  # banner at the top and the bottom


def test_letter_and_a4_page_sizes(sample):
    a4 = PdfReader(io.BytesIO(render(sample, RenderOptions(page_size="A4")))).pages[0]
    letter = PdfReader(io.BytesIO(render(sample, RenderOptions(page_size="letter")))).pages[0]
    assert (round(float(a4.mediabox.width)), round(float(a4.mediabox.height))) == (595, 842)
    assert (round(float(letter.mediabox.width)), round(float(letter.mediabox.height))) == (612, 792)


def test_unknown_page_size_is_an_error(sample):
    with pytest.raises(RenderError, match="page size"):
        render(sample, RenderOptions(page_size="A5"))


def test_metadata(sample, sample_pdf):
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        info = pdf.docinfo
        assert str(info.Title) == sample.title
        assert str(info.Author) == sample.author
        assert str(info.Subject) == sample.subtitle
        assert "deconfliction" in str(info.Keywords)
        assert str(info.Creator) == "briefing"
        assert str(info.CreationDate).startswith("D:20151022")
        assert str(pdf.Root.Lang) == "en"


def test_two_renders_are_byte_identical(sample, sample_pdf):
    assert render(sample, RenderOptions()) == sample_pdf


_RENDER_IN_CHILD = """
import sys, hashlib
sys.path[:0] = [{tests!r}, {render_tests!r}]
from test_pdf import with_distinct_notes
from briefs import sample_brief
from briefing.model import RenderOptions
from briefing.render.pdf import render
print(hashlib.sha256(render(with_distinct_notes(sample_brief()), RenderOptions())).hexdigest())
"""


def test_renders_in_other_processes_are_byte_identical(sample_pdf):
    """Hash seeds and SOURCE_DATE_EPOCH do not change a byte (the date is the brief's)."""
    import hashlib
    import os
    import sys

    here = Path(__file__).resolve().parent
    code = _RENDER_IN_CHILD.format(tests=str(here.parent), render_tests=str(here))
    digests = set()
    for seed, epoch in (("1", None), ("2", "1445472000"), ("3", "0")):
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        env["PYTHONHASHSEED"] = seed
        if epoch is not None:
            env["SOURCE_DATE_EPOCH"] = epoch
        result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                text=True, check=True)
        digests.add(result.stdout.strip())
    assert digests == {hashlib.sha256(sample_pdf).hexdigest()}


def test_a_brief_without_sections_or_a_valid_date_still_renders():
    pdf = render(Brief(title="Empty", date="not a date", sections=()), RenderOptions())
    texts = page_texts(pdf)
    assert len(texts) == 1
    assert "Empty" in texts[0] and "Placeholder" not in texts[0]


def test_embedded_manifest_equals_the_json_output(tmp_path, sample, sample_pdf):
    expected = json_renderer.render(sample, RenderOptions())
    assert read_embedded_manifest(sample_pdf) == expected
    assert read_embedded_manifest(write(tmp_path, sample_pdf)) == expected
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        assert MANIFEST_NAME in pdf.attachments


# ------------------------------------------------------------------ footnotes


def test_footnotes_sit_on_the_page_of_their_marker(sample, sample_pdf):
    pages = assert_notes_with_markers(sample, sample_pdf)
    assert len(pages) == len(list(iter_notes(sample)))


def test_footnotes_with_many_long_notes_stay_with_their_markers(long_pdf):
    brief = long_notes_brief()
    pages = assert_notes_with_markers(brief, long_pdf)
    assert len(pages) == len(list(iter_notes(brief)))
    assert len(set(pages.values())) > 3  # the notes really spread over pages


def test_a_note_too_long_for_the_page_continues_on_the_next(long_pdf):
    brief = long_notes_brief()
    table = NoteTable(brief)
    huge = next(n for n in table if "word99x0" in n.text)
    texts = page_texts(long_pdf)
    note = squash(f"{huge.number}{huge.text}")
    on = [i for i, t in enumerate(texts) if note[:40] in t]
    assert len(on) == 1
    assert note not in texts[on[0]], "the huge note should not fit on one page"
    assert squash(huge.text)[-40:] in "".join(texts[on[0] + 1:on[0] + 3])


def test_fifteen_notes_on_one_page():
    brief = fifteen_notes_brief()
    pdf = render(brief, RenderOptions())
    pages = assert_notes_with_markers(brief, pdf)
    assert len(pages) == 15
    assert len(set(pages.values())) == 1


def test_markers_and_notes_link_both_ways(sample_pdf):
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        internal = 0
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if annot.Subtype == "/Link" and "/Dest" in annot:
                    internal += 1
    # TOC entries link to sections, markers to notes and notes back to markers.
    notes = len(list(iter_notes(with_distinct_notes(sample_brief()))))
    assert internal >= 2 * notes


def long_excerpt_brief() -> Brief:
    """An excerpt over several pages (kept with its attribution line), then a note."""
    source = _source(1)
    excerpt = Excerpt(
        _prose(1, 6000), Note((_cite(source, 1),)), Attribution(outlet="Wire", date="2015-10-01"),
        notes=(AnalystNote("Read with care.", anchor="p1w5"),),
    )
    paragraph = Paragraph((Text(_prose(2, 300)), Note((_cite(source, 2),)), Text(_prose(3, 50))))
    return Brief(
        title="A long excerpt",
        date="2015-10-22",
        sources=(source,),
        sections=(Section("one", "A long excerpt", "excerpts", (excerpt, paragraph)),),
    )


def test_a_paragraph_is_broken_into_lines_once_however_often_it_is_measured(monkeypatch):
    """Keep-together groups, the footnote frame and every multiBuild pass measure
    a paragraph again; its lines are broken once (a split piece is a new paragraph)."""
    broken: dict[tuple[int, tuple[float, ...]], int] = {}
    held = []  # keeps every counted paragraph alive, so no id is reused
    original = MeasuredParagraph.breakLines

    def counting(self, widths):
        held.append(self)
        key = (id(self), tuple(widths))
        broken[key] = broken.get(key, 0) + 1
        return original(self, widths)

    monkeypatch.setattr(MeasuredParagraph, "breakLines", counting)
    brief = long_excerpt_brief()
    pdf = render(brief, RenderOptions())
    assert len(page_texts(pdf)) > 3
    assert broken and set(broken.values()) == {1}
    assert_notes_with_markers(brief, pdf)


# ------------------------------------------------------------------ content and safety


def test_analyst_note_is_a_box_and_a_text_annotation(sample, sample_pdf):
    texts = page_texts(sample_pdf)
    assert any("ANALYSTNOTE" in t and "TermswerewithheldatRussia" in t for t in texts)
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        annots = [a for p in pdf.pages for a in p.get("/Annots", []) if a.Subtype == "/Text"]
    excerpts = [b for s in sample.sections for b in s.blocks if isinstance(b, Excerpt)]
    excerpts += [i for s in sample.sections for b in s.blocks if isinstance(b, BulletList)
                 for i in b.items]
    assert len(annots) == sum(len(e.notes) for e in excerpts) > 0
    for annot in annots:
        assert str(annot.Contents) == "On \u201csafe distance\u201d: Terms were withheld at Russia\u2019s request."
        assert str(annot.T) == "Open Source Analysis Cell"


def test_an_analyst_note_anchor_matched_ignoring_case_is_highlighted_where_it_is():
    # Lower-casing "\u0130" gives two characters: offsets found in text.lower() are off by one.
    text = "\u0130stanbul talks: keep a SAFE DISTANCE apart"
    spans = _anchor_spans(text, (AnalystNote("n", anchor="safe distance"),))
    assert [text[start:end] for start, end in spans] == ["SAFE DISTANCE"]


def test_cover_values_longer_than_a_page_continue_and_page_furniture_is_cut_short():
    title = " ".join(f"title{k}" for k in range(400))
    author = " ".join(f"name{k}" for k in range(700))
    brief = Brief(
        title=title, date="2015-10-22", author=author, marking="SECRET//" + "M" * 3000,
        sections=(Section("one", "Body", "excerpts", (Paragraph((Text(_prose(1, 50)),)),)),),
    )
    pdf = render(brief, RenderOptions())
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 2
    words = set(" ".join(pages).split())
    assert {f"name{k}" for k in range(700)} <= words  # the cover's author row, whole
    for number, text in enumerate(pages, 1):
        lines = text.splitlines()
        banners = [line for line in lines if line.startswith("SECRET//M") and line.endswith("\u2026")]
        assert len(banners) == 2 and all(len(banner) < 120 for banner in banners)
        if number > 1:
            assert any(line.startswith("title0 title1") and "\u2026" in line for line in lines)


def test_text_that_looks_like_markup_prints_literally(sample_pdf):
    text = "".join(page_texts(sample_pdf))
    assert squash('<b>bold</b> <a href="file:///etc/passwd">x</a> &amp; 1 < 2') in text
    with pikepdf.open(io.BytesIO(sample_pdf)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                uri = str(annot.get("/A", {}).get("/URI", ""))
                assert not uri or uri.startswith("https://"), uri
            xobjects = page.Resources.get("/XObject", {})
            assert not any(x.get("/Subtype") == "/Image" for x in xobjects.values())


def test_hostile_text_never_becomes_markup():
    hostile = (
        '<img src="/etc/hostname"/> <a href="file:///etc/passwd">link</a> <b>b</b> '
        "<font size=40>big</font> & &amp; &lt; < > <para> ]]> \x00\x07\x1b control"
    )
    source = Source("s", "s.txt", "0" * 64, title=hostile, outlet=hostile,
                    url="file:///etc/passwd", published="2015-10-01")
    brief = Brief(
        title=hostile,
        date="2015-10-22",
        author=hostile,
        marking="<b>SECRET</b> & co",
        sources=(source,),
        sections=(
            Section("s<1>", hostile, "excerpts", (
                Paragraph((Text(hostile), Link(hostile, "file:///etc/passwd"),
                           Link("js", "javascript:alert(1)"), Note((_cite(source, 1),)))),
                SourceList((source,)),
            )),
        ),
    )
    pdf = render(brief, RenderOptions())
    text = "".join(page_texts(pdf))
    assert squash('<img src="/etc/hostname"/>') in text
    assert squash("<font size=40>big</font> & &amp; &lt; < > <para> ]]>") in text
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                action = annot.get("/A")
                assert action is None or "/URI" not in action, str(action)
            xobjects = page.Resources.get("/XObject", {})
            assert not any(x.get("/Subtype") == "/Image" for x in xobjects.values())


_HOSTILE = st.lists(
    st.sampled_from(list("<>&;\"'/=#ab \n\t\x00\x1b\u00e9\u0416\u4e2d\ufeff\u202e"))
    | st.sampled_from(["<b>", "</b>", "<a href='x'>", "</a>", "<img src='/etc/hostname'/>",
                       "&amp;", "&#60;", "<br/>", "<para>", "<onDraw name=x/>", "]]>"]),
    max_size=30,
).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_HOSTILE)
def test_any_text_renders_without_becoming_markup(text):
    source = Source("s", "s.txt", "0" * 64, title=text, outlet=text, published="2015-10-01")
    brief = Brief(
        title=text or "t",
        date="2015-10-22",
        author=text,
        sources=(source,),
        sections=(Section("s", text, "excerpts", (
            Paragraph((Text(text), Note((_cite(source, 1),)))),
            Excerpt(text, Note((_cite(source, 2),))),
        )),),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnsupportedCharacterWarning)
        pdf = render(brief, RenderOptions())
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                assert "/URI" not in annot.get("/A", {})
            assert "/XObject" not in page.Resources or not any(
                x.get("/Subtype") == "/Image" for x in page.Resources.XObject.values())
    def shown(value: str) -> str:  # what a reader can see: no controls, no format characters
        return "".join(c for c in squash(value) if unicodedata.category(c) not in ("Cc", "Cf"))

    assert shown(text.replace("\u4e2d", "\ufffd")) in shown("".join(page_texts(pdf)))


def test_unsupported_characters_are_replaced_and_listed_in_one_warning(sample):
    brief = dataclasses.replace(
        sample,
        sections=sample.sections + (
            Section("cjk", "Other scripts \u4e2d", "excerpts",
                    (Paragraph((Text("CJK \u4e2d\u6587, Devanagari \u0915, parrot \U0001f99c; "
                                     "smiley \U0001f600 and \u05d0 from the fallback face."),)),)),
        ),
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdf = render(brief, RenderOptions())
    relevant = [w for w in caught if issubclass(w.category, UnsupportedCharacterWarning)]
    assert len(relevant) == 1
    message = str(relevant[0].message)
    for code in ("U+4E2D", "U+6587", "U+0915", "U+1F99C", "U+1F600"):
        assert code in message
    assert "U+05D0" not in message
    text = "".join(page_texts(pdf))
    assert "CJK\ufffd\ufffd,Devanagari\ufffd,parrot\ufffd;smiley\ufffdand\u05d0" in text


def test_sample_covers_greek_cyrillic_and_punctuation_without_warning(sample):
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedCharacterWarning)
        pdf = render(sample, RenderOptions())
    text = "".join(page_texts(pdf))
    for word in ("\u041c\u043e\u0441\u043a\u0432\u0430", "\u0391\u03b8\u03ae\u03bd\u03b1",
                 "\u0141\u00f3d\u017a", "\u2026\u2192\u201cquoted\u201d"):
        assert word in text


# ------------------------------------------------------------------ the default brief


def test_default_brief_if_the_pipeline_is_available(tmp_path):
    pipeline = pytest.importorskip("briefing.pipeline")
    config = Path(__file__).resolve().parents[2] / "config" / "brief.yaml"
    if not (config.exists() and hasattr(pipeline, "load_inputs")
            and hasattr(pipeline, "assemble_brief")):
        pytest.skip("the default config or the pipeline's brief builder is not there yet")
    loaded, corpus = pipeline.load_inputs(config)
    brief = pipeline.assemble_brief(loaded, corpus, config)
    pdf = render(brief, RenderOptions(page_size=loaded.config.output.page_size))
    pages = assert_notes_with_markers(brief, pdf)
    assert len(pages) == len(list(iter_notes(brief)))
    reader = PdfReader(io.BytesIO(pdf))
    assert [i.title for i in reader.outline] == [s.title for s in brief.sections]


def test_reading_a_manifest_from_what_is_not_a_briefing_pdf_is_one_error():
    from briefing.errors import ManifestNotFound
    from briefing.render.pdf import read_embedded_manifest

    with pytest.raises(ManifestNotFound, match="not a readable PDF"):
        read_embedded_manifest(b"%PDF-1.7 but not really")
    plain = io.BytesIO()
    pikepdf.new().save(plain)
    with pytest.raises(ManifestNotFound, match="no briefing-manifest.json attached"):
        read_embedded_manifest(plain.getvalue())


def test_a_heading_or_a_lead_in_never_ends_a_page_without_what_it_introduces():
    """Sections whose opening and whose "Reported by …:" lines fall at every
    height of a page: each stays on the page of what it introduces."""
    source = sample_brief().sources[0]
    filler = "Background sentence of the analyst's own prose that fills the line. "
    count = 60
    sections = []
    for i in range(1, count + 1):
        blocks = (Paragraph((Text(f"Opening {i}. " + filler * (i * 3 % 11)),)),
                  Paragraph((Text(f"Lead-in {i}:"),)),
                  excerpt_of(source, f"Entry {i} follows its lead-in."))
        sections.append(Section(f"s{i}", f"Section {i}", "excerpts", blocks))
    brief = dataclasses.replace(sample_brief(), sections=tuple(sections))
    pages = page_texts(render(brief))  # whitespace squashed out
    assert len(pages) > 12
    for i in range(1, count + 1):
        assert any(f"Section{i}Opening{i}." in text for text in pages), i
        assert any(f"Lead-in{i}:Entry{i}follows" in text for text in pages), i
