"""Who speaks in a span of an article: the bridge from quotations to excerpts.

Quotations are found once per article (``briefing.analysis.quotes``) and
cached; the assembler asks for the speaker of an excerpt's span and gets a
model ``Speaker`` (name, role, confidence) or None when the span holds no
attributed quotation, or two voices equally.
"""

from __future__ import annotations

from briefing.analysis.guard import guarded
from briefing.analysis.quotes import QuoteAnalysis, Quotation, SpeakerRef, SpeakerRegistry, analyze_article
from briefing.corpus.article import Article
from briefing.model import Speaker

__all__ = ["SpeakerLookup", "canonical_names", "corpus_quotes", "to_speaker"]


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


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "pres"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _bare(name: str) -> list[str]:
    """A name's words without honorifics: "Mrs. Clinton" → ["Clinton"]."""
    return [w for w in name.replace(".", " ").split() if w.casefold() not in _HONORIFICS]


def _person(name: str) -> tuple[tuple[str, str], str] | None:
    """(given name, surname), case-folded, and the middle part of a name of two
    or more words ("Donald J. Trump" → (("donald", "trump"), "j")), or None."""
    words = [w for w in _bare(name) if w.casefold() not in _SUFFIXES]
    if len(words) < 2:
        return None
    return (words[0].casefold(), words[-1].casefold()), " ".join(words[1:-1]).casefold()


def canonical_names(names) -> dict[str, str]:
    """Speaker name (case-folded) → the name the corpus knows them by: one person, one
    entry. "Clinton" and "Mrs. Clinton" join "Hillary Clinton" when she is the only
    speaker of the corpus with that surname and a given name; with two ("Bill
    Clinton", "Hillary Clinton") the surname alone stays apart rather than guess.
    "Donald J. Trump" and "Donald Trump" are one person when the corpus writes no
    other middle name between that given name and surname ("George W. Bush" and
    "George H. W. Bush" stay apart, and "George Bush" with them). Given a mapping
    name → words quoted, a person is shown by their most quoted form, else by the
    first form given."""
    weight = names if isinstance(names, dict) else {}
    names = list(dict.fromkeys(names))
    forms: dict[tuple[str, str], list[str]] = {}
    middles: dict[tuple[str, str], set[str]] = {}
    for name in names:
        person = _person(name)
        if person is not None:
            forms.setdefault(person[0], []).append(name)
            if person[1]:
                middles.setdefault(person[0], set()).add(person[1])
    shown: dict[str, str] = {}  # fuller name (case-folded) → the form shown
    by_surname: dict[str, set[object]] = {}
    for key, group in forms.items():
        one = len(middles.get(key, ())) <= 1
        best = max(group, key=lambda n: (weight.get(n, 0), -group.index(n)))
        for name in group:
            shown[name.casefold()] = best if one else name
            by_surname.setdefault(key[1], set()).add(key if one else name.casefold())
    out: dict[str, str] = {}
    for name in names:
        words = _bare(name)
        if name.casefold() in shown:
            out[name.casefold()] = shown[name.casefold()]
        elif len(words) == 1 and len(people := by_surname.get(words[0].casefold(), ())) == 1:
            out[name.casefold()] = shown[forms[next(iter(people))][0].casefold()]
        else:
            out[name.casefold()] = name
    return out


class SpeakerLookup:
    """Quotations and speakers, found once per article: from the articles given,
    or, for an indexed corpus (``stored``), from the analyses stored in its index."""

    def __init__(self, articles=(), *, stored=None):
        self._stored = stored
        self._articles = {a.id: a for a in articles}
        self._analyses: dict[str, QuoteAnalysis] = {}

    @classmethod
    def of(cls, corpus) -> "SpeakerLookup":
        """The lookup for a corpus in memory or an indexed one."""
        if hasattr(corpus, "quote_analysis"):
            return cls(stored=corpus)
        return cls(corpus.articles)

    def analysis(self, article: Article) -> QuoteAnalysis:
        found = self._analyses.get(article.id)
        if found is None:
            if self._stored is not None:
                found = self._stored.quote_analysis(article)
            else:
                found = guarded(article, "finding its quotations", analyze_article,
                                QuoteAnalysis(article.id, (), SpeakerRegistry()))
            self._analyses[article.id] = found
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
        articles = self._articles.values() if self._stored is None else self._stored.iter_articles()
        return [(a, q) for a in articles for q in self.analysis(a).quotations]

    def totals(self) -> dict[str, int]:
        """Speaker name → how many words the corpus quotes them saying (attributed
        quotations, scare quotes left out)."""
        if self._stored is not None:
            return self._stored.speaker_totals()
        words: dict[str, int] = {}
        for _, q in self.all():
            if q.speaker is not None and not q.scare:
                words[q.speaker.name] = words.get(q.speaker.name, 0) + q.words
        return words

    def quoting(self, names: set[str], limit: int, within: set[str] | None = None) -> list[Article]:
        """The ``limit`` articles (of ``within``, when given) that quote any of
        ``names`` at most length, in corpus order."""
        if self._stored is not None:
            words = self._stored.quoting(sorted(names))
            order = {i: n for n, i in enumerate(self._stored.ids())}
        else:
            words = {}
            for a in self._articles.values():
                said = sum(q.words for q in self.analysis(a).quotations
                           if q.speaker is not None and not q.scare and q.speaker.name in names)
                if said:
                    words[a.id] = said
            order = {i: n for n, i in enumerate(self._articles)}
        if within is not None:
            words = {i: w for i, w in words.items() if i in within}
        chosen = sorted(words, key=lambda i: (-words[i], order[i]))[:limit]
        chosen.sort(key=order.__getitem__)
        if self._stored is not None:
            return self._stored.load(chosen)
        return [self._articles[i] for i in chosen]


def corpus_quotes(articles) -> list[tuple[Article, Quotation]]:
    return SpeakerLookup(articles).all()
