"""A long table of cited cells in the PDF: platypus splits it between rows, and every
note still lands at the foot of the page that shows its marker's cell."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from briefing.model import Cell, Section, Table, Text
from briefing.render import render
from briefing.verify.shown import pdf_page_texts, pdf_skeleton
from briefs import TRT, VOA, cell_excerpt, sample_brief
from conftest import renderer_missing


def _long_table_brief(rows: int = 36):
    body = []
    for n in range(1, rows + 1):
        source = VOA if n % 2 else TRT
        words = (f"Row {n} reports that officials counted {n * 17} sorties over the province "
                 f"during the week, according to the ministry's daily statement number {n}.")
        body.append((Cell((Text(f"{n * 17} sorties"),)), Cell((Text(source.outlet_short),)),
                     Cell(excerpt=cell_excerpt(source, words, paragraph=n))))
    table = Table(("Value", "Outlet", "In their words"), tuple(body), caption="Sorties by report")
    brief = sample_brief()
    first, *rest = brief.sections
    return replace(brief, sections=(Section("long", "A long table", "discrepancies", (table,)), first, *rest))


def test_a_table_split_across_pages_keeps_each_note_on_its_cells_page():
    if renderer_missing("pdf"):
        pytest.skip(renderer_missing("pdf"))
    brief = _long_table_brief()
    pages = [pdf_skeleton(p) for p in pdf_page_texts(render(brief, "pdf"))]
    manifest = json.loads(render(brief, "json"))
    notes = {n["number"]: n["text"] for n in manifest["footnotes"]}
    cells = [i for s in manifest["sections"] for i in s["items"] if i["kind"] == "cell"]
    assert len(cells) == 36
    seen_pages = set()
    for cell in cells:
        shown = [k for k, page in enumerate(pages) if pdf_skeleton(cell["text"]) in page]
        note = pdf_skeleton(f"{cell['footnote']} {notes[cell['footnote']]}")
        noted = [k for k, page in enumerate(pages) if note in page]
        # (a short note's text can also end a longer number's note: "19 … ¶9." holds "9 … ¶9.")
        assert len(shown) == 1 and shown[0] in noted, (cell["footnote"], shown, noted)
        seen_pages.add(shown[0])
    assert len(seen_pages) >= 2  # the table did run over a page break
    # the header row is repeated on every page the table runs onto
    for k in seen_pages:
        assert pdf_skeleton("Value Outlet In their words") in pages[k]
