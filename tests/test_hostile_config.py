"""Hostile configs: every one ends in exit 0 or a clean exit 2, and fast.

Property-based: any YAML value in any field of a valid config, any text as
a config file. Named cases: YAML bombs, deep nesting, huge files and huge
numbers, tabs, duplicate keys (reported, never merged), documents that are
not one mapping, unsafe tags. A clean error is one or more ``error: FILE…``
lines on stderr, exit 2, no traceback, no "internal error".

Time: assertions are on the outcome; the wall-clock bound is generous
(machines are noisy) and only guards against work that grows with the
input (a bomb expanded, a megabyte parsed slowly).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.cli import app
from conftest import ARTICLE, set_at

#: generous bound for "within a second": CI machines are slow and shared
FAST_ENOUGH = 5.0


def base_config(corpus: Path) -> dict:
    return {
        "version": 1,
        "brief": {"title": "T", "subtitle": "S", "author": "A", "date": dt.date(2015, 10, 22),
                  "marking": "UNCLASSIFIED", "keywords": ["k"]},
        "corpus": {"path": str(corpus), "max_file_mb": 1,
                   "noise": [{"name": "banner", "pattern": "^Join", "scope": "line"}]},
        "themes": {"safety": {"title": "Safety", "description": "d",
                              "keywords": ["memorandum", "flight safety"], "exclude": ["x"]}},
        "sections": [
            {"kind": "summary", "title": "Key points", "max_items": 3},
            {"kind": "excerpts", "title": "E", "themes": ["safety"], "max_items": 4,
             "order": "relevance", "min_score": 0.1,
             "notes": [{"text": "n", "anchor": "memorandum", "author": "me"}]},
            {"kind": "quotes", "title": "Q", "speakers": [], "themes": [], "max_items": 3},
            {"kind": "text", "title": "T", "text": "Prose."},
            {"kind": "sources", "title": "Sources"},
        ],
        "output": {"dir": "out", "basename": "brief", "formats": ["json"], "page_size": "A4"},
    }


#: Every place a value can go: (key path, may the value be any text?). Paths must not
#: get arbitrary text: "/" as a corpus would read the whole disk (a valid request).
FIELDS = [
    (("version",), True), (("brief",), True), (("brief", "title"), True),
    (("brief", "subtitle"), True), (("brief", "author"), True), (("brief", "date"), True),
    (("brief", "marking"), True), (("brief", "keywords"), True), (("brief", "unknown"), True),
    (("corpus",), False), (("corpus", "path"), False), (("corpus", "manifest"), False),
    (("corpus", "max_file_mb"), True), (("corpus", "noise"), True),
    (("corpus", "noise", 0, "pattern"), True), (("corpus", "noise", 0, "scope"), True),
    (("themes",), True), (("themes", "safety"), True), (("themes", "safety", "keywords"), True),
    (("themes", "safety", "exclude"), True), (("themes", "safety", "title"), True),
    (("themes", "new"), True), (("sections",), True), (("sections", 0), True),
    (("sections", 0, "kind"), True), (("sections", 0, "max_items"), True),
    (("sections", 1, "themes"), True), (("sections", 1, "order"), True),
    (("sections", 1, "min_score"), True), (("sections", 1, "notes"), True),
    (("sections", 1, "notes", 0, "anchor"), True), (("sections", 2, "speakers"), True),
    (("sections", 3, "text"), True), (("output",), True), (("output", "dir"), False),
    (("output", "basename"), False), (("output", "formats"), True),
    (("output", "page_size"), True), (("extra",), True),
]

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(-2**70, 2**70)
           | st.floats(allow_nan=True, allow_infinity=True) | TEXT
           | st.dates() | st.sampled_from(["", "-", "~", "null", "yes", "0x1F", "1e999", "2015-13-45",
                                          "../../x", "/etc", "json", "pdf", "A4", "excerpts"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(TEXT, inner, max_size=4), max_leaves=12)
PATH_VALUES = (st.none() | st.booleans() | st.integers() | st.floats() | st.dates()
               | st.lists(st.integers(), max_size=3) | st.dictionaries(st.text(max_size=3), st.none(), max_size=2)
               | st.sampled_from(["", ".", "missing", "out/sub", "a\x00b", "x" * 300, "../nowhere"]))


def _assert_clean(result, config: Path, elapsed: float, names_config: bool = True) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 2), (result.exit_code, result.output)
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert all(c.isprintable() or c == "\n" for c in result.stderr), "raw control codes on stderr"
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()
        assert lines and all(line.startswith("error: ") for line in lines), result.stderr
        if names_config:  # (a valid config can still name a corpus with no articles)
            assert str(config) in lines[0] or config.name in lines[0], lines[0]
    assert elapsed < FAST_ENOUGH, f"took {elapsed:.1f}s"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("configs")


def _check(runner, config: Path):
    started = time.perf_counter()
    result = runner.invoke(app, ["check", str(config)])
    return result, time.perf_counter() - started


def test_the_base_config_is_valid(runner, corpus, workdir):
    config = workdir / "base.yaml"
    config.write_text(yaml.safe_dump(base_config(corpus), allow_unicode=True), encoding="utf-8")
    result, _ = _check(runner, config)
    assert result.exit_code == 0, result.output


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), data=st.data())
def test_any_value_in_any_field_is_accepted_or_a_clean_error(runner, corpus, workdir, field, data):
    path, free_text = field
    value = data.draw(VALUES if free_text else PATH_VALUES, label="value")
    config_data = base_config(corpus)
    set_at(config_data, path, value)
    config = workdir / "fuzzed.yaml"
    config.write_text(yaml.safe_dump(config_data, allow_unicode=True), encoding="utf-8")
    result, elapsed = _check(runner, config)
    event(f"exit {result.exit_code}")
    _assert_clean(result, config, elapsed, names_config=path[0] != "corpus")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
       | st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
def test_any_text_as_a_config_file_is_a_clean_error(runner, workdir, text):
    config = workdir / "text.yaml"
    config.write_bytes(text.encode("utf-8"))
    result, elapsed = _check(runner, config)
    event(f"exit {result.exit_code}")
    _assert_clean(result, config, elapsed)
    assert result.exit_code == 2


def _billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = [f'a0: &a0 [{",".join(["lol"] * width)}]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


#: name -> (config text, the line the error names, what our message says or None).
#: None: the YAML library itself refuses the text (its wording is its own and
#: changes between versions); the test then checks the behaviour only.
NAMED = {
    "billion laughs": (_billion_laughs(), None, "too many values"),
    "wide laughs": (_billion_laughs(levels=4, width=200), None, "too many values"),
    "recursive alias": ("a: &a [*a]\n", 1, "recursive"),
    "deep flow list": ("brief: " + "[" * 5000 + "]" * 5000 + "\n", 1, None),
    "deep flow mapping": ("brief: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n", 1, None),
    "deep block mapping": ("".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "v\n",
                           65, "nested"),
    "huge integer": ("version: " + "9" * 5000 + "\n", None, "version"),
    "python tag": ("brief: !!python/object/apply:os.system ['echo pwned']\n", 1, "tag"),
    "custom tag": ("brief: !include other.yaml\n", 1, "tag"),
    "tab indentation": ("brief:\n\ttitle: T\n", 2, "invalid YAML"),
    "tab after key": ("brief:\n  title:\tT\n  \tsubtitle: S\n", 3, "invalid YAML"),
    "two documents": ("brief: {title: A}\n---\nbrief: {title: B}\n", 2, "more than one YAML document"),
    "a list": ("- brief\n- corpus\n", 1, "expected a mapping"),
    "a scalar": ("just some words\n", 1, "expected a mapping"),
    "empty": ("", None, "empty"),
    "only comments": ("# nothing here\n", None, "empty"),
    "null": ("~\n", None, "empty"),
    "merge key": ("b: &b {title: T}\nbrief:\n  <<: *b\n", 3, "merge keys"),
    "complex key": ("? [a, b]\n: 1\n", 1, "must be text"),
    "date key": ("2015-10-22: x\n", 1, "must be text"),
    "NUL byte": ("brief: {title: \"a\x00b\"}\n", None, "invalid YAML"),
    "UTF-16": ("\ufeffbrief: {title: T}\n".encode("utf-16-le").decode("latin-1"), None, "UTF-8"),
}


@pytest.mark.parametrize("name", list(NAMED))
def test_named_hostile_configs_are_clean_errors(runner, workdir, name):
    text, line, message = NAMED[name]
    config = workdir / f"{name.replace(' ', '-')}.yaml"
    config.write_bytes(text.encode("utf-8") if name != "UTF-16" else text.encode("latin-1"))
    result, elapsed = _check(runner, config)
    _assert_clean(result, config, elapsed)
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"error: {config}{f':{line}:' if line else ':'}"), result.stderr
    if message is not None:
        assert message in result.stderr, result.stderr


@pytest.mark.parametrize("where, text, line", [
    ("top level", "brief: {title: A}\nbrief: {title: B}\n", 2),
    ("nested", "brief:\n  title: A\n  title: B\n", 3),
    ("theme ids", "themes:\n  t: {title: A, keywords: [a]}\n  t: {title: B, keywords: [b]}\n", 3),
])
def test_duplicate_keys_are_reported_with_both_lines_not_merged(runner, workdir, where, text, line):
    config = workdir / "dupes.yaml"
    config.write_text(text, encoding="utf-8")
    result, _ = _check(runner, config)
    assert result.exit_code == 2
    assert f"{config}:{line}:" in result.stderr and "duplicate key (first given on line " in result.stderr


def test_a_config_over_the_size_limit_is_refused_before_parsing(runner, workdir):
    config = workdir / "huge.yaml"
    config.write_bytes(b"# padding\n" * 200_000)  # 2 MB
    result, elapsed = _check(runner, config)
    _assert_clean(result, config, elapsed)
    assert "the limit is 1 MB" in result.stderr


@pytest.mark.parametrize("body", [
    "x: [" + ",".join(["1"] * 400_000) + "]\n",  # one flow list just under 1 MB
    "".join(f"k{i}: v\n" for i in range(90_000)),  # a long flat mapping
    "x:\n" + "".join("  - 1\n" for _ in range(150_000)),  # a long block list
])
def test_a_config_just_under_the_size_limit_is_refused_quickly(runner, workdir, body):
    config = workdir / "big.yaml"
    config.write_text(body, encoding="utf-8")
    assert config.stat().st_size < 1024 * 1024
    result, elapsed = _check(runner, config)
    _assert_clean(result, config, elapsed)
    assert result.exit_code == 2 and "too many values" in result.stderr
