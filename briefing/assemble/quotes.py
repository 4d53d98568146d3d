"""The ``quotes`` section: who said what, quotations grouped by speaker.

Speakers are ordered by how many words the whole corpus quotes them saying;
a speaker's name is matched across articles case-insensitively. Each item is
the sentence that holds the quotation and its cue, verbatim and cited, so the
reader sees the words in their attribution; a quotation running over several
paragraphs shows its first paragraph. The section is an index by
speaker: it may repeat a quotation a themed section already shows, but never
repeats one within itself. Scare quotes and unattributed quotations are left
out.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.speakers import to_speaker
from briefing.assemble.context import SAME_TEXT, BuildContext, Span, intro_blocks, normalise
from briefing.assemble.excerpts import attach_notes
from briefing.config import QuotesSection
from briefing.model import Emph, Paragraph, Section, Subheading
from briefing.words import plural

__all__ = ["build", "canonical_names", "describe"]


def _relevant(ctx: BuildContext, theme_ids: list[str]) -> set[tuple[str, int]] | None:
    if not theme_ids:
        return None
    return {(c.article.id, c.sentence.index) for c in ctx.rank(theme_ids)}


@dataclass(frozen=True)
class _Candidate:
    key: str  # the speaker's name, case-folded
    span: Span
    article: object
    quote: object


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "pres"})


def _bare(name: str) -> list[str]:
    """A name's words without honorifics: "Mrs. Clinton" → ["Clinton"]."""
    return [w for w in name.replace(".", " ").split() if w.casefold() not in _HONORIFICS]


def canonical_names(names) -> dict[str, str]:
    """Speaker name (case-folded) → the name the corpus knows them by: one person, one
    entry. "Clinton" and "Mrs. Clinton" join "Hillary Clinton" when she is the only
    speaker of the corpus with that surname and a given name; with two ("Bill
    Clinton", "Hillary Clinton") the surname alone stays apart rather than guess."""
    names = list(dict.fromkeys(names))
    fuller: dict[str, list[str]] = {}
    for name in names:
        words = _bare(name)
        if len(words) >= 2:
            fuller.setdefault(words[-1].casefold(), []).append(name)
    out: dict[str, str] = {}
    for name in names:
        words = _bare(name)
        if len(words) == 1 and len(set(map(str.casefold, fuller.get(words[0].casefold(), [])))) == 1:
            out[name.casefold()] = fuller[words[0].casefold()][0]
        else:
            out[name.casefold()] = name
    return out


def _candidates(ctx: BuildContext, section: QuotesSection) -> tuple[list[_Candidate], dict[str, int],
                                                                   dict[str, str]]:
    """Every attributed quotation the section may show (one per sentence span, never the
    same words twice), the words each speaker is quoted saying across the corpus, and
    each speaker's name."""
    wanted = {s.casefold() for s in section.speakers}
    on_theme = _relevant(ctx, section.themes)
    attributed = [(a, q) for a, q in ctx.speakers.all() if q.speaker is not None and not q.scare]
    canonical = canonical_names(q.speaker.name for _, q in attributed)
    words: dict[str, int] = {}
    display: dict[str, str] = {}
    for _, quote in attributed:
        name = canonical[quote.speaker.name.casefold()]
        key = name.casefold()
        words[key] = words.get(key, 0) + quote.words
        display.setdefault(key, name)
    found: list[_Candidate] = []
    seen: set[tuple[str, int, int]] = set()
    for article, quote in attributed:
        key = canonical[quote.speaker.name.casefold()].casefold()
        if wanted and key not in wanted and not any(w in key for w in wanted):
            continue
        # the sentences holding the quotation and its cue, within the paragraph
        # where the quotation opens (an excerpt never crosses paragraphs)
        home = next((p.index for p in article.paragraphs if p.start <= quote.start < p.end), None)
        sentences = [s for s in article.sentences
                     if s.paragraph == home
                     and s.start < quote.sentence_span[1] and quote.sentence_span[0] < s.end]
        sentences = sentences[:section.max_sentences]  # a long quotation shows its opening
        if not sentences:
            continue
        if on_theme is not None and not any((article.id, s.index) in on_theme for s in sentences):
            continue
        span_key = (article.id, sentences[0].start, sentences[-1].end)
        if span_key in seen:
            continue
        seen.add(span_key)
        found.append(_Candidate(key, Span(article, sentences, float(quote.confidence), (), None),
                                article, quote))
    return _distinct(found), words, display


def _distinct(found: list[_Candidate]) -> list[_Candidate]:
    """The candidates without repeats: the same words (or nearly: rapidfuzz ratio ≥ 90)
    from another outlet, or a sentence that another one contains ("…" and "…, and
    more"), are shown once, in the longer form. Order is kept."""
    from rapidfuzz import fuzz

    kept: list[tuple[str, str, int]] = []  # (the sentences, the quoted words, index)
    order = sorted(enumerate(found), key=lambda x: (-len(x[1].quote.quote), -len(x[1].span.text)))
    for index, candidate in order:
        norm, words = normalise(candidate.span.text), normalise(candidate.quote.quote)
        if any(norm in text or words in quoted or fuzz.ratio(norm, text) >= SAME_TEXT
               for text, quoted, _ in kept):
            continue
        kept.append((norm, words, index))
    return [found[i] for i in sorted(i for _, _, i in kept)]


def build(ctx: BuildContext, index: int, section: QuotesSection, section_id: str,
          earlier: tuple[Section, ...]) -> Section:
    candidates, words, display = _candidates(ctx, section)
    by_speaker: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        by_speaker.setdefault(candidate.key, []).append(candidate)
    # choose first (most-quoted speakers, up to max_items), then build only those
    chosen: list[tuple[str, list[_Candidate]]] = []
    total = 0
    for key in sorted(by_speaker, key=lambda k: (-words[k], display[k])):
        if total >= section.max_items:
            break
        items = by_speaker[key][: section.max_items - total]
        total += len(items)
        chosen.append((key, items))
    built = [ctx.excerpt(c.span, kind="quote", speaker=to_speaker(c.quote, ctx.speakers.analysis(c.article)))
             for _, items in chosen for c in items]
    flat, loose = attach_notes(ctx, index, built, section.notes)
    blocks: list = intro_blocks(section)
    blocks.extend(loose)
    position = 0
    for key, items in chosen:
        excerpts = flat[position:position + len(items)]
        position += len(items)
        role = excerpts[0].attribution.speaker.role if excerpts[0].attribution.speaker else None
        blocks.append(Subheading(display[key] + (f", {role}" if role else "")))
        blocks.extend(excerpts)
    if total == 0:
        blocks.append(Paragraph((Emph("No attributed quotation matches this section."),)))
    return Section(section_id, section.title, section.kind, tuple(blocks))


def describe(ctx: BuildContext, section: QuotesSection) -> str:
    candidates, _, display = _candidates(ctx, section)
    speakers = len({c.key for c in candidates})
    return (f"{plural(len(candidates), 'attributed quotation')} by {plural(speakers, 'speaker')} "
            f"(max_items {section.max_items})")
