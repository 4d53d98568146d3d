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
