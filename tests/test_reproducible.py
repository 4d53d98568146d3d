"""Reproducible and safe outputs.

* The same config, corpus and SOURCE_DATE_EPOCH give byte-identical JSON,
  Markdown, DOCX and PDF, across processes (different hash seeds) and output
  folders. Without SOURCE_DATE_EPOCH the brief's date is the config's, or today.
* Outputs are replaced atomically: concurrent builds into one folder, and a
  reader polling the files meanwhile, only ever see whole files of one build;
  a failed build leaves the previous outputs as they were.
* The corpus is only ever read: no write, rename, delete or chmod under it
  (watched with an audit hook), its bytes and times unchanged, and a
  read-only copy builds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing import formats as table
from conftest import (
    ALL_FORMATS,
    DEFAULT_CONFIG,
    EPOCH,
    SEEDS,
    available_formats,
    config_copy,
    format_args,
    renderer_missing,
    run_briefing,
)

BASENAME = "syria-deconfliction"


# --------------------------------------------------------------------------- byte-identical


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    """The default brief built twice, in separate processes with different hash seeds
    and output folders, with the same SOURCE_DATE_EPOCH."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path_factory.mktemp(f"build-{seed}")
        result = run_briefing("build", DEFAULT_CONFIG, "--out", out,
                              *format_args(available_formats()),
                              env={"SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outs.append(out)
    return outs[0], outs[1]


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_same_inputs_and_epoch_give_byte_identical_files(two_builds, fmt):
    reason = renderer_missing(fmt)
    if reason:
        pytest.skip(reason)
    first, second = (out / f"{BASENAME}{table.get(fmt).extension}" for out in two_builds)
    assert first.read_bytes() == second.read_bytes(), f"{fmt} differs between two builds"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_later_epoch_still_gives_the_same_bytes_when_the_config_has_a_date(tmp_path, two_builds,
                                                                             fmt):
    """The config's date is the brief's date; SOURCE_DATE_EPOCH only stands in for 'now'."""
    reason = renderer_missing(fmt)
    if reason:
        pytest.skip(reason)
    result = run_briefing("build", DEFAULT_CONFIG, "--out", tmp_path, "-f", fmt,
                          env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stderr
    name = f"{BASENAME}{table.get(fmt).extension}"
    assert (tmp_path / name).read_bytes() == (two_builds[0] / name).read_bytes()


def _built_date(config: Path, monkeypatch, epoch: str | None) -> str:
    import json

    from briefing.pipeline import build

    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = build(config, ["json"])
    return json.loads(result.written[0].read_text(encoding="utf-8"))["date"]


def test_without_epoch_the_date_is_the_configs(tmp_path, monkeypatch):
    assert _built_date(config_copy(tmp_path / "cfg"), monkeypatch, None) == "2015-10-22"


def test_without_epoch_or_config_date_the_date_is_today(tmp_path, monkeypatch):
    config = config_copy(tmp_path / "cfg", date=False)
    before = dt.date.today().isoformat()
    built = _built_date(config, monkeypatch, None)
    assert built in {before, dt.date.today().isoformat()}


def test_without_config_date_the_epoch_gives_the_date(tmp_path, monkeypatch):
    config = config_copy(tmp_path / "cfg", date=False)
    assert _built_date(config, monkeypatch, "1445558399") == "2015-10-22"  # 23:59:59 UTC


# --------------------------------------------------------------------------- atomic outputs


def test_concurrent_atomic_writes_never_show_a_partial_file(tmp_path):
    """Writer threads replace one file with large payloads while readers read it."""
    from briefing.output import write_atomic

    target = tmp_path / "brief.json"
    payloads = [bytes([65 + i]) * (2_000_000 + 7919 * i) for i in range(4)]
    write_atomic(target, payloads[0])
    seen: list[bytes] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.append(hashlib.sha256(target.read_bytes()).digest())

    def write(i: int) -> None:
        for _ in range(15):
            write_atomic(target, payloads[i])

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    whole = {hashlib.sha256(p).digest() for p in payloads}
    assert seen and set(seen) <= whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.json"]  # no temp files left


def _race(configs: list[Path], out: Path, formats: list[str], rounds: int) -> None:
    """Build every config alone, then ``rounds`` times all at once into one folder while a
    reader polls the files; every file read or left must be whole and from one build."""
    names = [f"{BASENAME}{table.get(f).extension}" for f in formats]
    expected: dict[str, set[bytes]] = {name: set() for name in names}
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    for config in configs:
        result = run_briefing("build", config, "--out", out, *format_args(formats),
                              env={"SOURCE_DATE_EPOCH": EPOCH})
        assert result.returncode == 0, result.stderr
        for name in names:
            expected[name].add(hashlib.sha256((out / name).read_bytes()).digest())
    assert all(len(v) == len(configs) for v in expected.values()), "the configs must differ"

    bad: list[str] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            for name in names:
                digest = hashlib.sha256((out / name).read_bytes()).digest()
                if digest not in expected[name]:
                    bad.append(name)

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for _ in range(rounds):
            procs = [subprocess.Popen(
                [sys.executable, "-m", "briefing.cli", "build", str(c), "--out", str(out),
                 *format_args(formats)], env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in configs]
            for proc in procs:
                _, err = proc.communicate(timeout=600)
                assert proc.returncode == 0, err.decode()
            for name in names:
                assert hashlib.sha256((out / name).read_bytes()).digest() in expected[name], name
    finally:
        stop.set()
        reader.join()
    assert not bad, f"a reader saw a partial or mixed file: {sorted(set(bad))}"
    assert sorted(p.name for p in out.iterdir()) == sorted(names), "temporary files left behind"


def test_two_builds_into_one_folder_at_once_leave_whole_files(tmp_path):
    configs = [config_copy(tmp_path / name, title=f"Brief {name}") for name in ("a", "b")]
    _race(configs, tmp_path / "out", ["json", "md"], rounds=5)


@pytest.mark.slow
def test_two_builds_of_every_format_at_once_leave_whole_files(tmp_path):
    configs = [config_copy(tmp_path / name, title=f"Brief {name}") for name in ("a", "b")]
    _race(configs, tmp_path / "out", available_formats(), rounds=3)


def test_a_failed_build_leaves_the_previous_outputs_intact(tmp_path, monkeypatch):
    from briefing import pipeline
    from briefing.errors import RenderError

    config = config_copy(tmp_path / "cfg")
    out = tmp_path / "out"
    pipeline.build(config, ["json", "md"], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(brief, options):
        raise RenderError("md: the renderer broke")

    real = pipeline.render_all

    def render_all(brief, formats, options, *rest, **named):
        import briefing.render.markdown as md

        monkeypatch.setattr(md, "render", broken)
        return real(brief, formats, options, *rest, **named)

    monkeypatch.setattr(pipeline, "render_all", render_all)
    changed = config_copy(tmp_path / "cfg", title="Another title")
    with pytest.raises(RenderError):
        pipeline.build(changed, ["json", "md"], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_config_error_leaves_the_previous_outputs_intact(tmp_path):
    config = config_copy(tmp_path / "cfg")
    out = tmp_path / "out"
    assert run_briefing("build", config, "--out", out, "-f", "json").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    config.write_text(config.read_text(encoding="utf-8").replace("themes: [refugees]",
                                                                 "themes: [refugeez]"))
    result = run_briefing("build", config, "--out", out, "-f", "json")
    assert result.returncode == 2 and "refugeez" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# --------------------------------------------------------------------------- the corpus is read-only


def _snapshot(root: Path) -> dict[str, tuple]:
    snap = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        snap[path.relative_to(root).as_posix()] = (digest, st.st_mtime_ns, st.st_mode)
    return snap


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_MUTATING_EVENTS = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
                    "os.utime", "os.truncate", "os.link", "os.symlink", "shutil.rmtree",
                    "shutil.move", "shutil.copyfile"}
_watch: dict = {"root": None, "hits": []}


def _audit(event: str, args: tuple) -> None:
    root = _watch["root"]
    if root is None or (event != "open" and event not in _MUTATING_EVENTS):
        return
    paths = [a for a in args if isinstance(a, (str, bytes, os.PathLike))]
    if event == "open":
        path, mode, flags = (list(args) + [None, None, None])[:3]
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS)
        if not writes:
            return
        paths = [path]
    for path in paths:
        try:
            resolved = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            continue
        if resolved == root or resolved.startswith(root + os.sep):
            _watch["hits"].append((event, resolved))


_hooked = False


@pytest.fixture
def corpus_watch():
    """Records every write-mode open, rename, delete or chmod under a folder."""
    global _hooked
    if not _hooked:
        sys.addaudithook(_audit)  # audit hooks cannot be removed; it idles when unwatched
        _hooked = True

    def watch(root: Path) -> list:
        _watch["root"] = os.path.realpath(root)
        _watch["hits"] = []
        return _watch["hits"]

    yield watch
    _watch["root"] = None


def test_a_build_writes_under_the_corpus_only_its_index(tmp_path, corpus_watch):
    from briefing.pipeline import build

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".briefing"))
    config = config_copy(tmp_path / "cfg", corpus)
    before = _snapshot(corpus)
    hits = corpus_watch(corpus)
    build(config, available_formats(), tmp_path / "out")
    index = os.path.realpath(corpus / ".briefing")
    assert hits and all(path == index or path.startswith(index + os.sep) for _, path in hits)
    after = {k: v for k, v in _snapshot(corpus).items() if k.split("/")[0] != ".briefing"}
    assert after == before
    assert (corpus / ".briefing" / "index.sqlite").is_file()


def test_with_its_index_elsewhere_a_build_never_writes_under_the_corpus(tmp_path, corpus_watch):
    from briefing.pipeline import build

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".briefing"))
    config = config_copy(tmp_path / "cfg", corpus)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f"manifest: {corpus}/sources.yaml",
                                   f"manifest: {corpus}/sources.yaml\n  index: ../index"), encoding="utf-8")
    before = _snapshot(corpus)
    hits = corpus_watch(corpus)
    build(config, available_formats(), tmp_path / "out")
    assert hits == []
    assert _snapshot(corpus) == before
    assert (tmp_path / "index" / "index.sqlite").is_file()
    (corpus / "probe.txt").write_text("the watch itself sees writes")
    assert hits and hits[0][0] == "open"


def test_a_read_only_corpus_builds_and_stays_unchanged(tmp_path):
    """Its index goes to the user's cache (a folder with no write bit is read-only
    by intent, even for root, who could write it)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    for path in corpus.rglob("*"):
        path.chmod(0o444)
    corpus.chmod(0o555)
    try:
        before = _snapshot(corpus)
        config = config_copy(tmp_path / "cfg", corpus)
        cache = tmp_path / "cache"
        result = run_briefing("build", config, "--out", tmp_path / "out", "-f", "json", "-f", "md",
                              env={"SOURCE_DATE_EPOCH": EPOCH, "XDG_CACHE_HOME": str(cache)})
        assert result.returncode == 0, result.stderr
        assert _snapshot(corpus) == before
        assert [p.name for p in cache.glob("briefing/indexes/corpus-*/index.sqlite")] == ["index.sqlite"]
    finally:
        corpus.chmod(0o755)
        for path in corpus.rglob("*"):
            path.chmod(0o644)
