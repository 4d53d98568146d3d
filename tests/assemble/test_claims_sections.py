"""The corroboration and discrepancies sections, built from a small corpus and read
back from every format: verify passes, and every note of a table cell is at the
foot of the page that shows the cell."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.verify.shown import pdf_page_texts, pdf_skeleton

ARTICLE = """{title}

Brooke served in the Senate from {span} as a Republican, the first black senator elected by popular vote.

The governor named a former chief of staff to the seat on Wednesday, officials said in a statement to reporters.

{extra}
"""


@pytest.fixture
def claims_brief(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    filler = " ".join(f"Paragraph {i} of background reporting on the state's politics and its long history."
                      for i in range(1, 4))
    for name, span, outlet, day in (("a.txt", "1967 to 1979", "Alpha News", "2013-01-30"),
                                    ("b.txt", "1966 to 1978", "Beta Times", "2013-01-30"),
                                    ("c.txt", "1967 to 1979", "Gamma Post", "2013-01-29")):
        (corpus / name).write_text(ARTICLE.format(title=f"Interim senator named ({outlet})", span=span,
                                                  extra=filler), "utf-8")
    (corpus / "sources.yaml").write_text(
        "\n".join(f"{n}: {{outlet: {o}, published: '{d}'}}" for n, o, d in
                  (("a.txt", "Alpha News", "2013-01-30"), ("b.txt", "Beta Times", "2013-01-30"),
                   ("c.txt", "Gamma Post", "2013-01-29"))) + "\n", "utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text("""version: 1
brief: {title: Claims, date: 2013-02-01}
corpus: {path: articles}
sections:
  - {kind: corroboration, title: What several outlets report, min_outlets: 2, flag_single: true}
  - {kind: discrepancies, title: Where sources disagree}
  - {kind: sources, title: Sources}
output: {dir: out, basename: claims, formats: [json, md, docx, pdf]}
""", "utf-8")
    result = CliRunner().invoke(app, ["build", str(config)])
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


def test_a_discrepancy_is_a_table_with_both_sides_footnoted(claims_brief):
    data = json.loads((claims_brief / "claims.json").read_text("utf-8"))
    section = next(s for s in data["sections"] if s["kind"] == "discrepancies")
    table = next(i for i in section["items"] if i["kind"] == "table")
    assert table["header"] == ["Value", "Outlet", "Date", "In their words"]
    values = sorted(row[0] for row in table["rows"])
    assert values == ["1966–1978", "1967–1979", "1967–1979"]
    cells = [i for i in section["items"] if i["kind"] == "cell"]
    assert len(cells) == 3 and all(c["footnote"] for c in cells)
    words = {c["citations"][0]["exact"] for c in cells}
    assert any("1966 to 1978" in w for w in words) and any("1967 to 1979" in w for w in words)
    explanation = next(i for i in section["items"] if i["kind"] == "text")["text"]
    assert "older" in explanation  # Gamma Post's report is a day older


def test_a_fact_of_several_outlets_is_one_excerpt_citing_them_all(claims_brief):
    data = json.loads((claims_brief / "claims.json").read_text("utf-8"))
    section = next(s for s in data["sections"] if s["kind"] == "corroboration")
    facts = [i for i in section["items"] if i["kind"] == "excerpt"]
    told = next(i for i in section["items"] if i["kind"] == "text" and i["text"].startswith("Reported by"))
    assert told["text"].startswith("Reported by 3 outlets")
    assert len({c["source"] for c in facts[0]["citations"]}) == 3


@pytest.mark.parametrize("fmt", ["json", "md", "docx", "pdf"])
def test_verify_checks_the_cited_cells_in_every_format(claims_brief, fmt):
    result = CliRunner().invoke(app, ["verify", str(claims_brief / f"claims.{fmt}")])
    assert result.exit_code == 0, result.output


def test_every_table_note_is_on_the_page_of_its_cell(claims_brief):
    data = json.loads((claims_brief / "claims.json").read_text("utf-8"))
    notes = {n["number"]: n["text"] for n in data["footnotes"]}
    cells = [i for s in data["sections"] for i in s["items"] if i["kind"] == "cell"]
    pages = [pdf_skeleton(p) for p in pdf_page_texts((claims_brief / "claims.pdf").read_bytes())]
    for cell in cells:
        shown = [n for n, page in enumerate(pages) if pdf_skeleton(cell["text"]) in page]
        note = pdf_skeleton(f"{cell['footnote']} {notes[cell['footnote']]}")
        noted = [n for n, page in enumerate(pages) if note in page]
        assert shown and shown[0] in noted, (cell["footnote"], shown, noted)


def test_a_figure_only_in_a_headline_is_never_flagged_without_its_words(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    body = ("The ministry confirmed the move on Monday, officials told reporters in the capital.\n\n"
            "Local leaders said 320 families had left the valley since the spring, most of them farmers.\n")
    (corpus / "a.txt").write_text("Army sends 5,000 troops to the border\n\n" + body, "utf-8")
    (corpus / "b.txt").write_text("Troops head to the border\n\nThe ministry confirmed the move on Monday, "
                                  "a spokesman said in a brief statement to the press.\n", "utf-8")
    (corpus / "sources.yaml").write_text("a.txt: {outlet: Alpha News, published: '2020-05-04'}\n"
                                         "b.txt: {outlet: Beta Times, published: '2020-05-04'}\n", "utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text("""version: 1
brief: {title: Claims, date: 2020-05-05}
corpus: {path: articles}
sections:
  - {kind: corroboration, title: Facts, min_outlets: 2, flag_single: true}
output: {dir: out, basename: claims, formats: [json]}
""", "utf-8")
    result = CliRunner().invoke(app, ["build", str(config)])
    assert result.exit_code == 0, result.output
    items = json.loads((tmp_path / "out" / "claims.json").read_text("utf-8"))["sections"][0]["items"]
    flagged = [k for k, i in enumerate(items) if i["kind"] == "text" and i["text"].startswith("Single outlet")]
    assert any("320 families" in items[k]["text"] for k in flagged)
    assert not any("5,000" in items[k]["text"] for k in flagged)  # a headline has no sentence to cite
    for k in flagged:
        assert items[k + 1]["kind"] == "excerpt" and items[k + 1]["citations"], items[k]
