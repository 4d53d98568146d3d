"""Builders for the small section kinds: summary, text and sources."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.assemble.context import BuildContext, intro_blocks, source_of
from briefing.config import SourcesSection, SummarySection, TextSection
from briefing.model import BulletList, Emph, Excerpt, Note, Paragraph, Section, Text, collapse_ws

__all__ = ["build_sources", "build_summary", "build_text"]


def build_text(ctx: BuildContext, index: int, section: TextSection, section_id: str) -> Section:
    paragraphs = [p for p in re.split(r"\n\s*\n", section.text) if p.strip()]
    blocks = [Paragraph((Text(collapse_ws(p)),)) for p in paragraphs]
    return Section(section_id, section.title, section.kind, tuple(blocks))


def build_summary(ctx: BuildContext, index: int, section: SummarySection, section_id: str) -> Section:
    """Key points: the strongest excerpt of each themed section, in section order.

    Key points restate what the sections below hold, so they may repeat a
    section's lead excerpt; among themselves they are never repeated.
    """
    points: list[Excerpt] = []
    seen: set[tuple[str, int]] = set()
    for position in sorted(ctx.section_items):
        items = ctx.section_items[position]
        for item in sorted(items, key=lambda e: -e.score):
            key = (item.citations[0].source, item.citations[0].start)
            if key in seen:
                continue
            seen.add(key)
            # a fresh Note: every footnote marker is its own note
            points.append(replace(item, note=Note(item.note.citations), notes=(), kind="key_point"))
            break
        if len(points) >= section.max_items:
            break
    blocks: list = intro_blocks(section)
    if points:
        blocks.append(BulletList(tuple(points)))
    else:
        blocks.append(Paragraph((Emph("No key points: no themed section found an excerpt."),)))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def build_sources(ctx: BuildContext, index: int, section: SourcesSection, section_id: str) -> Section:
    from briefing.model import SourceList

    sources = cited_sources(ctx)
    blocks: list = intro_blocks(section)
    blocks.append(SourceList(tuple(sources)))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def cited_sources(ctx: BuildContext):
    """Every cited source, oldest first."""
    sources = [source_of(a) for a in ctx.cited.values()]
    return sorted(sources, key=lambda s: (s.published or "9999", s.title or "", s.id))
