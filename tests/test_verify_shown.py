"""``verify`` checks what a reader sees about each source, in every format.

A footnote's author or date, or an attribution line's speaker, is edited in a
copy of the DOCX, the Markdown or the PDF while the manifest stays the build's
own; ``verify`` must exit 1 and name the footnote. The PDF is tampered by
rendering an edited brief and attaching the original manifest to it, which is
what someone editing the PDF's text would leave behind.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.cli import app
from conftest import DEFAULT_CONFIG, SEEDS

AUTHOR = ("James Miller and Pierre Vaux", "John Smith")
DATE = ("October 21, 2015", "May 1, 2014")
SPEAKER = ("Peter Cook", "Donald Trump")


def _verify(runner, path: Path):
    return runner.invoke(app, ["verify", str(path), "--corpus", str(SEEDS)])


def _failing_notes(result, what: str) -> set[int]:
    """Footnote numbers of the problem lines about ``what`` ("note" or "attribution")."""
    return {int(m.group(1)) for m in re.finditer(rf"^footnote (\d+) \[[^\]]+\]: {what} ",
                                                result.stdout, re.M)}


def _notes_with(manifest: dict, words: str) -> set[int]:
    return {n["number"] for n in manifest["footnotes"] if words in n["text"]}


def _items_with_speaker(manifest: dict, name: str) -> set[int]:
    return {i["footnote"] for s in manifest["sections"] for i in s["items"]
            if (i.get("speaker") or {}).get("name") == name}


@pytest.fixture(scope="module")
def manifest(default_brief) -> dict:
    return json.loads(default_brief["json"].read_text(encoding="utf-8"))


def test_the_sample_words_what_these_tests_tamper_with(manifest):
    assert _notes_with(manifest, AUTHOR[0]) and _notes_with(manifest, DATE[0])
    assert len(_items_with_speaker(manifest, SPEAKER[0])) >= 2


# ------------------------------------------------------------------ DOCX


def _edit_docx(source: Path, target: Path, part: str, old: str, new: str) -> None:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                text = data.decode("utf-8")
                assert old in text, f"{old!r} not in {part}"
                data = text.replace(old, new).encode("utf-8")
            zout.writestr(info, data)


@pytest.mark.parametrize("old, new", [AUTHOR, DATE])
def test_an_edited_footnote_in_the_docx_fails_naming_the_note(runner, default_brief, manifest,
                                                                tmp_path, old, new):
    target = tmp_path / "brief.docx"
    _edit_docx(default_brief["docx"], target, "word/footnotes.xml", old, new)
    result = _verify(runner, target)
    assert result.exit_code == 1, result.stdout
    assert _failing_notes(result, "note") == _notes_with(manifest, old)


def test_an_edited_attribution_line_in_the_docx_fails_naming_the_note(runner, default_brief,
                                                                       manifest, tmp_path):
    target = tmp_path / "brief.docx"
    _edit_docx(default_brief["docx"], target, "word/document.xml", f"\u2014 {SPEAKER[0]}",
               f"\u2014 {SPEAKER[1]}")
    result = _verify(runner, target)
    assert result.exit_code == 1, result.stdout
    assert _failing_notes(result, "attribution") == _items_with_speaker(manifest, SPEAKER[0])


# ------------------------------------------------------------------ Markdown


def _md_copy(default_brief, tmp_path: Path, old: str, new: str, where) -> Path:
    shutil.copy(default_brief["json"], tmp_path / "brief.json")
    lines = default_brief["md"].read_text(encoding="utf-8").split("\n")
    hits = 0
    for i, line in enumerate(lines):
        if where(line) and old in line:
            lines[i] = line.replace(old, new)
            hits += 1
    assert hits, f"{old!r} not found"
    (tmp_path / "brief.md").write_text("\n".join(lines), encoding="utf-8")
    return tmp_path / "brief.md"


@pytest.mark.parametrize("old, new", [AUTHOR, DATE])
def test_an_edited_footnote_in_the_markdown_fails_naming_the_note(runner, default_brief, manifest,
                                                                    tmp_path, old, new):
    target = _md_copy(default_brief, tmp_path, old, new, lambda line: line.startswith("[^"))
    result = _verify(runner, target)
    assert result.exit_code == 1, result.stdout
    assert _failing_notes(result, "note") == _notes_with(manifest, old)


def test_an_edited_attribution_line_in_the_markdown_fails_naming_the_note(runner, default_brief,
                                                                           manifest, tmp_path):
    target = _md_copy(default_brief, tmp_path, SPEAKER[0], SPEAKER[1],
                      lambda line: line.startswith("> \u2014") or line.startswith("- "))
    result = _verify(runner, target)
    assert result.exit_code == 1, result.stdout
    assert _failing_notes(result, "attribution") == _items_with_speaker(manifest, SPEAKER[0])


def test_a_markdown_brief_of_another_build_than_its_manifest_is_refused(runner, default_brief,
                                                                          tmp_path):
    text = default_brief["md"].read_text(encoding="utf-8")
    (tmp_path / "brief.md").write_text(re.sub(r'briefing-build: "[0-9a-f]+"',
                                              'briefing-build: "0123456789abcdef"', text),
                                       encoding="utf-8")
    shutil.copy(default_brief["json"], tmp_path / "brief.json")
    result = _verify(runner, tmp_path / "brief.md")
    assert result.exit_code == 2
    assert "0123456789abcdef" in result.stderr and "not one build" in result.stderr


# ------------------------------------------------------------------ PDF


def _tampered_pdf(default_brief, tmp_path: Path, edit) -> Path:
    """The PDF of an edited brief, carrying the original build's manifest."""
    import pikepdf

    from briefing.config import load_config
    from briefing.pipeline import assemble_brief, load_inputs
    from briefing.render import render
    from briefing.render.pdf import MANIFEST_NAME

    loaded, corpus = load_inputs(DEFAULT_CONFIG)
    brief = edit(assemble_brief(loaded, corpus, DEFAULT_CONFIG))
    pdf = pikepdf.open(io.BytesIO(render(brief, "pdf")))
    original = default_brief["json"].read_bytes()
    pdf.attachments[MANIFEST_NAME] = pikepdf.AttachedFileSpec(pdf, original, filename=MANIFEST_NAME)
    target = tmp_path / "brief.pdf"
    pdf.save(target)
    assert load_config(DEFAULT_CONFIG)  # the brief edited is the default one
    return target


def _edit_sources(old: str, new: str):
    def edit(brief):
        sources = []
        for s in brief.sources:
            authors = tuple(a for a in s.authors)
            if old in " and ".join(authors):
                authors = (new,)
            published = s.published
            if old == DATE[0] and published and published.startswith("2015-10-21"):
                published = "2014-05-01"
            sources.append(replace(s, authors=authors, published=published))
        return replace(brief, sources=tuple(sources))
    return edit


@pytest.mark.parametrize("old, new", [AUTHOR, DATE])
def test_an_edited_footnote_in_the_pdf_fails_naming_the_note(runner, default_brief, manifest,
                                                               tmp_path, old, new):
    target = _tampered_pdf(default_brief, tmp_path, _edit_sources(old, new))
    result = _verify(runner, target)
    assert result.exit_code == 1, result.stdout
    if old == AUTHOR[0]:  # the source's authors changed: its short notes name them too
        source = next(s["id"] for s in manifest["sources"] if old == " and ".join(s["authors"]))
        expected = {n["number"] for n in manifest["footnotes"]
                    if any(c["source"] == source for c in n["citations"])}
    else:
        expected = _notes_with(manifest, old)
    assert _failing_notes(result, "note") == expected


def test_an_edited_attribution_line_in_the_pdf_fails_naming_the_notes(runner, default_brief,
                                                                       manifest, tmp_path):
    from briefing.model import Excerpt, Speaker

    def edit(brief):
        def fix(block):
            speaker = getattr(getattr(block, "attribution", None), "speaker", None)
            if isinstance(block, Excerpt) and speaker and speaker.name == SPEAKER[0]:
                return replace(block, attribution=replace(block.attribution,
                                                          speaker=Speaker(SPEAKER[1], speaker.role)))
            if hasattr(block, "items"):
                return replace(block, items=tuple(fix(i) for i in block.items))
            return block
        return replace(brief, sections=tuple(replace(s, blocks=tuple(fix(b) for b in s.blocks))
                                             for s in brief.sections))

    target = _tampered_pdf(default_brief, tmp_path, edit)
    result = _verify(runner, target)
    assert result.exit_code == 1, result.stdout
    assert _failing_notes(result, "attribution") == _items_with_speaker(manifest, SPEAKER[0])
