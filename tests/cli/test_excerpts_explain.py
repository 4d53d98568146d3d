"""`briefing excerpts --explain` on the sample corpus: the parts of each score,
the section's floor, and why each candidate was or was not selected, checked
against what a build of the same config selects."""

from __future__ import annotations

import json
import re

import pytest

from briefing.cli import app
from conftest import config_copy

MEMORANDUM = "The air-safety memorandum"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return config_copy(tmp_path_factory.mktemp("explain"), out="out", formats=("json",))


def _explain(runner, config, theme="deconfliction", limit=200, *extra):
    result = runner.invoke(app, ["excerpts", str(config), "--theme", theme, "--explain",
                                 "--limit", str(limit), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def explained(project):
    from typer.testing import CliRunner

    return json.loads(_explain(CliRunner(), project, "deconfliction", 200, "--json"))


@pytest.fixture(scope="module")
def built_section(project):
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["build", str(project)])
    assert result.exit_code == 0, result.output
    manifest = json.loads((project.parent / "out" / "syria-deconfliction.json").read_text("utf-8"))
    (section,) = [s for s in manifest["sections"] if s["title"] == MEMORANDUM]
    return section


def _inside(cite, citations) -> bool:
    return any(c["source"] == cite["source"] and c["start"] <= cite["start"] and cite["end"] <= c["end"]
               for c in citations)


def test_explain_reports_the_floor_and_candidates_below_it(explained):
    (section,) = explained["sections"]
    assert section["title"] == MEMORANDUM and section["max_items"] == 8
    rows = [r for r in section["candidates"] if r["rank"] is not None]
    floor = section["floor"]
    assert floor["rule"] == "relative"
    assert floor["value"] == pytest.approx(0.15 * rows[0]["score"], abs=1e-3)
    below = [r for r in rows if r["outcome"] == "below_floor"]
    assert below and all(r["score"] < floor["value"] for r in below)
    assert all(r["score"] >= floor["value"] for r in rows if r["outcome"] != "below_floor"
               and "itself below the floor" not in r["reason"])
    assert "below the floor" in below[0]["reason"]


def test_each_score_is_the_sum_of_its_parts_with_where_each_term_came_from(explained):
    (section,) = explained["sections"]
    rows = [r for r in section["candidates"] if r["rank"] is not None]
    for row in rows:
        assert sum(p["score"] for p in row["parts"]) == pytest.approx(row["score"], abs=1e-3)
    kinds = {(p["part"], p.get("from")) for r in rows for p in r["parts"]}
    assert {("term", "keyword"), ("term", "title"), ("term", "description"), ("term", "feedback"),
            ("phrase", None), ("neighbours", None)} <= kinds
    flight = next(r for r in rows if r["text"].startswith("'The Russians now need to abide"))
    terms = {p["word"]: p for p in flight["parts"] if p["part"] == "term"}
    assert terms["flight"]["keyword"] == "flight safety" and terms["protocols"]["keyword"] == "protocols"
    assert any(p["part"] == "phrase" and p["keyword"] == "flight safety" for p in flight["parts"])


def test_printed_score_equals_the_sum_of_printed_parts(runner, project):
    text = _explain(runner, project, limit=40)
    blocks = re.split(r"\n(?=\s*\d+\. \[)", text)
    checked = 0
    for block in blocks[1:]:
        head = re.match(r"\s*\d+\. \[(-?\d+\.\d\d)\]", block)
        parts = [float(x) for x in re.findall(r"^\s+([+-]\d+\.\d\d)  ", block, re.M)]
        total = re.search(r"^\s+= (-?\d+\.\d\d)$", block, re.M)
        assert head and parts and total, block
        assert float(total.group(1)) == float(head.group(1))
        assert abs(sum(parts) - float(total.group(1))) <= 0.005 * (len(parts) + 1), block
        checked += 1
    assert checked == 40
    assert text.splitlines()[1].startswith("floor ") and "15% of the best score" in text.splitlines()[1]


def test_what_explain_calls_selected_is_what_the_build_shows(explained, built_section):
    (section,) = explained["sections"]
    items = [i for i in built_section["items"] if i.get("citations")]
    primary = [i["citations"][0] for i in items]
    copies = [c for i in items for c in i["citations"][1:]]
    rows = [r for r in section["candidates"] if r["rank"] is not None]
    selected = [r for r in rows if r["outcome"] == "selected"]
    assert {r["excerpt"] for r in selected} == set(range(1, len(items) + 1)) and len(items) == 8
    for row in rows:
        cite = row["citations"][0]
        if row["outcome"] == "selected":
            # excerpt numbers follow the section's order
            assert _inside(cite, [items[row["excerpt"] - 1]["citations"][0]]), row["text"]
        else:
            assert not _inside(cite, primary), row["text"]
        if row["outcome"] in ("same_fact", "corroborating_copy") and "folded into" in row["reason"]:
            assert _inside(cite, items[row["other_excerpt"] - 1]["citations"][1:]), row["text"]
            assert _inside(cite, copies)
    folded = [r for r in rows if r["outcome"] == "same_fact"]
    assert [r["text"] for r in folded] == [
        "He said the ground communication would serve as a back-up in case mid-air protections failed."]
    pinned = next(r for r in rows if r["text"].startswith("Pentagon spokesman Peter Cook declined"))
    assert pinned["outcome"] == "selected" and "analyst note" in pinned["reason"]


def test_a_candidate_that_outscored_the_winner_is_reported_as_lost_to_the_source_discount(explained):
    (section,) = explained["sections"]
    rows = [r for r in section["candidates"] if r["rank"] is not None]
    lost = [r for r in rows if r["outcome"] == "source_discount"]
    assert lost
    for row in lost:
        winner = next(r for r in rows if r["outcome"] == "selected" and r["excerpt"] == row["other_excerpt"])
        assert row["excerpt_score"] > winner["excerpt_score"]
        assert "source discount" in row["reason"]
        # its source already had an excerpt in the section
        assert any(r["citations"][0]["source"] == row["citations"][0]["source"] for r in rows
                   if r["outcome"] == "selected")
    assert section["selected"] == section["max_items"]
    assert any(r["outcome"] == "over_max_items" for r in rows)


def test_explain_names_the_exclude_item_that_dropped_a_sentence(runner, project):
    found = json.loads(_explain(runner, project, "air-campaign", 200, "--json"))
    (section,) = found["sections"]
    excluded = [r for r in section["candidates"] if r["outcome"] == "excluded"]
    assert excluded and section["excluded"] == len(excluded)
    for row in excluded:
        assert "memorandum" in row["text"].casefold() and "'memorandum'" in row["reason"]
        assert row["score"] == 0 and row["parts"] == []
    ranked = [r for r in section["candidates"] if r["rank"] is not None]
    assert not any("memorandum" in r["text"].casefold() for r in ranked)


def test_a_theme_no_section_shows_is_explained_against_the_floor_a_section_would_set(runner, tmp_path):
    config = config_copy(tmp_path, out="out", formats=("json",))
    text = config.read_text(encoding="utf-8").replace(
        "    themes: [refugees]\n    max_items: 6", "    themes: [diplomacy]\n    max_items: 3\n    min_score: 5")
    config.write_text(text, encoding="utf-8")
    found = json.loads(_explain(runner, config, "refugees", 200, "--json"))
    (section,) = found["sections"]
    assert section["index"] is None
    outcomes = set()
    for row in section["candidates"]:
        outcomes.add(row["outcome"])
        if row["score"] < section["floor"]["value"]:
            assert row["outcome"] == "below_floor"
        elif len(row["text"].split()) < 6 or row["text"].endswith(":"):
            assert row["outcome"] == "not_a_statement"
        else:
            assert row["outcome"] == "above_floor"
    assert outcomes == {"above_floor", "below_floor", "not_a_statement"}
    printed = _explain(runner, config, "refugees", 3)
    assert printed.startswith("theme refugees: no excerpts section shows it")
    # a configured min_score is the floor
    found = json.loads(_explain(runner, config, "diplomacy", 200, "--json"))
    floors = {s["title"]: s["floor"] for s in found["sections"]}
    assert floors["Refugees and humanitarian impact"]["rule"] == "min_score"
    assert floors["Refugees and humanitarian impact"]["value"] == 5
    later = next(s for s in found["sections"] if s["title"] == "Refugees and humanitarian impact")
    assert any(r["outcome"] == "shown_earlier" for r in later["candidates"])


def test_explain_of_an_unknown_theme_is_one_line(runner, project):
    result = runner.invoke(app, ["excerpts", str(project), "--theme", "nope", "--explain"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no theme 'nope'" in result.stderr
