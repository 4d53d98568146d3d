"""The corpus index: the same corpus as reading the folder, kept current
incrementally, consistent after changes, kills and concurrent runs.

Consistency is checked against the corpus read afresh into memory
(``read_corpus``): the same articles, ids and warnings, and the full-text
index's per-term sentence counts equal to counts made from the articles.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.analysis.themes import SentenceIndex, build_query
from briefing.corpus import read_corpus
from briefing.index import INDEX_FILE, INDEX_FOLDER, open_index
from conftest import SEEDS, config_copy
from indexes import assert_consistent, generated_corpus


def test_the_index_gives_the_corpus_that_reading_the_folder_gives(seeds_copy):
    found = open_index(seeds_copy, jobs=1)
    assert found.report.analysed == 5
    assert (seeds_copy / INDEX_FOLDER / INDEX_FILE).is_file()
    assert_consistent(seeds_copy, found)


def test_a_second_run_reads_nothing_and_a_touched_file_is_not_analysed_again(seeds_copy):
    open_index(seeds_copy, jobs=1)
    again = open_index(seeds_copy, jobs=1)
    assert (again.report.analysed, again.report.touched, again.report.removed) == (0, 0, 0)
    path = next(seeds_copy.glob("*.txt"))
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    touched = open_index(seeds_copy, jobs=1)
    assert (touched.report.analysed, touched.report.touched) == (0, 1)
    assert open_index(seeds_copy, jobs=1).report.touched == 0  # its new time is recorded


def test_changed_added_and_removed_files_are_picked_up(seeds_copy):
    open_index(seeds_copy, jobs=1)
    victim = sorted(seeds_copy.glob("*.txt"))[0]
    changed = sorted(seeds_copy.glob("*.txt"))[1]
    victim_id = read_corpus(victim).articles[0].id
    victim.unlink()
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text + "\nThe zebrafish committee met again on Friday.\n", encoding="utf-8")
    (seeds_copy / "added.txt").write_text("Added story\n\nThe quokka delegation arrived on Monday, "
                                          "officials said.\n", encoding="utf-8")
    found = open_index(seeds_copy, jobs=1)
    assert (found.report.analysed, found.report.removed) == (2, 1)
    assert victim_id not in found.ids() and "added" in found.ids()
    source = found.sentence_source()
    assert source.df("zebrafish") == 1 and source.df("quokka") == 1
    assert_consistent(seeds_copy, found)


def test_a_run_in_another_process_reads_nothing_of_a_corpus_with_a_manifest(seeds_copy):
    """Each process hashes strings with its own seed: the keys of a file with manifest
    entries must not depend on it."""
    said = []
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-m", "briefing.cli", "index", str(seeds_copy), "-j", "1", "-q"],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert run.returncode == 0, run.stderr
        said.append(run.stdout)
    assert "5 read and analysed" in said[0] and "0 read and analysed" in said[1], said


def test_a_changed_manifest_entry_reanalyses_that_file_only(seeds_copy):
    open_index(seeds_copy, jobs=1)
    manifest = seeds_copy / "sources.yaml"
    text = manifest.read_text(encoding="utf-8")
    key = next(line.rstrip(":") for line in text.splitlines() if line.endswith(".txt:"))
    manifest.write_text(text.replace(f"{key}:\n", f"{key}:\n  title: A title the manifest gives\n", 1),
                        encoding="utf-8")
    found = open_index(seeds_copy, jobs=1)
    assert found.report.analysed == 1
    titles = [a.metadata.title.value for a in found.iter_articles()]
    assert "A title the manifest gives" in titles
    assert_consistent(seeds_copy, found)


def test_a_change_in_the_quotation_code_reattributes_from_the_stored_articles(seeds_copy, monkeypatch):
    open_index(seeds_copy, jobs=1)
    with sqlite3.connect(seeds_copy / INDEX_FOLDER / INDEX_FILE) as db:
        db.execute("UPDATE files SET quotes_key = quotes_key || '-old'")
    import briefing.corpus

    def never(*args, **kwargs):
        raise AssertionError("a file was read again")

    monkeypatch.setattr(briefing.corpus, "read_file", never)
    again = open_index(seeds_copy, jobs=1)
    assert (again.report.rederived, again.report.analysed) == (5, 0)
    monkeypatch.undo()
    assert_consistent(seeds_copy, again)


def test_an_unusable_index_file_is_rebuilt(seeds_copy):
    folder = seeds_copy / INDEX_FOLDER
    folder.mkdir()
    (folder / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    found = open_index(seeds_copy, jobs=1)
    assert found.report.analysed == 5
    assert_consistent(seeds_copy, found)
    db = sqlite3.connect(folder / INDEX_FILE)
    db.execute("UPDATE meta SET value = 'briefing-index/0' WHERE key = 'schema'")
    db.commit()
    db.close()
    assert open_index(seeds_copy, jobs=1).report.analysed == 5


def test_a_damaged_page_left_by_an_unclean_writer_is_found_and_the_index_rebuilt(seeds_copy):
    open_index(seeds_copy, jobs=1).store.close()
    index = seeds_copy / INDEX_FOLDER / INDEX_FILE
    page = sqlite3.connect(index).execute("PRAGMA page_size").fetchone()[0]
    assert index.stat().st_size >= 6 * page
    with open(index, "r+b") as f:  # a page of the articles' tables overwritten
        f.seek(4 * page)
        f.write(b"\xff" * page)
    Path(f"{index}-wal").write_bytes(b"\0" * 64)  # the log a killed writer leaves
    found = open_index(seeds_copy, jobs=1)
    assert found.report.analysed == 5
    assert_consistent(seeds_copy, found)


def test_a_process_pool_gives_the_same_index_as_one_process(tmp_path):
    one = generated_corpus(tmp_path / "one", 150)
    two = tmp_path / "two"
    shutil.copytree(one, two)
    a, b = open_index(one, jobs=1), open_index(two, jobs=2)
    assert a.ids() == b.ids()
    assert list(a.iter_articles()) == list(b.iter_articles())
    assert_consistent(two, b)


def test_a_run_killed_midway_is_finished_by_the_next(tmp_path):
    corpus = generated_corpus(tmp_path / "corpus", 400)
    index = corpus / INDEX_FOLDER / INDEX_FILE
    run = subprocess.Popen([sys.executable, "-m", "briefing.cli", "index", str(corpus), "--jobs", "1", "-q"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and run.poll() is None:
        try:
            with sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=1) as db:
                stored = db.execute("SELECT count(*) FROM files").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 64:
            break
        time.sleep(0.05)
    if run.poll() is not None:
        pytest.skip("the run finished before it could be killed")
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert 0 < stored < 400
    found = open_index(corpus, jobs=1)
    assert found.report.analysed <= 400 - stored
    assert_consistent(corpus, found)


def test_two_runs_at_once_leave_one_consistent_index(tmp_path):
    corpus = generated_corpus(tmp_path / "corpus", 200)
    runs = [subprocess.Popen([sys.executable, "-m", "briefing.cli", "index", str(corpus), "--jobs", "1", "-q"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    said = sorted(out for out, _ in outputs)
    assert "200 read and analysed" in said[1] and "0 read and analysed" in said[0]
    assert_consistent(corpus)


def test_a_file_changed_while_it_is_read_is_read_again_next_time(seeds_copy, monkeypatch):
    import briefing.corpus

    target = sorted(seeds_copy.glob("*.txt"))[2]
    real = briefing.corpus.read_file

    def read_then_edit(file, *args, **kwargs):
        found = real(file, *args, **kwargs)
        if Path(file) == target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write("\nA late paragraph about the narwhal envoy.\n")
            stamp = time.time_ns() + 5 * 10**9
            os.utime(target, ns=(stamp, stamp))
        return found

    monkeypatch.setattr(briefing.corpus, "read_file", read_then_edit)
    first = open_index(seeds_copy, jobs=1)
    monkeypatch.undo()
    assert any("changed while it was indexed" in w for w in first.warnings)
    second = open_index(seeds_copy, jobs=1)
    assert second.report.analysed == 1
    assert second.sentence_source().df("narwhal") == 1
    assert_consistent(seeds_copy, second)


def test_ranking_through_the_index_is_ranking_in_memory(seeds_copy):
    found = open_index(seeds_copy, jobs=1)
    query = build_query(["air safety", "deconfliction"], [], "Talks between the two militaries",
                        "Air safety")
    in_memory = SentenceIndex(read_corpus(seeds_copy).articles).rank(query)
    indexed = SentenceIndex(source=found.sentence_source()).rank(query)
    assert [(c.article.id, c.sentence.index, round(c.score, 9), c.matched) for c in indexed] == \
        [(c.article.id, c.sentence.index, round(c.score, 9), c.matched) for c in in_memory]


def test_a_build_through_the_index_is_the_build_in_memory(tmp_path):
    from briefing.pipeline import build

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(INDEX_FOLDER))
    config = config_copy(tmp_path / "cfg", corpus)
    memory = build(config, ["json"], tmp_path / "a", in_memory=True)
    indexed = build(config, ["json"], tmp_path / "b", jobs=1)
    again = build(config, ["json"], tmp_path / "c", jobs=1)
    read = [json.loads(r.written[0].read_bytes()) for r in (memory, indexed, again)]
    assert read[0] == read[1] == read[2]
    assert memory.warnings == indexed.warnings


def test_briefs_written_with_out_inside_the_corpus_are_never_read_as_articles(tmp_path):
    from briefing.pipeline import build

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(INDEX_FOLDER))
    config = config_copy(tmp_path / "cfg", corpus)
    first = build(config, ["json", "md"], corpus / "briefs", jobs=1)
    again = build(config, ["json", "md"], corpus / "briefs", jobs=1)
    assert (corpus / "briefs" / first.written[0].name).exists()
    assert len(open_index(corpus, exclude=(corpus / "briefs",), jobs=1)) == 5
    assert again.warnings == first.warnings and not any("briefs" in w for w in again.warnings)
    assert json.loads(again.written[0].read_bytes())["sources"] == json.loads(first.written[0].read_bytes())["sources"]


def test_a_corpus_folder_whose_name_reads_as_uri_syntax_keeps_its_index_inside_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("news #3", "news #4", "50% off?"):
        shutil.copytree(SEEDS, tmp_path / name, ignore=shutil.ignore_patterns(INDEX_FOLDER))
        assert open_index(tmp_path / name, jobs=1).report.analysed == 5
        assert (tmp_path / name / INDEX_FOLDER / INDEX_FILE).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["50% off?", "news #3", "news #4"]
    assert open_index(tmp_path / "news #3", jobs=1).report.analysed == 0


def test_verify_reads_the_article_files_never_the_index(tmp_path):
    from briefing.pipeline import build
    from briefing.verify import verify_brief

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(INDEX_FOLDER))
    config = config_copy(tmp_path / "cfg", corpus)
    result = build(config, ["json"], tmp_path / "out", jobs=1)
    shutil.rmtree(corpus / INDEX_FOLDER)
    report = verify_brief(result.written[0])
    assert report.ok and not (corpus / INDEX_FOLDER).exists()


def test_sources_json_is_streamed_with_the_words_of_the_whole_list(runner, seeds_copy):
    from briefing.cli import app
    from briefing.corpus.describe import describe_article

    result = runner.invoke(app, ["sources", str(seeds_copy), "--json", "--with-text", "-q"])
    assert result.exit_code == 0, result.output
    expected = [describe_article(a, True) for a in read_corpus(seeds_copy).articles]
    assert result.stdout == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_index_command_reports_and_a_missing_corpus_is_one_line(runner, seeds_copy, tmp_path):
    from briefing.cli import app

    result = runner.invoke(app, ["index", str(seeds_copy), "-q", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "5 articles from 5 files; 5 read and analysed" in result.stdout
    other = tmp_path / "elsewhere"
    result = runner.invoke(app, ["index", str(seeds_copy), "--index", str(other), "-q"])
    assert result.exit_code == 0 and (other / INDEX_FILE).is_file()
    missing = runner.invoke(app, ["index", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert missing.stderr.strip() == f"error: {tmp_path / 'nowhere'}: corpus path does not exist"


def test_an_article_whose_analysis_fails_at_build_time_is_a_warning(tmp_path, monkeypatch):
    from briefing.analysis import events
    from briefing.pipeline import build

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(INDEX_FOLDER))
    config = config_copy(tmp_path / "cfg", corpus)
    real = events.find_events
    victim = sorted(corpus.glob("*.txt"))[0].name

    def fails_on_one(article, *args, **kwargs):
        if article.path == victim:
            raise ValueError("a bug on this text")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(events, "find_events", fails_on_one)
    result = build(config, ["json"], tmp_path / "out", jobs=1)
    said = [w for w in result.warnings if w.startswith(f"{victim}: dating its sentences failed")]
    assert said and "ValueError: a bug on this text" in said[0]
    manifest = json.loads(result.written[0].read_bytes())
    chronology = next(s for s in manifest["sections"] if s["kind"] == "timeline")
    assert chronology["items"] and all(i["citations"][0]["source"] != victim.rsplit(".", 1)[0]
                                       for i in chronology["items"] if i.get("citations"))


def test_a_corpus_opened_reads_one_snapshot_while_another_run_updates_the_index(seeds_copy):
    first = open_index(seeds_copy, jobs=1)
    before = {a.id: a.text for a in first.iter_articles()}
    target = sorted(seeds_copy.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nA paragraph added later.\n", encoding="utf-8")
    second = open_index(seeds_copy, jobs=1)
    assert second.report.analysed == 1
    assert {a.id: a.text for a in first.iter_articles()} == before  # the first still reads its snapshot
    assert any("A paragraph added later." in a.text for a in second.iter_articles())
    analyses = [first.quote_analysis(a) for a in first.iter_articles()]
    assert all(a.quotations is not None for a in analyses)


def test_configs_with_their_own_reading_settings_keep_their_own_index(seeds_copy):
    from briefing.corpus.noise import compile_rule, default_rules

    plain = open_index(seeds_copy, jobs=1)
    ruled = open_index(seeds_copy, jobs=1, noise=default_rules().extended(
        [compile_rule("promo", r"Sign up for our newsletter.*", "line")]))
    assert plain.store.path.name == INDEX_FILE and ruled.store.path.name.startswith("index-")
    assert ruled.report.analysed == 5
    assert open_index(seeds_copy, jobs=1).report.analysed == 0  # the default one is untouched


def test_a_pool_that_cannot_start_its_workers_falls_back_to_this_process(tmp_path):
    """A program read from stdin has no main module a spawned worker can import:
    every worker dies at once, and the run still analyses every file."""
    corpus = generated_corpus(tmp_path / "corpus", 150)
    script = ("from briefing.index import open_index\n"
              f"found = open_index({str(corpus)!r}, jobs=2)\n"
              "print(found.report.analysed, found.report.warnings)\n")
    run = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("150 ") and "worker process of the index run stopped" in run.stdout
    assert_consistent(corpus)
