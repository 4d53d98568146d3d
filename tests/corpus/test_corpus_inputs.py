"""Reading real-world and broken files: encodings, newlines, junk, limits."""

from __future__ import annotations

import pytest

from briefing.corpus import read_corpus
from briefing.errors import CorpusError

STORY = (
    "Ministers Meet in Geneva\n\n"
    "By Jane Doe and John Roe\n"
    "March 3, 2021\n\n"
    "Foreign ministers met in Geneva on Tuesday to discuss a ceasefire, officials said.\n"
    "The talks lasted \u201cseveral hours,\u201d according to a diplomat.\n\n"
    "A second round is planned for next week, the spokesman added.\n"
)


def _only(corpus):
    assert len(corpus.articles) == 1, corpus.warnings
    return corpus.articles[0]


def _check_offsets(article):
    for para in article.paragraphs:
        assert article.text[para.start:para.end].strip() == article.text[para.start:para.end]
    for s in article.sentences:
        assert article.text[s.start:s.end].strip()


def test_crlf_file_keeps_its_carriage_returns_and_offsets(tmp_path):
    (tmp_path / "a.txt").write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    article = _only(read_corpus(tmp_path))
    assert "\r\n" in article.text
    _check_offsets(article)
    first = article.paragraphs[0]
    assert article.text[first.start:first.end] == (
        "Foreign ministers met in Geneva on Tuesday to discuss a ceasefire, officials said.\r\n"
        "The talks lasted \u201cseveral hours,\u201d according to a diplomat."
    )
    assert article.metadata.authors.value == ("Jane Doe", "John Roe")
    assert article.metadata.published.value == "2021-03-03"


def test_utf8_bom_is_dropped_and_offsets_index_the_decoded_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    article = _only(read_corpus(tmp_path))
    assert article.encoding == "utf-8-sig"
    assert article.text == STORY
    assert article.metadata.title.value == "Ministers Meet in Geneva"


def test_cp1252_curly_quotes_decode(tmp_path):
    (tmp_path / "a.txt").write_bytes(STORY.encode("cp1252"))
    article = _only(read_corpus(tmp_path))
    assert article.encoding == "cp1252"
    assert "\u201cseveral hours,\u201d" in article.text


def test_latin1_accents_decode(tmp_path):
    text = "Caf\u00e9 talks\n\nThe minist\u00e8re said the na\u00efve plan failed in M\u00fcnchen on Monday, officials confirmed.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("latin-1"))
    article = _only(read_corpus(tmp_path))
    assert "minist\u00e8re" in article.text and "M\u00fcnchen" in article.text


def test_empty_binary_and_oversized_files_are_skipped_with_one_warning_each(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\n \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "huge.txt").write_bytes((b"All work and no play. " * 300000)[: 6 * 1024 * 1024])
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["good.txt"]
    warnings = "\n".join(corpus.warnings)
    assert len([w for w in corpus.warnings if ": skipped: " in w]) == 4
    assert "empty.txt: skipped: empty file" in warnings
    assert "blank.md: skipped: empty file" in warnings
    assert "binary.txt: skipped: binary file" in warnings
    assert "huge.txt: skipped: 6 MB is over the 5 MB limit" in warnings


def test_size_cap_is_configurable(tmp_path):
    (tmp_path / "a.txt").write_text(STORY * 10, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY[:90], encoding="utf-8")
    corpus = read_corpus(tmp_path, max_bytes=100)
    assert [a.path for a in corpus.articles] == ["b.txt"]
    assert corpus.warnings[0] == "a.txt: skipped: 2.7 KB is over the 100 bytes limit"
    assert [w for w in corpus.warnings if ": skipped: " in w] == [corpus.warnings[0]]


def test_recursive_sorted_hidden_and_manifest_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "sources.yaml").write_text("{}\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [a.path for a in corpus.articles] == ["a.txt", "b/z.md"]
    assert [w for w in corpus.warnings if w.startswith("notes.docx: skipped: ")]  # a broken Word file
    assert [a.id for a in corpus.articles] == ["a", "b-z"]


def test_a_folder_with_no_articles_is_an_error(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CorpusError, match="no articles found; 1 file of a kind no reader takes, not read: logo.png"):
        read_corpus(tmp_path)


def test_a_missing_corpus_path_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        read_corpus(tmp_path / "nope")


def test_a_single_file_can_be_the_corpus(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(STORY, encoding="utf-8")
    assert _only(read_corpus(path)).id == "one"


def test_symlink_loop_in_the_corpus_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [a.path for a in read_corpus(tmp_path).articles] == ["a.txt"]


def test_manifest_errors_name_file_and_line(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt:\n  outlet: X\n  publisher: Y\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"sources\.yaml:3: a\.txt\.publisher: unknown field"):
        read_corpus(tmp_path)
    (tmp_path / "sources.yaml").write_text("a.txt:\n  published: someday\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"sources\.yaml:2: a\.txt\.published: not a date"):
        read_corpus(tmp_path)


def test_manifest_null_keeps_the_text_value_and_empty_list_overrides(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "a.txt:\n  published: null\n  authors: []\n  url: https://example.org/a\n", encoding="utf-8")
    md = _only(read_corpus(tmp_path)).metadata
    assert (md.published.value, md.published.origin) == ("2021-03-03", "text")
    assert (md.authors.value, md.authors.origin) == ((), "manifest")
    assert md.url.value == "https://example.org/a"


def test_a_late_evening_date_in_the_manifest_keeps_the_day_the_outlet_printed(tmp_path):
    # 10:30 p.m. EDT is 02:30 UTC the next day: the article was published on the 5th
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: July 5, 2016 10:30 p.m. EDT\n---\n\n" + STORY, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt:\n  published: July 5, 2016 10:30 p.m. EDT\n", encoding="utf-8")
    by_path = {a.path: a.metadata.published for a in read_corpus(tmp_path).articles}
    assert by_path["a.txt"].value == "2016-07-05T22:30-04:00" and by_path["a.txt"].origin == "manifest"
    assert by_path["b.md"].value == by_path["a.txt"].value


def test_utf8_with_one_damaged_byte_stays_utf8(tmp_path):
    good = ("Caf\u00e9 talks in M\u00fcnchen\n\nThe minist\u00e8re said the plan for Gda\u0144sk and "
            "\u0141\u00f3d\u017a failed on Monday, officials confirmed to reporters.\n")
    data = good.encode("utf-8").replace(b"Monday", b"Mon\xffday")
    (tmp_path / "a.txt").write_bytes(data)
    article = _only(read_corpus(tmp_path))
    assert article.encoding.startswith("utf-8 (damaged")
    assert "M\u00fcnchen" in article.text and "Mon\ufffdday" in article.text


def test_a_corpus_where_every_file_is_skipped_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match=r"no usable article \(1 skipped: empty\.txt: skipped: empty file\)"):
        read_corpus(tmp_path)


def test_cyrillic_cp1251_is_not_read_as_western(tmp_path):
    text = ("Переговоры в Женеве\n\nМинистры иностранных дел встретились во вторник, чтобы обсудить "
            "прекращение огня, сообщили официальные лица. Переговоры продлились несколько часов.\n")
    (tmp_path / "a.txt").write_bytes(text.encode("cp1251"))
    article = _only(read_corpus(tmp_path))
    assert article.encoding == "cp1251"
    assert "Министры иностранных дел" in article.text


def test_a_manifest_alias_bomb_or_duplicate_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    lines = ['x0: &x0 ["a","a","a","a","a","a","a","a","a"]']
    lines += [f"x{i}: &x{i} [{','.join([f'*x{i - 1}'] * 9)}]" for i in range(1, 9)]
    (tmp_path / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"sources\.yaml:\d+: document expands to too many values"):
        read_corpus(tmp_path)
    (tmp_path / "sources.yaml").write_text("a.txt:\n  outlet: X\na.txt:\n  outlet: Y\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"sources\.yaml:3: \"a\.txt\": duplicate key \(first given on line 1\)"):
        read_corpus(tmp_path)
