"""The command line through typer's CliRunner: exit codes, output, messages."""

from __future__ import annotations

import json
import shutil

import pytest

from briefing.cli import app
from conftest import ROOT, SEEDS, config_copy


def _config_copy(tmp_path, formats=("json", "md")):
    return config_copy(tmp_path, out="out", formats=formats)


def test_build_writes_the_configured_formats(runner, tmp_path):
    config = _config_copy(tmp_path)
    result = runner.invoke(app, ["build", str(config)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["syria-deconfliction.json", "syria-deconfliction.md"]
    manifest = json.loads((out / "syria-deconfliction.json").read_text(encoding="utf-8"))
    assert manifest["schema"] == "briefing/3"
    assert "footnotes" in result.stdout and f"wrote {out / 'syria-deconfliction.md'}" in result.stdout


def test_format_and_out_replace_the_config(runner, tmp_path):
    config = _config_copy(tmp_path)
    result = runner.invoke(app, ["build", str(config), "--format", "md", "--out", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    # the JSON manifest is written beside every brief
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == [
        "syria-deconfliction.json", "syria-deconfliction.md"]


def test_unknown_format_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["build", str(_config_copy(tmp_path)), "--format", "odt"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --format odt: unknown format (choose from json, md, docx, pdf)"


def test_a_failed_build_leaves_earlier_outputs_untouched(runner, tmp_path):
    config = _config_copy(tmp_path)
    assert runner.invoke(app, ["build", str(config)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    broken = config.read_text(encoding="utf-8").replace(
        "anchor: declined to say exactly what that distance is", "anchor: words that are nowhere")
    config.write_text(broken, encoding="utf-8")
    result = runner.invoke(app, ["build", str(config)])
    assert result.exit_code == 2
    assert "sections[3].notes[0]: anchor 'words that are nowhere'" in result.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before


def test_missing_corpus_is_one_line_exit_2(runner, tmp_path):
    config = _config_copy(tmp_path)
    config.write_text(config.read_text(encoding="utf-8").replace(f"path: {SEEDS}", "path: nowhere"),
                      encoding="utf-8")
    result = runner.invoke(app, ["build", str(config)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'nowhere'}: corpus path does not exist"]


def test_check_prints_candidates_per_section(runner, tmp_path):
    result = runner.invoke(app, ["check", str(_config_copy(tmp_path))])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.stdout.splitlines() if "The air-safety memorandum" in ln)
    assert "candidate excerpts from" in line and "sources" in line


def test_sources_table_and_json(runner):
    result = runner.invoke(app, ["sources", str(SEEDS)])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 6
    result = runner.invoke(app, ["sources", str(SEEDS), "--json"])
    data = json.loads(result.stdout)
    assert len(data) == 5
    one = data[0]
    for key in ("id", "path", "sha256", "title", "outlet", "authors", "published", "url",
                "paragraphs", "sentences"):
        assert key in one
    text = (SEEDS / one["path"]).read_bytes().decode("utf-8")
    for s in one["sentences"]:
        assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]
    assert set(one["paragraphs"][0]) >= {"start", "end", "entry"}


def test_sources_on_a_missing_folder(runner, tmp_path):
    result = runner.invoke(app, ["sources", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'none'}: corpus path does not exist"


def test_excerpts_json_lists_candidates_best_first(runner, tmp_path):
    config = _config_copy(tmp_path)
    result = runner.invoke(app, ["excerpts", str(config), "--theme", "refugees", "--limit", "5", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert 1 <= len(rows) <= 5
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    for row in rows:
        assert row["matched"] and row["citations"][0]["exact"]
        cite = row["citations"][0]
        path = next(SEEDS.glob(cite["source"] + ".txt"))
        assert path.read_bytes().decode("utf-8")[cite["start"]:cite["end"]] == cite["exact"]


def test_excerpts_unknown_theme_suggests(runner, tmp_path):
    result = runner.invoke(app, ["excerpts", str(_config_copy(tmp_path)), "--theme", "refugee"])
    assert result.exit_code == 2
    assert "no theme 'refugee' (did you mean 'refugees'?)" in result.stderr


def test_init_creates_a_buildable_starter(runner, tmp_path):
    target = tmp_path / "proj"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0, result.output
    shutil.copy(next(SEEDS.glob("*voa-assad*.txt")), target / "articles" / "a.txt")
    result = runner.invoke(app, ["check", str(target / "brief.yaml")])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["init", str(target)])  # writes the starter manifest now
    assert again.exit_code == 0 and "sources.yaml" in again.stdout
    once_more = runner.invoke(app, ["init", str(target)])
    assert once_more.exit_code == 2 and "already exists" in once_more.stderr


def test_help_does_not_import_heavy_libraries():
    import subprocess
    import sys

    code = ("import sys; from briefing.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('reportlab', 'docx', 'pydantic', 'yaml', 'pikepdf') if m in sys.modules]\n"
            "sys.stderr.write('HEAVY:' + ','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "Usage" in out.stdout
    assert out.stderr.strip() == "HEAVY:"


def test_quotes_json_lists_every_quotation_with_exact_offsets(runner):
    result = runner.invoke(app, ["quotes", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in SEEDS.glob("*.txt")}
    assert {r["source"] for r in rows} == set(texts)
    for row in rows:
        for key in ("source", "start", "end", "quote", "speaker", "cue", "confidence", "scare"):
            assert key in row
        assert texts[row["source"]][row["start"]:row["end"]] == row["quote"]
        if row["speaker"] is not None:
            assert row["speaker"]["name"] and "role" in row["speaker"] and not row["scare"]
    cook = [r for r in rows if r["quote"].startswith("The Russians now need to abide")]
    assert cook and cook[0]["speaker"]["name"] == "Peter Cook"
    assert any(r["scare"] and r["quote"] == "safe distance" for r in rows)


def test_quotes_text_names_speakers(runner):
    result = runner.invoke(app, ["quotes", str(SEEDS)])
    assert result.exit_code == 0
    assert "— Peter Cook, Pentagon spokesman (said" in result.stdout


def test_build_and_check_word_counts_for_people(runner, tmp_path):
    corpus = tmp_path / "one"
    corpus.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), corpus)
    (corpus / "sources.yaml").write_text("{}\n", encoding="utf-8")
    config = config_copy(tmp_path, corpus, out="out", formats=("json",))
    result = runner.invoke(app, ["check", str(config)])
    assert result.exit_code == 0, result.output
    assert "has 1 article" in result.stdout and "1 articles" not in result.stdout


@pytest.mark.parametrize("epoch", ["1445472000x", "-5", "1.5", "yesterday", "1e9"])
def test_a_malformed_source_date_epoch_is_one_line_naming_it(runner, tmp_path, monkeypatch, epoch):
    from conftest import assert_clean_error

    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = runner.invoke(app, ["build", str(_config_copy(tmp_path))])
    assert_clean_error(result, "SOURCE_DATE_EPOCH", repr(epoch))
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_missing_pdf_fonts_are_one_line_naming_them_and_the_fix(runner, tmp_path, monkeypatch):
    from briefing.render.pdf import fonts
    from conftest import assert_clean_error

    monkeypatch.setattr(fonts, "_candidate_dirs", lambda: [tmp_path / "no-fonts-here"])
    monkeypatch.setattr(fonts, "_LOADED", {})
    result = runner.invoke(app, ["build", str(_config_copy(tmp_path, formats=("json", "pdf")))])
    assert_clean_error(result, "DejaVuSerif.ttf", "pip install", "apt-get")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()  # nothing written: every format renders first


def test_quotes_json_gives_content_cue_and_source_mention_spans_with_their_words(runner):
    from briefing.corpus import read_corpus

    result = runner.invoke(app, ["quotes", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    texts = {a.id: a.text for a in read_corpus(SEEDS).articles}
    attributed = [q for q in json.loads(result.stdout) if q["speaker"]]
    assert attributed
    for q in attributed:
        text = texts[q["source"]]
        assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]
        for key in ("cue_span", "source_mention"):
            if q[key] is not None:
                assert text[q[key]["start"]:q[key]["end"]] == q[key]["text"]
        assert "neutral_role" in q["speaker"] and q["reason"]
    assert any(q["source_mention"] for q in attributed) and any(q["cue_span"] for q in attributed)


def test_quotes_explain_says_why_each_speaker_was_chosen(runner):
    result = runner.invoke(app, ["quotes", str(SEEDS), "--explain"])
    assert result.exit_code == 0, result.output
    whys = [line for line in result.stdout.splitlines() if line.strip().startswith("why: ")]
    assert len(whys) >= 20 and any("cue 'said'" in line for line in whys)


def test_claims_prints_the_issue_json_shape_and_offsets_hold(runner):
    result = runner.invoke(app, ["claims", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"quantities", "groups"}
    ids = {q["id"] for q in data["quantities"]}
    for q in data["quantities"]:
        assert set(q) == {"id", "source", "path", "start", "end", "text", "value", "unit", "qualifier",
                          "measures"}
        with open(SEEDS / q["path"], encoding="utf-8", newline="") as handle:
            assert handle.read().lstrip("\ufeff")[q["start"]:q["end"]] == q["text"]
        assert isinstance(q["value"], (int, float)) or (isinstance(q["value"], list) and len(q["value"]) == 2)
    for g in data["groups"]:
        assert g["relation"] in ("agree", "disagree") and set(g["members"]) <= ids
    text = runner.invoke(app, ["claims", str(SEEDS)])
    assert text.exit_code == 0 and "at least 240,000 people" in text.stdout


def test_claims_of_a_missing_corpus_is_one_line_exit_2(runner, tmp_path):
    result = runner.invoke(app, ["claims", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "nowhere" in result.output and "Traceback" not in result.output


def test_dates_json_lists_every_expression_with_exact_offsets_and_how(runner):
    from briefing.corpus import read_corpus

    result = runner.invoke(app, ["dates", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    texts = {a.id: a.text for a in read_corpus(SEEDS).articles}
    assert len(found) > 50
    keys = {"source", "path", "start", "end", "text", "value", "granularity", "anchor", "rule", "how"}
    for record in found:
        assert keys <= set(record)
        assert texts[record["source"]][record["start"]:record["end"]] == record["text"]
    assert {r["granularity"] for r in found} >= {"day", "range", "year"}
    plain = runner.invoke(app, ["dates", str(SEEDS)])
    assert plain.exit_code == 0 and "(published 2015-10-" in plain.stdout
