"""The per-file work of indexing: pure, so it runs in any process.

:func:`analyse_files` takes a batch of :class:`Task` (a file, what the index
already holds for it) and returns one :class:`Indexed` per file: its articles
as stored records, each sentence's search terms, and the attributed
quotations with their speakers. It reads the file only when the file's bytes
or the reading code changed; when only the term or quotation code changed it
re-derives those parts from the stored article. Everything it returns is
plain data (bytes, strings, numbers), cheap to send between processes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefing.corpus.manifest import ManifestEntry
from briefing.corpus.noise import NoiseRules

__all__ = ["ArticleRow", "Indexed", "Settings", "Task", "analyse_files", "fts_token"]


@dataclass(frozen=True)
class Settings:
    """What every task of one run shares."""

    root: str
    max_bytes: int
    noise: NoiseRules


@dataclass(frozen=True)
class Task:
    path: str  # relative to the corpus root
    keys: tuple[str, str, str]  # the read, terms and quotes fingerprints wanted
    entries: tuple[tuple[str, ManifestEntry], ...] = ()  # the manifest entries of this file
    key_base: str | None = None  # the file's path relative to the manifest's folder
    # what the index holds: the file's sha256 and keys, and its articles' records
    # (for re-deriving terms or quotations without reading the file again)
    known_sha256: str | None = None
    known_keys: tuple[str, str, str] | None = None
    known_records: tuple[tuple[bytes, bytes], ...] = ()  # (article, quotations) per article


@dataclass
class ArticleRow:
    part: int | None
    base_id: str
    published: str | None
    outlet: str | None
    title: str | None
    record: bytes  # the Article (codec.pack)
    quotes: bytes  # its QuoteAnalysis (codec.pack)
    sentence_terms: list[str]  # per sentence: its search terms, space-separated (fts_token)
    lengths: list[int]  # per sentence: how many terms
    speakers: list[tuple[str, int, float]]  # attributed quotations: speaker, words, confidence


@dataclass
class Indexed:
    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    keys: tuple[str, str, str]
    warnings: list[str] = field(default_factory=list)
    unsupported: bool = False
    matched: list[str] = field(default_factory=list)
    articles: list[ArticleRow] | None = None  # None: the stored articles still hold
    changed_while_read: bool = False
    gone: bool = False  # the file disappeared before it was read
    rederived: bool = False  # terms or quotations made again from the stored articles


def fts_token(term: str) -> str:
    """A term as the full-text index stores it: itself when it is letters and
    digits only, else a hex form (so the index's tokenizer never splits it)."""
    return term if term.isalnum() else "x" + term.encode("utf-8").hex()


def _terms(article) -> tuple[list[str], list[int]]:
    from briefing.analysis.terms import tokenize

    out, lengths = [], []
    for sentence in article.sentences:
        tokens = tokenize(article.text[sentence.start:sentence.end])
        out.append(" ".join(fts_token(t.term) for t in tokens))
        lengths.append(len(tokens))
    return out, lengths


def _speakers(analysis) -> list[tuple[str, int, float]]:
    return [(q.speaker.name, q.words, float(q.confidence)) for q in analysis.quotations
            if q.speaker is not None and not q.scare]


def _row(article, record: bytes | None = None, quotes: bytes | None = None,
         terms: tuple[list[str], list[int]] | None = None) -> ArticleRow:
    from briefing.analysis.quotes import QuoteAnalysis, analyze_article
    from briefing.index.codec import pack, unpack

    md = article.metadata
    if quotes is None:
        analysis = analyze_article(article)
        quotes = pack(analysis)
    else:
        analysis = unpack(QuoteAnalysis, quotes)
    sentence_terms, lengths = terms or _terms(article)
    return ArticleRow(
        part=article.part,
        base_id=article.id,
        published=md.published.value,
        outlet=md.outlet.value,
        title=md.title.value,
        record=record if record is not None else pack(article),
        quotes=quotes,
        sentence_terms=sentence_terms,
        lengths=lengths,
        speakers=_speakers(analysis),
    )


def _analyse(task: Task, settings: Settings) -> Indexed:
    from briefing.corpus import read_file
    from briefing.corpus.article import Article
    from briefing.index.codec import unpack

    root = Path(settings.root)
    file = root / task.path
    try:
        before = os.stat(file)
    except OSError:
        if not os.path.lexists(file):
            return Indexed(task.path, 0, 0, None, task.keys, gone=True)
        # a dangling link, a loop, no permission: the reader words the warning,
        # and the file is looked at again next run
        found = read_file(file, root, settings.max_bytes, settings.noise, dict(task.entries), task.key_base)
        return Indexed(task.path, 0, -1, None, task.keys, warnings=list(found.warnings),
                       unsupported=found.unsupported, articles=[])
    read_key, _, quotes_key = task.keys
    if task.known_keys is not None and task.known_keys[0] == read_key and \
            (task.known_keys == task.keys or task.known_records):
        # the file's text and the reading code are as indexed: re-derive the rest
        try:
            with open(file, "rb") as handle:
                sha = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            sha = None
        if sha == task.known_sha256:
            result = Indexed(task.path, before.st_size, before.st_mtime_ns, sha, task.keys)
            if task.known_keys == task.keys:
                return result  # touched, not changed
            same_quotes = task.known_keys[2] == quotes_key
            result.rederived = True
            result.articles = [_row(unpack(Article, record), record=record,
                                    quotes=quotes if same_quotes else None)
                               for record, quotes in task.known_records]
            return result
    found = read_file(file, root, settings.max_bytes, settings.noise, dict(task.entries), task.key_base)
    rows = [_row(article) for article in found.articles]
    try:
        after = os.stat(file)
    except OSError:
        after = None
    changed = after is None or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns)
    warnings = list(found.warnings)
    warnings += [f"{a.id if a.part else found.relpath}: {w}" for a in found.articles for w in a.warnings]
    return Indexed(task.path, before.st_size, before.st_mtime_ns, found.sha256, task.keys,
                   warnings=warnings, unsupported=found.unsupported,
                   matched=list(found.matched), articles=rows, changed_while_read=changed)


def analyse_files(tasks: list[Task], settings: Settings) -> list[Indexed]:
    """Each task's result, in order. A file whose analysis fails unexpectedly is
    a warning on that file, never a failed run."""
    out = []
    for task in tasks:
        try:
            out.append(_analyse(task, settings))
        except Exception as exc:  # noqa: BLE001 - one file never stops an index run
            out.append(Indexed(task.path, 0, 0, None, task.keys,
                               warnings=[f"{task.path}: skipped: analysis failed ({type(exc).__name__}: {exc})"],
                               articles=[]))
    return out
