"""``briefing sources --export DIR``: a frozen snapshot of a corpus a reviewer can keep.

For every article: ``<id>.txt``, the exact text its offsets index (UTF-8,
no BOM, line ends as read), and one ``sources.yaml`` with its metadata and
provenance: the original file, the reader and its version, the sha256 of the
original bytes and of the text. The snapshot is itself a corpus: the
manifest loads (its provenance keys are kept for people and not used), and a
citation's offsets into an article index its ``.txt`` exactly.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.corpus import MANIFEST_NAME, Corpus
from briefing.output import ensure_dir, write_atomic

__all__ = ["export_corpus", "snapshot_name"]


def snapshot_name(article_id: str) -> str:
    """``file#3`` → ``file--3.txt``: a file name for an article's text."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", article_id.replace("#", "--")).strip("-") + ".txt"


def export_corpus(corpus: Corpus, folder: Path) -> list[Path]:
    import yaml

    ensure_dir(folder)
    written: list[Path] = []
    manifest: dict = {}
    for article in corpus.articles:
        name = snapshot_name(article.id)
        path = folder / name
        write_atomic(path, article.text.encode("utf-8", "surrogatepass"))
        written.append(path)
        md = article.metadata
        manifest[name] = {
            "title": md.title.value,
            "outlet": md.outlet.value,
            "outlet_short": md.outlet_short.value,
            "authors": list(md.authors.value or ()),
            "published": md.published.value,
            "url": md.url.value,
            "id": article.id,
            "file": article.path,
            "reader": article.reader,
            "reader_version": article.reader_version,
            "sha256": article.sha256,
            "text_sha256": article.text_sha256,
        }
    header = ("# A frozen snapshot of a corpus, written by `briefing sources --export`.\n"
              "# Each NAME.txt is the exact text a brief's offsets index for the article `id`,\n"
              "# read from `file` by `reader` (`reader_version`); sha256 is of the original\n"
              "# file's bytes, text_sha256 of the text (UTF-8).\n")
    body = yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False, width=100)
    target = folder / MANIFEST_NAME
    write_atomic(target, (header + body).encode("utf-8"))
    written.append(target)
    return written
