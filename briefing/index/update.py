"""Bringing an index up to date with its corpus folder.

A file is analysed again when its size or modification time changed and its
bytes (sha256) did too, when its manifest entries changed, or when the code
that made a part of its analysis changed: each part has a key, a digest of
the modules and data files it depends on (and of the run's settings), so a
release that changes only how quotations are attributed re-attributes them
from the stored articles without reading a file again.

Files are analysed in parallel (a process pool; ``jobs=1`` analyses in this
process; or a Dask cluster, ``briefing.index.cluster``) in batches, and each
batch is written in one transaction as it arrives, so memory stays flat
however large the corpus and a killed run keeps what it finished. Nothing is
written before the first results arrive: files no longer there are forgotten
at the end.
"""

from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import astuple, dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Callable, Iterator

from briefing.corpus.manifest import ManifestEntry
from briefing.index.analyse import Indexed, Settings, Task, analyse_files
from briefing.index.store import Store
from briefing.progress import Progress

__all__ = ["UpdateReport", "analysis_keys", "settings_key", "update"]

BATCH = 64  # files per task sent to a worker
IN_FLIGHT = 3  # tasks queued per worker: enough to keep each busy, few enough to bound memory

# the modules and data files each part of the analysis depends on (a test follows the
# imports of each part and fails when one reaches a module not named here or in PLUMBING)
_READ = ("corpus", "text", "data/news_domains.yaml", "data/noise.yaml", "data/sentences.yaml",
         "data/lexicon.yaml", "data/learned.yaml", "data/common_words.txt", "index/codec.py",
         "analysis/terms.py", "data/stopwords.txt")  # (the PDF reader joins hyphenated words by them)
_TERMS = ("analysis/terms.py", "data/stopwords.txt", "index/analyse.py")
_QUOTES = ("analysis/quotes", "data/lexicon.yaml", "data/learned.yaml", "data/common_words.txt",
           "index/codec.py")
#: modules inside the keyed folders that never shape an article (the commands that list,
#: export and import a corpus): editing them must not make every user read every file again
NOT_ANALYSIS = ("corpus/describe.py", "corpus/export.py", "corpus/importer.py")
#: modules the analysis imports that only word messages or load and write files: a change
#: to them never changes what the index stores, so it does not make every file read again
PLUMBING = ("errors.py", "words.py", "output.py", "yamlload.py", "data/__init__.py")
_READ_LIBRARIES = ("trafilatura", "lxml", "charset-normalizer", "markdown-it-py", "python-docx", "pypdf")
_TERMS_LIBRARIES = ("PyStemmer",)


@dataclass
class UpdateReport:
    files: int = 0  # files in the corpus folder
    analysed: int = 0  # read and analysed in full
    rederived: int = 0  # terms or quotations re-derived from stored articles
    touched: int = 0  # modification time changed, bytes the same
    removed: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=None)
def _digest(parts: tuple[str, ...], libraries: tuple[str, ...]) -> str:
    package = resources.files("briefing")
    digest = hashlib.sha256()
    for part in parts:
        node = package.joinpath(part)
        files = sorted(_walk(node)) if node.is_dir() else [(part, node)]
        for name, item in files:
            if f"{part}/{name}" in NOT_ANALYSIS:
                continue
            digest.update(name.encode() + b"\0" + item.read_bytes() + b"\0")
    for name in libraries:
        try:
            digest.update(f"{name} {metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} -".encode())
    return digest.hexdigest()[:16]


def _walk(node, prefix: str = "") -> Iterator[tuple[str, object]]:
    for child in node.iterdir():
        name = f"{prefix}{child.name}"
        if child.is_dir():
            if child.name != "__pycache__":
                yield from _walk(child, name + "/")
        elif child.name.endswith((".py", ".yaml", ".txt")):
            yield name, child


@lru_cache(maxsize=16)  # worked out once per run, not once per file
def settings_key(settings: Settings) -> str:
    """A digest of the reading settings every file of a run shares."""
    return _settings_key(settings)


def _settings_key(settings: Settings) -> str:
    rules = [(r.name, r.pattern.pattern, r.pattern.flags, r.scope) for r in settings.noise.rules]
    return hashlib.sha256(repr((settings.max_bytes, rules)).encode()).hexdigest()


def analysis_keys(settings: Settings, entries: tuple[tuple[str, ManifestEntry], ...] = ()) -> tuple[str, str, str]:
    """The read, terms and quotes keys of one file under ``settings``."""
    # an entry's set of given fields is written sorted: a set's order differs from process to process
    canonical = [(key, tuple(sorted(v) if isinstance(v, frozenset) else v for v in astuple(entry)))
                 for key, entry in entries]
    setting = hashlib.sha256(repr((settings_key(settings), canonical)).encode()).hexdigest()[:16]
    read = f"{_digest(_READ, _READ_LIBRARIES)}.{setting}"
    return read, f"{read}.{_digest(_TERMS, _TERMS_LIBRARIES)}", f"{read}.{_digest(_QUOTES, ())}"


def update(store: Store, root: Path, files: list[tuple[str, str]], entries: dict[str, ManifestEntry],
           manifest_dir: Path | None, settings: Settings, *, jobs: int = 1,
           progress: Progress | None = None, cluster: Callable | None = None) -> UpdateReport:
    """Analyse what changed among ``files`` ((path relative to ``root``, path)
    pairs, ``corpus_file_names``) and store it; forget the files no longer there."""
    started = time.perf_counter()
    progress = progress or Progress()
    report = UpdateReport(files=len(files))
    known = store.files()
    by_file: dict[str, list[tuple[str, ManifestEntry]]] = {}
    for key, entry in entries.items():
        by_file.setdefault(key.split("#", 1)[0], []).append((key, entry))
    tasks: list[Task] = []
    present: set[str] = set()
    plain = analysis_keys(settings)  # the keys of every file no manifest entry names
    for relpath, path in files:
        present.add(relpath)
        key_base = None
        if manifest_dir is not None:
            try:
                key_base = Path(path).resolve().relative_to(manifest_dir).as_posix()
            except ValueError:
                key_base = None
        mine = tuple(sorted(set(by_file.get(relpath, []) + by_file.get(key_base or relpath, [])),
                            key=lambda kv: kv[0]))
        keys = analysis_keys(settings, mine) if mine else plain
        state = known.get(relpath)
        if state is not None and state.keys == keys:
            try:
                info = os.stat(path)
            except OSError:
                info = None
            if info is not None and (info.st_size, info.st_mtime_ns) == (state.size, state.mtime_ns):
                continue
        task = Task(relpath, keys, mine, key_base)
        if state is not None:
            # the stored articles travel only when their terms or quotations are to be
            # worked out again from them; a touched file needs only its digest
            rederive = state.keys[0] == keys[0] and state.keys != keys
            task = Task(relpath, keys, mine, key_base, state.sha256, state.keys,
                        store.records(relpath) if rederive else ())
        tasks.append(task)
    removed = [path for path in known if path not in present]
    progress.start(len(tasks), "indexing files")
    try:
        for batch in _run(tasks, settings, jobs, cluster, report.warnings):
            store.write(batch)
            for result in batch:
                if result.changed_while_read:
                    report.warnings.append(f"{result.path}: changed while it was indexed; "
                                           "it is read again next time")
                if result.gone:
                    report.removed += 1
                elif result.articles is None:
                    report.touched += 1
                elif result.rederived:
                    report.rederived += 1
                else:
                    report.analysed += 1
            progress.advance(len(batch))
    finally:
        progress.finish()
    # forgotten once the analysis is done, so a run that cannot start (a cluster whose
    # workers cannot be used) writes nothing; a run stopped midway forgets them next time
    if removed:
        store.remove(removed)
        report.removed += len(removed)
    if report.analysed + report.removed > 1000:
        store.optimise()
    report.seconds = time.perf_counter() - started
    return report


def _batches(tasks: list[Task]) -> Iterator[list[Task]]:
    for i in range(0, len(tasks), BATCH):
        yield tasks[i:i + BATCH]


def _run(tasks: list[Task], settings: Settings, jobs: int, cluster: Callable | None,
         notes: list[str]) -> Iterator[list[Indexed]]:
    """Results batch by batch, as they are done (not in order)."""
    if not tasks:
        return
    if cluster is not None:
        yield from cluster(list(_batches(tasks)), settings)
        return
    if jobs <= 1 or len(tasks) < BATCH:
        for batch in _batches(tasks):
            yield analyse_files(batch, settings)
        return
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    waiting = list(_batches(tasks))
    done: set[int] = set()
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            pending: dict[Future, int] = {}
            queue = iter(enumerate(waiting))
            while True:
                # keep each worker a few batches ahead, no more (memory stays flat)
                for number, batch in queue:
                    pending[pool.submit(analyse_files, batch, settings)] = number
                    if len(pending) >= jobs * IN_FLIGHT:
                        break
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    result = future.result()
                    done.add(pending.pop(future))
                    yield result
    except BrokenProcessPool:
        # a worker died (killed, out of memory, or no importable main module to
        # start from): what is left is analysed in this process
        notes.append("a worker process of the index run stopped; the rest was analysed in this process")
        for number, batch in enumerate(waiting):
            if number not in done:
                yield analyse_files(batch, settings)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
