"""Builders for the small section kinds: summary, text and sources."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.assemble.context import BuildContext, cited_sources, excerpts_of, intro_blocks
from briefing.config import SourcesSection, SummarySection, TextSection
from briefing.model import BulletList, Emph, Excerpt, Note, Paragraph, Section, SourceList, Text, collapse_ws
from briefing.words import plural

__all__ = ["build_sources", "build_summary", "build_text", "describe_sources", "describe_summary",
           "describe_text"]


def build_text(ctx: BuildContext, index: int, section: TextSection, section_id: str,
               earlier: tuple[Section, ...]) -> Section:
    paragraphs = [p for p in re.split(r"\n\s*\n", section.text) if p.strip()]
    blocks = [Paragraph((Text(collapse_ws(p)),)) for p in paragraphs]
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe_text(ctx: BuildContext, section: TextSection) -> str:
    return f"{plural(len(section.text.split()), 'word')} of analyst prose"


def build_summary(ctx: BuildContext, index: int, section: SummarySection, section_id: str,
                  earlier: tuple[Section, ...]) -> Section:
    """Key points: the strongest excerpt of each themed section, in section order.

    Key points restate what the sections below hold, so they may repeat a
    section's lead excerpt; among themselves they are never repeated.
    """
    points: list[Excerpt] = []
    seen: set[tuple[str, int]] = set()
    for built in earlier:
        if built.kind != "excerpts":
            continue
        for item in sorted(excerpts_of(built), key=lambda e: -e.score):
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


def describe_summary(ctx: BuildContext, section: SummarySection) -> str:
    n = sum(1 for s in ctx.config.sections if s.kind == "excerpts")
    return (f"one key point from each of {plural(n, 'themed section')} "
            f"(max_items {section.max_items})")


def build_sources(ctx: BuildContext, index: int, section: SourcesSection, section_id: str,
                  earlier: tuple[Section, ...]) -> Section:
    blocks: list = intro_blocks(section)
    blocks.append(SourceList(tuple(cited_sources(earlier, ctx.corpus))))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe_sources(ctx: BuildContext, section: SourcesSection) -> str:
    return "every source the brief's footnotes cite"
