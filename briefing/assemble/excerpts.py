"""The ``excerpts`` section: ranked, verbatim, cited excerpts on themes.

1. rank every body sentence against the section's themes (BM25);
2. keep sentences above the relevance floor that read as statements
   (six words or more, not a lead-in ending in a colon);
3. merge adjacent relevant sentences of one paragraph into one excerpt;
4. pick greedily by score, discounting a source a little for each excerpt
   already taken from it (spread across sources when scores are close),
   skipping text the brief already holds and folding the same sentence from
   another outlet into one excerpt that cites both; the sentences of other
   outlets that report the same fact in other words (``BuildContext.same_facts``)
   become corroborating copies of the excerpt too, and are not excerpts again;
5. order as asked and attach analyst notes to the excerpt they anchor on.

Selection records what it did with every candidate (:class:`Decision`), so
``briefing excerpts --explain`` reports the reasons of the code that decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from briefing.assemble.context import (
    SAME_TEXT,
    BuildContext,
    Span,
    excerpts_of,
    intro_blocks,
    normalise,
)
from briefing.config import ExcerptsSection
from briefing.errors import AssemblyError
from briefing.words import plural
from briefing.model import AnalystNote, Emph, Excerpt, Paragraph, Section, Text, collapse_ws

__all__ = ["Candidates", "Decision", "Outcome", "Selection", "build", "candidate_spans", "candidates",
           "combined_score", "describe", "is_used", "select", "select_spans", "shown_order", "used_texts",
           "JOINED_SHARE", "MIN_WORDS", "NEEDS_CONTEXT", "RELATIVE_FLOOR", "SOURCE_DISCOUNT"]

RELATIVE_FLOOR = 0.15  # of the best candidate's score
SOURCE_DISCOUNT = 0.85  # per excerpt already taken from the same source
MIN_WORDS = 6
NEEDS_CONTEXT = 0.6  # the score of an excerpt pointing back at a sentence it cannot show
JOINED_SHARE = 0.25  # of each further sentence's score, in an excerpt of several


class Outcome(StrEnum):
    """What selection did with a candidate sentence."""

    SELECTED = "selected"
    BELOW_FLOOR = "below_floor"
    NOT_A_STATEMENT = "not_a_statement"  # under MIN_WORDS words, or a lead-in ending in a colon
    SHOWN_EARLIER = "shown_earlier"  # an earlier themed section shows the same (or nearly) text
    OVERLAPS_PINNED = "overlaps_pinned"  # shares text with an excerpt an analyst note pins
    SAME_TEXT = "same_text"  # the same text as an excerpt already chosen, same article
    COPY = "corroborating_copy"  # the same text from another outlet: cited by that excerpt
    SAME_FACT = "same_fact"  # the same fact in other words: cited by that excerpt
    SOURCE_DISCOUNT = "source_discount"  # scored higher, lost to another after the source discount
    OVER_MAX_ITEMS = "over_max_items"


@dataclass(frozen=True)
class Decision:
    """Why a candidate sentence is, or is not, in an excerpt of the section."""

    outcome: Outcome
    span: Span | None = None  # the excerpt it was part of when decided
    other: Span | None = None  # the excerpt it lost to, repeats, or is cited by
    pinned: bool = False  # selected because an analyst note anchors on it
    discounted: float | None = None  # SOURCE_DISCOUNT: its score after the discount…
    rival: float | None = None  # …and the winner's
    taken: int = 0  # SOURCE_DISCOUNT: excerpts already taken from its source


@dataclass(frozen=True)
class Candidates:
    """The ranking of a section's themes and the spans made of it."""

    ranked: list  # every Candidate sentence, best first
    floor: float  # the relevance floor applied
    min_score: float | None  # the configured floor, or None (RELATIVE_FLOOR of the best)
    spans: list[Span]  # candidate excerpts, best first
    scores: dict[tuple[str, int], float]  # (article id, sentence index) -> score, above the floor
    dropped: dict[tuple[str, int], Outcome]  # ranked sentences that are no excerpt, and why


@dataclass
class Selection:
    """The spans a section shows, and the fate of every candidate sentence."""

    chosen: list[Span]
    decisions: dict[tuple[str, int], Decision] = field(default_factory=dict)  # per sentence


def _reads_as_statement(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS and not text.rstrip().endswith(":")


def combined_score(scores: list[float]) -> float:
    """An excerpt's score from its sentences' scores: the best, plus a share of the others."""
    ordered = sorted(scores, reverse=True)
    return ordered[0] + JOINED_SHARE * sum(ordered[1:])


def candidates(ctx: BuildContext, theme_ids: list[str], min_score: float | None,
               theme: str | None = None, max_sentences: int = 3) -> Candidates:
    """The ranking, the floor, and the relevant spans best first (before
    deduplication and selection)."""
    ranked = ctx.rank(theme_ids)
    if not ranked:
        return Candidates([], min_score or 0.0, min_score, [], {}, {})
    floor = min_score if min_score is not None else ranked[0].score * RELATIVE_FLOOR
    relevant: dict[tuple[str, int], object] = {}
    dropped: dict[tuple[str, int], Outcome] = {}
    for c in ranked:
        key = (c.article.id, c.sentence.index)
        if c.score < floor:
            dropped[key] = Outcome.BELOW_FLOOR
        elif not _reads_as_statement(c.article.text[c.sentence.start:c.sentence.end]):
            dropped[key] = Outcome.NOT_A_STATEMENT
        else:
            relevant[key] = c
    spans: list[Span] = []
    taken: set[tuple[str, int]] = set()
    for cand in ranked:
        key = (cand.article.id, cand.sentence.index)
        if key not in relevant or key in taken:
            continue
        group = [cand]
        # extend backwards and forwards within the paragraph
        for step in (-1, 1):
            probe = cand
            while len(group) < max_sentences:
                idx = probe.sentence.index + step
                nxt = relevant.get((cand.article.id, idx))
                if nxt is None or nxt.sentence.paragraph != cand.sentence.paragraph or (cand.article.id, idx) in taken:
                    break
                group.append(nxt)
                probe = nxt
        group.sort(key=lambda c: c.sentence.index)
        for c in group:
            taken.add((c.article.id, c.sentence.index))
        matched = tuple(dict.fromkeys(m for c in group for m in c.matched))
        sentences = [c.sentence for c in group]
        score = combined_score([c.score for c in group])
        sentences, score = _self_contained(cand.article, sentences, score, max_sentences, taken)
        spans.append(Span(cand.article, sentences, score, matched, theme))
    spans.sort(key=lambda s: (-s.score, s.article.id, s.start))
    scores = {key: c.score for key, c in relevant.items()}
    return Candidates(ranked, floor, min_score, spans, scores, dropped)


def candidate_spans(ctx: BuildContext, theme_ids: list[str], min_score: float | None,
                    theme: str | None = None, max_sentences: int = 3) -> list[Span]:
    """Relevant spans, best first (before deduplication and selection)."""
    return candidates(ctx, theme_ids, min_score, theme, max_sentences).spans


def _self_contained(article, sentences: list, score: float, max_sentences: int,
                    taken: set) -> tuple[list, float]:
    """An excerpt that opens on a word pointing back ("He met with…", "That measure…",
    "But…") takes the sentence before it in its paragraph, shown verbatim with it;
    when there is none to take, it ranks lower (``NEEDS_CONTEXT``)."""
    from briefing.text.lexicon import lexicon

    first = sentences[0]
    if not lexicon().points_back(article.text[first.start:first.end]):
        return sentences, score
    previous = next((s for s in article.sentences if s.index == first.index - 1), None)
    if previous is not None and previous.paragraph == first.paragraph and len(sentences) < max_sentences:
        taken.add((article.id, previous.index))
        return [previous, *sentences], score
    return sentences, score * NEEDS_CONTEXT


def used_texts(earlier: tuple[Section, ...]) -> list[str]:
    """Normalised texts of the excerpts earlier themed sections show, and of the
    corroborating copies their footnotes cite: a brief never shows the same or
    nearly the same excerpt, or a copy it already cites, in two themed sections."""
    out: list[str] = []
    for section in earlier:
        if section.kind != "excerpts":
            continue
        for e in excerpts_of(section):
            out.append(normalise(e.text))
            out.extend(normalise(c.exact) for c in e.citations[1:])
    return list(dict.fromkeys(out))


def is_used(text: str, used: list[str]) -> bool:
    """True when ``used`` holds this text, nearly the same text, or a text that
    contains it (or that it contains)."""
    from rapidfuzz import fuzz, process

    norm = normalise(text)
    if process.extractOne(norm, used, scorer=fuzz.ratio, score_cutoff=SAME_TEXT) is not None:
        return True
    return any(len(min(norm, other, key=len)) >= 40 and (norm in other or other in norm)
               for other in used)


def _cite(span: Span, article, start: int, end: int) -> None:
    """Add a corroborating copy to a span's citations, unless it cites that text already."""
    if article.id == span.article.id and start < span.end and span.start < end:
        return
    if any(a.id == article.id and s < end and start < e for a, s, e in span.extra):
        return
    span.extra.append((article, start, end))


def _without(span: Span, sentence, scores: dict | None) -> Span | None:
    """The span without one of its sentences at either end (its other sentences
    still an excerpt of their own), or None when nothing sensible is left."""
    from briefing.text.lexicon import lexicon

    indexes = [s.index for s in span.sentences]
    at = indexes.index(sentence.index)
    if scores is None or len(indexes) == 1 or 0 < at < len(indexes) - 1:
        return None
    rest = span.sentences[1:] if at == 0 else span.sentences[:-1]
    first = rest[0]
    if at == 0 and lexicon().points_back(span.article.text[first.start:first.end]):
        return None
    before = [scores[k] for s in span.sentences if (k := (span.article.id, s.index)) in scores]
    after = [scores[k] for s in rest if (k := (span.article.id, s.index)) in scores]
    if not after or not before:
        return None
    score = span.score * combined_score(after) / combined_score(before)
    return Span(span.article, rest, score, span.matched, span.theme)


def select_spans(spans: list[Span], limit: int, used: list[str], pinned: list[Span] = (),
                 same_facts: dict | None = None, scores: dict | None = None) -> Selection:
    """Pick up to ``limit`` spans: the ``pinned`` ones (an analyst note anchors on
    them) first, then the best, spread across sources, nothing in ``used`` again,
    the same sentence from several outlets folded into one.

    ``same_facts`` maps a sentence (article id, index) to its same-fact group:
    a chosen excerpt cites the group's other sentences as corroborating copies,
    and a candidate holding one loses that sentence (``scores``, the sentences'
    ranking scores, rescore what is left) or, when it cannot, is not selected.
    Every candidate's fate is recorded in the returned :class:`Selection`."""
    from rapidfuzz import fuzz

    same_facts = same_facts or {}
    decisions: dict[tuple[str, int], Decision] = {}

    def decide(span: Span, decision: Decision, sentences=None) -> None:
        for s in sentences or span.sentences:
            key = (span.article.id, s.index)
            if key not in decisions or decision.outcome is Outcome.SELECTED:
                decisions[key] = decision

    chosen: list[Span] = list(pinned)[:limit]
    per_source: dict[str, int] = {}
    for span in chosen:
        per_source[span.article.id] = per_source.get(span.article.id, 0) + 1
        decide(span, Decision(Outcome.SELECTED, span, pinned=True))
    remaining: list[Span] = []
    for span in spans:
        if any(span is p for p in chosen):
            continue
        if any(span is p for p in pinned):  # pinned, beyond max_items
            decide(span, Decision(Outcome.OVER_MAX_ITEMS, span))
            continue
        if is_used(span.text, used):
            decide(span, Decision(Outcome.SHOWN_EARLIER, span))
            continue
        overlap = next((p for p in chosen if span.article is p.article
                        and span.start < p.end and p.start < span.end), None)
        if overlap is not None:
            decide(span, Decision(Outcome.OVERLAPS_PINNED, span, overlap))
            continue
        remaining.append(span)

    def fold_same_facts(best: Span) -> None:
        for sentence in best.sentences:
            group = same_facts.get((best.article.id, sentence.index))
            if group is None:
                continue
            for member in group.members:
                if member.article.id == best.article.id or any(
                        member.article.id == c.article.id and member.sentence.start < c.end
                        and c.start < member.sentence.end for c in chosen):
                    continue  # itself, or shown as an excerpt already (pinned)
                _cite(best, member.article, member.sentence.start, member.sentence.end)
                for other in [r for r in remaining if r.article.id == member.article.id
                              and any(s.index == member.sentence.index for s in r.sentences)]:
                    remaining.remove(other)
                    rest = _without(other, member.sentence, scores)
                    decide(other, Decision(Outcome.SAME_FACT, other, best),
                           [member.sentence] if rest is not None else None)
                    if rest is not None:
                        remaining.append(rest)

    for span in chosen:
        fold_same_facts(span)
    lost: dict[int, Decision] = {}  # id(span) -> the last round it lost to the source discount
    while remaining and len(chosen) < limit:
        def discounted(s: Span) -> float:
            return s.score * SOURCE_DISCOUNT ** per_source.get(s.article.id, 0)

        best = max(remaining, key=lambda s: (discounted(s), -s.start))
        remaining.remove(best)
        norm = best.normalised
        duplicate_of = next((o for o in chosen if fuzz.ratio(norm, o.normalised) >= SAME_TEXT), None)
        if duplicate_of is not None:
            if duplicate_of.article.id != best.article.id:
                _cite(duplicate_of, best.article, best.start, best.end)
                decide(best, Decision(Outcome.COPY, best, duplicate_of))
            else:
                decide(best, Decision(Outcome.SAME_TEXT, best, duplicate_of))
            continue
        for other in remaining:
            if other.score > best.score:
                lost[id(other)] = Decision(Outcome.SOURCE_DISCOUNT, other, best,
                                           discounted=discounted(other), rival=discounted(best),
                                           taken=per_source.get(other.article.id, 0))
        chosen.append(best)
        per_source[best.article.id] = per_source.get(best.article.id, 0) + 1
        decide(best, Decision(Outcome.SELECTED, best))
        # the same sentence printed by another outlet cites that outlet too
        for other in list(remaining):
            if other.article.id != best.article.id and fuzz.ratio(norm, other.normalised) >= SAME_TEXT:
                _cite(best, other.article, other.start, other.end)
                remaining.remove(other)
                decide(other, Decision(Outcome.COPY, other, best))
        fold_same_facts(best)
    for span in remaining:
        decide(span, lost.get(id(span)) or Decision(Outcome.OVER_MAX_ITEMS, span))
    return Selection(chosen, decisions)


def order_spans(spans: list[Span], order: str, source_order: list[str],
                happened=lambda span: None) -> list[Span]:
    """Spans in the section's order. Chronological order is by when what a span
    reports happened (``happened``: its resolved event date), else by when it
    was written."""
    if order == "chronological":
        def when(span: Span) -> str:
            day = happened(span)
            return day.isoformat() if day is not None else span.when()

        return sorted(spans, key=lambda s: (when(s), s.when(), s.article.id, s.start))
    if order == "source":
        rank = {sid: i for i, sid in enumerate(source_order)}
        return sorted(spans, key=lambda s: (rank.get(s.article.id, 0), s.start))
    return sorted(spans, key=lambda s: (-s.score, s.article.id, s.start))


def shown_order(ctx: BuildContext, section: ExcerptsSection, chosen: list[Span]) -> list[Span]:
    """The chosen spans in the order the section shows them."""
    return order_spans(chosen, section.order, ctx.corpus.ids(), ctx.happened)


def attach_notes(ctx: BuildContext, index: int, excerpts: list[Excerpt], notes) -> tuple[list, list]:
    """Analyst notes onto the excerpts they anchor on; loose notes as prose."""
    loose: list[Paragraph] = []
    excerpts = list(excerpts)
    for j, note in enumerate(notes):
        author = note.author or ctx.author
        if note.anchor is None:
            loose.append(Paragraph((Emph("Analyst note: "), Text(note.text))))
            continue
        needle = collapse_ws(note.anchor).casefold()
        hits = [k for k, e in enumerate(excerpts) if needle in e.text.casefold()]
        where = f"{ctx.config_path}: sections[{index}].notes[{j}]"
        if not hits:  # excerpts sections select what notes anchor on, up to max_items
            raise AssemblyError(
                f"{where}: anchor {note.anchor!r} is not in any excerpt selected for this section"
            )
        if len(hits) > 1:
            raise AssemblyError(
                f"{where}: anchor {note.anchor!r} occurs in {len(hits)} excerpts; make it longer"
            )
        k = hits[0]
        excerpts[k] = replace(
            excerpts[k], notes=excerpts[k].notes + (AnalystNote(note.text, note.anchor, author),)
        )
    return excerpts, loose


def pinned_spans(ctx: BuildContext, index: int, section: ExcerptsSection, spans: list[Span],
                 theme: str | None) -> list[Span]:
    """The excerpts analyst notes anchor on: always selected. The candidate that
    holds the anchor, else the sentence of the corpus that does (one only)."""

    pinned: list[Span] = []
    for j, note in enumerate(section.notes):
        if note.anchor is None:
            continue
        needle = collapse_ws(note.anchor).casefold()
        span = next((s for s in spans if needle in collapse_ws(s.text).casefold()), None)
        if span is None:
            hits = ctx.corpus.sentences_containing(needle)
            where = f"{ctx.config_path}: sections[{index}].notes[{j}]"
            if not hits:
                raise AssemblyError(f"{where}: anchor {note.anchor!r} is in no sentence of the corpus "
                                    "(check the wording)")
            if len(hits) > 1:
                raise AssemblyError(f"{where}: anchor {note.anchor!r} occurs in {len(hits)} sentences "
                                    "of the corpus; make it longer")
            article, sentence = hits[0]
            span = Span(article, [sentence], 0.0, (), theme)
        if all(span is not p for p in pinned):
            pinned.append(span)
    return pinned


def select(ctx: BuildContext, index: int, section: ExcerptsSection,
           earlier: tuple[Section, ...]) -> tuple[Candidates, Selection]:
    """The section's candidates and what selection made of them: what
    :func:`build` shows, and what ``briefing excerpts --explain`` reports."""
    theme = section.themes[0] if len(section.themes) == 1 else None
    found = candidates(ctx, section.themes, section.min_score, theme, section.max_sentences)
    pinned = pinned_spans(ctx, index, section, found.spans, theme)
    selection = select_spans(found.spans, section.max_items, used_texts(earlier), pinned,
                             ctx.same_facts, found.scores)
    return found, selection


def build(ctx: BuildContext, index: int, section: ExcerptsSection, section_id: str,
          earlier: tuple[Section, ...]) -> Section:
    _, selection = select(ctx, index, section, earlier)
    ordered = shown_order(ctx, section, selection.chosen)
    excerpts = [ctx.excerpt(s) for s in ordered]
    excerpts, loose = attach_notes(ctx, index, excerpts, section.notes)
    blocks: list = intro_blocks(section)
    blocks.extend(loose)
    if not excerpts:
        blocks.append(Paragraph((Emph("No excerpt in the corpus matches this section's themes."),)))
    blocks.extend(excerpts)
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe(ctx: BuildContext, section: ExcerptsSection) -> str:
    spans = candidate_spans(ctx, section.themes, section.min_score, None, section.max_sentences)
    n_sources = len({s.article.id for s in spans})
    detail = (f"{plural(len(spans), 'candidate excerpt')} from {plural(n_sources, 'source')} "
              f"(max_items {section.max_items})")
    if not spans:
        detail += "  ← nothing matches: check the themes' keywords"
    return detail
