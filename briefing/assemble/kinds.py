"""The section kinds: each registered once, with its config model, its phase,
its builder and how ``briefing check`` describes it.

A builder is pure: ``build(ctx, index, section_config, section_id, earlier)``
takes the build context (config, corpus, analysis; never changed by a
builder), the section's config and the sections built before it, and returns
its :class:`~briefing.model.Section`. Phases order the building: content
sections first, in config order; then the sections that summarise them (key
points), which read the content sections; then the source list, which reads
every note built. The brief keeps the config's order whatever the phases.

A new kind is a model in ``briefing.config`` and one row here; the test suite
checks that the two lists agree and that every kind renders in every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Callable

from briefing.assemble import claims, excerpts, quotes, sections, timeline
from briefing.config import (
    SECTION_MODELS,
    CorroborationSection,
    DiscrepanciesSection,
    ExcerptsSection,
    QuotesSection,
    SourcesSection,
    SummarySection,
    TextSection,
    TimelineSection,
)

__all__ = ["KINDS", "Phase", "SectionKind"]


class Phase(IntEnum):
    CONTENT = 0  # reads the corpus
    SUMMARY = 1  # reads the content sections
    SOURCES = 2  # reads every note of the brief


@dataclass(frozen=True)
class SectionKind:
    model: type
    phase: Phase
    build: Callable  # (ctx, index, section_config, section_id, earlier) -> Section
    describe: Callable  # (ctx, section_config) -> str, one line for `briefing check`


KINDS: dict[str, SectionKind] = {
    "excerpts": SectionKind(ExcerptsSection, Phase.CONTENT, excerpts.build, excerpts.describe),
    "text": SectionKind(TextSection, Phase.CONTENT, sections.build_text, sections.describe_text),
    "quotes": SectionKind(QuotesSection, Phase.CONTENT, quotes.build, quotes.describe),
    "corroboration": SectionKind(CorroborationSection, Phase.CONTENT, claims.build_corroboration,
                                 claims.describe_corroboration),
    "discrepancies": SectionKind(DiscrepanciesSection, Phase.CONTENT, claims.build_discrepancies,
                                 claims.describe_discrepancies),
    "timeline": SectionKind(TimelineSection, Phase.CONTENT, timeline.build, timeline.describe),
    "summary": SectionKind(SummarySection, Phase.SUMMARY, sections.build_summary,
                           sections.describe_summary),
    "sources": SectionKind(SourcesSection, Phase.SOURCES, sections.build_sources,
                           sections.describe_sources),
}

if {k: v.model for k, v in KINDS.items()} != SECTION_MODELS:  # pragma: no cover - caught by tests
    raise ImportError("briefing.assemble.kinds and briefing.config disagree on the section kinds")
