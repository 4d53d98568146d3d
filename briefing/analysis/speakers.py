"""Who speaks in a span of an article: the bridge from quotations to excerpts.

Quotations are found once per article (``briefing.analysis.quotes``) and
cached; the assembler asks for the speaker of an excerpt's span and gets a
model ``Speaker`` (name, role, confidence) or None when the span holds no
attributed quotation, or two voices equally.
"""

from __future__ import annotations

from briefing.analysis.quotes import QuoteAnalysis, Quotation, SpeakerRef, analyze_article
from briefing.corpus.article import Article
from briefing.model import Speaker

__all__ = ["SpeakerLookup", "corpus_quotes", "to_speaker"]


def neutral_role(ref: SpeakerRef, analysis: QuoteAnalysis | None = None) -> str | None:
    """The speaker's role for a brief: the first role the article gives them
    that carries no judgement, else the quotation's own
    (:meth:`SpeakerRegistry.neutral_role`)."""
    return analysis.registry.neutral_role(ref) if analysis is not None else ref.role


def to_speaker(quotation: Quotation, analysis: QuoteAnalysis | None = None) -> Speaker | None:
    ref = quotation.speaker
    if ref is None:
        return None
    return Speaker(ref.name, neutral_role(ref, analysis), round(quotation.confidence, 3))


class SpeakerLookup:
    def __init__(self, articles):
        self._articles = {a.id: a for a in articles}
        self._analyses: dict[str, QuoteAnalysis] = {}

    def analysis(self, article: Article) -> QuoteAnalysis:
        found = self._analyses.get(article.id)
        if found is None:
            found = self._analyses[article.id] = analyze_article(article)
        return found

    def speaker_for(self, article: Article, start: int, end: int) -> Speaker | None:
        analysis = self.analysis(article)
        ref = analysis.speaker_for(start, end)
        if ref is None:
            return None
        confidence = max(q.confidence for q in analysis.overlapping(start, end) if q.speaker == ref)
        return Speaker(ref.name, neutral_role(ref, analysis), round(confidence, 3))

    def all(self) -> list[tuple[Article, Quotation]]:
        """Every quotation of the corpus, article by article, in text order."""
        return [(a, q) for a in self._articles.values() for q in self.analysis(a).quotations]


def corpus_quotes(articles) -> list[tuple[Article, Quotation]]:
    return SpeakerLookup(articles).all()
