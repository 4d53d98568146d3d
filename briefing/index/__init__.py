"""The corpus index: ingest once, brief many times.

``open_index(folder)`` brings the folder's index up to date (only what
changed is read again, in parallel) and returns an :class:`IndexedCorpus`:
the corpus as builds see it, without holding it in memory. It lists every
article from the index, loads an article only when asked, finds the
sentences a theme's words match through the full-text index, and sums each
speaker's quoted words across the corpus from stored rows.

The index lives in ``FOLDER/.briefing/index.sqlite`` unless another folder is
given (``--index``, ``corpus.index``); it is a cache of the article files,
never a source: ``verify`` reads the files, and deleting the folder only
costs the time to build it again. One run at a time writes it (a lock on
its folder); builds that find it current only read.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from briefing.corpus import MANIFEST_NAME, corpus_file_names, corpus_warnings, unique_id
from briefing.corpus.article import Article
from briefing.corpus.manifest import ManifestEntry, load_manifest
from briefing.corpus.noise import NoiseRules, default_rules
from briefing.corpus.read import DEFAULT_MAX_BYTES
from briefing.errors import CorpusError
from briefing.index.analyse import Settings, fts_token
from briefing.index.store import Store
from briefing.index.update import UpdateReport, default_jobs, update
from briefing.progress import Progress

__all__ = ["INDEX_FOLDER", "IndexedCorpus", "Progress", "UpdateReport", "default_jobs", "index_folder",
           "open_index"]

INDEX_FOLDER = ".briefing"
INDEX_FILE = "index.sqlite"
RETRIEVE = 400  # sentences the full-text index hands over per query, for exact re-scoring
POSTINGS = 120_000  # a search asks for terms held by at most this many sentences in all


def index_folder(root: Path, given: Path | None = None) -> Path:
    """Where the index of the corpus at ``root`` lives: ``given``, else
    ``root/.briefing``, else, when the corpus folder is read-only (no write
    permission, or no write bit at all: read-only by intent, even for root), a
    folder of the user's cache named after the corpus's absolute path."""
    if given is not None:
        return given
    inside = root / INDEX_FOLDER
    if _writable(inside if inside.is_dir() else root):
        return inside
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return cache / "briefing" / "indexes" / f"{root.resolve().name[:40]}-{digest}"


def _writable(folder: Path) -> bool:
    try:
        return os.access(folder, os.W_OK) and bool(folder.stat().st_mode & 0o222)
    except OSError:
        return False


@dataclass(frozen=True)
class Listed:
    """One article as the index lists it, without loading it."""

    id: str
    rowid: int
    path: str
    part: int | None
    published: str | None
    outlet: str | None
    title: str | None


def open_index(
    path: str | Path,
    manifest: str | Path | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    noise: NoiseRules | None = None,
    exclude: tuple[Path, ...] = (),
    index: Path | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cluster: Callable | None = None,
) -> "IndexedCorpus":
    """The corpus at ``path``, its index brought up to date first."""
    from briefing.errors import OutputError
    from briefing.output import ensure_dir, folder_lock

    root = Path(path)
    files = corpus_file_names(root, exclude)  # a missing or unreadable folder: a CorpusError
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder (a corpus index is kept for a folder of articles)")
    base = root
    manifest_path = Path(manifest) if manifest else base / MANIFEST_NAME
    entries: dict[str, ManifestEntry] = {}
    manifest_dir = None
    if manifest or manifest_path.is_file():
        entries = load_manifest(manifest_path)
        manifest_dir = manifest_path.parent.resolve()
    folder = index_folder(root, index)
    try:
        ensure_dir(folder)
    except OutputError as exc:
        raise CorpusError(f"{folder}: cannot keep the corpus index here ({exc}); give another "
                          "folder with --index or corpus.index in the config") from None
    settings = Settings(str(base), max_bytes, noise or default_rules())
    with folder_lock(folder):
        store = Store.open(folder / index_file(settings))
        report = update(store, base, files, entries, manifest_dir, settings,
                        jobs=jobs or default_jobs(), progress=progress, cluster=cluster)
        # from here on this corpus reads one snapshot: another run that updates the
        # index meanwhile (a build with a changed file) does not change it under us
        store.snapshot()
        return IndexedCorpus(root, store, report, entries, manifest_path if entries else None)


def index_file(settings: Settings) -> str:
    """The index's file name: ``index.sqlite`` for the default reading settings, another
    name for each other set (a config's own noise rules or size limit), so briefs with
    different settings over one corpus keep their indexes side by side instead of
    analysing the corpus again each time."""
    from briefing.index.update import settings_key

    default = Settings(settings.root, DEFAULT_MAX_BYTES, default_rules())
    if settings_key(settings) == settings_key(default):
        return INDEX_FILE
    return f"index-{settings_key(settings)[:12]}.sqlite"


class IndexedCorpus:
    """The corpus as the index holds it: the same interface as an in-memory
    :class:`~briefing.corpus.Corpus` (``get``, ``articles``, ``warnings``…),
    loading articles only when asked."""

    def __init__(self, root: Path, store: Store, report: UpdateReport,
                 entries: dict[str, ManifestEntry], manifest_path: Path | None):
        self.root = root
        self.store = store
        self.report = report
        self.manifest_path = manifest_path
        self._loaded: dict[str, Article] = {}
        taken: set[str] = set()
        self.listed: list[Listed] = []
        for rowid, path, part, base_id, published, outlet, title in store.listing():
            self.listed.append(Listed(unique_id(base_id, taken), rowid, path, part, published, outlet, title))
        self._by_id = {item.id: item for item in self.listed}
        self._by_rowid = {item.rowid: item for item in self.listed}
        self.warnings = tuple(self._warnings(entries))

    def _warnings(self, entries: dict[str, ManifestEntry]) -> list[str]:
        warnings: list[str] = list(self.report.warnings)
        unsupported: list[str] = []
        matched: set[str] = set()
        files = self.store.file_count()
        for path, notes, no_reader, keys in self.store.file_notes():
            warnings.extend(notes)
            matched.update(keys)
            if no_reader:
                unsupported.append(path)
        missing = {"date": sum(not a.published for a in self.listed),
                   "outlet": sum(not a.outlet for a in self.listed),
                   "title": sum(not a.title for a in self.listed)}
        unmatched = [key for key in entries if key not in matched]
        return corpus_warnings(self.root, warnings, unsupported, unmatched,
                               self.manifest_path or self.root / MANIFEST_NAME, len(self.listed),
                               {k: v for k, v in missing.items() if v}, files)

    # ------------------------------------------------------------ articles

    def __len__(self) -> int:
        return len(self.listed)

    def ids(self) -> list[str]:
        return [item.id for item in self.listed]

    def get(self, article_id: str) -> Article | None:
        found = self._loaded.get(article_id)
        if found is None and article_id in self._by_id:
            found = self.load([article_id])[0]
        return found

    def load(self, ids: list[str]) -> list[Article]:
        """The articles of ``ids``, in that order (unknown ids are left out)."""
        from dataclasses import replace

        from briefing.index.codec import unpack

        wanted = [self._by_id[i].rowid for i in ids if i in self._by_id and i not in self._loaded]
        for rowid, blob in self.store.records_of(wanted):
            item = self._by_rowid[rowid]
            article = unpack(Article, blob)
            if article.id != item.id:
                article = replace(article, id=item.id)
            self._loaded[item.id] = article
        return [self._loaded[i] for i in ids if i in self._loaded]

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every article, loaded (what commands that show the whole corpus need)."""
        return tuple(self.iter_articles())

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every article in corpus order, a batch at a time, without keeping them."""
        ids = self.ids()
        for i in range(0, len(ids), batch):
            chunk = ids[i:i + batch]
            known = {k: self._loaded.pop(k) for k in chunk if k in self._loaded}
            yield from self.load(chunk)
            for k in chunk:
                self._loaded.pop(k, None)
            self._loaded.update(known)

    def sentences_containing(self, needle: str) -> list:
        """Every sentence whose text, spaces collapsed and case-folded, holds
        ``needle``: the sentences the full-text index finds with all its words,
        checked against their text."""
        from briefing.analysis.terms import terms_of
        from briefing.corpus import sentences_containing

        # the needle's first and last words may be parts of words: search by the others
        words = needle.split()
        terms = terms_of(" ".join(words[1:-1])) if len(words) >= 3 else []
        if not terms:  # nothing to search by: every article is read
            return sentences_containing(self.iter_articles(), needle)
        hits = self.store.search_all([fts_token(t) for t in terms])
        rowids = list(dict.fromkeys(r for r, _ in hits))
        ids = [self._by_rowid[r].id for r in rowids if r in self._by_rowid]
        articles = {a.id: a for a in self.load(ids)}
        found = []
        for rowid, index in hits:
            article = articles.get(self._by_rowid[rowid].id) if rowid in self._by_rowid else None
            if article is not None and 0 < index <= len(article.sentences):
                sentence = article.sentences[index - 1]
                if needle in " ".join(article.text[sentence.start:sentence.end].split()).casefold():
                    found.append((article, sentence))
        order = {i: n for n, i in enumerate(self.ids())}
        return sorted(found, key=lambda hit: (order[hit[0].id], hit[1].index))

    def quote_analysis(self, article: Article):
        """The stored quotation analysis of an article."""
        from briefing.analysis.quotes import QuoteAnalysis
        from briefing.index.codec import unpack

        blob = self.store.quotes_of(self._by_id[article.id].rowid)
        analysis = unpack(QuoteAnalysis, blob)
        return analysis if analysis.source == article.id else _renamed(analysis, article.id)

    def speaker_totals(self) -> dict[str, int]:
        return dict(self.store.speaker_totals())

    def quoting(self, speakers: list[str]) -> dict[str, int]:
        """Article id → how many words it quotes any of ``speakers`` saying."""
        return {self._by_rowid[r].id: words for r, words in self.store.quotes_by(speakers).items()
                if r in self._by_rowid}

    def sentence_source(self):
        return IndexSource(self)


def _renamed(analysis, article_id: str):
    from dataclasses import replace

    return replace(analysis, source=article_id,
                   quotations=tuple(replace(q, source=article_id) for q in analysis.quotations))


class IndexSource:
    """Documents for :class:`~briefing.analysis.themes.SentenceIndex` from the
    index: the best ``RETRIEVE`` sentences of each query by the full-text
    index's own BM25, re-scored exactly with corpus-wide statistics."""

    def __init__(self, corpus: IndexedCorpus):
        self.corpus = corpus
        sentences, terms = corpus.store.stats()
        self.n = sentences
        self.avgdl = (terms / sentences) if sentences else 1.0
        self._df: dict[str, int] = {}
        self._docs: dict[tuple[str, int], object] = {}
        self._searched: dict[frozenset[str], list[tuple[int, int]]] = {}

    def df(self, term: str) -> int:
        self.prefetch([term])
        return self._df[term]

    def prefetch(self, terms: list[str]) -> None:
        missing = [t for t in terms if t not in self._df]
        if not missing:
            return
        tokens = {fts_token(t): t for t in missing}
        found = self.corpus.store.document_frequency(list(tokens))
        for token, term in tokens.items():
            self._df[term] = found.get(token, 0)

    def docs_with(self, terms: list[str]) -> list:
        self.prefetch(terms)
        hits = self._search(sorted((t for t in terms if self._df.get(t)), key=lambda t: (self._df[t], t)))
        by_rowid = self.corpus._by_rowid
        keys = [(by_rowid[r].id, s) for r, s in hits if r in by_rowid]
        self.corpus.load(list(dict.fromkeys(k[0] for k in keys)))
        return [doc for doc in (self.doc(article_id, index) for article_id, index in keys) if doc is not None]

    def _search(self, present: list[str]) -> list[tuple[int, int]]:
        """The full-text index's best sentences for the terms ``present`` (rarest
        first). A search costs in proportion to the sentences holding its terms,
        so the index is asked for the rarest terms up to ``POSTINGS`` sentences
        in all (at least one term): those that discriminate. A common term
        ("candidate" in election news) still counts when the candidates are
        scored. A query that adds terms to one asked before (the ranking's
        second pass adds the terms its first pass found) asks only for the
        added terms and keeps the earlier sentences."""
        key = frozenset(present)
        found = self._searched.get(key)
        if found is not None:
            return found
        base = max((k for k in self._searched if k < key), key=len, default=frozenset())
        hits = list(self._searched.get(base, ()))
        asked: list[str] = []
        total = 0
        for term in (t for t in present if t not in base):
            if asked and total + self._df[term] > POSTINGS:
                break
            asked.append(term)
            total += self._df[term]
        seen = set(hits)
        hits += [h for h in self.corpus.store.search([fts_token(t) for t in asked], RETRIEVE) if h not in seen]
        self._searched[key] = hits
        return hits

    def doc(self, article_id: str, sentence_index: int):
        from briefing.analysis.themes import make_doc

        found = self._docs.get((article_id, sentence_index))
        if found is None:
            article = self.corpus.get(article_id)
            if article is None or not 0 < sentence_index <= len(article.sentences):
                return None
            found = self._docs[(article_id, sentence_index)] = make_doc(article, article.sentences[sentence_index - 1])
        return found
