"""Fixtures shared by every test: the project's paths and a CLI runner."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
SEEDS = ROOT / "seeds"
DEFAULT_CONFIG = ROOT / "config" / "brief.yaml"

if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


@pytest.fixture(scope="session")
def seeds_corpus():
    """The sample corpus as the corpus layer reads it (read once per session)."""
    from briefing.corpus import read_corpus

    return read_corpus(SEEDS)


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the sample corpus (with its manifest)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target, ignore=shutil.ignore_patterns(".briefing"))
    return target


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


# ------------------------------------------------------------------ trust suites
# Used by test_verify, test_reproducible, test_hostile_* and test_paths.

#: 2015-10-22 00:00 UTC: the default brief's own date, as SOURCE_DATE_EPOCH.
EPOCH = "1445472000"
ALL_FORMATS = ("json", "md", "docx", "pdf")  # spelled out: the tests name what they expect

#: A one-paragraph article with a headline that the default-style configs rank.
ARTICLE = ("Talks on air safety over Syria\n\n"
           "Officials said on Tuesday that the memorandum on flight safety over Syria "
           "was signed after three rounds of talks.\n")


def renderer_missing(fmt: str) -> str | None:
    """Why ``fmt`` cannot be rendered here, or None when its renderer imports."""
    import importlib

    from briefing import formats

    try:
        module = importlib.import_module(formats.get(fmt).module)
    except ImportError as exc:
        return f"the {fmt} renderer is not available yet ({exc})"
    return None if callable(getattr(module, "render", None)) else f"the {fmt} renderer has no render()"


def available_formats() -> list[str]:
    return [fmt for fmt in ALL_FORMATS if renderer_missing(fmt) is None]


def format_args(formats) -> list[str]:
    """``-f json -f md …`` for ``briefing build``."""
    return [arg for fmt in formats for arg in ("-f", fmt)]


def run_briefing(*args, env: dict | None = None, cwd=None, timeout: float = 600):
    """Run the CLI in a fresh interpreter (``python -m briefing.cli``)."""
    import os
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "briefing.cli", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=cwd,
        timeout=timeout,
    )


def config_copy(folder: Path, corpus: Path = SEEDS, *, title: str | None = None,
                date: bool = True, out: str = "../out", formats: tuple[str, ...] | None = None) -> Path:
    """The default config as ``folder/brief.yaml``, reading ``corpus`` (absolute) and
    writing to ``out``; ``title`` replaces the brief's title, ``date=False`` drops its date,
    ``formats`` replaces the output formats."""
    text = DEFAULT_CONFIG.read_text(encoding="utf-8")
    if formats:
        text = text.replace("formats: [pdf, docx, json, md]", f"formats: [{', '.join(formats)}]")
    text = text.replace("path: ../seeds", f"path: {corpus}")
    text = text.replace("manifest: ../seeds/sources.yaml", f"manifest: {corpus}/sources.yaml")
    text = text.replace("dir: ../out", f"dir: {out}")
    if title:
        text = text.replace("title: US–Russia Deconfliction over Syria", f"title: {title}", 1)
    if not date:
        text = text.replace("  date: 2015-10-22\n", "")
    assert f"path: {corpus}" in text and (date or "date: 2015" not in text)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def cited_items(manifest: dict) -> list[dict]:
    """The items of a JSON manifest's sections that show cited text, in order."""
    return [item for section in manifest["sections"] for item in section["items"]
            if item.get("citations")]


def set_at(data, path: tuple, value) -> None:
    """``data[path[0]][path[1]]… = value`` in nested dicts and lists."""
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def assert_clean_error(result, *needles: str) -> None:
    """A CliRunner result that is exit 2 with ``error: …`` on stderr naming every needle,
    and no traceback."""
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture(scope="session")
def default_brief(tmp_path_factory) -> dict:
    """format -> path of the default brief, built once per session in every available
    format, with SOURCE_DATE_EPOCH fixed and the config given by its absolute path (so
    ``briefing verify`` finds the corpus from any folder)."""
    from briefing import formats as table

    out = tmp_path_factory.mktemp("default-brief")
    formats = available_formats()
    result = run_briefing("build", DEFAULT_CONFIG, "--out", out, *format_args(formats),
                          env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stderr
    return {fmt: out / f"syria-deconfliction{table.get(fmt).extension}" for fmt in formats}
