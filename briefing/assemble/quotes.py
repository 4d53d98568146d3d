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

from briefing.analysis.speakers import to_speaker
from briefing.assemble.context import BuildContext, Span, intro_blocks
from briefing.assemble.excerpts import attach_notes
from briefing.config import QuotesSection
from briefing.model import Emph, Excerpt, Paragraph, Section, Subheading

__all__ = ["build"]


def _relevant(ctx: BuildContext, theme_ids: list[str]) -> set[tuple[str, int]] | None:
    if not theme_ids:
        return None
    return {(c.article.id, c.sentence.index) for c in ctx.rank(theme_ids)}


def build(ctx: BuildContext, index: int, section: QuotesSection, section_id: str) -> Section:
    wanted = {s.casefold() for s in section.speakers}
    on_theme = _relevant(ctx, section.themes)
    attributed = [(a, q) for a, q in ctx.speakers.all() if q.speaker is not None and not q.scare]
    words: dict[str, int] = {}
    display: dict[str, str] = {}
    for _, quote in attributed:
        key = quote.speaker.name.casefold()
        words[key] = words.get(key, 0) + quote.words
        display.setdefault(key, quote.speaker.name)
    groups: dict[str, list[Excerpt]] = {}
    seen: set[tuple[str, int, int]] = set()
    total = 0
    for article, quote in attributed:
        key = quote.speaker.name.casefold()
        if wanted and key not in wanted and not any(w in key for w in wanted):
            continue
        # the sentences holding the quotation and its cue, within the paragraph
        # where the quotation opens (an excerpt never crosses paragraphs)
        home = next((p.index for p in article.paragraphs if p.start <= quote.start < p.end), None)
        sentences = [s for s in article.sentences
                     if s.paragraph == home
                     and s.start < quote.sentence_span[1] and quote.sentence_span[0] < s.end]
        if not sentences:
            continue
        if on_theme is not None and not any((article.id, s.index) in on_theme for s in sentences):
            continue
        span_key = (article.id, sentences[0].start, sentences[-1].end)
        if span_key in seen:
            continue
        seen.add(span_key)
        span = Span(article, sentences, float(quote.confidence), (), None)
        speaker = to_speaker(quote, ctx.speakers.analysis(article))
        groups.setdefault(key, []).append(ctx.excerpt(span, kind="quote", speaker=speaker))
    chosen: list[tuple[str, list[Excerpt]]] = []
    for key in sorted(groups, key=lambda k: (-words[k], display[k])):
        if total >= section.max_items:
            break
        items = groups[key][: section.max_items - total]
        total += len(items)
        chosen.append((key, items))
    flat, loose = attach_notes(ctx, index, [e for _, items in chosen for e in items], section.notes)
    blocks: list = intro_blocks(section)
    blocks.extend(loose)
    position = 0
    for key, items in chosen:
        items = flat[position:position + len(items)]
        position += len(items)
        role = items[0].attribution.speaker.role if items[0].attribution.speaker else None
        blocks.append(Subheading(display[key] + (f", {role}" if role else "")))
        blocks.extend(items)
    if total == 0:
        blocks.append(Paragraph((Emph("No attributed quotation matches this section."),)))
    return Section(section_id, section.title, section.kind, tuple(blocks))
