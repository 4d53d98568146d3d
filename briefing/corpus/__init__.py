"""The corpus layer: a folder of article files in, ``Article`` objects out.

``read_corpus(folder)`` reads every file (recursive, sorted, hidden names
skipped) through the reader that takes it (``corpus/readers/``: plain text,
Markdown, HTML, Nexis and Factiva exports, Word, PDF, RTF), one or more
articles per file, without newline translation; it removes page
noise from the body (never from the text), finds paragraphs, sentences,
headings, live-blog entries and metadata, and merges the metadata with the
folder's manifest (``sources.yaml``) when there is one. A file that cannot be
used is skipped with a warning; a missing corpus path is a ``CorpusError``.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from briefing.corpus.article import Article, Entry, Field, Heading, Metadata, Paragraph, Sentence
from briefing.corpus.manifest import FIELDS as MANIFEST_FIELDS
from briefing.corpus.manifest import ManifestEntry, load_manifest
from briefing.corpus.noise import NoiseRules, default_rules
from briefing.corpus import outlets
from briefing.corpus.read import DEFAULT_MAX_BYTES, RawArticle, SkippedFile, article_files, read_file_bytes
from briefing.corpus.readers import NO_READER, Unreadable, choose, read_bytes, text_sha256
from briefing.corpus.segment import segment
from briefing.text.sentences import split_sentences
from briefing.errors import CorpusError
from briefing.words import plural

__all__ = [
    "Article",
    "Corpus",
    "Entry",
    "Heading",
    "MANIFEST_NAME",
    "is_folder",
    "Paragraph",
    "Sentence",
    "article_from_extract",
    "article_from_raw",
    "article_id",
    "corpus_file_names",
    "corpus_files",
    "corpus_warnings",
    "FileRead",
    "read_corpus",
    "read_file",
    "unique_id",
    "slugify",
]

MANIFEST_NAME = "sources.yaml"


@dataclass(frozen=True)
class Corpus:
    root: Path
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()
    manifest_path: Path | None = None

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}

    def ids(self) -> list[str]:
        return [article.id for article in self.articles]

    def load(self, ids: list[str]) -> list[Article]:
        """The articles of ``ids``, in that order (unknown ids are left out)."""
        return [self._by_id[i] for i in ids if i in self._by_id]

    def iter_articles(self):
        return iter(self.articles)

    def sentences_containing(self, needle: str) -> list[tuple[Article, Sentence]]:
        """Every sentence whose text, spaces collapsed and case-folded, holds ``needle``
        (given collapsed and case-folded)."""
        return sentences_containing(self.articles, needle)


def sentences_containing(articles, needle: str) -> list[tuple[Article, Sentence]]:
    return [(a, s) for a in articles for s in a.sentences
            if needle in " ".join(a.text[s.start:s.end].split()).casefold()]


def slugify(relpath: str) -> str:
    """Stable id of a file: its path without extension, as a lowercase slug."""
    stem = relpath.rsplit(".", 1)[0]
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "article"


def read_corpus(
    path: str | Path,
    manifest: str | Path | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    noise: NoiseRules | None = None,
    exclude: tuple[Path, ...] = (),
) -> Corpus:
    """Read every article under ``path`` (a folder, or one file); folders in
    ``exclude`` (a build's output folder) are not read."""
    root = Path(path)
    _looked_at(root)
    if root.is_file():
        files, base = [root], root.parent
    elif root.is_dir():
        files, base = corpus_files(root, exclude), root
    else:
        raise CorpusError(f"{root}: not a file or folder")
    manifest_path = Path(manifest) if manifest else base / MANIFEST_NAME
    entries: dict[str, ManifestEntry] = {}
    if manifest or _is_file(manifest_path):
        entries = load_manifest(manifest_path)
        manifest_dir = manifest_path.parent.resolve()
    matched: set[str] = set()
    rules = noise or default_rules()
    articles: list[Article] = []
    warnings: list[str] = []
    unsupported: list[str] = []
    ids: set[str] = set()
    for file in files:
        key_base = None
        if entries:
            try:
                key_base = file.resolve().relative_to(manifest_dir).as_posix()
            except ValueError:
                key_base = None
        found = read_file(file, base, max_bytes, rules, entries, key_base)
        if found.unsupported:
            unsupported.append(found.relpath)
        warnings.extend(found.warnings)
        matched.update(found.matched)
        for article in found.articles:
            unique = unique_id(article.id, ids)
            if unique != article.id:
                article = replace(article, id=unique)
            warnings.extend(f"{article.id if article.part else found.relpath}: {w}" for w in article.warnings)
            articles.append(article)
    unmatched = [key for key in entries if key not in matched]
    warnings = corpus_warnings(root, warnings, unsupported, unmatched, manifest_path, len(articles),
                               missing_metadata(articles), len(files))
    return Corpus(root, tuple(articles), tuple(warnings), manifest_path if entries else None)


@dataclass(frozen=True)
class FileRead:
    """What one file gives: its articles (ids not yet made unique across the
    corpus), the warnings about the file, whether no reader takes it, and the
    manifest keys its articles matched."""

    relpath: str
    articles: tuple[Article, ...] = ()
    warnings: tuple[str, ...] = ()
    unsupported: bool = False
    matched: tuple[str, ...] = ()
    sha256: str | None = None  # of the file's bytes, when they were read


def read_file(file: Path, base: Path, max_bytes: int, rules: NoiseRules,
              entries: dict[str, ManifestEntry], key_base: str | None = None) -> FileRead:
    """Read one file of a corpus rooted at ``base`` through the reader that takes
    it: never raises for the file's content (a file that cannot be used is a
    warning). ``entries`` are the manifest's, keyed as in ``sources.yaml``;
    ``key_base`` is the file's path relative to the manifest's folder."""
    try:
        relpath, data = read_file_bytes(file, base, max_bytes)
        try:
            reading = read_bytes(data, relpath)
        except Unreadable as exc:
            if str(exc) == NO_READER:
                return FileRead(relpath, unsupported=True)
            raise SkippedFile(relpath, str(exc)) from None
    except SkippedFile as skipped:
        if skipped.reason == "empty file" and choose(skipped.relpath, b"") is None:
            return FileRead(skipped.relpath, unsupported=True)
        return FileRead(skipped.relpath, warnings=(str(skipped),))
    sha = hashlib.sha256(data).hexdigest()
    articles: list[Article] = []
    matched: list[str] = []
    for extract in reading.articles:
        entry = None
        for key in _manifest_keys(key_base or relpath, relpath, extract.part) if entries else ():
            if key in entries:
                entry = entries[key]
                matched.append(key)
                break
        articles.append(article_from_extract(extract, reading, relpath, sha, rules, entry))
    return FileRead(relpath, tuple(articles), tuple(f"{relpath}: {w}" for w in reading.warnings),
                    matched=tuple(matched), sha256=sha)


def unique_id(candidate: str, taken: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3``… when an earlier file (in path
    order) has it; the id chosen joins ``taken``."""
    unique, n = candidate, 2
    while unique in taken:
        unique = f"{candidate}-{n}"
        n += 1
    taken.add(unique)
    return unique


def is_folder(root: Path) -> bool:
    """Whether a corpus path is a folder (else a file); a ``CorpusError`` saying
    why when it cannot be looked at (missing, a name too long, no permission)."""
    return stat.S_ISDIR(_looked_at(root).st_mode)


def _looked_at(root: Path) -> os.stat_result:
    try:
        return root.stat()
    except FileNotFoundError:
        raise CorpusError(f"{root}: corpus path does not exist") from None
    except (OSError, ValueError) as exc:  # name too long, no permission, a NUL byte
        reason = getattr(exc, "strerror", None) or exc
        raise CorpusError(f"{root}: cannot read corpus path ({reason})") from None


def corpus_files(root: Path, exclude: tuple[Path, ...] = ()) -> list[Path]:
    """The files of a corpus folder (``article_files``), or a ``CorpusError``
    saying why the folder cannot be read."""
    return [Path(path) for _, path in corpus_file_names(root, exclude)]


def corpus_file_names(root: Path, exclude: tuple[Path, ...] = ()) -> list[tuple[str, str]]:
    """:func:`corpus_files` as (path relative to the folder, in POSIX form; path)
    strings: what the index compares with what it holds, without a ``Path`` per file."""
    _looked_at(root)
    try:
        return article_files(root, skip=(MANIFEST_NAME,), exclude=exclude)
    except OSError as exc:
        raise CorpusError(f"{root}: cannot read corpus folder ({exc.strerror or exc})") from None


def corpus_warnings(root: Path, warnings: list[str], unsupported: list[str], unmatched: list[str],
                    manifest_path: Path, count: int, missing: dict[str, int], files: int) -> list[str]:
    """The corpus's warnings once every file is read: the files' own, then manifest
    entries that match no file, the files no reader takes (one line), and the
    metadata footnotes will lack. No article at all is a ``CorpusError``."""
    warnings = list(warnings) + [f"{manifest_path}: entry {key!r} matches no article file" for key in unmatched]
    if unsupported:
        shown = ", ".join(unsupported[:8]) + (f" and {len(unsupported) - 8} more" if len(unsupported) > 8 else "")
        unsupported_line = f"{plural(len(unsupported), 'file')} of a kind no reader takes, not read: {shown}"
    if not count:
        if unsupported and not warnings:
            raise CorpusError(f"{root}: no articles found; {unsupported_line}")
        if warnings:
            raise CorpusError(f"{root}: no usable article ({files} skipped: {warnings[0]}"
                              + (" …)" if len(warnings) > 1 else ")"))
        raise CorpusError(f"{root}: no articles found (text, Markdown, HTML, Word, PDF, RTF, "
                          "Nexis or Factiva files)")
    if unsupported:
        warnings.append(unsupported_line)
    if missing:
        warnings.append(missing_metadata_warning(missing, count, manifest_path))
    return warnings


def _manifest_keys(key_base: str, relpath: str, part: int | None) -> list[str]:
    keys = [key_base, relpath]
    if part is not None:
        keys = [f"{k}#{part}" for k in keys]
    return list(dict.fromkeys(keys))


def missing_metadata(articles) -> dict[str, int]:
    """How many articles lack each field a footnote needs: date, outlet, title."""
    counts = {"date": 0, "outlet": 0, "title": 0}
    for a in articles:
        md = a.metadata
        counts["date"] += not md.published.value
        counts["outlet"] += not md.outlet.value
        counts["title"] += not md.title.value
    return {k: v for k, v in counts.items() if v}


def missing_metadata_warning(missing: dict[str, int], total: int, manifest_path: Path) -> str:
    parts = ", ".join(f"{n} no {field}" for field, n in missing.items())
    return (f"of {plural(total, 'article')}, {parts}: footnotes will lack them. Give them in "
            f"{manifest_path} (`briefing init {manifest_path.parent}` writes a starter one for the "
            "files it finds; `briefing sources` shows which articles lack what)")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def article_id(relpath: str, part: int | None) -> str:
    """``slug`` of the file, ``slug#3`` for the third article of a multi-article file."""
    return slugify(relpath) + (f"#{part}" if part is not None else "")


def article_from_raw(raw: RawArticle, rules: NoiseRules, entry: ManifestEntry | None = None) -> Article:
    """An article from a plain-text file already decoded (the text reader's result)."""
    from briefing.corpus.readers import Extract, Reading, date_from_name
    from briefing.corpus.readers import text as text_reader

    dated = date_from_name(raw.relpath)
    extract = Extract(raw.text, {"published": dated} if dated else {})
    reading = Reading(text_reader.NAME, text_reader.version(), raw.encoding, (extract,))
    return article_from_extract(extract, reading, raw.relpath, raw.sha256, rules, entry)


def article_from_extract(extract, reading, relpath: str, sha256: str, rules: NoiseRules,
                         entry: ManifestEntry | None = None) -> Article:
    """An article from one reader result: structure found in its text, metadata merged."""
    known = tuple(entry.authors) if entry and entry.authors else ()
    text = extract.text
    seg = segment(text, rules, known, header=extract.header)
    sentences: list[Sentence] = []
    for para in seg.paragraphs:
        for start, end in split_sentences(text, para.start, para.end):
            sentences.append(Sentence(len(sentences) + 1, start, end, para.index))
    metadata = merge_metadata(seg, extract.metadata, entry)
    warnings: list[str] = list(extract.warnings)
    encoding = reading.encoding or reading.reader
    if reading.encoding and "damaged" in reading.encoding:  # "utf-8 (damaged: …)"
        warnings.append(f"decoded as {reading.encoding}")
    if not seg.paragraphs:
        warnings.append("no body text found after cleaning")
    return Article(
        id=article_id(relpath, extract.part),
        path=relpath,
        text=text,
        sha256=sha256,
        encoding=encoding,
        metadata=metadata,
        paragraphs=tuple(seg.paragraphs),
        sentences=tuple(sentences),
        headings=tuple(seg.headings),
        entries=tuple(seg.entries),
        noise=tuple(seg.noise),
        warnings=tuple(warnings),
        reader=reading.reader,
        reader_version=reading.version,
        text_sha256=text_sha256(text),
        part=extract.part,
    )


def _text_field(value, span: tuple[int, int] | None) -> Field:
    return Field(value, "text", *(span or (None, None)))


def merge_metadata(seg, found: dict, entry: ManifestEntry | None) -> Metadata:
    """One article's metadata, each field from the first place that gives it:
    the manifest; what the reader found in the file's structure (JSON-LD, an
    export's fields, front matter); the text's header; the reader's fallbacks
    (a Word file's core properties, a date in the file name); then the outlet
    of the article's URL through the news-domain table. A printed outlet name
    the table knows is shown by its proper name ("THE WASHINGTON POST" → "The
    Washington Post"), with its short form for attribution lines."""
    from_text = {
        "title": _text_field(seg.title[0], seg.title[1:]) if seg.title else None,
        "outlet": _text_field(seg.outlet[0], seg.outlet[1:]) if seg.outlet else None,
        "authors": _text_field(seg.authors, seg.authors_span) if seg.authors else None,
        "published": _text_field(seg.published.published, seg.published_span) if seg.published else None,
        "url": _text_field(seg.url[0], seg.url[1:]) if seg.url else None,
        "contributors": Field(seg.contributors, "text") if seg.contributors else None,
    }
    strong = {k: Field(m.value, m.origin, m.start, m.end) for k, m in found.items() if not m.fallback and m.value}
    weak = {k: Field(m.value, m.origin, m.start, m.end) for k, m in found.items() if m.fallback and m.value}
    values: dict[str, Field] = {}
    for name in ("title", "outlet", "outlet_short", "authors", "published", "url", "via", "contributors"):
        chosen = strong.get(name) or from_text.get(name) or weak.get(name)
        if chosen is not None:
            values[name] = chosen
    outlet = values.get("outlet")
    known = outlets.for_name(str(outlet.value)) if outlet is not None else None
    if outlet is None and values.get("url") is not None:
        known = outlets.for_url(str(values["url"].value))
        if known is not None:
            values["outlet"] = Field(known.name, "url")
    elif known is not None and known.name != outlet.value:
        values["outlet"] = replace(outlet, value=known.name)
    if known is not None and "outlet_short" not in values:
        values["outlet_short"] = Field(known.short, "url" if values["outlet"].origin == "url" else "outlet table")
    metadata = Metadata(**values)
    if entry is None:
        return metadata
    overrides = {}
    for name in MANIFEST_FIELDS:
        if name in entry.given:
            overrides[name] = Field(getattr(entry, name), "manifest")
    return replace(metadata, **overrides)
