"""The ``corroboration`` and ``discrepancies`` sections.

corroboration
    Facts that several outlets report (:func:`same_fact_groups`): each is one
    verbatim excerpt, the earliest outlet's sentence, whose footnote cites
    every outlet's sentence, under a line saying "Reported by 3 outlets: …".
    With ``flag_single``, figures that only one outlet gives (no other outlet
    reports the same quantity or the same sentence) follow, flagged as such.

discrepancies
    Where outlets give conflicting figures for one measure
    (:func:`compare`, relation ``disagree``): a table per measure, a row per
    outlet and figure with its value, outlet, date and the footnoted verbatim
    sentence, then a sentence on whether the difference may be explained (a
    bound such as "at least", an older report, different sources named in
    the text) or not.
"""

from __future__ import annotations

import datetime as _dt
import re

from briefing.analysis.claims import FactGroup, Group, Quantity, describe_value, same_fact_groups
from briefing.assemble.context import BuildContext, Span, citation_for, excerpts_of, intro_blocks, normalise
from briefing.assemble.excerpts import is_used
from briefing.config import CorroborationSection, DiscrepanciesSection
from briefing.model import Cell, Emph, Excerpt, Note, Paragraph, Section, Subheading, Table, Text, collapse_ws
from briefing.words import format_date_short, plural

__all__ = ["build_corroboration", "build_discrepancies", "describe_corroboration",
           "describe_discrepancies", "explain"]

# "according to the United Nations", "the Pentagon said": who a figure comes from
_SOURCE = re.compile(
    r"according to (?:the )?((?:[A-Z][\w.'’-]*\s?){1,5})"
    r"|((?:[A-Z][\w.'’-]*\s?){1,5})(?:said|says|estimated|estimates|reported|reports|told)\b")


SHOWN_OUTLETS = 8  # outlets named on a fact's line; the rest are counted


def _on_theme(ctx: BuildContext, themes: list[str]) -> set[tuple[str, int]] | None:
    if not themes:
        return None
    return {(c.article.id, c.sentence.index) for c in ctx.rank(themes)}


# --------------------------------------------------------------------------- corroboration


def _fact_excerpt(ctx: BuildContext, group: FactGroup) -> Excerpt:
    first = group.members[0]
    span = Span(first.article, [first.sentence], 0.0, ())
    span.extra = [(m.article, m.sentence.start, m.sentence.end) for m in group.members[1:]]
    return ctx.excerpt(span)


def _facts(ctx: BuildContext, section: CorroborationSection) -> list[FactGroup]:
    wanted = _on_theme(ctx, section.themes)
    groups = same_fact_groups(ctx.counted, min_outlets=section.min_outlets, quantities=dict(ctx.quantities),
                              claims=ctx.claims)
    if wanted is not None:
        groups = [g for g in groups if any(m.key in wanted for m in g.members)]
    return groups


def _single_outlet(ctx: BuildContext, facts: list[FactGroup]) -> list[Quantity]:
    """Figures (not calendar years) that no other outlet reports: in no agreeing
    group, and in no sentence another outlet corroborates."""
    quantities = [q for a in ctx.counted for q in ctx.quantities[a.id]]
    grouped = {q.id for g in ctx.claims for q in g.members}
    corroborated = {(m.article.id, m.sentence.start) for g in facts for m in g.members}
    out, seen = [], set()
    for q in quantities:
        if q.kind == "year" or q.id in grouped or (q.source, q.sentence[0]) in corroborated:
            continue
        if (q.source, q.sentence) in seen:
            continue
        seen.add((q.source, q.sentence))
        out.append(q)
    out.sort(key=lambda q: (q.published or "9999", q.source, q.start))
    return out


def _shown(earlier: tuple[Section, ...]) -> list[str]:
    """What earlier sections already show as excerpts: never repeated (key points and
    quotes are indexes and may repeat; this section is not)."""
    return [normalise(e.text) for s in earlier if s.kind not in ("summary", "quotes")
            for e in excerpts_of(s)]


def build_corroboration(ctx: BuildContext, index: int, section: CorroborationSection, section_id: str,
                        earlier: tuple[Section, ...]) -> Section:
    used = _shown(earlier)
    facts = [g for g in _facts(ctx, section)
             if not any(is_used(m.article.text[m.sentence.start:m.sentence.end], used) for m in g.members)]
    blocks: list = intro_blocks(section)
    for group in facts[:section.max_items]:
        outlets = group.outlets
        excerpt = _fact_excerpt(ctx, group)
        named = ", ".join(outlets[:SHOWN_OUTLETS])
        if len(outlets) > SHOWN_OUTLETS:
            named += f" and {len(outlets) - SHOWN_OUTLETS} more ({len(excerpt.note.citations)} cited)"
        blocks.append(Paragraph((Emph(f"Reported by {plural(len(outlets), 'outlet')}: {named}"),)))
        blocks.append(excerpt)
    if not facts:
        blocks.append(Paragraph((Emph(f"No fact is reported by {section.min_outlets} or more outlets."),)))
    if section.flag_single:
        # a figure is shown with the body sentence that states it, footnoted; one only
        # in a headline has no sentence to cite and is left out
        single = []
        for q in _single_outlet(ctx, facts):
            article = ctx.corpus.get(q.source)
            sentence = next((s for s in article.sentences if s.start <= q.start < s.end), None)
            if sentence is not None and not is_used(article.text[sentence.start:sentence.end], used):
                single.append((q, Span(article, [sentence], 0.0, ())))
        single = single[:section.max_single]
        blocks.append(Subheading("Reported by one outlet only"))
        if not single:
            blocks.append(Paragraph((Emph("Every figure is reported by more than one outlet."),)))
        for q, span in single:
            blocks.append(Paragraph((Emph(f"Single outlet ({q.outlet}): {q.text}"),)))
            blocks.append(ctx.excerpt(span))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe_corroboration(ctx: BuildContext, section: CorroborationSection) -> str:
    facts = _facts(ctx, section)
    return (f"{plural(len(facts), 'fact')} reported by {section.min_outlets} or more outlets "
            f"(max_items {section.max_items})")


# --------------------------------------------------------------------------- discrepancies


def _named_source(q: Quantity, text: str) -> str | None:
    m = _SOURCE.search(text[q.sentence[0]:q.sentence[1]])
    if not m:
        return None
    name = (m.group(1) or m.group(2) or "").strip()
    return name if name and name.split()[0] not in ("He", "She", "It", "They", "We", "I", "The") else None


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((_dt.date.fromisoformat(a[:10]) - _dt.date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def explain(group: Group, texts: dict[str, str]) -> str:
    """One sentence on whether the difference between the two sides may be explained."""
    left, right = group.sides
    a, b = left[0], right[0]
    reasons: list[str] = []
    bounds = [q for q in (a, b) if q.qualifier in ("at least", "more than", "up to", "less than", "about")]
    if bounds:
        q = bounds[0]
        reasons.append(f"{q.outlet} gives a bound or an estimate (“{q.text}”), not an exact count")
    spread = [(_days(x.published, y.published) or 0, x, y) for x in left for y in right]
    days, x, y = max(spread, key=lambda d: d[0])
    if days:
        older = x if (x.published or "") < (y.published or "") else y
        reasons.append(f"the {older.outlet} report is {plural(days, 'day')} older, and the figure may "
                       f"have changed since")
    na, nb = _named_source(a, texts[a.source]), _named_source(b, texts[b.source])
    if na and nb and na != nb:
        reasons.append(f"the two figures come from different sources named in the text ({na}; {nb})")
    if not reasons:
        return ("Nothing in the texts explains the difference: same measure, same period, no bound "
                "and no other source named; one of the figures is likely wrong.")
    return "The difference may be explained: " + "; ".join(reasons) + "."


def _row(ctx: BuildContext, q: Quantity) -> tuple[Cell, ...]:
    article = ctx.corpus.get(q.source)
    sentence = next((s for s in article.sentences if s.start <= q.start < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence else q.sentence
    words = Excerpt(text=collapse_ws(article.text[start:end]),
                    note=Note((citation_for(article, start, end),)), kind="cell")
    value = describe_value(q) + ("" if q.qualifier in ("exact", "range") else f" ({q.qualifier})")
    return (Cell((Text(value),)), Cell((Text(q.outlet),)),
            Cell((Text(format_date_short(q.published) or "undated"),)), Cell(excerpt=words))


def _discrepancies(ctx: BuildContext, section: DiscrepanciesSection) -> list[Group]:
    groups = [g for g in ctx.claims if g.relation == "disagree"]
    wanted = _on_theme(ctx, section.themes)
    if wanted is not None:
        def on_theme(q: Quantity) -> bool:
            article = ctx.corpus.get(q.source)
            return any((q.source, s.index) in wanted for s in article.sentences if s.start <= q.start < s.end)
        groups = [g for g in groups if any(on_theme(q) for q in g.members)]
    return groups


def build_discrepancies(ctx: BuildContext, index: int, section: DiscrepanciesSection, section_id: str,
                        earlier: tuple[Section, ...]) -> Section:
    groups = _discrepancies(ctx, section)[:section.max_items]
    texts = {a.id: a.text for a in ctx.counted}
    blocks: list = intro_blocks(section)
    for group in groups:
        rows = []
        for side in group.sides:
            shown: set[str] = set()
            for q in side:  # one row per outlet and side: repeats of a figure add nothing
                if q.outlet in shown:
                    continue
                shown.add(q.outlet)
                rows.append(_row(ctx, q))
        blocks.append(Table(("Value", "Outlet", "Date", "In their words"), tuple(rows),
                            caption=f"What is measured: {group.measures}"))
        blocks.append(Paragraph((Text(explain(group, texts)),)))
    if not groups:
        blocks.append(Paragraph((Emph("No outlets give conflicting figures for the same measure."),)))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe_discrepancies(ctx: BuildContext, section: DiscrepanciesSection) -> str:
    return f"{plural(len(_discrepancies(ctx, section)), 'discrepancy')} between outlets " \
           f"(max_items {section.max_items})"
