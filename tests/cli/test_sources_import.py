"""sources --with-text / --export, import from a local server, init's starter
manifest, and verify through the recorded reader."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from briefing.cli import app
from reader_files import PARAGRAPHS, TITLE, factiva, login_wall, news_page, nexis_academic

MARKDOWN = ("# Grain deal extended\n\n*By Lena Marsh*\n\n*Reuters | March 2, 2021*\n\n"
            "GENEVA — Ministers agreed on **Tuesday** to extend the grain corridor for six months, "
            "according to [a statement](https://example.org/s) from the host government.\n\n"
            "> “We have bought time, not peace,” said the envoy who chaired the grain talks.\n")


def _corpus(folder):
    folder.mkdir()
    (folder / "page.html").write_bytes(news_page())
    (folder / "batch.txt").write_text(nexis_academic(2), encoding="utf-8")
    (folder / "wires.txt").write_text(factiva(), encoding="utf-8")
    (folder / "note.md").write_text(MARKDOWN, encoding="utf-8")
    return folder


def test_sources_json_with_text_gives_the_string_offsets_index(runner, tmp_path):
    corpus = _corpus(tmp_path / "c")
    result = runner.invoke(app, ["sources", str(corpus), "--json", "--with-text"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == ["batch#1", "batch#2", "note", "page", "wires#1", "wires#2"]
    import hashlib

    for article in data:
        text = article["text"]
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == article["text_sha256"]
        for s in article["sentences"]:
            assert text[s["start"]:s["end"]].strip()
    assert {d["reader"] for d in data} == {"nexis", "markdown", "html", "factiva"}
    without = json.loads(runner.invoke(app, ["sources", str(corpus), "--json"]).stdout)
    assert "text" not in without[0]
    assert runner.invoke(app, ["sources", str(corpus), "--with-text"]).exit_code == 2


def test_sources_export_is_a_snapshot_that_is_itself_a_corpus(runner, tmp_path):
    from briefing.corpus import read_corpus

    corpus = _corpus(tmp_path / "c")
    out = tmp_path / "snap"
    result = runner.invoke(app, ["sources", str(corpus), "--export", str(out)])
    assert result.exit_code == 0, result.output
    original = read_corpus(corpus)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["batch--1.txt", "batch--2.txt", "note.txt", "page.txt", "sources.yaml",
                     "wires--1.txt", "wires--2.txt"]
    for article in original.articles:
        name = article.id.replace("#", "--") + ".txt"
        assert (out / name).read_bytes().decode("utf-8") == article.text
    snapshot = read_corpus(out)  # the manifest loads; its fields win
    by_name = {a.path: a for a in snapshot.articles}
    assert by_name["page.txt"].metadata.title.value == TITLE
    assert by_name["batch--2.txt"].metadata.outlet.value == "The Washington Post"
    import yaml

    entry = yaml.safe_load((out / "sources.yaml").read_text("utf-8"))["batch--1.txt"]
    assert entry["file"] == "batch.txt" and entry["reader"] == "nexis" and len(entry["sha256"]) == 64


def test_a_mixed_corpus_builds_and_verifies_in_every_format(runner, tmp_path, monkeypatch):
    import subprocess

    from conftest import EPOCH

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    _corpus(tmp_path / "c")
    config = tmp_path / "brief.yaml"
    config.write_text(
        "version: 1\nbrief: {title: Grain}\ncorpus: {path: c}\n"
        "themes:\n  grain: {title: Grain corridor, keywords: [grain, corridor, ships, insurance, time]}\n"
        "sections:\n  - {kind: excerpts, title: Grain, themes: [grain], max_items: 12}\n"
        "  - {kind: sources, title: Sources}\n"
        "output: {dir: out, basename: grain, formats: [json, md, docx, pdf]}\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(config)])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "grain.json").read_text("utf-8"))
    readers = {s["reader"] for s in manifest["sources"]}
    assert {"html", "nexis", "factiva", "markdown"} <= readers
    for source in manifest["sources"]:
        assert source["reader_version"] and len(source["text_sha256"]) == 64
    for fmt in ("json", "md", "docx", "pdf"):
        check = runner.invoke(app, ["verify", str(tmp_path / "out" / f"grain.{fmt}")])
        assert check.exit_code == 0, check.output
    shown = subprocess.run(["pdftotext", str(tmp_path / "out" / "grain.pdf"), "-"],
                           capture_output=True, text=True)
    if shown.returncode == 0:  # the Markdown article's markup never reaches the page
        assert "**" not in shown.stdout and "](" not in shown.stdout
        assert "Tuesday to extend the grain corridor" in " ".join(shown.stdout.split())


def test_verify_says_when_the_reader_version_differs_and_the_text_changed(runner, tmp_path):
    _corpus(tmp_path / "c")
    config = tmp_path / "brief.yaml"
    config.write_text(
        "version: 1\nbrief: {title: Grain, date: 2021-03-03}\ncorpus: {path: c}\n"
        "themes:\n  grain: {title: Grain corridor, keywords: [grain, corridor, ships]}\n"
        "sections:\n  - {kind: excerpts, title: Grain, themes: [grain], max_items: 12}\n"
        "output: {dir: out, basename: grain, formats: [json]}\n", encoding="utf-8")
    assert runner.invoke(app, ["build", str(config)]).exit_code == 0
    path = tmp_path / "out" / "grain.json"
    data = json.loads(path.read_text("utf-8"))
    page = next(s for s in data["sources"] if s["reader"] == "html")
    page["reader_version"] = "0 (trafilatura 1.0)"
    page["text_sha256"] = "0" * 64  # what the old extractor made
    path.write_text(json.dumps(data), encoding="utf-8")
    report = runner.invoke(app, ["verify", str(path), "--json"])
    warnings = json.loads(report.stdout)["warnings"]
    assert any(w.startswith(f"{page['id']}: read by html 0 (trafilatura 1.0) when built, by html 1")
               and "the text it makes changed" in w for w in warnings)


# --------------------------------------------------------------------------- import


class _Site(http.server.BaseHTTPRequestHandler):
    routes: dict = {}
    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.end_headers()
            return
        status, kind, body, delay = route
        if delay:
            import time

            time.sleep(delay)
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            self.end_headers()
            return
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    _Site.hits = []
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = news_page().replace(b"127.0.0.1:9", base.removeprefix("http://").encode())
    _Site.routes = {
        "/world/grain-deal.html": (200, "text/html; charset=utf-8", page, 0),
        "/old": (302, "", b"/world/grain-deal.html", 0),
        "/login": (200, "text/html", login_wall(), 0),
        "/chart.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, 0),
        "/huge": (200, "text/html", b"<html>" + b"x" * 300_000 + b"</html>", 0),
        "/slow": (200, "text/html", page, 3),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_import_stores_the_page_its_text_and_a_manifest_entry(runner, tmp_path, site):
    import yaml

    from briefing.corpus import read_corpus

    into = tmp_path / "articles"
    result = runner.invoke(app, ["import", f"{site}/world/grain-deal.html", "--into", str(into)])
    assert result.exit_code == 0, result.output
    assert _Site.hits == ["/world/grain-deal.html"]  # one request: no links, images or scripts
    stored = into / "127-0-0-1-world-grain-deal.html"
    assert stored.read_bytes().startswith(b"<!DOCTYPE html>")
    snapshot = (into / ".snapshots" / (stored.name + ".txt")).read_text("utf-8")
    assert PARAGRAPHS[0] in snapshot
    entry = yaml.safe_load((into / "sources.yaml").read_text("utf-8"))[stored.name]
    assert entry["url"] == f"{site}/world/grain-deal.html" and entry["title"] == TITLE
    assert entry["retrieved"]
    [article] = read_corpus(into).articles  # the snapshot folder is not read twice
    assert article.metadata.url.origin == "manifest"
    again = runner.invoke(app, ["import", f"{site}/world/grain-deal.html", "--into", str(into)])
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_import_refuses_what_is_not_an_article_and_keeps_the_rest(runner, tmp_path, site):
    into = tmp_path / "articles"
    result = runner.invoke(app, ["import", f"{site}/login", f"{site}/chart.png", f"{site}/huge",
                                 f"{site}/slow", f"{site}/missing", "ftp://127.0.0.1/x",
                                 f"{site}/old", "--into", str(into), "--timeout", "1", "--max-mb", "0.1"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 6
    text = "\n".join(errors)
    assert "login: not stored: no article text" in text
    assert "content type image/png is not an article" in text
    assert "over the 104857 byte limit" in text
    assert "slow: " in text and ("no answer within 1 seconds" in text or "timed out" in text)
    assert "HTTP 404" in text
    assert "only http and https" in text
    assert f"imported {site}/old as" in result.stdout  # a redirect is followed, the final address kept
    assert sorted(p.name for p in into.iterdir()) == [".snapshots", "127-0-0-1-world-grain-deal.html",
                                                      "sources.yaml"]


def test_init_writes_a_starter_manifest_for_the_files_it_finds(runner, tmp_path):
    from briefing.corpus.manifest import load_manifest

    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "page.html").write_bytes(news_page())
    (folder / "bare.txt").write_text(PARAGRAPHS[0] + "\n", encoding="utf-8")
    (folder / "batch.txt").write_text(nexis_academic(2), encoding="utf-8")
    result = runner.invoke(app, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    text = (folder / "sources.yaml").read_text("utf-8")
    assert "published: null  # not found: fill in" in text
    entries = load_manifest(folder / "sources.yaml")
    assert sorted(entries) == ["bare.txt", "batch.txt#1", "batch.txt#2", "page.html"]
    assert entries["page.html"].title == TITLE
    assert "published" not in entries["bare.txt"].given  # a null keeps what the file says
    assert (folder / "brief.yaml").exists() and "path: ." in (folder / "brief.yaml").read_text("utf-8")
    check = runner.invoke(app, ["sources", str(folder)])
    assert check.exit_code == 0
    assert "no outlet" in check.stderr  # the nulls are still missing, and said once
    assert check.stderr.count("no outlet") == 1


def test_a_folder_of_articles_builds_twice_without_reading_its_own_briefs(runner, tmp_path):
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "page.html").write_bytes(news_page())
    (folder / "batch.txt").write_text(nexis_academic(2), encoding="utf-8")
    assert runner.invoke(app, ["init", str(folder)]).exit_code == 0
    config = folder / "brief.yaml"
    text = config.read_text("utf-8").replace("keywords: [example, \"exact phrase\"]",
                                             "keywords: [grain, corridor]").replace("formats: [pdf, docx, json, md]",
                                                                                    "formats: [json, md, pdf, docx]")
    config.write_text(text, encoding="utf-8")
    first = runner.invoke(app, ["build", str(config)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["build", str(config)])
    assert second.exit_code == 0, second.output
    assert "out/" not in second.stderr and "brief.yaml" not in second.stderr
    manifest = json.loads((folder / "out" / "brief.json").read_text("utf-8"))
    assert {s["path"] for s in manifest["sources"]} <= {"page.html", "batch.txt"}
    # a brief copied among the articles is not an article either
    for name in ("brief.pdf", "brief.docx", "brief.md"):
        (folder / f"copy-of-{name}").write_bytes((folder / "out" / name).read_bytes())
    listed = runner.invoke(app, ["sources", str(folder)])
    for name in ("brief.pdf", "brief.docx", "brief.md"):
        assert f"copy-of-{name}: skipped: a brief made by briefing, not an article" in listed.stderr
    assert json.loads(runner.invoke(app, ["sources", str(folder), "--json"]).stdout)[0]["path"] == "batch.txt"
