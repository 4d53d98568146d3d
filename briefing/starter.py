"""`briefing init`: a starter project a user can build at once."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import OutputError
from briefing.output import ensure_dir, write_atomic

__all__ = ["STARTER_CONFIG", "create_starter"]

STARTER_CONFIG = """\
# A briefing config (version 1). `briefing schema` lists every option.
version: 1
brief:
  title: My brief
  subtitle: Open-source reporting
  author: Analysis team
  marking: UNCLASSIFIED
corpus:
  path: articles            # .txt and .md files, relative to this file
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
    config = directory / "brief.yaml"
    if config.exists():
        raise OutputError(f"{config}: already exists; not overwriting")
    ensure_dir(directory / "articles")
    write_atomic(config, STARTER_CONFIG.encode("utf-8"))
    return [config, directory / "articles"]
