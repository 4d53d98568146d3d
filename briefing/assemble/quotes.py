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
    """The candidates without repeats, each shown once in its longest form.

    Two candidates are the same quotation when their sentences overlap in one
    article, or, for one speaker, when one's sentences or quoted words hold the
    other's (a lede repeated later, too) ("…" and "…, and more") or nearly match them (rapidfuzz ratio ≥ 90:
    another outlet's copy). Sameness is transitive; each group shows its longest
    sentences, and its footnote also cites the other articles' copies. Order is kept.
    """
    from rapidfuzz import fuzz

    texts = [normalise(c.span.text) for c in found]
    words = [normalise(c.quote.quote) for c in found]

    def same_words(i: int, j: int) -> bool:
        return (texts[i] in texts[j] or texts[j] in texts[i]
                or (min(len(words[i]), len(words[j])) >= 25 and (words[i] in words[j] or words[j] in words[i]))
                or fuzz.ratio(texts[i], texts[j]) >= SAME_TEXT
                or (min(len(words[i]), len(words[j])) >= 40 and fuzz.ratio(words[i], words[j]) >= SAME_TEXT))

    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # candidates are only compared within a block: one article, or one speaker
    blocks: dict[tuple[str, object], list[int]] = {}
    for i, candidate in enumerate(found):
        blocks.setdefault(("article", candidate.article.id), []).append(i)
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
