"""The corpus layer: a folder of article files in, ``Article`` objects out.

``read_corpus(folder)`` reads every ``.txt``/``.md`` file (recursive, sorted,
hidden names skipped), decodes it without newline translation, removes page
noise from the body (never from the text), finds paragraphs, sentences,
headings, live-blog entries and metadata, and merges the metadata with the
folder's manifest (``sources.yaml``) when there is one. A file that cannot be
used is skipped with a warning; a missing corpus path is a ``CorpusError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from briefing.corpus.article import Article, Entry, Field, Heading, Metadata, Paragraph, Sentence
from briefing.corpus.manifest import FIELDS as MANIFEST_FIELDS
from briefing.corpus.manifest import ManifestEntry, load_manifest
from briefing.corpus.noise import NoiseRules, default_rules
from briefing.corpus.read import DEFAULT_MAX_BYTES, RawArticle, SkippedFile, iter_article_paths, load_raw
from briefing.corpus.segment import segment
from briefing.text.sentences import split_sentences
from briefing.errors import CorpusError

__all__ = [
    "Article",
    "Corpus",
    "Entry",
    "Heading",
    "MANIFEST_NAME",
    "Paragraph",
    "Sentence",
    "article_from_raw",
    "read_corpus",
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
        for article in self.articles:
            if article.id == article_id:
                return article
        return None


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
) -> Corpus:
    """Read every article under ``path`` (a folder, or one file)."""
    root = Path(path)
    try:
        root.stat()
    except FileNotFoundError:
        raise CorpusError(f"{root}: corpus path does not exist") from None
    except (OSError, ValueError) as exc:  # name too long, no permission, a NUL byte
        reason = getattr(exc, "strerror", None) or exc
        raise CorpusError(f"{root}: cannot read corpus path ({reason})") from None
    if root.is_file():
        files, base = [root], root.parent
    elif root.is_dir():
        try:
            files, base = iter_article_paths(root), root
        except OSError as exc:
            raise CorpusError(f"{root}: cannot read corpus folder ({exc.strerror or exc})") from None
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
    ids: set[str] = set()
    for file in files:
        try:
            raw = load_raw(file, base, max_bytes)
        except SkippedFile as skipped:
            warnings.append(str(skipped))
            continue
        entry = None
        if entries:
            try:
                key = file.resolve().relative_to(manifest_dir).as_posix()
            except ValueError:
                key = raw.relpath
            key = key if key in entries else raw.relpath
            entry = entries.get(key)
            if entry is not None:
                matched.add(key)
        article = article_from_raw(raw, rules, entry)
        unique = article.id
        n = 2
        while unique in ids:
            unique = f"{article.id}-{n}"
            n += 1
        ids.add(unique)
        if unique != article.id:
            article = replace(article, id=unique)
        warnings.extend(f"{raw.relpath}: {w}" for w in article.warnings)
        articles.append(article)
    for key in entries:
        if key not in matched:
            warnings.append(f"{manifest_path}: entry {key!r} matches no article file")
    if not articles:
        if warnings:
            raise CorpusError(f"{root}: no usable article ({len(files)} skipped: {warnings[0]}"
                              + (" …)" if len(warnings) > 1 else ")"))
        raise CorpusError(f"{root}: no articles (.txt or .md files) found")
    return Corpus(root, tuple(articles), tuple(warnings), manifest_path if entries else None)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def article_from_raw(raw: RawArticle, rules: NoiseRules, entry: ManifestEntry | None = None) -> Article:
    known = tuple(entry.authors) if entry and entry.authors else ()
    seg = segment(raw.text, rules, known)
    sentences: list[Sentence] = []
    for para in seg.paragraphs:
        for start, end in split_sentences(raw.text, para.start, para.end):
            sentences.append(Sentence(len(sentences) + 1, start, end, para.index))
    metadata = _metadata(seg, entry)
    warnings: list[str] = []
    if raw.encoding != raw.encoding.split(" ")[0]:  # "utf-8 (damaged: …)"
        warnings.append(f"decoded as {raw.encoding}")
    if not seg.paragraphs:
        warnings.append("no body text found after cleaning")
    return Article(
        id=slugify(raw.relpath),
        path=raw.relpath,
        text=raw.text,
        sha256=raw.sha256,
        encoding=raw.encoding,
        metadata=metadata,
        paragraphs=tuple(seg.paragraphs),
        sentences=tuple(sentences),
        headings=tuple(seg.headings),
        entries=tuple(seg.entries),
        noise=tuple(seg.noise),
        warnings=tuple(warnings),
    )


def _text_field(value, span: tuple[int, int] | None) -> Field:
    return Field(value, "text", *(span or (None, None)))


def _metadata(seg, entry: ManifestEntry | None) -> Metadata:
    from_text = Metadata(
        title=_text_field(seg.title[0], seg.title[1:]) if seg.title else Field(),
        outlet=_text_field(seg.outlet[0], seg.outlet[1:]) if seg.outlet else Field(),
        authors=_text_field(seg.authors, seg.authors_span) if seg.authors else Field(()),
        published=_text_field(seg.published.iso, seg.published_span) if seg.published else Field(),
        contributors=Field(seg.contributors, "text") if seg.contributors else Field(()),
    )
    if entry is None:
        return from_text
    overrides = {}
    for name in MANIFEST_FIELDS:
        if name in entry.given:
            value = getattr(entry, name)
            overrides[name] = Field(value, "manifest")
    return replace(from_text, **overrides)
