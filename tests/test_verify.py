"""``briefing verify``: every format of the default brief verifies, and tampering is caught.

The tampering tests change one thing in a copy (a word of a cited sentence, a
swapped source file, a word of excerpt text inside the DOCX, the text a PDF
shows) and expect exit 1 with a line that names the footnote, the source and
what changed; unusable input is exit 2 with one line on stderr.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.cli import app
from briefing.corpus.read import decode
from briefing.errors import CorpusError
from briefing.model import Citation
from briefing.render.docx.ooxml import xml_text
from briefing.verify import verify_brief
from briefing.verify.anchor import closest_change, reanchor
from briefing.verify.shown import pdf_occurs, pdf_skeleton, shown_matches
from conftest import (EPOCH, SEEDS, assert_clean_error, cited_items, config_copy, renderer_missing,
                      run_briefing, set_at)

SUMMARY = re.compile(r"^(\d+) citations: (\d+) verified")
VERIFIABLE = ("json", "docx", "pdf")


def _brief(default_brief: dict, fmt: str) -> Path:
    if fmt not in default_brief:
        pytest.skip(renderer_missing(fmt) or f"no {fmt} brief")
    return default_brief[fmt]


def _manifest(default_brief: dict) -> dict:
    return json.loads(default_brief["json"].read_text(encoding="utf-8"))


def _verify(runner, *args):
    return runner.invoke(app, ["verify", *map(str, args)])


def _problem_lines(result) -> list[str]:
    return [line for line in result.stdout.splitlines()[1:] if line.startswith("footnote ")]


def _edit_word(seeds: Path, manifest: dict, cite: dict, old: str, new: str) -> None:
    """Replace one word inside a cited span of a corpus copy (first occurrence in the span)."""
    src = next(s for s in manifest["sources"] if s["id"] == cite["source"])
    path = seeds / src["path"]
    text, encoding = decode(path.read_bytes())  # as the build and verify decode it
    at = text.index(old, cite["start"], cite["end"])
    path.write_bytes((text[:at] + new + text[at + len(old):]).encode(encoding))


# --------------------------------------------------------------------------- passing


@pytest.mark.parametrize("fmt", VERIFIABLE)
def test_every_format_of_the_default_brief_verifies(runner, default_brief, fmt):
    result = _verify(runner, _brief(default_brief, fmt))
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    total, verified = map(int, SUMMARY.match(first).groups())
    assert total == verified == sum(len(n["citations"]) for n in _manifest(default_brief)["footnotes"])
    assert total >= 20
    assert f"excerpt texts ({fmt}): " in first and "differs" not in first and "not-found" not in first


def test_the_corpus_is_found_from_the_brief_s_folder_whatever_the_working_folder(
        runner, default_brief, seeds_copy, tmp_path, monkeypatch):
    manifest = _manifest(default_brief)
    manifest["corpus"]["path"] = "../seeds"  # recorded relative to the brief's folder
    (tmp_path / "out").mkdir()
    brief = tmp_path / "out" / "brief.json"
    brief.write_text(json.dumps(manifest), encoding="utf-8")
    assert seeds_copy == tmp_path / "seeds"
    elsewhere = tmp_path / "elsewhere" / "deeper"
    elsewhere.mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    result = _verify(runner, brief)
    assert result.exit_code == 0, result.output
    assert Path(json.loads(_verify(runner, brief, "--json").stdout)["corpus"]).resolve() == seeds_copy


def test_a_project_built_in_its_folder_verifies_from_any_other(seeds_copy, tmp_path):
    project = tmp_path / "project"
    (project / "config").mkdir(parents=True)
    shutil.move(str(seeds_copy), project / "articles")
    config = config_copy(project / "config", project / "articles", out="../out",
                         formats=("json", "md", "docx", "pdf"))
    config.write_text(config.read_text(encoding="utf-8").replace(str(project / "articles"), "../articles"),
                      encoding="utf-8")
    built = run_briefing("build", "config/brief.yaml", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert built.returncode == 0, built.stderr
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    for name in ("brief.json", "brief.md", "brief.docx", "brief.pdf"):
        target = project / "out" / name.replace("brief", "syria-deconfliction")
        result = run_briefing("verify", target, cwd=elsewhere)
        assert result.returncode == 0, (name, result.stdout, result.stderr)
        assert "59 verified" in result.stdout or "verified" in result.stdout


def test_an_unfindable_corpus_is_exit_2_asking_for_corpus(runner, default_brief, tmp_path,
                                                          monkeypatch):
    manifest = _manifest(default_brief)
    manifest["corpus"]["path"] = "nowhere"
    brief = tmp_path / "brief.json"
    brief.write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert_clean_error(_verify(runner, brief), "--corpus")


def test_a_one_file_corpus_is_read_relative_to_its_folder(runner, default_brief):
    source = _manifest(default_brief)["sources"][0]["path"]
    result = _verify(runner, default_brief["json"], "--corpus", SEEDS / source)
    assert result.exit_code == 0, result.output


def test_json_report_lists_every_citation(runner, default_brief):
    result = _verify(runner, default_brief["json"], "--json")
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["format"] == "json"
    assert data["counts"]["citations"] == {"verified": len(data["citations"])}
    assert all(c["found"] == [c["start"], c["end"]] for c in data["citations"])


# --------------------------------------------------------------------------- tampering: corpus


@pytest.mark.parametrize("fmt", VERIFIABLE)
def test_one_edited_word_of_a_cited_sentence_fails_with_the_footnote_and_the_words(
        runner, default_brief, seeds_copy, fmt):
    brief = _brief(default_brief, fmt)
    manifest = _manifest(default_brief)
    note = manifest["footnotes"][0]
    cite = note["citations"][0]
    word = max(re.findall(r"[A-Za-z]{6,}", cite["exact"]), key=len)
    _edit_word(seeds_copy, manifest, cite, word, "XXXX")

    result = _verify(runner, brief, "--corpus", seeds_copy)
    assert result.exit_code == 1, result.output
    lines = _problem_lines(result)
    mine = [line for line in lines if line.startswith(f"footnote {note['number']} ")]
    assert len(mine) == 1 and "excerpt-missing" in mine[0] and cite["source"] in mine[0]
    assert f"“{word}” now reads “XXXX”" in mine[0]
    # Other citations of the same file still occur verbatim: reported as re-anchored, not lost.
    same_file = [n for n in manifest["footnotes"] if n["citations"][0]["source"] == cite["source"]
                 and n["citations"][0]["exact"] != cite["exact"]]
    for other in same_file:
        line = next(x for x in lines if x.startswith(f"footnote {other['number']} "))
        assert "source-changed" in line and "still occurs verbatim" in line
    # Citations of untouched files verify.
    untouched = sum(len(n["citations"]) for n in manifest["footnotes"]
                    if all(c["source"] != cite["source"] for c in n["citations"]))
    assert re.search(rf": {untouched} verified", result.stdout.splitlines()[0])


@pytest.mark.parametrize("edit, said", [
    (lambda word: (f" {word} ", " "), "“{word}” was removed"),
    (lambda word: (f" {word} ", f"\n{word}\n"), "it occurs with different spacing or line breaks"),
])
def test_a_removed_word_or_new_line_breaks_in_a_cited_sentence_are_named(default_brief, seeds_copy,
                                                                         edit, said):
    manifest = _manifest(default_brief)
    note = manifest["footnotes"][0]
    cite = note["citations"][0]
    word = max(re.findall(r"(?<= )[A-Za-z]{6,}(?= )", cite["exact"]), key=len)
    _edit_word(seeds_copy, manifest, cite, *edit(word))

    report = verify_brief(default_brief["json"], seeds_copy)
    first = next(c for c in report.citations if c.footnote == note["number"] and c.index == 0)
    assert first.status == "excerpt-missing" and first.found is not None
    assert "no longer occurs verbatim" in first.reason and said.format(word=word) in first.reason


def test_a_moved_excerpt_is_reanchored_at_its_new_offsets(runner, default_brief, seeds_copy):
    manifest = _manifest(default_brief)
    cite = manifest["footnotes"][0]["citations"][0]
    src = next(s for s in manifest["sources"] if s["id"] == cite["source"])
    path = seeds_copy / src["path"]
    path.write_bytes(b"Inserted line.\n" + path.read_bytes())

    data = json.loads(_verify(runner, default_brief["json"], "--corpus", seeds_copy, "--json").stdout)
    first = next(c for c in data["citations"] if c["footnote"] == 1)
    shift = len("Inserted line.\n")
    assert first["status"] == "source-changed"
    assert first["found"] == [cite["start"] + shift, cite["end"] + shift]
    assert first["context_changed"] is False


def test_a_swapped_source_file_fails_every_citation_of_it(runner, default_brief, seeds_copy):
    manifest = _manifest(default_brief)
    a, b = manifest["sources"][0], manifest["sources"][1]
    pa, pb = seeds_copy / a["path"], seeds_copy / b["path"]
    da, db = pa.read_bytes(), pb.read_bytes()
    pa.write_bytes(db)
    pb.write_bytes(da)

    result = _verify(runner, default_brief["json"], "--corpus", seeds_copy)
    assert result.exit_code == 1
    swapped = {a["id"], b["id"]}
    expected = [n["number"] for n in manifest["footnotes"]
                if any(c["source"] in swapped for c in n["citations"])]
    lines = _problem_lines(result)
    assert sorted({int(line.split()[1]) for line in lines}) == expected
    assert all("excerpt-missing" in line and "sha256 differs" in line for line in lines)


def test_a_deleted_source_file_is_reported_missing(runner, default_brief, seeds_copy):
    manifest = _manifest(default_brief)
    gone = manifest["sources"][0]
    (seeds_copy / gone["path"]).unlink()
    result = _verify(runner, default_brief["json"], "--corpus", seeds_copy)
    assert result.exit_code == 1
    assert " source-missing" in result.stdout.splitlines()[0]
    assert all("source-missing" in line for line in _problem_lines(result))


def test_wrong_offsets_in_an_intact_file_are_reported_with_the_right_ones(runner, default_brief,
                                                                          tmp_path):
    manifest = _manifest(default_brief)
    note = manifest["footnotes"][0]
    right = dict(note["citations"][0])
    for cite in note["citations"]:
        cite["start"] += 1
        cite["end"] += 1
    brief = tmp_path / "brief.json"
    brief.write_text(json.dumps(manifest), encoding="utf-8")
    result = _verify(runner, brief, "--corpus", SEEDS)
    assert result.exit_code == 1
    line = _problem_lines(result)[0]
    assert line.startswith("footnote 1 ") and "offsets-wrong" in line
    assert f"occurs at {right['start']}–{right['end']}" in line


def test_a_source_path_outside_the_corpus_is_never_read(runner, default_brief, tmp_path):
    manifest = _manifest(default_brief)
    secret = tmp_path / "secret.txt"
    secret.write_text(manifest["footnotes"][0]["citations"][0]["exact"], encoding="utf-8")
    manifest["sources"][0]["path"] = "../secret.txt"
    (tmp_path / "corpus").mkdir()
    brief = tmp_path / "brief.json"
    brief.write_text(json.dumps(manifest), encoding="utf-8")
    result = _verify(runner, brief, "--corpus", tmp_path / "corpus")
    assert result.exit_code == 1
    assert "leaves the corpus folder" in result.stdout


# --------------------------------------------------------------------------- tampering: documents


def _rewrite_docx(path: Path, target: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                assert old in xml
                data = xml.replace(old, new, 1).encode("utf-8")
            zout.writestr(info, data)


def test_an_edited_word_of_excerpt_text_inside_the_docx_fails(runner, default_brief, tmp_path):
    docx = _brief(default_brief, "docx")
    manifest = _manifest(default_brief)
    item = cited_items(manifest)[0]
    word = max(re.findall(r"[A-Za-z]{6,}", item["text"]), key=len)
    edited = tmp_path / "edited.docx"
    _rewrite_docx(docx, edited, word, word[:3] + "ified")

    result = _verify(runner, edited)
    assert result.exit_code == 1, result.output
    lines = _problem_lines(result)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"footnote {item['footnote']} [{item['citations'][0]['source']}]")
    assert "text-differs (docx)" in lines[0] and f"“{word[:3]}ified” where the source has “{word}”" in lines[0]
    assert SUMMARY.match(result.stdout).group(1) == SUMMARY.match(result.stdout).group(2)


def test_a_docx_without_its_excerpt_marker_reports_text_not_found(runner, default_brief, tmp_path):
    docx = _brief(default_brief, "docx")
    edited = tmp_path / "edited.docx"
    last = len(_manifest(default_brief)["footnotes"])
    _rewrite_docx(docx, edited, f'<w:footnoteReference w:id="{last}"/>', "")
    result = _verify(runner, edited)
    assert result.exit_code == 1
    assert any("text-not-found (docx)" in line for line in _problem_lines(result))


@pytest.mark.slow
def test_a_pdf_that_shows_other_words_than_its_manifest_fails(runner, default_brief, seeds_copy,
                                                              tmp_path):
    """The PDF of the real corpus, carrying the manifest of a corpus with one word changed."""
    import pikepdf

    from briefing.pipeline import build

    pdf = _brief(default_brief, "pdf")
    manifest = _manifest(default_brief)
    seeds = seeds_copy
    item = cited_items(manifest)[0]
    cite = item["citations"][0]
    word = max(re.findall(r"[A-Za-z]{6,}", cite["exact"]), key=len)
    _edit_word(seeds, manifest, cite, word, word[:3] + "ified")
    build(config_copy(tmp_path, seeds), ["json"], tmp_path / "out")
    other = (tmp_path / "out" / "syria-deconfliction.json").read_bytes()

    from briefing.render.pdf import MANIFEST_NAME

    doctored = tmp_path / "doctored.pdf"
    with pikepdf.open(pdf) as doc:
        doc.attachments[MANIFEST_NAME] = pikepdf.AttachedFileSpec(doc, other, mime_type="application/json")
        doc.save(doctored)

    result = _verify(runner, doctored, "--corpus", seeds)
    assert result.exit_code == 1, result.output
    first = result.stdout.splitlines()[0]
    total, verified = map(int, SUMMARY.match(first).groups())
    assert total == verified  # the manifest is right about the (edited) corpus...
    lines = _problem_lines(result)  # ...but the PDF shows the old words
    assert any(line.startswith(f"footnote {item['footnote']} ") and "text-not-found (pdf)" in line
               for line in lines), lines


# --------------------------------------------------------------------------- unusable input


def _docx_without_manifest(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Just a letter.")
    document.save(path)


def _pdf_without_manifest(path: Path) -> None:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(path)


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_text("brief: {title: T}\n"), "not a brief"),
    (lambda p: p.write_text('{"title": "no schema"}'), "not a briefing manifest"),
    (lambda p: p.write_text('{"schema": "briefing/3", "sources": [], "footnotes": 3, "sections": []}'),
     "footnotes: expected a list"),
    (lambda p: p.write_text('{"schema": "briefing/3", "sources": [], "sections": [], "footnotes": '
                            '[{"number": 1, "text": "", "citations": [{"source": "a", "start": 5, '
                            '"end": 2, "exact": ""}]}]}'), "bad offsets"),
    (lambda p: p.write_text('{"schema": "briefing/99", "sources": [], "footnotes": [], "sections": []}'),
     "schema 'briefing/99'"),
    (lambda p: p.write_text('{"schema": "briefing/1", "sources": [], "footnotes": [], "sections": []}'),
     "rebuild the brief"),
    (lambda p: p.write_bytes(b"{\xff\xfe not json"), "not valid JSON"),
    (lambda p: p.write_bytes(b"PK\x03\x04 truncated zip"), "no briefing manifest"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n truncated"), "no briefing manifest"),
    (_docx_without_manifest, "no briefing manifest"),
    (_pdf_without_manifest, "no briefing manifest"),
    (lambda p: p.mkdir(), "is a folder"),
    (lambda p: None, "no such file"),
])
def test_unusable_input_is_one_line_and_exit_2(runner, tmp_path, make, message):
    path = tmp_path / "brief.bin"
    make(path)
    result = _verify(runner, path, "--corpus", SEEDS)
    assert_clean_error(result, message)
    assert result.stderr.count("\n") == 1


# --------------------------------------------------------------------------- the parts


def _cite(text: str, exact: str, start: int | None = None) -> Citation:
    start = text.index(exact) if start is None else start
    end = start + len(exact)
    return Citation("s", start, end, exact, text[max(0, start - 32):start], text[end:end + 32])


def test_reanchor_prefers_the_occurrence_whose_context_matches():
    text = "He said no. Later, in Moscow, he said no. Then: he said no."
    cite = _cite(text, "he said no", text.index("Moscow, he") + len("Moscow, "))
    changed = "Preface. " + text
    anchor = reanchor(changed, cite)
    assert (anchor.start, anchor.end) == (cite.start + 9, cite.end + 9)
    assert anchor.occurrences == 2 and not anchor.context_changed


def test_reanchor_reports_a_changed_context():
    text = "The memorandum was signed on Tuesday in Geneva by both sides."
    cite = _cite(text, "was signed on Tuesday")
    anchor = reanchor(text.replace("Geneva", "Vienna"), cite)
    assert anchor.prefix_matches and not anchor.suffix_matches and anchor.context_changed


def test_closest_change_names_the_changed_words():
    text = "Officials said that the memorandum of understanding would keep aircraft apart over Syria."
    cite = _cite(text, "the memorandum of understanding would keep aircraft apart")
    change = closest_change(text.replace("keep aircraft", "keep jets"), cite)
    assert (change.removed, change.added) == ("aircraft", "jets")
    rewrapped = closest_change(text.replace("of understanding", "of\nunderstanding"), cite)
    assert rewrapped.whitespace_only


def test_shown_text_may_join_spans_with_an_elision_or_show_a_corroborating_copy():
    a = Citation("s", 0, 10, "First  span.")
    b = Citation("t", 20, 30, "Second\nspan.")
    assert shown_matches("First span. … Second span.", [a, b])
    assert shown_matches("Second span.", [a, b])
    assert not shown_matches("First span. … Third span.", [a, b])
    assert not shown_matches("First span … Second span.", [a, b])
    assert shown_matches("Bell\x07 rang", [Citation("s", 0, 9, "Bell\x07 rang")], xml_text)


def test_pdf_text_matches_across_line_breaks_hyphenation_ligatures_and_pages():
    excerpt = ("The officials confirmed the final flight-safety protocol would be signed "
               "within days, ending weeks of uncertainty.")
    page1 = ("UNCLASSIFIED\nKey points\nThe officials confirmed the fi\ufb01nal flight-\nsafety "
             "protocol would be\nsigned within days,1\n1 VOA News, October 14, 2015.")
    page2 = "UNCLASSIFIED\nending weeks of uncer-\ntainty.\nPage 2 of 3"
    pages = [pdf_skeleton(page1.replace("fi\ufb01", "\ufb01")), pdf_skeleton(page2)]
    assert pdf_occurs([excerpt], pages)
    assert not pdf_occurs([excerpt.replace("weeks", "months")], pages)
    assert not pdf_occurs([excerpt.replace("confirmed", "denied")], pages)
    assert pdf_occurs(["Ω marks"], [pdf_skeleton("a glyph \ufffd marks")])


def test_verify_brief_is_the_library_entry_point(default_brief, tmp_path):
    report = verify_brief(default_brief["json"], SEEDS)
    assert report.ok and report.lines()[0].startswith(f"{len(report.citations)} citations: ")
    assert report.to_dict()["ok"] is True
    not_a_brief = tmp_path / "notes.txt"
    not_a_brief.write_text("just notes", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a brief"):  # the error tree of briefing.errors
        verify_brief(not_a_brief, SEEDS)


def test_pdf_text_matches_right_to_left_runs_in_visual_order_and_unshown_characters():
    excerpt = "The memorandum مذكرة تفاهم was signed in 令和 ㋿ era."
    by_char = "The memorandum ةركذم مهافت was signed in \ufffd\ufffd \ufffd era."  # pypdf
    by_word = "The memorandum \u202b مهافت ةركذم\u202c was signed in 令和 \ufffd era."  # pdftotext
    assert pdf_occurs([excerpt], [pdf_skeleton(by_char)])
    assert pdf_occurs([excerpt], [pdf_skeleton(by_word)])
    assert not pdf_occurs([excerpt.replace("تفاهم", "تفاهة")], [pdf_skeleton(by_char)])


@pytest.mark.slow
def test_a_docx_saved_again_by_libreoffice_still_verifies(runner, default_brief, tmp_path):
    """The manifest survives an office suite's save, and notes are matched by order."""
    import subprocess

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    source = tmp_path / "in" / "brief.docx"
    source.parent.mkdir()
    shutil.copy(_brief(default_brief, "docx"), source)
    (tmp_path / "saved").mkdir()
    subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "docx", "--outdir", str(tmp_path / "saved"), str(source)],
                   capture_output=True, timeout=600, check=True)
    result = _verify(runner, tmp_path / "saved" / "brief.docx", "--corpus", SEEDS)
    assert result.exit_code == 0, result.output
    for subject in ("excerpt texts", "footnotes", "attribution lines"):
        shown = re.search(subject + r" \([a-z+]*docx\): (\d+)/(\d+) as recorded", result.stdout)
        assert shown and shown.group(1) == shown.group(2) != "0", result.stdout


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**64, 2**64) | st.floats(allow_nan=False)
    | st.text(max_size=20) | st.sampled_from(["x" * 5000, "a\x00b", "../../etc/passwd", "/etc/passwd",
                                              "", ".", "config/brief.yaml"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data[:3]):
            yield from _paths(value, prefix + (i,))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_manifest_is_exit_1_or_2_never_a_traceback(runner, default_brief, tmp_path_factory,
                                                            data):
    manifest = _manifest(default_brief)
    paths = [p for p in _paths(manifest) if p]
    path = data.draw(st.sampled_from(paths), label="path")
    value = data.draw(JSON_VALUES, label="value")
    set_at(manifest, path, value)
    brief = tmp_path_factory.mktemp("manifest") / "brief.json"
    brief.write_text(json.dumps(manifest), encoding="utf-8")
    result = _verify(runner, brief, "--corpus", SEEDS)
    event(f"exit {result.exit_code}")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2), result.output
    assert "internal error" not in result.output
