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

__all__ = ["build", "describe"]

QUOTED_ARTICLES = 100  # a speaker's quotations are drawn from the articles quoting them most


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


def _chosen(ctx: BuildContext, section: QuotesSection) -> tuple[list[tuple[str, list[_Candidate]]],
                                                               dict[str, str]]:
    """The speakers the section shows, most quoted first, each with the quotations
    it shows (up to ``max_items`` in all), and each speaker's name.

    A speaker's quotations are read only when the speaker's turn comes, from the
    ``QUOTED_ARTICLES`` articles that quote them at most length, so a large
    corpus loads the articles of the few speakers shown. Within a speaker,
    repeats are shown once (:func:`_distinct`); a quotation whose sentences
    overlap one a more quoted speaker already shows is left out."""
    wanted = {s.casefold() for s in section.speakers}
    on_theme = _relevant(ctx, section.themes)
    totals = ctx.speakers.totals()
    canonical = ctx.speaker_names
    words: dict[str, int] = {}
    display: dict[str, str] = {}
    names_of: dict[str, set[str]] = {}
    for name, said in totals.items():
        shown_as = canonical[name.casefold()]
        key = shown_as.casefold()
        words[key] = words.get(key, 0) + said
        display.setdefault(key, shown_as)
        names_of.setdefault(key, set()).add(name)
    shown: dict[str, list[tuple[int, int]]] = {}  # article id -> spans shown
    chosen: list[tuple[str, list[_Candidate]]] = []
    total = 0
    for key in sorted(words, key=lambda k: (-words[k], display[k])):
        if total >= section.max_items:
            break
        if wanted and key not in wanted and not any(w in key for w in wanted):
            continue
        found: list[_Candidate] = []
        seen: set[tuple[str, int, int]] = set()
        within = {a for a, _ in on_theme} if on_theme is not None else None
        for article in ctx.speakers.quoting(names_of[key], QUOTED_ARTICLES, within):
            for quote in ctx.speakers.analysis(article).quotations:
                if quote.speaker is None or quote.scare or quote.speaker.name not in names_of[key]:
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
                start, end = sentences[0].start, sentences[-1].end
                if (article.id, start, end) in seen or any(
                        a < end and start < b for a, b in shown.get(article.id, ())):
                    continue
                seen.add((article.id, start, end))
                found.append(_Candidate(key, Span(article, sentences, float(quote.confidence), (), None),
                                        article, quote))
        items = _distinct(found)[:section.max_items - total]
        if not items:
            continue
        for item in items:
            shown.setdefault(item.article.id, []).append((item.span.start, item.span.end))
            for other, start, end in item.span.extra:
                shown.setdefault(other.id, []).append((start, end))
        total += len(items)
        chosen.append((key, items))
    return chosen, display


def _distinct(found: list[_Candidate]) -> list[_Candidate]:
    """The candidates without repeats, each shown once in its longest form.

    Two candidates are the same quotation when their sentences overlap in one
    article, or, for one speaker, when one's sentences or quoted words hold the
    other's ("…" and "…, and more"; a lede repeated later) or nearly match them
    (rapidfuzz ratio ≥ 90: another outlet's copy). Sameness is transitive; each
    group shows its longest sentences, and its footnote also cites the other
    articles' copies. Order is kept.
    """
    from rapidfuzz import fuzz

    texts = [normalise(c.span.text) for c in found]
    words = [normalise(c.quote.quote) for c in found]

    def near(a: str, b: str) -> bool:  # rapidfuzz ratio ≥ 90 needs lengths within 18%
        return min(len(a), len(b)) >= 0.8 * max(len(a), len(b)) and fuzz.ratio(a, b) >= SAME_TEXT

    def same_words(i: int, j: int) -> bool:
        return (texts[i] in texts[j] or texts[j] in texts[i]
                or (min(len(words[i]), len(words[j])) >= 25 and (words[i] in words[j] or words[j] in words[i]))
                or near(texts[i], texts[j])
                or (min(len(words[i]), len(words[j])) >= 40 and near(words[i], words[j])))

    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the same sentences word for word are one quotation at once; the rest are only
    # compared within a block: one article, or one speaker
    first_of: dict[str, int] = {}
    blocks: dict[tuple[str, object], list[int]] = {}
    for i, candidate in enumerate(found):
        blocks.setdefault(("article", candidate.article.id), []).append(i)
        twin = first_of.setdefault(texts[i], i)
        if twin != i:
            parent[i] = twin
            continue
        blocks.setdefault(("speaker", candidate.key), []).append(i)
    for (kind, _), members in blocks.items():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if root(i) == root(j):
                    continue
                a, b = found[i], found[j]
                if kind == "article":
                    if not (a.span.start < b.span.end and b.span.start < a.span.end):
                        continue
                elif not same_words(i, j):
                    continue
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(found)):
        groups.setdefault(root(i), []).append(i)
    shown: list[int] = []
    for members in groups.values():
        first = min(members, key=lambda i: (-len(found[i].span.text), -len(found[i].quote.quote), i))
        span = found[first].span
        cited = {found[first].article.id}
        for i in sorted(members, key=lambda i: -len(found[i].span.text)):
            other = found[i]
            if other.article.id not in cited:
                cited.add(other.article.id)
                span.extra.append((other.article, other.span.start, other.span.end))
        shown.append(first)
    return [found[i] for i in sorted(shown)]


def build(ctx: BuildContext, index: int, section: QuotesSection, section_id: str,
          earlier: tuple[Section, ...]) -> Section:
    chosen, display = _chosen(ctx, section)
    total = sum(len(items) for _, items in chosen)
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
    chosen, _ = _chosen(ctx, section)
    shown = sum(len(items) for _, items in chosen)
    speakers = sum(1 for _ in ctx.speakers.totals())
    return (f"{plural(shown, 'quotation')} of the {plural(len(chosen), 'most quoted speaker')} "
            f"(max_items {section.max_items}; {plural(speakers, 'speaker')} quoted in the corpus)")
