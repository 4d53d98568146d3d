"""What every section builder reads while one brief is assembled.

The context is the builders' input and never changes as they run: the
config, the corpus and its analysis (the sentence index and the quotations,
each computed once, on first use). It is the one place that turns a span of
an article into a cited ``Excerpt``. What earlier sections used (their
excerpts, the sources they cite) is read from those sections themselves
(:func:`excerpts_of`, :func:`cited_sources`), never recorded on the side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from briefing.analysis.guard import guarded
from briefing.analysis.speakers import SpeakerLookup, canonical_names
from briefing.analysis.themes import Candidate, Query, SentenceIndex, build_query
from briefing.config import BriefConfig
from briefing.corpus import Corpus
from briefing.corpus.article import Article, Sentence
from briefing.corpus.article import Paragraph as ArticleParagraph
from briefing.model import (
    Attribution,
    BulletList,
    Citation,
    Excerpt,
    Note,
    Paragraph,
    Section,
    Source,
    Speaker,
    Text,
    collapse_ws,
    section_notes,
)

__all__ = ["BuildContext", "Span", "citation_for", "cited_sources", "excerpts_of", "intro_blocks",
           "normalise", "source_of"]

SELECTOR_CONTEXT = 32  # characters of prefix/suffix (TextQuoteSelector)
SAME_TEXT = 90  # rapidfuzz ratio from which two excerpts count as the same text
ARTICLES_PER_THEME = 30  # the most relevant articles per theme that cross-article sections read
MAX_COPIES = 5  # other outlets' copies of the same words a footnote cites, at most
_NORMALISE = re.compile(r"[^\w]+")


def citation_for(article: Article, start: int, end: int) -> Citation:
    """A citation whose ``exact`` is the article's text at start:end."""
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    paragraph = next((p for p in article.paragraphs if p.start <= start < p.end), None)
    return Citation(
        source=article.id,
        start=start,
        end=end,
        exact=article.text[start:end],
        prefix=article.text[max(0, start - SELECTOR_CONTEXT):start],
        suffix=article.text[end:end + SELECTOR_CONTEXT],
        paragraph=paragraph.index if paragraph else 0,
        sentence=sentence.index if sentence else 0,
    )


def source_of(article: Article) -> Source:
    md = article.metadata
    return Source(
        id=article.id,
        path=article.path,
        sha256=article.sha256,
        title=md.title.value,
        outlet=md.outlet.value,
        outlet_short=md.outlet_short.value or md.outlet.value,
        authors=tuple(md.authors.value or ()),
        published=md.published.value,
        url=md.url.value,
        via=md.via.value,
        reader=article.reader,
        reader_version=article.reader_version,
        text_sha256=article.text_sha256 or None,
    )


def excerpts_of(section: Section) -> list[Excerpt]:
    """The excerpts a built section shows (key points included), in order."""
    found: list[Excerpt] = []
    for block in section.blocks:
        if isinstance(block, Excerpt):
            found.append(block)
        elif isinstance(block, BulletList):
            found.extend(block.items)
    return found


def cited_sources(sections, corpus: Corpus) -> list[Source]:
    """Every source the notes of ``sections`` cite, oldest first (derived from
    the notes actually in the brief, so the list can never name more)."""
    ids: dict[str, None] = {}
    for note in section_notes(sections):
        for cite in note.citations:
            ids.setdefault(cite.source)
    sources = [source_of(article) for sid in ids if (article := corpus.get(sid)) is not None]
    return sorted(sources, key=lambda s: (s.published or "9999", s.title or "", s.id))


def intro_blocks(section) -> list:
    """The analyst's introduction of a section, as its first block(s)."""
    return [Paragraph((Text(section.intro),))] if getattr(section, "intro", None) else []


def normalise(text: str) -> str:
    return _NORMALISE.sub(" ", text.casefold()).strip()


@dataclass
class Span:
    """A candidate excerpt: one sentence or adjacent sentences of a paragraph."""

    article: Article
    sentences: list[Sentence]
    score: float
    matched: tuple[str, ...]
    theme: str | None = None
    extra: list[tuple[Article, int, int]] = field(default_factory=list)  # corroborating copies

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    @cached_property
    def normalised(self) -> str:
        """The text for near-duplicate comparison (case and punctuation folded)."""
        return normalise(self.text)

    @property
    def paragraph(self) -> ArticleParagraph:
        return self.article.paragraph(self.sentences[0].paragraph)

    @property
    def date(self) -> str | None:
        """When it was written: the live-blog entry's time, else the article's date."""
        entry = self.article.entry_of(self.paragraph)
        return (entry.time if entry and entry.time else None) or self.article.metadata.published.value

    def when(self) -> str:
        """Sort key for chronological order; undated spans last."""
        return self.date or "9999"


def _copies(span: Span) -> list[tuple[Article, int, int]]:
    """The corroborating copies a footnote cites: at most ``MAX_COPIES``, one per
    outlet (an article of unknown outlet counts as its own), in the order found."""
    from briefing.analysis.claims.measures import outlet_of

    seen = {outlet_of(span.article)}
    chosen = []
    for copy in span.extra:
        name = outlet_of(copy[0])
        if name not in seen and len(chosen) < MAX_COPIES:
            seen.add(name)
            chosen.append(copy)
    return chosen


class BuildContext:
    """The builders' input: config, corpus, and the corpus analysed once, lazily.

    ``corpus`` is a :class:`~briefing.corpus.Corpus` in memory or an
    :class:`~briefing.index.IndexedCorpus`; builders read the same interface.
    """

    def __init__(self, config: BriefConfig, corpus: Corpus, config_path: str, author: str | None):
        self.config = config
        self.corpus = corpus
        self.config_path = config_path
        self.author = author
        self._ranked: dict[tuple[str, ...], list[Candidate]] = {}
        self._until: dict[str, int] = {}  # article id → where :attr:`events` stopped reading it

    @cached_property
    def index(self) -> SentenceIndex:
        source = getattr(self.corpus, "sentence_source", None)
        return SentenceIndex(source=source()) if source else SentenceIndex(self.corpus.articles)

    @cached_property
    def speakers(self) -> SpeakerLookup:
        """Quotations and their speakers, found once per article."""
        return SpeakerLookup.of(self.corpus)

    @cached_property
    def speaker_names(self) -> dict[str, str]:
        """Speaker name (case-folded) → the name the brief shows for that person
        (``canonical_names`` over the corpus's quoted speakers), so one person is
        named one way in every section and every outlet's excerpt."""
        return canonical_names(self.speakers.totals())

    @cached_property
    def articles(self) -> tuple[Article, ...]:
        """The articles this brief reads, in corpus order: for each of the config's
        themes, the ``ARTICLES_PER_THEME`` articles that hold its best sentences;
        every article when the config has no themes. Sections that look across
        articles (facts several outlets report, where they disagree, the
        chronology) look at these, so their cost and the brief's memory do not
        grow with the corpus."""
        if not self.config.themes:
            return tuple(self.corpus.articles)
        return self._per_theme(lambda candidate: True)

    @cached_property
    def dated(self) -> tuple[Article, ...]:
        """Besides :attr:`articles`, for each theme, up to ``ARTICLES_PER_THEME``
        articles holding a candidate above the relative floor that may report a
        dated event (``dates.may_be_dated``), in corpus order: the chronology's
        events. On a large corpus a theme's best sentences are spread over many
        articles, one or two each, and the few articles :attr:`articles` keeps
        may hold none of its dated ones."""
        from briefing.analysis.dates import may_be_dated
        from briefing.assemble.excerpts import RELATIVE_FLOOR

        if not self.config.themes:
            return ()
        kept = {a.id for a in self.articles}
        return self._per_theme(
            lambda c: c.article.id not in kept and may_be_dated(c.article.text[c.sentence.start:c.sentence.end]),
            floor=RELATIVE_FLOOR)

    def _per_theme(self, accept, floor: float = 0.0) -> tuple[Article, ...]:
        """For each theme, the articles of its best candidates that ``accept`` takes
        (down to ``floor`` × the best score), ``ARTICLES_PER_THEME`` at most; all
        of them loaded, in corpus order."""
        found: set[str] = set()
        for theme in self.config.themes:
            ranked = self.rank([theme])
            mine: dict[str, None] = {}
            for c in ranked:
                if len(mine) >= ARTICLES_PER_THEME or c.score < ranked[0].score * floor:
                    break
                if c.article.id not in mine and accept(c):
                    mine[c.article.id] = None
            found.update(mine)
        return tuple(self.corpus.load([i for i in self.corpus.ids() if i in found]))

    @cached_property
    def events(self) -> tuple:
        """Every dated sentence of the brief's articles and of :attr:`dated`
        (``analysis.events``), found once."""
        from briefing.analysis.events import find_events

        read = self.articles + self.dated
        until = self._ranked_until()
        self._until = {a.id: until[a.id] for a in read if a.id in until}
        return tuple(event for article in read
                     for event in guarded(article, "dating its sentences",
                                          lambda a: find_events(a, until.get(a.id)), ()))

    def _ranked_until(self) -> dict[str, int]:
        """Article id → where the sentences any section may date end: the end of the
        paragraph holding the article's last sentence in the rankings that dated
        sentences are drawn from (each theme's, for the chronology; each excerpts
        section's themes together, for its chronological order). Dates are read
        from an article's start up to there, not beyond: on a large corpus a
        brief's articles hold their ranked sentences in the first half, on
        average. Empty when the config has no themes: every article is read whole."""
        if not self.config.themes:
            return {}
        sets = {(theme,) for theme in self.config.themes}
        sets |= {tuple(section.themes) for section in self.config.sections
                 if section.kind == "excerpts" and section.themes}
        last: dict[str, tuple[Article, Sentence]] = {}
        for themes in sets:
            for c in self.rank(list(themes)):
                held = last.get(c.article.id)
                if held is None or c.sentence.index > held[1].index:
                    last[c.article.id] = (c.article, c.sentence)
        return {aid: article.paragraph(sentence.paragraph).end for aid, (article, sentence) in last.items()}

    @cached_property
    def quantities(self) -> dict[str, list]:
        """Article id → its figures (``claims.quantities_of``), for the brief's
        articles whose figures could be read, worked out once."""
        from briefing.analysis.claims import quantities_of

        found = {a.id: guarded(a, "reading its figures", quantities_of, None) for a in self.articles}
        return {key: figures for key, figures in found.items() if figures is not None}

    @cached_property
    def counted(self) -> tuple[Article, ...]:
        """The brief's articles whose figures could be read: what the sections
        comparing figures across outlets read."""
        return tuple(a for a in self.articles if a.id in self.quantities)

    @cached_property
    def claims(self) -> tuple:
        """Where the counted articles' figures agree and disagree (``claims.compare``),
        worked out once for every section that asks."""
        from briefing.analysis.claims import compare

        return tuple(compare([q for a in self.counted for q in self.quantities[a.id]], list(self.counted)))

    @cached_property
    def same_facts(self) -> dict:
        """(article id, sentence index) → the group of sentences of other outlets
        reporting the same fact (``analysis.claims.facts``), found once among the
        articles the corroboration section reads (:attr:`counted`), for the
        sentences the themed sections can show (their candidates). Agreeing
        figures alone do not join two sentences here: an excerpt's footnote cites
        the members (:func:`_copies`), so each must say what the excerpt says."""
        from briefing.analysis.claims.facts import same_fact_groups
        from briefing.assemble.excerpts import candidate_spans  # the builder this serves

        among = {(span.article.id, s.index) for section in self.config.sections if section.kind == "excerpts"
                 for span in candidate_spans(self, section.themes, section.min_score, None,
                                             section.max_sentences)
                 for s in span.sentences}
        docs = (self.index.doc_of(a.id, s.index) for a in self.counted for s in a.sentences)
        counts = {doc.key: doc.counts for doc in docs if doc is not None}
        groups = same_fact_groups(self.counted, with_figures=False, among=among, counts=counts,
                                  quantities=dict(self.quantities))
        return {member.key: group for group in groups for member in group.members}

    @cached_property
    def _events_by_sentence(self) -> dict:
        return {(e.article.id, e.sentence.index): e for e in self.events}

    def event_at(self, article_id: str, sentence: int):
        """The event a sentence reports, or None. A sentence past where :attr:`events`
        stopped reading its article (a ranking no section declared, such as
        ``briefing excerpts`` on themes of its own) has the article read whole."""
        found = self._events_by_sentence.get((article_id, sentence))
        if found is not None or article_id not in self._until:
            return found
        article = self.corpus.get(article_id)
        if article is None or not 0 < sentence <= len(article.sentences) \
                or article.sentences[sentence - 1].start < self._until[article_id]:
            return None
        from briefing.analysis.events import find_events

        del self._until[article_id]  # read whole from now on
        for event in guarded(article, "dating its sentences", find_events, ()):
            self._events_by_sentence.setdefault((article_id, event.sentence.index), event)
        return self._events_by_sentence.get((article_id, sentence))

    def happened(self, span: Span):
        """When what a span reports happened (the first day of its first dated
        sentence's event date), or None."""
        from briefing.analysis.dates import interval

        for sentence in span.sentences:
            event = self.event_at(span.article.id, sentence.index)
            if event is not None:
                return interval(event.date)[0]
        return None

    def query(self, theme_ids: list[str]) -> Query:
        """The themes' query: keywords, titles and descriptions together."""
        keywords: list[str] = []
        exclude: list[str] = []
        description: list[str] = []
        titles: list[str] = []
        for theme_id in theme_ids:
            theme = self.config.themes[theme_id]
            keywords += theme.keywords
            exclude += theme.exclude
            description.append(theme.description)
            titles.append(theme.title)
        return build_query(keywords, exclude, " ".join(description), " ".join(titles))

    def rank(self, theme_ids: list[str]) -> list[Candidate]:
        """Every sentence the themes' query finds, best first (ranked once per set of themes)."""
        key = tuple(theme_ids)
        found = self._ranked.get(key)
        if found is None:
            found = self._ranked[key] = self.index.rank(self.query(theme_ids))
        return found

    def excerpt(self, span: Span, kind: str = "excerpt", speaker: Speaker | None = None) -> Excerpt:
        """A cited, attributed Excerpt for a span (and its corroborating copies).

        The speaker is the one of the quotations in the span, unless given
        (the quotes section knows the quotation it shows)."""
        article = span.article
        citations = [citation_for(article, span.start, span.end)]
        citations += [citation_for(other, start, end) for other, start, end in _copies(span)]
        md = article.metadata
        speaker = speaker or self.speakers.speaker_for(article, span.start, span.end)
        if speaker is not None:
            speaker = replace(speaker, name=self.speaker_names.get(speaker.name.casefold(), speaker.name))
        attribution = Attribution(
            speaker=speaker,
            outlet=md.outlet_short.value or md.outlet.value,
            date=span.date,
            author=span.paragraph.author,
        )
        return Excerpt(
            text=collapse_ws(span.text),
            note=Note(tuple(citations)),
            attribution=attribution,
            score=span.score,
            matched=span.matched,
            kind=kind,
            theme=span.theme,
        )
