"""A brief lists exactly the sources its footnotes cite: in its Sources section, its
manifest, its cover, and every format."""

from __future__ import annotations

import io
import json
import re

import pytest
import yaml

from briefing.cli import app
from conftest import SEEDS


def _config(tmp_path, sections: list[dict]) -> str:
    config = {
        "brief": {"title": "One quotation", "date": "2015-10-22"},
        "corpus": {"path": str(SEEDS)},
        "sections": sections,
        "output": {"dir": str(tmp_path / "out"), "basename": "brief", "formats": ["json", "md", "docx", "pdf"]},
    }
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return str(path)


def _cited_in_notes(manifest: dict) -> set[str]:
    return {c["source"] for n in manifest["footnotes"] for c in n["citations"]}


@pytest.mark.parametrize("sections", [
    [{"kind": "quotes", "title": "Who said what", "max_items": 1}, {"kind": "sources", "title": "Sources"}],
    [{"kind": "quotes", "title": "Who said what", "max_items": 2, "speakers": ["Peter Cook"]},
     {"kind": "sources", "title": "Sources"}],
    [{"kind": "text", "title": "Only prose", "text": "Nothing cited."}, {"kind": "sources", "title": "Sources"}],
])
def test_a_brief_lists_exactly_the_sources_its_notes_cite_in_every_format(runner, tmp_path, sections):
    result = runner.invoke(app, ["build", _config(tmp_path, sections)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    manifest = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    cited = _cited_in_notes(manifest)
    listed = {s["id"] for s in manifest["sources"]}
    in_section = {i["source"] for s in manifest["sections"] for i in s["items"] if i["kind"] == "source"}
    assert listed == cited == in_section
    quotes = [i for s in manifest["sections"] for i in s["items"] if i["kind"] == "quote"]
    assert len(quotes) == sum(s.get("max_items", 0) for s in sections if s["kind"] == "quotes")
    titles = {s["title"] for s in manifest["sources"]}
    all_titles = {t for t in _all_seed_titles() if t}
    # Markdown: one source entry per cited source, none for the others
    md = (out / "brief.md").read_text(encoding="utf-8")
    entries = [line for line in md.splitlines() if line.startswith("- ") and "sha256" in line]
    assert len(entries) == len(cited)
    # DOCX and PDF: the cover's count and the Sources section name only cited sources
    from docx import Document
    from pypdf import PdfReader

    docx_text = "\n".join(p.text for p in Document(str(out / "brief.docx")).paragraphs)
    pdf_text = " ".join(" ".join((p.extract_text() or "").split())
                        for p in PdfReader(io.BytesIO((out / "brief.pdf").read_bytes())).pages)
    for title in all_titles - titles:
        assert title not in docx_text and title not in pdf_text, title
    for title in titles:
        assert title in docx_text
    count = re.search(r"Sources (\d+) articles?", pdf_text)
    assert (count and int(count.group(1)) == len(cited)) or (not cited and not count)


def _all_seed_titles() -> set[str]:
    from briefing.corpus import read_corpus

    return {a.metadata.title.value for a in read_corpus(SEEDS).articles}
