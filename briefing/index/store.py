"""The index file: one SQLite database, its schema and every query on it.

::

    meta        key → value: schema version, sentence count, term count
    files       path → size, mtime_ns, sha256, the read/terms/quotes keys it was
                analysed with, its warnings, whether no reader takes it, the
                manifest keys it matched
    articles    rowid, path, part, base id, published, outlet, title; the Article
                record and its quotation analysis (compressed JSON); each
                sentence's terms (to remove them from the full-text index)
    sentences   FTS5, contentless: one row per body sentence, rowid =
                article rowid × 2²⁰ + sentence index, the sentence's terms
    vocab       fts5vocab over ``sentences``: how many sentences hold each term
    quotes      article rowid, speaker, words, confidence: every attributed
                quotation (not scare quotes), for "who said what" totals
    speakers    speaker → words quoted across the corpus (the sum of ``quotes``,
                kept in step with it on every write, so a brief reads the totals
                without summing a row per quotation)

Writes happen in transactions (WAL journal), one batch of files at a time, so
a run killed at any moment leaves the files it finished and nothing half
written; the next run goes on from there. A database that does not open, or
holds another schema version, is rebuilt from the article files.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from contextlib import closing
from pathlib import Path
from typing import Iterable, Iterator

from briefing.index.analyse import ArticleRow, Indexed

__all__ = ["FileState", "SCHEMA", "SENTENCE_SHIFT", "Store"]

SCHEMA = "briefing-index/2"
SENTENCE_SHIFT = 20  # sentence rowid = article rowid << 20 | sentence index (< 2**20 sentences)

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT,
    read_key TEXT NOT NULL, terms_key TEXT NOT NULL, quotes_key TEXT NOT NULL,
    warnings TEXT NOT NULL, unsupported INTEGER NOT NULL, matched TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, part INTEGER, base_id TEXT NOT NULL,
    published TEXT, outlet TEXT, title TEXT, sentences INTEGER NOT NULL, terms_total INTEGER NOT NULL,
    record BLOB NOT NULL, quotes BLOB NOT NULL, terms BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS articles_path ON articles (path, part);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5 (
    terms, content='', tokenize="unicode61 remove_diacritics 0");
CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab (sentences, 'row');
CREATE TABLE IF NOT EXISTS quotes (
    article INTEGER NOT NULL, speaker TEXT NOT NULL, words INTEGER NOT NULL, confidence REAL NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE TABLE IF NOT EXISTS speakers (speaker TEXT PRIMARY KEY, words INTEGER NOT NULL);
"""


class FileState(tuple):
    """What the index holds for one file: (size, mtime_ns, sha256, keys)."""

    __slots__ = ()

    @property
    def size(self) -> int:
        return self[0]

    @property
    def mtime_ns(self) -> int:
        return self[1]

    @property
    def sha256(self) -> str | None:
        return self[2]

    @property
    def keys(self) -> tuple[str, str, str]:
        return self[3]


class Store:
    """One open index database."""

    def __init__(self, path: Path):
        self.path = path
        # a plain path, never a URI: a folder named "news #3" or "50%" is a folder
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA busy_timeout = 60000")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")

    @classmethod
    def open(cls, path: Path) -> "Store":
        """The index at ``path``, created (or rebuilt when unusable or of another schema).

        The pages are checked (``PRAGMA quick_check``, which reads the whole file:
        0.8 s at 100,000 articles) only when the last writer may not have closed
        it: its write-ahead log is still there. A closed index has none (the last
        connection checkpoints and removes it), and SQLite's transactions keep a
        killed writer's half-done work out of the file."""
        wal = Path(f"{path}-wal")
        unclean = wal.exists() and wal.stat().st_size > 0
        try:
            store = cls(path)
            if store._schema() in (None, SCHEMA):
                store.db.executescript(_TABLES)
                store.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA,))
                if not unclean or store.db.execute("PRAGMA quick_check").fetchone() == ("ok",):
                    return store
            store.close()
        except sqlite3.DatabaseError:
            pass
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        store = cls(path)
        store.db.executescript(_TABLES)
        store.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
        return store

    def _schema(self) -> str | None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables:
            return None if not tables else "unknown"
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return row[0] if row else "unknown"

    def close(self) -> None:
        self.db.close()

    def snapshot(self) -> None:
        """Read from now on in one transaction: every later read sees the index as it
        is now, whatever other processes write (WAL keeps the pages it needs)."""
        self.db.execute("BEGIN")
        self.db.execute("SELECT count(*) FROM files").fetchone()

    # ----------------------------------------------------------------- reading

    def files(self) -> dict[str, FileState]:
        return {path: FileState((size, mtime, sha, (rk, tk, qk)))
                for path, size, mtime, sha, rk, tk, qk in self.db.execute(
                    "SELECT path, size, mtime_ns, sha256, read_key, terms_key, quotes_key FROM files")}

    def records(self, path: str) -> tuple[tuple[bytes, bytes], ...]:
        return tuple(self.db.execute(
            "SELECT record, quotes FROM articles WHERE path = ? ORDER BY part", (path,)))

    def listing(self) -> list[tuple]:
        """(rowid, path, part, base id, published, outlet, title) of every article, in corpus order."""
        return list(self.db.execute(
            "SELECT id, path, part, base_id, published, outlet, title FROM articles "
            "ORDER BY path, part"))

    def file_notes(self) -> Iterator[tuple[str, list[str], bool, list[str]]]:
        """(path, warnings, unsupported, matched manifest keys) of every file that has
        any of them, in path order (most files have none: they are not decoded)."""
        for path, warnings, unsupported, matched in self.db.execute(
                "SELECT path, warnings, unsupported, matched FROM files"
                " WHERE warnings != '[]' OR unsupported OR matched != '[]' ORDER BY path"):
            yield path, json.loads(warnings), bool(unsupported), json.loads(matched)

    def file_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM files").fetchone()[0]

    def records_of(self, rowids: list[int]) -> Iterator[tuple[int, bytes]]:
        for chunk in _chunks(rowids, 500):
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk)

    def quotes_of(self, rowid: int) -> bytes | None:
        row = self.db.execute("SELECT quotes FROM articles WHERE id = ?", (rowid,)).fetchone()
        return row[0] if row else None

    def stats(self) -> tuple[int, int]:
        """(sentences, terms) over the whole index."""
        values = dict(self.db.execute(
            "SELECT key, value FROM meta WHERE key IN ('sentences', 'terms')"))
        return int(values.get("sentences", 0)), int(values.get("terms", 0))

    def document_frequency(self, tokens: Iterable[str]) -> dict[str, int]:
        tokens = list(dict.fromkeys(tokens))
        found: dict[str, int] = {}
        for chunk in _chunks(tokens, 500):
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT term, doc FROM vocab WHERE term IN ({marks})", chunk))
        return found

    def search(self, tokens: list[str], limit: int) -> list[tuple[int, int]]:
        """The ``limit`` sentences that best match any of ``tokens`` (the full-text
        index's own BM25), as (article rowid, sentence index)."""
        if not tokens:
            return []
        match = " OR ".join(f'"{t}"' for t in dict.fromkeys(tokens))
        rows = self.db.execute(
            "SELECT rowid FROM sentences WHERE sentences MATCH ? ORDER BY rank LIMIT ?", (match, limit))
        mask = (1 << SENTENCE_SHIFT) - 1
        return [(rowid >> SENTENCE_SHIFT, rowid & mask) for (rowid,) in rows]

    def search_all(self, tokens: list[str]) -> list[tuple[int, int]]:
        """Every sentence holding all of ``tokens``, as (article rowid, sentence index)."""
        match = " AND ".join(f'"{t}"' for t in dict.fromkeys(tokens))
        mask = (1 << SENTENCE_SHIFT) - 1
        return [(rowid >> SENTENCE_SHIFT, rowid & mask) for (rowid,) in self.db.execute(
            "SELECT rowid FROM sentences WHERE sentences MATCH ? ORDER BY rowid", (match,))]

    def speaker_totals(self) -> list[tuple[str, int]]:
        return list(self.db.execute("SELECT speaker, words FROM speakers"))

    def quotes_by(self, speakers: list[str]) -> dict[int, int]:
        """Article rowid → how many words it quotes any of ``speakers`` saying."""
        found: dict[int, int] = {}
        for chunk in _chunks(speakers, 500):
            marks = ",".join("?" * len(chunk))
            for article, words in self.db.execute(
                    f"SELECT article, SUM(words) FROM quotes WHERE speaker IN ({marks}) GROUP BY article",
                    chunk):
                found[article] = found.get(article, 0) + words
        return found

    # ----------------------------------------------------------------- writing

    def write(self, results: list[Indexed]) -> None:
        """Store a batch of analysed files in one transaction."""
        db = self.db
        sentences, terms = self.stats()
        db.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                if result.gone:
                    sentences, terms = self._remove(result.path, sentences, terms)
                    continue
                if result.articles is not None:
                    sentences, terms = self._remove(result.path, sentences, terms, keep_file=True)
                    for row in result.articles:
                        sentences, terms = self._insert(result.path, row, sentences, terms)
                # a file changed while it was read keeps no mtime: the next run reads it again
                mtime = -1 if result.changed_while_read else result.mtime_ns
                if result.articles is None or result.rederived:  # not read: its notes stand
                    db.execute("UPDATE files SET size = ?, mtime_ns = ?, read_key = ?, terms_key = ?,"
                               " quotes_key = ? WHERE path = ?",
                               (result.size, mtime, *result.keys, result.path))
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (result.path, result.size, mtime, result.sha256, *result.keys,
                     json.dumps(result.warnings), int(result.unsupported), json.dumps(result.matched)))
            self._set_stats(sentences, terms)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def remove(self, paths: list[str]) -> None:
        db = self.db
        sentences, terms = self.stats()
        db.execute("BEGIN IMMEDIATE")
        try:
            for path in paths:
                sentences, terms = self._remove(path, sentences, terms)
            self._set_stats(sentences, terms)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _set_stats(self, sentences: int, terms: int) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                            [("sentences", str(sentences)), ("terms", str(terms))])

    def _insert(self, path: str, row: ArticleRow, sentences: int, terms: int) -> tuple[int, int]:
        db = self.db
        packed_terms = zlib.compress("\n".join(row.sentence_terms).encode("utf-8"), 1)
        cursor = db.execute(
            "INSERT INTO articles (path, part, base_id, published, outlet, title, sentences, terms_total,"
            " record, quotes, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, row.part, row.base_id, row.published, row.outlet, row.title, len(row.sentence_terms),
             sum(row.lengths), row.record, row.quotes, packed_terms))
        rowid = cursor.lastrowid
        base = rowid << SENTENCE_SHIFT
        db.executemany("INSERT INTO sentences (rowid, terms) VALUES (?, ?)",
                       [(base | (i + 1), text) for i, text in enumerate(row.sentence_terms)])
        db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?)",
                       [(rowid, name, words, confidence) for name, words, confidence in row.speakers])
        db.executemany("INSERT INTO speakers VALUES (?, ?) ON CONFLICT (speaker) DO UPDATE"
                       " SET words = words + excluded.words",
                       [(name, words) for name, words, _ in row.speakers])
        return sentences + len(row.sentence_terms), terms + sum(row.lengths)

    def _remove(self, path: str, sentences: int, terms: int, keep_file: bool = False) -> tuple[int, int]:
        db = self.db
        for rowid, count, total, packed in list(db.execute(
                "SELECT id, sentences, terms_total, terms FROM articles WHERE path = ?", (path,))):
            texts = zlib.decompress(packed).decode("utf-8").split("\n") if count else []
            base = rowid << SENTENCE_SHIFT
            db.executemany("INSERT INTO sentences (sentences, rowid, terms) VALUES ('delete', ?, ?)",
                           [(base | (i + 1), text) for i, text in enumerate(texts)])
            quoted = list(db.execute("SELECT speaker, words FROM quotes WHERE article = ?", (rowid,)))
            db.execute("DELETE FROM quotes WHERE article = ?", (rowid,))
            db.executemany("UPDATE speakers SET words = words - ? WHERE speaker = ?",
                           [(words, name) for name, words in quoted])
            # a speaker no article quotes any more is no speaker of the corpus
            db.executemany("DELETE FROM speakers WHERE speaker = ? AND NOT EXISTS"
                           " (SELECT 1 FROM quotes WHERE quotes.speaker = speakers.speaker)",
                           [(name,) for name in dict.fromkeys(name for name, _ in quoted)])
            db.execute("DELETE FROM articles WHERE id = ?", (rowid,))
            sentences, terms = sentences - count, terms - total
        if not keep_file:
            db.execute("DELETE FROM files WHERE path = ?", (path,))
        return sentences, terms

    def optimise(self) -> None:
        """Merge the full-text index's segments (after a large run) and checkpoint the journal."""
        with closing(self.db.cursor()) as cursor:
            cursor.execute("INSERT INTO sentences (sentences) VALUES ('optimize')")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
