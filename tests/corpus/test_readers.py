"""Every reader on files written for the test: text, offsets, metadata and refusals."""

from __future__ import annotations

import re

import pytest

from briefing.corpus import read_corpus
from briefing.corpus.readers import Unreadable, choose, read_bytes
from reader_files import (FURNITURE, PARAGRAPHS, TITLE, factiva, login_wall, mhtml, news_page,
                          nexis_academic, nexis_uni_paragraphs, pdf_article, rtf, scanned_pdf,
                          word_article, word_lines)


def _read(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return read_corpus(tmp_path)


def _body(article) -> str:
    return "\n".join(article.text[p.start:p.end] for p in article.paragraphs)


def _check_offsets(article):
    assert article.text_sha256
    for p in article.paragraphs:
        assert article.text[p.start:p.end].strip() == article.text[p.start:p.end]
    for s in article.sentences:
        assert article.text[s.start:s.end].strip()
    for name in ("title", "outlet", "authors", "published", "url"):
        field = getattr(article.metadata, name)
        if field.origin == "text":
            assert field.start is not None and article.text[field.start:field.end]


# --------------------------------------------------------------------------- web pages


@pytest.mark.parametrize("json_ld", [True, False], ids=["json-ld", "meta-tags"])
def test_a_saved_page_keeps_the_article_and_drops_the_furniture(tmp_path, json_ld):
    corpus = _read(tmp_path, "page.html", news_page(json_ld=json_ld))
    [article] = corpus.articles
    assert article.reader == "html" and "trafilatura" in article.reader_version
    body = _body(article)
    for paragraph in PARAGRAPHS:
        assert " ".join(paragraph.split()) in " ".join(body.split())
    for junk in FURNITURE + ["SCRIPT RAN", "Accept", "Sign up", "All rights reserved", "World"]:
        assert junk not in body
    md = article.metadata
    assert md.title.value == TITLE
    assert md.authors.value == ("Lena Marsh",)
    assert md.published.value == "2021-03-02T18:30-05:00"
    assert md.url.value == "https://www.reuters.com/world/grain-corridor-2021-03-02/"
    if json_ld:  # the publisher is an @id reference in the @graph
        assert (md.outlet.value, md.outlet.origin) == ("Example Herald", "html: JSON-LD")
        assert md.authors.origin == "html: JSON-LD"
    else:  # og:site_name, named as the news-domain table names it
        assert md.outlet.value == "Reuters" and md.outlet.origin.startswith("html: meta")
    _check_offsets(article)


def test_a_page_never_fetches_or_runs_anything(tmp_path):
    import http.server
    import threading

    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        page = news_page().replace(b"127.0.0.1:9", f"127.0.0.1:{port}".encode())
        [article] = _read(tmp_path, "page.html", page).articles
    finally:
        server.shutdown()
    assert hits == []
    assert "SCRIPT RAN" not in article.text


def test_a_windows_1252_page_decodes_by_its_meta_charset(tmp_path):
    page = news_page(encoding="windows-1252")
    assert b"\x93We have bought time" in page
    [article] = _read(tmp_path, "page.htm", page).articles
    assert "“We have bought time, not peace,”" in article.text


def test_an_mhtml_single_file_save_is_read_with_its_address(tmp_path):
    [article] = _read(tmp_path, "page.mhtml", mhtml(news_page())).articles
    assert article.reader == "html"
    assert PARAGRAPHS[1] in article.text
    assert article.metadata.title.value == TITLE


def test_a_login_wall_an_index_page_and_a_page_saved_as_txt(tmp_path):
    (tmp_path / "wall.html").write_bytes(login_wall())
    index = b"""<!DOCTYPE html><html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World"}</script></head>
    <body><main>""" + b"".join(b"<h2><a href='/a%d'>Headline number %d about the world</a></h2><p>A summary of "
                                b"the story that tells readers what happened in a sentence or two today.</p>"
                                % (i, i) for i in range(30)) + b"</main></body></html>"
    (tmp_path / "world.html").write_bytes(index)
    (tmp_path / "saved.txt").write_bytes(news_page())
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["saved.txt"]
    assert corpus.articles[0].reader == "html"
    lines = {w.split(":")[0]: w for w in corpus.warnings}
    assert "no article text on the page" in lines["wall.html"]
    assert "index or section page" in lines["world.html"]
    assert lines["saved.txt"] == "saved.txt: named .txt but is a web page; read as such"


# --------------------------------------------------------------------------- plain text headers


HEADERS = {
    # the cases, in articles written for the test
    "middle-initial.txt": ("Talks stall over grain inspections\nBy David E. Sanger\nThe New York Times\n"
                           "July 7, 2016\n\n", {"authors": ("David E. Sanger",), "outlet": "The New York Times",
                                                "title": "Talks stall over grain inspections",
                                                "published": "2016-07-07"}),
    "accents.txt": ("Port workers return after strike\n\nBy José Müller and Zoë Ng\n07/05/2016\n\n",
                    {"authors": ("José Müller", "Zoë Ng"), "published": "2016-07-05",
                     "title": "Port workers return after strike"}),
    "two-line.txt": ("Ministers Agree To Extend The Grain Corridor\nFor Another Six Months After Talks\n"
                     "By Lena Marsh\nThe Washington Post · 12/31/2015 10:21 PM EST\n\n",
                     {"title": "Ministers Agree To Extend The Grain Corridor For Another Six Months After Talks",
                      "outlet": "The Washington Post", "published": "2015-12-31T22:21-05:00"}),
    "outlet-first.txt": ("The Washington Post\nUpdated 4:35 p.m. ET July 5, 2016\n\nGrain deal extended\n\n"
                         "By Lena Marsh\n\n", {"outlet": "The Washington Post", "title": "Grain deal extended",
                                               "published": "2016-07-05T16:35-05:00"}),
    "four-lines.txt": ("Grain deal extended for six months\nREUTERS\nMarch 2, 2021\n"
                       "https://www.reuters.com/world/grain-2021-03-02/\n\n",
                       {"outlet": "Reuters", "url": "https://www.reuters.com/world/grain-2021-03-02/",
                        "title": "Grain deal extended for six months"}),
    "url-only.txt": ("Grain deal extended for six months\nhttps://www.bbc.co.uk/news/world-123\n\n",
                     {"outlet": "BBC News", "title": "Grain deal extended for six months"}),
    "key-value.txt": ("Title: Grain deal extended\nAuthor: Lena Marsh; Tomas Vidal\nSource: USA TODAY\n"
                      "Date: Tuesday, March 2, 2021\nWords: 412\n\n",
                      {"authors": ("Lena Marsh", "Tomas Vidal"), "outlet": "USA Today",
                       "title": "Grain deal extended", "published": "2021-03-02"}),
    "2021-03-02-dated-by-name.txt": ("Grain deal extended\n\n", {"published": "2021-03-02"}),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_text_header_lines_are_classified_one_by_one(tmp_path, name):
    header, want = HEADERS[name]
    text = header + "\n\n".join(PARAGRAPHS) + "\n"
    [article] = _read(tmp_path, name, text).articles
    md = article.metadata
    for field, value in want.items():
        assert getattr(md, field).value == value, field
    assert _body(article).startswith("GENEVA —")
    _check_offsets(article)


def test_utf16_with_a_bom_is_read_with_its_crlf(tmp_path):
    text = "Grain deal extended\r\nBy Lena Marsh\r\n\r\n" + "\r\n\r\n".join(PARAGRAPHS) + "\r\n"
    for name, codec in (("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")):
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        (tmp_path / name).write_bytes(bom + text.encode(codec))
    corpus = read_corpus(tmp_path)
    assert [a.text for a in corpus.articles] == [text, text]
    assert corpus.articles[0].metadata.authors.value == ("Lena Marsh",)


# --------------------------------------------------------------------------- Markdown


MARKDOWN = """---
title: "Grain deal extended"
date: 2021-03-02
authors: [Lena Marsh]
outlet: Reuters
canonical_url: https://www.reuters.com/world/grain-2021-03-02/
---

# Grain deal extended

GENEVA — Foreign ministers agreed on **Tuesday** to extend the corridor, according to
[a statement](https://example.org/statement) from the host government.

> “We have bought time, not peace,” said _Amara Okafor_, the envoy.

- Ships keep moving through the straits.
"""


def test_markdown_text_is_what_the_page_shows(tmp_path):
    [article] = _read(tmp_path, "a.md", MARKDOWN).articles
    assert article.reader == "markdown"
    for markup in ("**", "](", "> ", "# ", "---", "_Amara", "https://example.org"):
        assert markup not in article.text
    assert "agreed on Tuesday to extend the corridor, according to\na statement from" in article.text
    md = article.metadata
    assert (md.title.value, md.published.value, md.outlet.value) == ("Grain deal extended", "2021-03-02", "Reuters")
    assert md.authors.value == ("Lena Marsh",) and md.url.origin == "markdown: front matter canonical_url"
    assert any("We have bought time" in article.text[p.start:p.end] for p in article.paragraphs)


# --------------------------------------------------------------------------- exports


def test_a_nexis_academic_export_is_one_source_per_document_with_exact_offsets(tmp_path):
    export = nexis_academic(3).replace("\n", "\r\n")
    (tmp_path / "batch.txt").write_bytes(export.encode("utf-8"))
    corpus = read_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["batch#1", "batch#2", "batch#3"]
    outlets = [a.metadata.outlet.value for a in corpus.articles]
    assert outlets == ["The New York Times", "The Washington Post", "USA Today"]
    for i, article in enumerate(corpus.articles, 1):
        md = article.metadata
        assert md.title.value == f"Grain deal, part {i}" and md.title.origin == "nexis: headline"
        assert md.published.value == f"2021-03-{i:02d}"
        assert md.authors.value == ("Lena Marsh", "Tomas Vidal")
        assert article.reader == "nexis" and article.part == i
        assert article.text in export  # a verbatim slice of the export
        assert article.text.startswith("GENEVA") and "LOAD-DATE" not in article.text
        assert len(article.paragraphs) == 4
        _check_offsets(article)


@pytest.mark.parametrize("container", ["txt", "docx"])
def test_a_nexis_uni_export_as_text_or_word(tmp_path, container):
    lines = nexis_uni_paragraphs(2)
    data = ("\n".join(lines) + "\n").encode() if container == "txt" else word_lines(lines)
    corpus = _read(tmp_path, f"uni.{container}", data)
    assert [a.id for a in corpus.articles] == ["uni#1", "uni#2"]
    md = corpus.articles[1].metadata
    assert (md.title.value, md.outlet.value, md.published.value) == ("Grain deal, part 2", "Politico", "2021-03-02")
    assert md.authors.value == ("Lena Marsh",)
    assert "Job Number" not in corpus.articles[0].text and "End of Document" not in corpus.articles[0].text
    assert corpus.articles[0].reader == "nexis"


def test_a_cut_off_export_keeps_its_whole_documents_and_says_what_is_missing(tmp_path):
    export = nexis_academic(3)
    cut = export[: export.index("LOAD-DATE: March 4")]  # document 3 loses its end
    corpus = _read(tmp_path, "cut.txt", cut)
    assert [a.id for a in corpus.articles] == ["cut#1", "cut#2"]
    assert any("document 3: cut off" in w for w in corpus.warnings)
    (tmp_path / "cut.txt").write_text(export[: export.index("LOAD-DATE: March 2")])
    (tmp_path / "ok.txt").write_text("Grain deal\n\n" + PARAGRAPHS[0] + "\n")
    corpus = read_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["ok"]
    [line] = [w for w in corpus.warnings if w.startswith("cut.txt")]
    assert "malformed Nexis export" in line and "announces 3 documents and holds 1" in line


@pytest.mark.parametrize("inline", [True, False], ids=["inline-codes", "codes-on-own-line"])
def test_a_factiva_export_is_one_source_per_document(tmp_path, inline):
    export = factiva(inline=inline)
    corpus = _read(tmp_path, "factiva.txt", export)
    assert [a.id for a in corpus.articles] == ["factiva#1", "factiva#2"]
    for i, article in enumerate(corpus.articles, 1):
        md = article.metadata
        assert (md.title.value, md.published.value, md.outlet.value) == (
            f"Grain deal, part {i}", f"2021-03-0{i}", "USA Today")
        assert md.authors.value == ("Lena Marsh",)  # handle and outlet dropped
        assert [article.text[p.start:p.end] for p in article.paragraphs] == PARAGRAPHS
        assert "Search Summary" not in article.text and "AN " not in article.text


def test_a_factiva_rtf_export(tmp_path):
    corpus = _read(tmp_path, "factiva.rtf", rtf(factiva()))
    assert [a.id for a in corpus.articles] == ["factiva#1", "factiva#2"]
    assert corpus.articles[0].reader == "factiva"
    assert "“We have bought time, not peace,”" in corpus.articles[0].text


def test_an_rtf_article(tmp_path):
    text = f"{TITLE}\nBy Lena Marsh\nMarch 2, 2021\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    [article] = _read(tmp_path, "story.rtf", rtf(text)).articles
    assert article.reader == "rtf"
    assert article.metadata.title.value == TITLE and article.metadata.published.value == "2021-03-02"
    assert "jsmith" not in article.text and "Times New Roman" not in article.text


# --------------------------------------------------------------------------- Word


def test_a_word_article_without_its_page_header_footer_or_clipping_note(tmp_path):
    [article] = _read(tmp_path, "story.docx", word_article()).articles
    assert article.reader == "docx"
    md = article.metadata
    assert (md.title.value, md.title.origin) == (TITLE, "docx: Title style")
    assert md.authors.value == ("Lena Marsh",)
    assert md.published.value == "2021-03-02"  # the text's date, not the 2024 core property
    assert (md.outlet.value, md.outlet.origin) == ("The Washington Post", "docx: page header")
    body = _body(article)
    assert "Page 1 of 2" not in article.text and "THE WASHINGTON POST" not in article.text
    assert "Clipping saved" not in body
    assert [article.text[p.start:p.end] for p in article.paragraphs] == PARAGRAPHS


def test_a_word_metadata_table_and_core_properties(tmp_path):
    (tmp_path / "table.docx").write_bytes(word_article(table=True, header_text=None))
    (tmp_path / "core.docx").write_bytes(word_article(core_only=True, header_text=None))
    md = {a.id: a.metadata for a in read_corpus(tmp_path).articles}
    assert (md["table"].title.value, md["table"].outlet.value, md["table"].published.value) == (
        TITLE, "Politico", "2021-03-02")
    assert md["table"].title.origin == "docx: metadata table"
    assert (md["core"].title.value, md["core"].published.value, md["core"].outlet.value) == (
        TITLE, "2021-03-02", "The Washington Post")
    assert md["core"].authors.value == ("Lena Marsh",)


def test_broken_word_files_each_give_one_warning(tmp_path):
    import zipfile

    (tmp_path / "ok.txt").write_text("Grain deal\n\n" + PARAGRAPHS[0] + "\n")
    (tmp_path / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with zipfile.ZipFile(tmp_path / "junk.docx", "w") as z:
        z.writestr("junk.bin", b"\x00\x01" * 100)
    (tmp_path / "pdf-named.docx").write_bytes(pdf_article())
    corpus = read_corpus(tmp_path)
    assert sorted(a.path for a in corpus.articles) == ["ok.txt", "pdf-named.docx"]
    lines = {w.split(":")[0]: w for w in corpus.warnings}
    assert "password-protected Word file" in lines["locked.docx"]
    assert "no Word document in it" in lines["junk.docx"]
    assert lines["pdf-named.docx"] == "pdf-named.docx: named .docx but is a PDF; read as such"


# --------------------------------------------------------------------------- PDF


def test_a_pdf_article_without_running_heads_folios_or_added_hyphens(tmp_path):
    [article] = _read(tmp_path, "story.pdf", pdf_article()).articles
    assert article.reader == "pdf" and "pypdf" in article.reader_version
    md = article.metadata
    assert md.title.value == "Ministers extend grain corridor for six months"
    assert md.authors.value == ("Lena Marsh",) and md.published.value == "2021-03-02"
    assert md.outlet.value == "The Washington Post"  # from the running head
    text = article.text
    assert "THE WASHINGTON POST" not in text and "Page 1" not in text and "Page 2" not in text
    assert "inspection regime" in text and "inspec-" not in text
    assert "Geneva-based" in text
    paragraphs = [" ".join(article.text[p.start:p.end].split()) for p in article.paragraphs]
    assert len(paragraphs) == 3
    # the second paragraph runs on across the page break
    assert paragraphs[1].endswith("host government.")
    assert paragraphs[2].startswith("Shipping companies")


def test_scanned_and_password_protected_pdfs_are_skipped_saying_why(tmp_path):
    (tmp_path / "ok.txt").write_text("Grain deal\n\n" + PARAGRAPHS[0] + "\n")
    (tmp_path / "scan.pdf").write_bytes(scanned_pdf())
    (tmp_path / "locked.pdf").write_bytes(pdf_article(encrypt="secret"))
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["ok.txt"]
    lines = {w.split(":")[0]: w for w in corpus.warnings}
    assert "looks scanned" in lines["scan.pdf"]
    assert "password-protected PDF" in lines["locked.pdf"]


# --------------------------------------------------------------------------- the corpus


def test_files_no_reader_takes_are_listed_in_one_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Grain deal\n\n" + PARAGRAPHS[0] + "\n")
    for name in ("chart.png", "data.xlsx", "notes.odt"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    corpus = read_corpus(tmp_path)
    listed = [w for w in corpus.warnings if "no reader takes" in w]
    assert listed == ["3 files of a kind no reader takes, not read: chart.png, data.xlsx, notes.odt"]


def test_a_saved_pages_asset_folder_is_not_part_of_the_corpus(tmp_path):
    (tmp_path / "Story.html").write_bytes(news_page())
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "app.js").write_text("alert(1)")
    (tmp_path / "Story_files" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["Story.html"]
    assert not any("no reader takes" in w for w in corpus.warnings)


def test_missing_metadata_is_one_warning_that_says_how_to_fix_it(tmp_path):
    (tmp_path / "a.txt").write_text("Grain deal extended\n\n" + PARAGRAPHS[0] + "\n")
    (tmp_path / "b.txt").write_text(PARAGRAPHS[1] + "\n")
    corpus = read_corpus(tmp_path)
    [line] = [w for w in corpus.warnings if "no outlet" in w]
    assert line.startswith("of 2 articles, 2 no date, 2 no outlet, 1 no title: footnotes will lack them.")
    assert "sources.yaml" in line and "briefing init" in line


def test_reading_is_a_pure_function_of_the_bytes(tmp_path):
    files = {"page.html": news_page(), "story.pdf": pdf_article(), "story.docx": word_article(),
             "export.txt": nexis_academic(2).encode(), "a.md": MARKDOWN.encode()}
    for name, data in files.items():
        first, second = read_bytes(data, name), read_bytes(bytes(data), name)
        assert first == second
        assert choose(name, data) == first.reader


def test_no_reader_is_a_clear_refusal():
    with pytest.raises(Unreadable, match="no reader"):
        read_bytes(b"\x89PNG\r\n\x1a\n", "x.png")


def test_every_reader_module_has_the_seam():
    from briefing.corpus.readers import READERS, reader

    for name in READERS:
        module = reader(name)
        assert module.NAME == name
        assert isinstance(module.SUFFIXES, tuple) and all(s.startswith(".") for s in module.SUFFIXES)
        assert re.match(r"^\d+", module.version())
        assert callable(module.sniff) and callable(module.read)


def test_a_readers_unexpected_failure_is_one_warning_and_the_rest_builds(tmp_path, monkeypatch):
    from briefing.corpus.readers import html

    def broken(tree):
        raise IndexError("list index out of range")

    monkeypatch.setattr(html, "main_text", broken)
    (tmp_path / "page.html").write_bytes(news_page())
    (tmp_path / "ok.txt").write_text("Grain deal\n\n" + PARAGRAPHS[0] + "\n")
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["ok.txt"]
    assert "page.html: skipped: the html reader failed on it (IndexError: list index out of range)" in corpus.warnings


def test_a_damaged_pdf_is_one_line_and_pypdf_says_nothing(tmp_path, capfd):
    data = pdf_article()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    (tmp_path / "ok.txt").write_text("Grain deal\n\n" + PARAGRAPHS[0] + "\n")
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["ok.txt"]
    assert [w for w in corpus.warnings if w.startswith("cut.pdf: skipped: ")]
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_web_pages_and_front_matter_split_bylines_by_the_bylines_rules(tmp_path):
    from briefing.corpus import read_corpus

    body = "".join(f"<p>Paragraph {i} of the story says what the council decided on the budget today.</p>"
                   for i in range(6))
    (tmp_path / "page.html").write_text(
        '<html><head><title>Council passes budget</title><meta name="author" content="Donovan Slack, USA TODAY">'
        f"</head><body><article><h1>Council passes budget</h1>{body}</article></body></html>", encoding="utf-8")
    (tmp_path / "story.md").write_text(
        "---\ntitle: Council passes budget\nauthor: By MICHAEL BARBARO and JEREMY W. PETERS\n---\n\n"
        "The council passed the budget on Tuesday after a long debate, officials said.\n", encoding="utf-8")
    authors = {a.path: a.metadata.authors.value for a in read_corpus(tmp_path).articles}
    assert authors["page.html"] == ("Donovan Slack",)  # the paper is no author
    assert authors["story.md"] == ("Michael Barbaro", "Jeremy W. Peters")
