"""Assembly: a validated config and a read corpus in, a ``Brief`` out.

One builder per section kind (``BUILDERS``); a new kind is one new builder.
Builders run in two phases: content sections first (in config order), then
the sections that summarise them (key points, sources), so a summary can
name what the sections below it hold. The brief keeps the config's order.
"""

from __future__ import annotations

import datetime as _dt
import re

from briefing.assemble import excerpts, quotes, sections
from briefing.assemble.context import BuildContext
from briefing.config import LoadedConfig
from briefing.corpus import Corpus
from briefing.model import Brief, Section

__all__ = ["BUILDERS", "assemble"]

# kind -> (phase, builder(ctx, index, section_config, section_id) -> Section)
BUILDERS = {
    "excerpts": (0, excerpts.build),
    "text": (0, sections.build_text),
    "quotes": (0, quotes.build),
    "summary": (1, sections.build_summary),
    "sources": (2, sections.build_sources),
}


def _section_ids(titles: list[str]) -> list[str]:
    ids: list[str] = []
    for title in titles:
        base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "section"
        candidate, n = base, 2
        while candidate in ids:
            candidate, n = f"{base}-{n}", n + 1
        ids.append(candidate)
    return ids


def assemble(loaded: LoadedConfig, corpus: Corpus, date: _dt.date, config_path: str | None = None) -> Brief:
    config = loaded.config
    shown = config_path or str(loaded.path)
    ctx = BuildContext(config, corpus, shown, config.brief.author)
    ids = _section_ids([s.title for s in config.sections])
    built: dict[int, Section] = {}
    order = sorted(range(len(config.sections)), key=lambda i: (BUILDERS[config.sections[i].kind][0], i))
    for i in order:
        section = config.sections[i]
        _, builder = BUILDERS[section.kind]
        built[i] = builder(ctx, i, section, ids[i])
    brief_sections = tuple(built[i] for i in range(len(config.sections)))
    return Brief(
        title=config.brief.title,
        subtitle=config.brief.subtitle,
        author=config.brief.author,
        date=date.isoformat(),
        marking=config.brief.marking,
        keywords=tuple(config.brief.keywords),
        sections=brief_sections,
        sources=tuple(sections.cited_sources(ctx)),
        config_path=shown,
        config_sha256=loaded.sha256,
        corpus_path=config.corpus.path,
    )
