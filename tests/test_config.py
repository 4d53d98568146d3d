"""Loading the YAML config: every problem at once, with file, line and key."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest

from briefing.cli import app
from briefing.config import brief_date, config_schema, load_config
from briefing.errors import ConfigError
from conftest import DEFAULT_CONFIG

GOOD = """\
brief:
  title: T
corpus:
  path: ../seeds
themes:
  main:
    title: Main
    keywords: [memorandum]
sections:
  - kind: excerpts
    title: A
    themes: [main]
  - {kind: sources, title: Sources}
"""


def _write(tmp_path, text, name="brief.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _problems(path):
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return [str(p) for p in info.value.problems]


def test_the_default_config_loads_and_resolves_paths_from_its_folder():
    loaded = load_config(DEFAULT_CONFIG)
    assert loaded.corpus_path.resolve() == (DEFAULT_CONFIG.parent.parent / "seeds").resolve()
    assert loaded.output_dir.resolve() == (DEFAULT_CONFIG.parent.parent / "out").resolve()
    kinds = [s.kind for s in loaded.config.sections]
    assert kinds.count("excerpts") == 5 and "summary" in kinds and "sources" in kinds
    assert any(s.kind == "excerpts" and s.notes for s in loaded.config.sections)


def test_every_error_is_reported_at_once_with_line_and_key_path(tmp_path):
    path = _write(tmp_path, """\
        brief:
          title: T
        corpus:
          path: x
        themse: {}
        sections:
          - kind: excerpts
            title: A
            themes: [nope]
            max_items: -3
            ordr: chronological
          - kind: chronicle
            title: B
        output:
          basename: ../../x
        """)
    assert _problems(path) == [
        f"{path}:5: themse: unknown key (did you mean 'themes'?)",
        f"{path}:9: sections[0].themes[0]: unknown theme 'nope' (no themes are defined)",
        f"{path}:10: sections[0].max_items: must be a positive integer",
        f"{path}:11: sections[0].ordr: unknown key (did you mean 'order'?)",
        f"{path}:12: sections[1].kind: unknown section kind 'chronicle' "
        "(expected one of: excerpts, summary, quotes, text, corroboration, discrepancies, sources, timeline)",
        f"{path}:15: output.basename: must be a plain file name (letters, digits, '.', '_', '-'), not a path",
    ]


def test_wrong_types_name_the_key(tmp_path):
    text = GOOD.replace("title: T", "title: [a, b]").replace("themes: [main]", "themes: main")
    problems = _problems(_write(tmp_path, text))
    assert f"{tmp_path / 'brief.yaml'}:2: brief.title: must be text" in problems
    assert any(":12: sections[0].themes: must be a list" in p for p in problems)


def test_dangling_theme_suggests_the_nearest(tmp_path):
    path = _write(tmp_path, GOOD.replace("themes: [main]", "themes: [mian]"))
    assert _problems(path) == [f"{path}:12: sections[0].themes[0]: unknown theme 'mian' (did you mean 'main'?)"]


def test_duplicate_theme_ids_are_reported_not_merged(tmp_path):
    text = GOOD.replace("sections:", "  main:\n    title: Again\n    keywords: [x]\nsections:")
    problems = _problems(_write(tmp_path, text))
    assert problems == [f"{tmp_path / 'brief.yaml'}:9: themes.main: duplicate key (first given on line 6)"]


def test_empty_section_list(tmp_path):
    text = GOOD.split("sections:")[0] + "sections: []\n"
    assert _problems(_write(tmp_path, text)) == [f"{tmp_path / 'brief.yaml'}:9: sections: must not be empty"]


def test_bad_yaml_syntax_gives_line_and_column(tmp_path):
    path = _write(tmp_path, "brief:\n  title: [unclosed\ncorpus: {}\n")
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:3: invalid YAML, column ")


def test_missing_file(tmp_path):
    assert _problems(tmp_path / "none.yaml") == [f"{tmp_path / 'none.yaml'}: config file not found"]


def test_yaml_bomb_is_refused(tmp_path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    (problem,) = _problems(_write(tmp_path, "\n".join(lines) + "\n"))
    assert "too many values" in problem


def test_date_prefers_config_then_source_date_epoch_then_today(tmp_path):
    config = load_config(_write(tmp_path, GOOD)).config
    assert brief_date(config, {"SOURCE_DATE_EPOCH": "1445472000"}) == dt.date(2015, 10, 22)
    assert brief_date(config, {}) == dt.date.today()
    dated = load_config(_write(tmp_path, GOOD.replace("title: T", "title: T\n  date: 2015-10-22"))).config
    assert brief_date(dated, {"SOURCE_DATE_EPOCH": "0"}) == dt.date(2015, 10, 22)


def test_schema_describes_every_field():
    schema = config_schema()
    assert schema["title"] == "briefing config"
    defs = schema["$defs"]
    for model in ("ExcerptsSection", "Theme", "OutputConfig", "CorpusConfig", "BriefMeta"):
        for name, prop in defs[model]["properties"].items():
            assert prop.get("description"), f"{model}.{name} has no description"


def test_cli_schema_prints_json(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "briefing config"


def test_cli_config_errors_are_one_line_each_exit_2_no_traceback(runner, tmp_path):
    path = _write(tmp_path, GOOD.replace("themes:", "themse:", 1))
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"error: {path}:5: themse: unknown key (did you mean 'themes'?)"
    assert "Traceback" not in result.output + result.stderr


def test_cli_missing_config(runner, tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'missing.yaml'}: config file not found"


@pytest.mark.parametrize("given, kept", [("Letter", "letter"), ("LETTER", "letter"), ("a4", "A4"),
                                         ("A4", "A4"), (" letter ", "letter")])
def test_page_size_is_accepted_in_any_case(tmp_path, given, kept):
    path = _write(tmp_path, GOOD + f"output: {{page_size: '{given}'}}\n")
    assert load_config(path).config.output.page_size == kept


def test_an_unknown_page_size_names_the_choices(tmp_path):
    path = _write(tmp_path, GOOD + "output: {page_size: A5}\n")
    (problem,) = _problems(path)
    assert "output.page_size" in problem and "A4" in problem and "letter" in problem
