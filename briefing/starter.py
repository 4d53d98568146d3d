"""`briefing init`: a starter project a user can build at once, and a starter
``sources.yaml`` for the articles a folder already holds."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import OutputError
from briefing.output import ensure_dir, write_atomic

__all__ = ["STARTER_CONFIG", "create_starter", "starter_manifest"]

STARTER_CONFIG = """\
# A briefing config (version 1). `briefing schema` lists every option.
version: 1
brief:
  title: My brief
  subtitle: Open-source reporting
  author: Analysis team
  marking: UNCLASSIFIED
corpus:
  path: {corpus}            # article files (text, Markdown, HTML, Word, PDF, exports), relative to this file
themes:
  main:
    title: Main theme
    description: What this brief is about, in one sentence.
    keywords: [example, "exact phrase"]
sections:
  - {kind: summary, title: Key points, max_items: 5}
  - kind: excerpts
    title: Main theme
    themes: [main]
    max_items: 8
    order: relevance
  - {kind: sources, title: Sources}
output:
  dir: out
  basename: brief
  formats: [pdf, docx, json, md]
  page_size: A4
"""


def create_starter(directory: Path) -> list[Path]:
    """Create what is missing: ``brief.yaml``, the articles folder, and a
    starter ``sources.yaml`` for the article files already there. A folder
    that already holds articles is the corpus itself. Returns what it created;
    raises OutputError when everything already exists."""
    from briefing.corpus import MANIFEST_NAME

    config = directory / "brief.yaml"
    holds_articles = _has_articles(directory) and not (directory / "articles").is_dir()
    corpus = directory if holds_articles else directory / "articles"
    created: list[Path] = []
    if not config.exists():
        ensure_dir(corpus)
        write_atomic(config, STARTER_CONFIG.replace("{corpus}", "." if holds_articles else "articles")
                     .encode("utf-8"))
        created.append(config)
        if not holds_articles:
            created.append(corpus)
    manifest = corpus / MANIFEST_NAME
    if not manifest.exists() and _has_articles(corpus):
        write_atomic(manifest, starter_manifest(corpus).encode("utf-8"))
        created.append(manifest)
    if not created:
        raise OutputError(f"{config}: already exists, and so does {manifest if _has_articles(corpus) else corpus}; "
                          "not overwriting")
    return created


def _has_articles(folder: Path) -> bool:
    from briefing.corpus.read import iter_article_paths

    try:
        return folder.is_dir() and any(p.name != "brief.yaml" for p in iter_article_paths(folder, ("sources.yaml",)))
    except OSError:
        return False


def starter_manifest(corpus: Path) -> str:
    """A ``sources.yaml`` listing every article of ``corpus`` with what was found
    in it; a field nothing gave is written as null with a note to fill it in."""
    import yaml

    from briefing.corpus import read_corpus
    from briefing.errors import CorpusError

    try:
        found = read_corpus(corpus)
    except CorpusError:
        return "# No article could be read in this folder yet.\n"
    lines = [
        "# Corpus manifest (sources.yaml): what each article's footnotes need.",
        "# Written by `briefing init` from what the readers found; a value here",
        "# replaces what is found in the file. Fill in every null; delete a line",
        "# to keep what the file says. Multi-article exports: one entry per article (file#N).",
    ]
    for article in found.articles:
        md = article.metadata
        key = article.path + (f"#{article.part}" if article.part else "")
        lines.append(f"{_dump(key)}:")
        for name, value in (("title", md.title.value), ("outlet", md.outlet.value),
                            ("authors", list(md.authors.value or ())), ("published", md.published.value),
                            ("url", md.url.value)):
            if name == "authors":
                shown = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6).strip()
                lines.append(f"  {name}: {shown}" + ("  # none found" if not value else ""))
            elif value is None:
                lines.append(f"  {name}: null  # not found: fill in")
            else:
                lines.append(f"  {name}: {_dump(str(value))}")
    return "\n".join(lines) + "\n"


def _dump(value: str) -> str:
    import yaml

    return yaml.safe_dump(value, allow_unicode=True, width=10**6).strip().removesuffix("\n...").strip()
