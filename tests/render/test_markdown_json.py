"""Markdown and JSON writers, from briefs built in code."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from briefing.model import Excerpt, iter_notes
from briefing.render import render
from briefing.render.notes import NoteTable
from briefs import sample_brief


def test_markdown_has_one_footnote_per_note_in_order():
    brief = sample_brief()
    md = render(brief, "md").decode("utf-8")
    notes = NoteTable(brief)
    markers = [int(n) for n in __import__("re").findall(r"\[\^(\d+)\](?!:)", md)]
    assert markers == list(range(1, len(notes) + 1))
    for numbered in notes:
        assert f"[^{numbered.number}]: " in md


def test_chicago_notes_full_first_then_short():
    notes = NoteTable(sample_brief()).notes
    assert notes[0].text == (
        "Carla Babb and Chris Hannas, \u201cAssad Visits Putin in Moscow to Discuss Syria Campaign,\u201d "
        "Voice of America, October 21, 2015, \u00b69, https://www.example.org/voa/assad-visits-putin."
    )
    assert notes[1].text == (
        "\u201cUS, Russia set to open military dialogue on Syria,\u201d TRT World, September 18, 2015, \u00b61."
    )
    assert notes[2].text == "Babb and Hannas, \u201cAssad Visits Putin,\u201d \u00b69."


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_the_markdown_as_intended():
    brief = sample_brief()
    md = render(brief, "md")
    out = subprocess.run(["pandoc", "-f", "markdown", "-t", "json"], input=md, capture_output=True, check=True)
    ast = json.loads(out.stdout)
    text = json.dumps(ast)
    assert text.count('"t": "Note"') == len(NoteTable(brief))
    assert '"t": "Math"' not in text and '"t": "RawInline"' not in text
    # markup in article text stays text: no link to the file: URL, no <b>
    assert "file:///etc/passwd" in text
    links = [el for el in _walk(ast) if isinstance(el, dict) and el.get("t") == "Link"]
    assert all("file://" not in json.dumps(link["c"][2]) for link in links)


def _walk(node):
    yield node
    if isinstance(node, dict):
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def test_json_manifest_lists_every_footnote_with_its_citations():
    brief = sample_brief()
    data = json.loads(render(brief, "json"))
    assert data["schema"] == "briefing/3"
    notes = list(iter_notes(brief))
    assert [f["number"] for f in data["footnotes"]] == list(range(1, len(notes) + 1))
    items = [i for s in data["sections"] for i in s["items"] if "citations" in i]
    assert len(items) == len(notes)
    excerpt = next(i for i in items if i["kind"] == "quote")
    assert excerpt["speaker"] == {"name": "Peter Cook", "role": "Pentagon spokesman", "confidence": 0.9}
    for key in ("source", "start", "end", "exact", "prefix", "suffix", "paragraph", "sentence"):
        assert key in excerpt["citations"][0]


def test_renders_are_byte_identical():
    assert render(sample_brief(), "json") == render(sample_brief(), "json")
    assert render(sample_brief(), "md") == render(sample_brief(), "md")


def test_markdown_escapes_markup_and_maths():
    brief = sample_brief()
    md = render(brief, "md").decode("utf-8")
    assert "\\<b\\>bold\\</b\\>" in md
    assert not __import__("re").search(r"(?<!\\)<a href", md)
    tricky = next(b for s in brief.sections for b in s.blocks if isinstance(b, Excerpt) and "<b>" in b.text)
    assert tricky.text.count("<") == 5  # the model keeps the text as it is


def test_lone_surrogates_do_not_crash_the_text_writers():
    from dataclasses import replace

    from briefs import TRT, excerpt

    brief = sample_brief()
    odd = excerpt(TRT, "Bad decoding left \udcff here and there.")
    section = replace(brief.sections[1], blocks=brief.sections[1].blocks + (odd,))
    brief = replace(brief, sections=(brief.sections[0], section, brief.sections[2]))
    data = json.loads(render(brief, "json"))
    assert any("\udcff" in i.get("text", "") for s in data["sections"] for i in s["items"])
    # every format drops what no text encoding can hold (render.shared.clean_text)
    assert "Bad decoding left here and there." in render(brief, "md").decode("utf-8")


def test_markdown_links_only_web_and_mail():
    from dataclasses import replace

    from briefing.model import Link, Paragraph, Section, Text

    brief = replace(sample_brief(), sections=(Section("s", "S", "text", (Paragraph((
        Link("click", "javascript:alert(1)"), Text(" "), Link("site", "https://example.org/a b"),
    )),)),))
    md = render(brief, "md").decode("utf-8")
    assert "javascript" not in md and "click [site](<https://example.org/a%20b>)" in md


@pytest.mark.parametrize("title, full, short", [
    ("Clinton Aides Knew of Emails.", "\u201cClinton Aides Knew of Emails,\u201d Voice of America",
     "\u201cClinton Aides Knew,\u201d"),
    ("Will Russia Abide by the Rules?", "\u201cWill Russia Abide by the Rules?\u201d Voice of America",
     "\u201cWill Russia Abide,\u201d"),
])
def test_a_title_s_own_full_stop_is_dropped_and_a_question_takes_no_comma(title, full, short):
    from dataclasses import replace as change

    brief = sample_brief()
    voa = change(brief.sources[0], title=title)
    brief = change(brief, sources=(voa, *brief.sources[1:]))
    texts = [n.text for n in NoteTable(brief) if n.note.citations[0].source == voa.id]
    assert full in texts[0]
    assert short in texts[1]
    assert ".,\u201d" not in " ".join(texts) and "?,\u201d" not in " ".join(texts)
