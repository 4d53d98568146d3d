"""Indexing on a Dask distributed cluster (``--scheduler``): a real
``LocalCluster`` of two worker processes on 127.0.0.1 makes the same index,
and the same brief, as analysing on this machine; what cannot be used
(no extra, no scheduler, workers of another briefing or that do not see the
corpus) is one line, exit 2, with nothing written to the index.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from distributed import LocalCluster

from briefing.errors import ClusterError
from briefing.index import INDEX_FILE, INDEX_FOLDER, open_index
from briefing.index.cluster import connect
from conftest import EPOCH, config_copy
from indexes import assert_consistent, generated_corpus

ARTICLES = 150


@pytest.fixture(scope="module")
def scheduler():
    """The address of a two-worker cluster, one thread each, for this module's tests."""
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """~150 generated articles, a few with manifest entries, an empty file and an image."""
    corpus = generated_corpus(tmp_path_factory.mktemp("original") / "corpus", ARTICLES)
    (corpus / "sources.yaml").write_text(
        "00/story-0001.txt:\n  outlet: Voice of America\n  published: 2015-10-14\n"
        "01/story-0060.txt:\n  title: A title the manifest gives\n  authors: [Carla Babb]\n",
        encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return corpus


def _layout(original: Path, folder: Path) -> tuple[Path, Path]:
    """A copy of the corpus and a config reading it, laid out the same way in every
    folder, so builds record the same relative paths: (corpus, config)."""
    corpus = folder / "corpus"
    shutil.copytree(original, corpus, ignore=shutil.ignore_patterns(INDEX_FOLDER))
    config = config_copy(folder / "cfg", corpus, out="../out")
    # the same config bytes in every folder: the corpus by a relative path, and without
    # the sample's analyst note, which anchors on a sentence the generated articles repeat
    text = config.read_text(encoding="utf-8").replace(str(corpus), "../corpus")
    start = text.index("    notes:\n")
    end = text.index("  - kind:", start)
    config.write_text(text[:start] + text[end:], encoding="utf-8")
    return corpus, config


def _briefing(*args, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=600,
                          env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})


def _files(corpus: Path) -> list[tuple]:
    """What the index holds per file, less the time it was modified."""
    with sqlite3.connect(corpus / INDEX_FOLDER / INDEX_FILE) as db:
        return db.execute("SELECT path, size, sha256, read_key, terms_key, quotes_key, warnings, "
                          "unsupported, matched FROM files ORDER BY path").fetchall()


def assert_same_index(one, other) -> None:
    """Two indexes of copies of one corpus hold the same thing: files, ids,
    articles, warnings, quotation analyses, sentence and term counts, and how
    many sentences hold each term."""
    assert _files(one.root) == _files(other.root)
    assert one.ids() == other.ids()
    assert list(one.iter_articles()) == list(other.iter_articles())
    assert [w.replace(str(one.root), "CORPUS") for w in one.warnings] == \
        [w.replace(str(other.root), "CORPUS") for w in other.warnings]
    assert [one.quote_analysis(a) for a in one.iter_articles()] == \
        [other.quote_analysis(a) for a in other.iter_articles()]
    assert one.speaker_totals() == other.speaker_totals()
    assert one.store.stats() == other.store.stats()
    vocab = "SELECT term, doc, cnt FROM vocab ORDER BY term"
    assert one.store.db.execute(vocab).fetchall() == other.store.db.execute(vocab).fetchall()


@pytest.fixture(scope="module")
def local(original, tmp_path_factory):
    """The reference: a copy of the corpus indexed in this process (jobs=1)."""
    corpus, config = _layout(original, tmp_path_factory.mktemp("local"))
    return open_index(corpus, jobs=1), config


def test_an_index_made_on_the_cluster_is_the_index_made_here(scheduler, original, local, tmp_path):
    corpus, _ = _layout(original, tmp_path)
    with connect(scheduler) as cluster:
        found = open_index(corpus, cluster=cluster)
    assert found.report.analysed == found.report.files == local[0].report.files
    assert len(found) == ARTICLES and any("empty.txt" in w for w in found.warnings)
    assert any("A title the manifest gives" == a.metadata.title.value for a in found.iter_articles())
    assert_same_index(found, local[0])
    assert_consistent(corpus, found)


def test_the_commands_index_and_build_on_the_cluster_as_they_do_here(scheduler, original, local, tmp_path):
    reference, reference_config = local
    corpus, config = _layout(original, tmp_path)
    # a relative corpus path: the workers, in other folders, are given the absolute one
    indexed = _briefing("index", "corpus", "--scheduler", scheduler, "-q", cwd=corpus.parent)
    assert indexed.returncode == 0, indexed.stderr
    files = reference.report.files
    assert f"{ARTICLES} articles from {files} files; {files} read and analysed" in indexed.stdout
    assert "Traceback" not in indexed.stderr
    assert_same_index(open_index(corpus, jobs=1), reference)  # (which reads nothing: it is current)

    # the same changes to both copies; the build brings each index up to date, one on the cluster
    for root in (corpus, reference.root):
        (root / "00" / "story-0002.txt").unlink()
        story = root / "01" / "story-0070.txt"
        story.write_text(story.read_text(encoding="utf-8") + "\nThe narwhal envoy arrived late.\n",
                         encoding="utf-8")
        shutil.copy(root / "02" / "story-0101.txt", root / "02" / "story-0101-reprint.txt")
    here = _briefing("build", reference_config, "-f", "json", "-q")
    there = _briefing("build", config, "-f", "json", "-q", "--scheduler", scheduler)
    assert here.returncode == there.returncode == 0, (here.stderr, there.stderr)
    assert there.stderr.replace(str(corpus.parent), "HERE") == \
        here.stderr.replace(str(reference.root.parent), "HERE")
    built = [(folder / "out" / "syria-deconfliction.json").read_bytes()
             for folder in (reference.root.parent, corpus.parent)]
    assert built[0] == built[1]
    assert json.loads(built[1])["sections"]
    assert_same_index(open_index(corpus, jobs=1), open_index(reference.root, jobs=1))

    again = _briefing("index", corpus, "--scheduler", scheduler, "-q")
    assert again.returncode == 0 and "0 read and analysed" in again.stdout, again.stderr


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_scheduler_that_cannot_be_reached_is_one_line_and_writes_nothing(original, tmp_path):
    corpus, _ = _layout(original, tmp_path)
    address = f"tcp://127.0.0.1:{_closed_port()}"
    run = _briefing("index", corpus, "--scheduler", address)
    assert run.returncode == 2, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach the Dask scheduler at {address}"), lines
    assert not (corpus / INDEX_FOLDER).exists()
    malformed = _briefing("index", corpus, "--scheduler", "127.0.0.1")
    assert malformed.returncode == 2
    assert malformed.stderr.splitlines() == [
        "error: --scheduler 127.0.0.1: not a scheduler address (missing port number in address "
        "'127.0.0.1'); give tcp://HOST:PORT"]


def test_without_the_extra_the_scheduler_option_says_what_to_install(runner, original, tmp_path, monkeypatch):
    from briefing.cli import app

    corpus, config = _layout(original, tmp_path)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    for args in (["index", str(corpus)], ["build", str(config), "-f", "json"]):
        result = runner.invoke(app, [*args, "--scheduler", "tcp://127.0.0.1:8786"])
        assert result.exit_code == 2, result.output
        assert result.stderr == ("error: --scheduler tcp://127.0.0.1:8786: running on a Dask cluster needs "
                                 "the cluster extra: pip install 'briefing[cluster]'\n")
    assert not (corpus / INDEX_FOLDER).exists()


def test_workers_of_another_briefing_are_refused_before_anything_is_sent(scheduler, monkeypatch):
    import briefing

    monkeypatch.setattr(briefing, "__version__", "0.0.0-other")  # here only: the workers keep theirs
    with pytest.raises(ClusterError, match=r"worker tcp://127\.0\.0\.1:\d+ runs briefing [^ ]+, this is "
                                           r"briefing 0\.0\.0-other: its results would not match"):
        connect(scheduler)


def test_workers_with_other_analysis_code_are_refused_and_the_index_is_untouched(scheduler, original,
                                                                                  tmp_path, monkeypatch):
    update = sys.modules["briefing.index.update"]  # (the package's `update` is the function)

    corpus, _ = _layout(original, tmp_path)
    open_index(corpus, jobs=2)
    before = _files(corpus)
    (corpus / "00" / "story-0003.txt").unlink()  # would be forgotten by a run that completes
    real = update.analysis_keys
    # this process's analysis code "changed": every file is to be analysed again, and the
    # workers, which still run the old code, must not be the ones to do it
    monkeypatch.setattr(update, "analysis_keys", lambda *args: tuple(k + "-new" for k in real(*args)))
    with connect(scheduler) as cluster, pytest.raises(ClusterError, match="analysis keys differ"):
        open_index(corpus, cluster=cluster)
    assert _files(corpus) == before


def test_workers_that_do_not_see_the_corpus_folder_are_refused(scheduler, original, tmp_path, monkeypatch):
    from briefing.corpus.noise import default_rules
    from briefing.corpus.read import DEFAULT_MAX_BYTES
    from briefing.index import cluster as module
    from briefing.index.analyse import Settings, Task
    from briefing.index.update import analysis_keys

    corpus, _ = _layout(original, tmp_path)
    settings = Settings(str(corpus), DEFAULT_MAX_BYTES, default_rules())
    batches = [[Task("00/story-0000.txt", analysis_keys(settings))]]
    with connect(scheduler) as cluster:
        elsewhere = Settings(str(tmp_path / "not-on-the-workers"), DEFAULT_MAX_BYTES, default_rules())
        with pytest.raises(ClusterError, match=rf"worker tcp://\S+ cannot see the corpus folder "
                                               rf"{tmp_path / 'not-on-the-workers'}; workers read the articles "
                                               r"themselves and must see the corpus folder at the same path"):
            list(cluster(batches, elsewhere))
        # as if this machine saw that file with other bytes than the workers do
        monkeypatch.setattr(module, "_probes", lambda batches, root: (("00/story-0000.txt", 1),))
        with pytest.raises(ClusterError, match=r"sees another .*story-0000\.txt \(\d+ bytes, not 1\): "
                                               "not the same corpus folder"):
            list(cluster(batches, settings))
        monkeypatch.undo()
        assert [r.path for batch in cluster(batches, settings) for r in batch] == ["00/story-0000.txt"]


def test_each_task_checks_the_worker_that_runs_it(scheduler, original, tmp_path):
    """A worker that joins after the run's checks still cannot send results of other code."""
    from briefing.corpus.noise import default_rules
    from briefing.corpus.read import DEFAULT_MAX_BYTES
    from briefing.index.analyse import Settings, Task
    from briefing.index.cluster import WorkerMismatch, analyse_on_worker, identity

    corpus, _ = _layout(original, tmp_path)
    settings = Settings(str(corpus), DEFAULT_MAX_BYTES, default_rules())
    batch = [Task("00/story-0000.txt", identity(settings)[1])]
    with connect(scheduler) as cluster:
        done = cluster.client.submit(analyse_on_worker, batch, settings, identity(settings), pure=False)
        assert [r.path for r in done.result()] == ["00/story-0000.txt"]
        other = ("0.0.0-other", identity(settings)[1])
        refused = cluster.client.submit(analyse_on_worker, batch, settings, other, pure=False)
        with pytest.raises(WorkerMismatch, match=r"worker tcp://127\.0\.0\.1:\d+ runs briefing [^ ]+, this "
                                                 r"is briefing 0\.0\.0-other"):
            refused.result()
