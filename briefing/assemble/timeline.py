"""The ``timeline`` section: the themes' dated events, in date order.

1. rank every body sentence against the section's themes (BM25, as the
   excerpts section does) and keep those above the relevance floor;
2. of those, keep the events (sentences that date a happening, see
   :mod:`briefing.analysis.events`) inside ``from``/``to`` and no coarser
   than ``granularity``;
3. best first (relevance, then the finer date), fold the same event told by
   several outlets into one entry that cites them all;
4. keep ``max_items`` and show them in date order, each with its date as a
   reader wants it and how that date was worked out.

Like key points, a timeline is an index: it may show a sentence that a
themed section shows too.
"""

from __future__ import annotations

from briefing.analysis.dates import explain, interval, reader_label
from briefing.analysis.events import PRECISION, Event, merge
from briefing.assemble.context import BuildContext, Span, intro_blocks
from briefing.assemble.excerpts import RELATIVE_FLOOR
from briefing.config import TimelineSection
from briefing.model import Emph, Paragraph, Section, Timeline, TimelineEntry
from briefing.words import plural

__all__ = ["build", "describe", "section_events"]


def _theme_ids(ctx: BuildContext, section: TimelineSection) -> list[str]:
    return list(section.themes) or list(ctx.config.themes)


def _in_window(event: Event, section: TimelineSection) -> bool:
    first, last = interval(event.date)
    if section.from_ and last < section.from_:
        return False
    if section.to and first > section.to:
        return False
    return PRECISION.index(event.precision) <= PRECISION.index(section.granularity)


def _ranked(ctx: BuildContext, section: TimelineSection, theme_ids: list[str]) -> list[tuple[Event, float, tuple[str, ...]]]:
    """Events relevant to these themes (all events when there are none), best first."""
    relevance: dict[tuple[str, int], tuple[float, tuple[str, ...]]] | None = None
    if theme_ids:
        ranked = ctx.rank(theme_ids)
        if not ranked:
            return []
        floor = section.min_score if section.min_score is not None else ranked[0].score * RELATIVE_FLOOR
        relevance = {(c.article.id, c.sentence.index): (c.score, tuple(c.matched))
                     for c in ranked if c.score >= floor}
    found = []
    for event in ctx.events:
        key = (event.article.id, event.sentence.index)
        if (relevance is not None and key not in relevance) or not _in_window(event, section):
            continue
        score, matched = relevance[key] if relevance is not None else (0.0, ())
        found.append((event, score, matched))
    found.sort(key=lambda f: (-f[1], PRECISION.index(f[0].precision), f[0].sort_key()))
    return found


def section_events(ctx: BuildContext, section: TimelineSection) -> list[tuple[Event, float, tuple[str, ...]]]:
    """The section's candidate events with their relevance and matched keywords,
    in the order they are picked: with several themes, each theme's best in
    turn, so that one busy theme does not crowd out the others."""
    themes = _theme_ids(ctx, section)
    if len(themes) <= 1:
        return _ranked(ctx, section, themes)
    queues = [_ranked(ctx, section, [theme]) for theme in themes]
    picked: list[tuple[Event, float, tuple[str, ...]]] = []
    seen: set[tuple[str, int]] = set()
    for round_ in range(max((len(q) for q in queues), default=0)):
        for queue in queues:
            if round_ < len(queue):
                event = queue[round_][0]
                key = (event.article.id, event.sentence.index)
                if key not in seen:
                    seen.add(key)
                    picked.append(queue[round_])
    return picked


def _entry(ctx: BuildContext, group: tuple[Event, ...], score: float, matched: tuple[str, ...],
           theme: str | None) -> TimelineEntry:
    lead = group[0]
    span = Span(lead.article, [lead.sentence], score, matched, theme,
                extra=[(e.article, e.sentence.start, e.sentence.end) for e in group[1:]])
    excerpt = ctx.excerpt(span, kind="event")
    expr = lead.expression
    return TimelineEntry(date=lead.date, granularity=expr.granularity,
                         label=reader_label(lead.date, expr.granularity), how=explain(expr),
                         excerpt=excerpt)


def build(ctx: BuildContext, index: int, section: TimelineSection, section_id: str,
          earlier: tuple[Section, ...]) -> Section:
    found = section_events(ctx, section)
    relevance = {id(event): (score, matched) for event, score, matched in found}
    groups = merge([event for event, _, _ in found])[:section.max_items]
    groups.sort(key=lambda g: g[0].sort_key())
    theme = section.themes[0] if len(section.themes) == 1 else None
    entries = tuple(_entry(ctx, group, *relevance[id(group[0])], theme) for group in groups)
    blocks: list = intro_blocks(section)
    if entries:
        blocks.append(Timeline(entries))
    else:
        blocks.append(Paragraph((Emph("No dated event in the corpus matches this section."),)))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe(ctx: BuildContext, section: TimelineSection) -> str:
    found = section_events(ctx, section)
    groups = merge([event for event, _, _ in found])
    n_sources = len({e.article.id for g in groups for e in g})
    dates = sorted(interval(g[0].date)[0] for g in groups)
    span = f", {dates[0].isoformat()} to {dates[-1].isoformat()}" if dates else ""
    detail = (f"{plural(len(groups), 'dated event')} from {plural(n_sources, 'source')}{span} "
              f"(max_items {section.max_items})")
    if not groups:
        detail += "  ← nothing dated matches: check the themes, from/to and granularity"
    return detail

