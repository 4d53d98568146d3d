"""Paths that try to escape, cannot be written, or are not what they claim to be.

Output: a basename is a plain file name, never a path (``../../x``, ``/tmp/x``,
``a/b`` are config errors naming ``output.basename``); an output folder may be
anywhere the config says, and files land exactly there and nowhere else; a
folder that cannot be created or written is exit 2 with one line.
Corpus: a corpus path that is a file is a one-article corpus; a symlink loop
(of folders or of files) and a FIFO inside the corpus are skipped, not
followed forever or waited on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.cli import app
from conftest import ARTICLE, assert_clean_error, run_briefing


def _config(folder: Path, corpus: str = "articles", **output) -> Path:
    data = {
        "brief": {"title": "Paths", "date": "2015-10-22"},
        "corpus": {"path": corpus},
        "themes": {"safety": {"title": "Safety", "keywords": ["memorandum"]}},
        "sections": [{"kind": "excerpts", "title": "E", "themes": ["safety"]},
                     {"kind": "sources", "title": "Sources"}],
        "output": {"dir": "out", "basename": "brief", "formats": ["json", "md"], **output},
    }
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "brief.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config


@pytest.fixture
def project(tmp_path) -> Path:
    """tmp/project/{brief.yaml, articles/a.txt}; returns the project folder."""
    folder = tmp_path / "project"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _files(root: Path) -> set[str]:
    """Every file under ``root``, but the corpus index (``.briefing/`` in the corpus
    folder, tested in tests/index/): what a build writes is these and its outputs."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if not p.is_dir() and ".briefing" not in p.relative_to(root).parts}


def _build(runner, config: Path, *args: str):
    return runner.invoke(app, ["build", str(config), *args])


# --------------------------------------------------------------------------- output basename


@pytest.mark.parametrize("basename", ["../../x", "../x", "/tmp/x", "a/b", "a\\b", "..", ".",
                                      "", " ", "-rf", "x" * 300, "brief\x00", "~/x", "C:\\x"])
def test_an_output_basename_that_is_a_path_is_a_config_error(runner, project, basename):
    config = _config(project, basename=basename)
    before = _files(project.parent)
    result = _build(runner, config)
    assert_clean_error(result, "output.basename")
    assert _files(project.parent) == before


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(basename=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
       | st.sampled_from(["../../x", "..%2f..%2fx", "x/../../y", "./x", "x.json", ".hidden"]))
def test_any_basename_is_refused_or_written_inside_the_output_folder(runner, tmp_path_factory,
                                                                     basename):
    root = tmp_path_factory.mktemp("basename")
    (root / "project" / "articles").mkdir(parents=True)
    (root / "project" / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    config = _config(root / "project", basename=basename)
    result = _build(runner, config)
    event(f"exit {result.exit_code}")
    assert result.exit_code in (0, 2), result.output
    new = _files(root) - {"project/brief.yaml", "project/articles/a.txt"}
    if result.exit_code == 0:
        name = basename.strip()  # the config strips surrounding white space from every text
        assert new == {f"project/out/{name}.json", f"project/out/{name}.md"}
    else:
        assert_clean_error(result, "output.basename")
        assert new == set()


# --------------------------------------------------------------------------- output folder


def test_an_output_folder_up_the_tree_is_where_the_files_land_and_nowhere_else(runner, tmp_path):
    project = tmp_path / "a" / "b" / "project"
    (project / "articles").mkdir(parents=True)
    (project / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    config = _config(project, dir="../../x")
    result = _build(runner, config)
    assert result.exit_code == 0, result.output
    assert _files(tmp_path) == {"a/b/project/brief.yaml", "a/b/project/articles/a.txt",
                                "a/x/brief.json", "a/x/brief.md"}


def test_an_absolute_output_folder_is_honoured(runner, project, tmp_path):
    target = tmp_path / "elsewhere" / "briefs"
    result = _build(runner, _config(project, dir=str(target)))
    assert result.exit_code == 0, result.output
    assert _files(target) == {"brief.json", "brief.md"}
    assert not (project / "out").exists()


def test_an_output_folder_under_a_file_is_a_clean_error(runner, project):
    (project / "blocker").write_text("a file, not a folder")
    result = _build(runner, _config(project, dir="blocker/out"))
    assert_clean_error(result, "blocker")


def test_an_output_folder_that_is_a_file_is_a_clean_error(runner, project):
    (project / "out").write_text("a file where the folder should be")
    result = _build(runner, _config(project))
    assert_clean_error(result, "out")
    assert (project / "out").read_text() == "a file where the folder should be"


def test_an_output_file_name_taken_by_a_folder_is_a_clean_error(runner, project):
    (project / "out" / "brief.json").mkdir(parents=True)
    result = _build(runner, _config(project))
    assert_clean_error(result, "brief.json")
    assert (project / "out" / "brief.json").is_dir()
    assert not [p for p in (project / "out").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unwritable_output_folder_is_a_clean_error(runner, project):
    out = project / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod does not stop writes; "
                        "test_an_output_folder_under_a_file_is_a_clean_error covers the path")
        result = _build(runner, _config(project))
        assert_clean_error(result, "out")
    finally:
        out.chmod(0o755)


def test_out_option_pointing_at_a_file_is_a_clean_error(runner, project):
    (project / "file").write_text("x")
    result = _build(runner, _config(project), "--out", str(project / "file"))
    assert_clean_error(result, "file")


# --------------------------------------------------------------------------- corpus paths


def test_a_corpus_path_that_is_a_file_is_a_one_article_corpus(runner, project):
    (project / "articles" / "other.txt").write_text(ARTICLE.replace("Tuesday", "Monday"))
    config = _config(project / "single", corpus="../articles/a.txt")
    result = _build(runner, config)
    assert result.exit_code == 0, result.output
    assert "1 source\n" in result.stdout


def test_a_corpus_path_that_is_a_binary_file_is_skipped_with_a_warning(runner, project):
    (project / "articles" / "bin.txt").write_bytes(bytes(range(256)) * 8)
    result = _build(runner, _config(project / "single", corpus="../articles/bin.txt"))
    assert result.exit_code in (0, 2), result.output
    assert "bin.txt" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("corpus, message", [
    ("missing", "does not exist"),
    ("/dev/null", "not a file or folder"),
    ("x" * 300, "cannot read corpus path (File name too long)"),  # (found by the hostile-config fuzzer)
])
def test_a_corpus_path_that_is_not_a_folder_or_article_is_a_clean_error(runner, project, corpus,
                                                                        message):
    if corpus.startswith("/") and not Path(corpus).exists():
        pytest.skip(f"{corpus} does not exist here")
    result = _build(runner, _config(project, corpus=corpus))
    assert_clean_error(result, message)


def test_sources_and_index_on_a_path_too_long_to_look_at_are_clean_errors(runner, tmp_path):
    from briefing.cli import app

    for command in ("sources", "index"):
        assert_clean_error(runner.invoke(app, [command, str(tmp_path / ("x" * 300))]),
                           "cannot read corpus path (File name too long)")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loops_inside_the_corpus_are_not_followed(runner, project):
    articles = project / "articles"
    os.symlink(".", articles / "loop")  # folder loop: articles/loop/loop/…
    os.symlink("..", articles / "up")
    os.symlink("b.txt", articles / "a-loop.txt")  # file loop: a-loop.txt -> b.txt -> a-loop.txt
    os.symlink("a-loop.txt", articles / "b.txt")
    os.symlink("missing.txt", articles / "dangling.txt")
    result = _build(runner, _config(project))
    assert result.exit_code == 0, result.output
    assert "1 source\n" in result.stdout
    for name in ("a-loop.txt", "b.txt", "dangling.txt"):
        assert f"warning: {name}: skipped" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_the_corpus_is_skipped_not_waited_on(project, tmp_path):
    os.mkfifo(project / "articles" / "pipe.txt")
    result = run_briefing("build", _config(project), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "pipe.txt: skipped: not a regular file" in result.stderr


def test_a_corpus_folder_without_permission_to_list_is_a_clean_error(runner, project):
    articles = project / "articles"
    articles.chmod(0o000)
    try:
        if os.access(articles, os.R_OK):
            pytest.skip("running as root: chmod does not stop reads")
        result = _build(runner, _config(project))
        assert result.exit_code in (0, 2) and "Traceback" not in result.output
    finally:
        articles.chmod(0o755)


def test_file_names_with_terminal_control_codes_are_escaped_in_warnings(runner, project):
    (project / "articles" / "evil\x1b[2J\u202e.txt").write_bytes(b"\x00binary")
    result = _build(runner, _config(project))
    assert result.exit_code == 0, result.output
    assert "warning: evil\\x1b[2J\\u202e.txt: skipped" in result.stderr
    assert all(c.isprintable() or c == "\n" for c in result.stderr)
