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
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


# ------------------------------------------------------------------ trust suites
# Used by test_verify, test_reproducible, test_hostile_* and test_paths.

#: 2015-10-22 00:00 UTC: the default brief's own date, as SOURCE_DATE_EPOCH.
EPOCH = "1445472000"
ALL_FORMATS = ("json", "md", "docx", "pdf")


def renderer_missing(fmt: str) -> str | None:
    """Why ``fmt`` cannot be rendered here, or None when its renderer imports."""
    import importlib

    from briefing.render import FORMATS

    try:
        module = importlib.import_module(FORMATS[fmt])
    except ImportError as exc:
        return f"the {fmt} renderer is not available yet ({exc})"
    return None if callable(getattr(module, "render", None)) else f"the {fmt} renderer has no render()"


def available_formats() -> list[str]:
    return [fmt for fmt in ALL_FORMATS if renderer_missing(fmt) is None]


def run_briefing(*args, env: dict | None = None, cwd=None, timeout: float = 600):
    """Run the CLI in a fresh interpreter (``python -m briefing.cli``)."""
    import os
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "briefing.cli", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=cwd,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def default_brief(tmp_path_factory) -> dict:
    """format -> path of the default brief, built once per session in every available
    format, with SOURCE_DATE_EPOCH fixed and the config given by its absolute path (so
    ``briefing verify`` finds the corpus from any folder)."""
    from briefing.render import EXTENSIONS

    out = tmp_path_factory.mktemp("default-brief")
    formats = available_formats()
    args = ["build", DEFAULT_CONFIG, "--out", out]
    for fmt in formats:
        args += ["-f", fmt]
    result = run_briefing(*args, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stderr
    return {fmt: out / f"syria-deconfliction{EXTENSIONS[fmt]}" for fmt in formats}
