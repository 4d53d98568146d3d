"""The output formats: one table that config validation, the CLI, the renderer
registry, the build and ``verify`` all read.

A new format is one module under ``briefing.render`` with ``render(brief,
options) -> bytes`` and one row here. This module imports nothing, so the
config and ``briefing --help`` can read the table without loading a renderer.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FORMATS", "Format", "NAMES", "by_extension", "get"]


@dataclass(frozen=True)
class Format:
    name: str  # as the config and --format spell it
    extension: str  # of the file a build writes
    module: str  # the renderer: ``render(brief, options) -> bytes``
    #: the file carries the JSON manifest inside (``read_embedded_manifest`` in its module);
    #: otherwise ``verify`` reads the manifest written beside it
    embeds_manifest: bool
    description: str


FORMATS: tuple[Format, ...] = (
    Format("json", ".json", "briefing.render.json", False,
           "the manifest: every item and citation, for machines and verify"),
    Format("md", ".md", "briefing.render.markdown", False,
           "Pandoc Markdown with footnotes, for diffs and pandoc"),
    Format("docx", ".docx", "briefing.render.docx", True,
           "Word, with real footnotes, comments and a table of contents"),
    Format("pdf", ".pdf", "briefing.render.pdf", True,
           "PDF, footnotes at the foot of their page, bookmarks, embedded fonts"),
)

#: format names in the table's order
NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS)
_BY_NAME = {f.name: f for f in FORMATS}


def get(name: str) -> Format:
    """The format called ``name``; KeyError for an unknown name."""
    return _BY_NAME[name]


def by_extension(suffix: str) -> Format | None:
    """The format whose files end in ``suffix`` (case-insensitive), if any."""
    suffix = suffix.lower()
    return next((f for f in FORMATS if f.extension == suffix), None)
