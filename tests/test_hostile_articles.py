"""Hostile article text through ingest, assembly and every renderer (hypothesis).

Generated articles mix control characters, NUL, lone surrogates (written with
``surrogatepass``, so the file holds bytes no decoder accepts as UTF-8), raw
invalid bytes, right-to-left text and overrides, emoji sequences, markup
look-alikes for HTML, reportlab and XML, and ordinary prose. Every article
carries the theme's keywords inside the hostile sentence, so the hostile text
lands in excerpts and reaches the renderers.

For each generated corpus the build must end in documents that open (JSON
parses; DOCX reopens in python-docx; PDF passes ``qpdf --check`` and reopens
in pypdf), with every file either cited-able as an article or skipped with a
warning naming it, with no markup interpreted (no links, images or scripts
appear; the look-alikes show as text), and with ``briefing verify`` proving
every citation of the JSON manifest and the DOCX.

Example counts are modest so the suite fits CI on 2 cores; run with
``--hypothesis-show-statistics`` to see how many cases each property ran.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.corpus import read_corpus
from briefing.corpus.read import decode
from briefing.errors import CorpusError
from briefing.pipeline import build
from briefing.verify import verify_brief
from conftest import available_formats, cited_items

KEYWORDS = ("memorandum", "flight safety")
MARKUP = (
    '<a href="javascript:alert(1)">click</a>', '<a href="https://evil.example/">x</a>',
    '<img src="x.png" onerror="alert(1)"/>', '<img src="file:///etc/passwd">', "<font color=red size=40>",
    "</font>", '<font name="Courier">', "&#0;", "&#x0;", "&amp;", "&lt;b&gt;", "]]>", "<![CDATA[",
    "<para>", "</para>", "<br/>", "<b>", "<i>", "<super>", '<onDraw name="x" label="y"/>',
    '<seq id="n"/>', '<link href="#x">', "<unichar code=0/>", "<w:t>", '<?xml version="1.0"?>',
    "<!--", "-->", "{\\rtf1}", "%PDF-1.7", "/JavaScript", "[text](http://x)", "**bold**", "# heading",
)
ODD = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\r", "\r\n", "\x1b[31m", "\x1c", "\x1f", "\x7f",
    "\x85", "\x9f", "\u00ad", "\u200b", "\u200d", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
    "\ud800", "\udfff", "\udbff\udc00", "\u202e", "\u202d", "\u2066", "\u061c", "\ufffd",
    "مذكرة تفاهم بشأن سلامة الطيران", "הסכם בטיחות טיסה", "Меморандум", "備忘録", "ﬁnal ﬂight",
    "👩\u200d👩\u200d👧", "🇸🇾", "👍🏽", "e\u0301\u0301\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\U0010ffff",
)
#: Any code point but NUL and lone surrogates: those come from ODD only, or most files
#: would be skipped as binary and few would reach the renderers.
ANY_CHAR = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
WORDS = st.sampled_from(MARKUP + ODD) | st.text(ANY_CHAR, max_size=12)


@st.composite
def hostile_sentence(draw) -> str:
    """A sentence that the theme ranks: keywords with hostile pieces between them."""
    pieces = draw(st.lists(WORDS, min_size=1, max_size=6))
    cut = draw(st.integers(0, len(pieces)))
    end = draw(st.sampled_from([".", "!", "?", "", "…", "\u3002"]))
    return " ".join(["The", *pieces[:cut], "memorandum on flight safety", *pieces[cut:]]) + end


#: The segmenter takes an article's first line for its headline: give it one.
HEADLINE = "Talks on air safety over Syria\n\n"


@st.composite
def hostile_article(draw) -> bytes:
    blocks = draw(st.lists(
        hostile_sentence() | st.text(ANY_CHAR, max_size=200)
        | st.sampled_from(MARKUP + ODD), min_size=1, max_size=8))
    blocks.insert(draw(st.integers(0, len(blocks))), draw(hostile_sentence()))
    separators = draw(st.lists(st.sampled_from(["\n", "\n\n", " ", "\r\n\r\n", "\n\t\n"]),
                               min_size=len(blocks), max_size=len(blocks)))
    text = HEADLINE + "".join(b + s for b, s in zip(blocks, separators))
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and draw(st.booleans()):  # one in four: raw invalid bytes too
        junk = draw(st.binary(min_size=1, max_size=16))
        at = draw(st.integers(0, len(data)))
        data = data[:at] + junk + data[at:]
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data
    return data


CORPUS = st.lists(hostile_article(), min_size=1, max_size=3)

CONFIG = """\
brief:
  title: "Hostile <b>input</b> & ]]> brief"
  date: 2015-10-22
  marking: UNCLASSIFIED
corpus:
  path: articles
themes:
  safety:
    title: Flight safety
    keywords: [memorandum, "flight safety"]
sections:
  - {kind: summary, title: Key points, max_items: 3}
  - {kind: excerpts, title: Excerpts, themes: [safety], max_items: 6, order: chronological}
  - {kind: quotes, title: Who said what, max_items: 5}
  - {kind: sources, title: Sources}
output:
  dir: out
  basename: hostile
"""

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FULL = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _write_corpus(root: Path, articles: list[bytes]) -> Path:
    folder = root / "articles"
    folder.mkdir()
    for i, data in enumerate(articles):
        (folder / f"a{i:03d}.txt").write_bytes(data)
    config = root / "brief.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    return config


def _record(manifest: dict) -> None:
    """Hypothesis events: what the generated cases exercised (--hypothesis-show-statistics)."""
    texts = [item["text"] for item in cited_items(manifest)]
    event(f"sources cited: {len(manifest['sources'])}")
    if any(m in t for t in texts for m in MARKUP):
        event("markup look-alike inside an excerpt")
    if any(ord(c) > 0xFFFF or unicodedata.bidirectional(c) in ("R", "AL") for t in texts for c in t):
        event("astral or right-to-left characters inside an excerpt")
    if any(unicodedata.category(c) in ("Cc", "Cf") for t in texts for c in t):
        event("control or format characters inside an excerpt")


def _every_file_accounted_for(names: list[str], corpus, warnings) -> None:
    used = {a.path for a in corpus.articles}
    for name in names:
        assert name in used or any(w.startswith(f"{name}:") for w in warnings), \
            f"{name} neither read nor skipped with a warning"


def _nothing_usable(error: CorpusError) -> None:
    """Every generated file was skipped: the corpus layer refuses to go on."""
    assert "no usable article" in str(error) and "skipped:" in str(error), str(error)
    event("every file skipped: clean corpus error")


# --------------------------------------------------------------------------- ingest


@FAST
@given(CORPUS)
def test_ingest_reads_or_skips_every_hostile_file_with_exact_offsets(articles):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _write_corpus(root, articles)
        try:
            corpus = read_corpus(root / "articles")
        except CorpusError as error:
            return _nothing_usable(error)
        _every_file_accounted_for([f"a{i:03d}.txt" for i in range(len(articles))], corpus,
                                  corpus.warnings)
        for article in corpus.articles:
            data = (root / "articles" / article.path).read_bytes()
            assert article.text == decode(data)[0]  # what verify will decode
            n = len(article.text)
            for para in article.paragraphs:
                assert 0 <= para.start < para.end <= n
            for sentence in article.sentences:
                para = article.paragraph(sentence.paragraph)
                assert para.start <= sentence.start < sentence.end <= para.end


# --------------------------------------------------------------------------- JSON and Markdown


_RAW_MARKUP = re.compile(r"(?<!\\)<[A-Za-z!/?]")


@FAST
@given(CORPUS)
def test_hostile_articles_build_json_and_markdown_that_verify(articles):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = _write_corpus(root, articles)
        try:
            result = build(config, ["json", "md"])
        except CorpusError as error:
            return _nothing_usable(error)
        corpus = read_corpus(root / "articles")
        _every_file_accounted_for([f"a{i:03d}.txt" for i in range(len(articles))], corpus,
                                  result.warnings)
        manifest = json.loads((root / "out" / "hostile.json").read_text(encoding="utf-8"))
        assert manifest["schema"] == "briefing/3"
        _record(manifest)
        report = verify_brief(root / "out" / "hostile.json", root / "articles")
        assert report.ok, report.lines()
        markdown = (root / "out" / "hostile.md").read_text(encoding="utf-8")
        body = markdown.split("\n---\n", 1)[-1]  # the front matter holds the config's title
        assert not _RAW_MARKUP.search(body), "article text became Markdown/HTML markup"


# --------------------------------------------------------------------------- DOCX and PDF


def _check_docx(path: Path) -> None:
    import docx

    docx.Document(str(path))  # reopens
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        assert not [n for n in names if n.startswith("word/media/")], "an image appeared"
        for name in names:
            if name.endswith(".rels"):
                rels = package.read(name).decode("utf-8")
                assert "TargetMode=\"External\"" not in rels, f"a link appeared in {name}"
        document = package.read("word/document.xml").decode("utf-8")
        assert "<w:drawing" not in document and "<w:pict" not in document


def _check_pdf(path: Path) -> None:
    import pikepdf
    from pypdf import PdfReader

    qpdf = shutil.which("qpdf")
    if qpdf:
        check = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    assert len(PdfReader(str(path)).pages) >= 1
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/JS", "/JavaScript", "/URI", "/Launch", "/SubmitForm", "/ImportData"):
                    assert key not in obj, f"active content {key} in the PDF"
                if obj.get("/Subtype") == "/Image":
                    raise AssertionError("an image appeared in the PDF")


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _markup_shown_as_text(pdf: Path, manifest: dict) -> None:
    """Markup look-alikes that an excerpt cites appear, as text, in the PDF.

    (Not next to right-to-left text, where the PDF draws punctuation in visual order.)
    """
    from briefing.verify.shown import pdf_page_texts, pdf_skeleton

    pages = "".join(pdf_skeleton(p) for p in pdf_page_texts(pdf.read_bytes()))
    for section in manifest["sections"]:
        for item in section["items"]:
            text = item.get("text", "")
            for look_alike in MARKUP:
                if look_alike in text and not _right_to_left(text):
                    assert pdf_skeleton(look_alike) in pages, f"{look_alike!r} was interpreted"


def _pdf_shows_every_excerpt(pdf: Path, corpus: Path, manifest: dict) -> None:
    """verify passes on the PDF, except that right-to-left excerpts with digits or
    mixed runs may not be found in extracted text (visual order; see verify.shown)."""
    report = verify_brief(pdf, corpus)
    assert all(c.ok for c in report.citations), report.lines()
    texts = {item["footnote"]: item["text"] for item in cited_items(manifest)}
    for result in report.texts:
        if not result.ok:
            assert _right_to_left(texts[result.footnote]), report.lines()
            event("right-to-left excerpt not found in the PDF's extracted text")


@pytest.mark.slow
@FULL
@given(CORPUS)
def test_hostile_articles_render_valid_docx_and_pdf_with_no_markup_interpreted(articles):
    formats = available_formats()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = _write_corpus(root, articles)
        try:
            build(config, formats)
        except CorpusError as error:
            return _nothing_usable(error)
        out = root / "out"
        manifest = json.loads((out / "hostile.json").read_text(encoding="utf-8"))
        _record(manifest)
        if "docx" in formats:
            report = verify_brief(out / "hostile.docx", root / "articles")
            assert report.ok, report.lines()
            _check_docx(out / "hostile.docx")
        if "pdf" in formats:
            _check_pdf(out / "hostile.pdf")
            _markup_shown_as_text(out / "hostile.pdf", manifest)
            _pdf_shows_every_excerpt(out / "hostile.pdf", root / "articles", manifest)


# --------------------------------------------------------------------------- named cases


def _build_all(tmp_path: Path, articles: list[bytes]):
    config = _write_corpus(tmp_path, articles)
    result = build(config, available_formats())
    return result, tmp_path / "out"


@pytest.mark.slow
def test_a_100000_character_line_renders_in_every_format(tmp_path):
    line = ("The memorandum on flight safety " + "x" * 97 + " ") * 770  # one line, no full stop
    line = line[:100_000]
    assert len(line) == 100_000 and "\n" not in line
    result, out = _build_all(tmp_path, [line.encode(), b"The memorandum on flight safety held.\n"])
    assert verify_brief(out / "hostile.json", tmp_path / "articles").ok
    if (out / "hostile.pdf").exists():
        _check_pdf(out / "hostile.pdf")
    if (out / "hostile.docx").exists():
        assert verify_brief(out / "hostile.docx", tmp_path / "articles").ok


def test_a_sentence_made_of_every_markup_look_alike_is_shown_literally(tmp_path):
    sentence = "The memorandum on flight safety " + " ".join(MARKUP) + " ends here."
    result, out = _build_all(tmp_path, [sentence.encode()])
    manifest = json.loads((out / "hostile.json").read_text(encoding="utf-8"))
    texts = [item["text"] for item in cited_items(manifest)]
    assert any(MARKUP[0] in t for t in texts), "the markup sentence should be an excerpt"
    if (out / "hostile.docx").exists():
        assert verify_brief(out / "hostile.docx", tmp_path / "articles").ok
        _check_docx(out / "hostile.docx")
    if (out / "hostile.pdf").exists():
        _check_pdf(out / "hostile.pdf")
        _markup_shown_as_text(out / "hostile.pdf", manifest)
        report = verify_brief(out / "hostile.pdf", tmp_path / "articles")
        assert report.ok, report.lines()


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02memorandum on flight safety", "binary"),
    (bytes(range(256)) * 4, "binary"),
    (b"\xff\xfe\x00\xd8memorandum", "UTF-16"),
])
def test_unreadable_articles_are_skipped_with_a_warning_naming_them(tmp_path, data, reason):
    good = b"The memorandum on flight safety was signed.\n"
    result, out = _build_all(tmp_path, [good, data])
    assert any(w.startswith("a001.txt:") for w in result.warnings), result.warnings
    assert [s.path for s in result.brief.sources] == ["a000.txt"]


def test_lone_surrogates_from_bad_decoding_are_read_or_skipped(tmp_path):
    text = "The memorandum \ud83d on flight safety \udcff was signed.\n"
    result, out = _build_all(tmp_path, [text.encode("utf-8", "surrogatepass")])
    report = verify_brief(out / "hostile.json", tmp_path / "articles")
    assert report.ok, report.lines()
    corpus = read_corpus(tmp_path / "articles")
    _every_file_accounted_for(["a000.txt"], corpus, result.warnings)
