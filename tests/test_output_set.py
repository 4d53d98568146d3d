"""A build's files are one set: killed at any step, the folder holds the old set or the new.

The kill test runs ``briefing build`` in a child process whose ``os.replace``,
``os.fsync`` and ``os.unlink`` count their calls and SIGKILL the process at the
k-th, for every k a whole build makes. After each kill, the recovery the next
build starts with (:func:`briefing.output.recover`) must leave every file of
the set from one build, the old or the new, and no leftovers.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.output import JOURNAL, TMP_SUFFIX, recover, write_set
from briefing.verify.manifest import build_of
from conftest import EPOCH, config_copy

FORMATS = ("json", "md", "docx")
NAMES = [f"syria-deconfliction.{ext}" for ext in ("json", "md", "docx")]

KILLER = """
import atexit, os, signal, sys
kill_at = int(os.environ["BRIEFING_TEST_KILL_AT"])
calls = [0]
def count(*_):
    calls[0] += 1
    if calls[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
for name in ("replace", "fsync", "unlink"):
    real = getattr(os, name)
    def wrapped(*args, _real=real, **kwargs):
        count()
        return _real(*args, **kwargs)
    setattr(os, name, wrapped)
atexit.register(lambda: sys.stderr.write(f"steps={calls[0]}\\n"))
from briefing.cli import main
sys.argv = ["briefing", *sys.argv[1:]]
main()
"""


def _build(config: Path, out: Path, kill_at: int = 0) -> subprocess.CompletedProcess:
    args = [sys.executable, "-c", KILLER, "build", str(config), "--out", str(out)]
    for fmt in FORMATS:
        args += ["-f", fmt]
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "BRIEFING_TEST_KILL_AT": str(kill_at)}
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)


def _builds(folder: Path) -> dict[str, str | None]:
    return {name: build_of(folder / name) if (folder / name).exists() else None for name in NAMES}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """A config for an old and a new brief, and the old brief's complete set."""
    root = tmp_path_factory.mktemp("sets")
    old = config_copy(root / "old", title="Old brief", formats=FORMATS)
    new = config_copy(root / "new", title="New brief", formats=FORMATS)
    old_set = root / "old-set"
    done = _build(old, old_set)
    assert done.returncode == 0, done.stderr
    return new, old_set


@pytest.mark.slow
def test_a_build_killed_at_any_write_step_leaves_the_old_set_or_the_new(two_builds, tmp_path):
    new_config, old_set = two_builds
    # the new build, whole, into a folder like the ones killed below (the manifest
    # records paths relative to the output folder, so the place is part of the id)
    done = _build(new_config, tmp_path / "out-0")
    assert done.returncode == 0, done.stderr
    steps = int(done.stderr.rsplit("steps=", 1)[1].split()[0])
    (old_id,), (new_id,) = set(_builds(old_set).values()), set(_builds(tmp_path / "out-0").values())
    assert None not in (old_id, new_id) and old_id != new_id
    assert steps >= len(NAMES) * 2  # each file is synced and renamed at least
    seen = set()
    for k in range(1, steps + 1):
        out = tmp_path / f"out-{k}"
        shutil.copytree(old_set, out)
        killed = _build(new_config, out, kill_at=k)
        assert killed.returncode == -signal.SIGKILL, (k, killed.stderr)
        recover(out)
        builds = _builds(out)
        assert len(set(builds.values())) == 1, (k, builds)
        build = builds[NAMES[0]]
        assert build in (old_id, new_id), (k, builds)
        seen.add("old" if build == old_id else "new")
        left = [p.name for p in out.iterdir() if p.name.endswith(TMP_SUFFIX) or p.name == JOURNAL]
        assert not left, (k, left)
    assert seen == {"old", "new"}  # the kills fell both before and after the commit point


def test_leftovers_of_an_interrupted_build_are_removed_by_the_next(tmp_path):
    (tmp_path / f".brief.pdf.abcd{TMP_SUFFIX}").write_bytes(b"half a pdf")
    (tmp_path / "brief.json").write_bytes(b"old")
    written = write_set(tmp_path, {"brief.json": b"new", "brief.md": b"new"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.json", "brief.md"]
    assert [p.read_bytes() for p in written] == [b"new", b"new"]


def test_a_committed_set_is_finished_by_the_next_build(tmp_path):
    """The journal decides: staged files it names are switched in, whatever else happened."""
    (tmp_path / "brief.json").write_bytes(b"old")
    (tmp_path / "brief.md").write_bytes(b"old")
    staged = tmp_path / f".brief.md.1234{TMP_SUFFIX}"
    staged.write_bytes(b"new")
    (tmp_path / "brief.json").write_bytes(b"new")  # renamed already when the build died
    (tmp_path / JOURNAL).write_text(
        f'{{"files": [[".brief.json.0000{TMP_SUFFIX}", "brief.json"], [{staged.name!r}, "brief.md"]]}}'
        .replace("'", '"'), encoding="utf-8")
    recover(tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"brief.json": b"new",
                                                                     "brief.md": b"new"}


def test_a_journal_never_moves_files_outside_its_folder(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "x.tmp").write_bytes(b"evil")
    (folder / JOURNAL).write_text('{"files": [["x.tmp", "../outside.txt"]]}', encoding="utf-8")
    recover(folder)
    assert outside.read_bytes() == b"keep" and not (folder / JOURNAL).exists()
