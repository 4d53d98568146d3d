"""Quotations and who says them: rule-based, explainable, offline.

``extract_quotes(text, paragraphs)`` finds every quotation of an article (straight,
curly, single, guillemets; nested; continued across paragraphs), tells scare quotes
from statements, and attributes each statement to a speaker through its cue (said,
told, according to, quoted as saying, in a statement, …), resolving names, titles,
appositives, surnames, definite descriptions, pronouns and institutions against a
per-article :class:`SpeakerRegistry`. Each attribution carries a confidence and a
reason a reviewer can check; when the text does not settle it, the speaker is None.

The vocabulary (cue verbs, roles, institution heads, pronouns) is data, in
``briefing/data/lexicon.yaml`` (the one lexicon, :mod:`briefing.text.lexicon`). Offsets index the text exactly as given, so
``text[q.start:q.end] == q.quote``.

For the assembler: :func:`analyze_article` returns a :class:`QuoteAnalysis`,
whose ``overlapping(start, end)`` and ``speaker_for(start, end)`` answer "which
quotations fall in this sentence, and who says them", and whose
``registry.neutral_role(speaker)`` names them without the article's judgement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._attribute import MIN_CONFIDENCE, Attributor, count_words
from ._document import Document, Entity
from briefing.text.lexicon import lexicon

if TYPE_CHECKING:
    from briefing.corpus.article import Article

__all__ = [
    "QuoteAnalysis",
    "Quotation",
    "SpeakerEntry",
    "SpeakerRef",
    "SpeakerRegistry",
    "analyze",
    "analyze_article",
    "extract_quotes",
    "overlapping",
    "quotes_for_article",
]


@dataclass(frozen=True)
class SpeakerRef:
    """Who speaks: a person or an institution, as the article names them."""

    name: str
    role: str | None = None
    kind: str = "person"  # "person" | "institution"
    anonymous: bool = False  # described, not named: "a senior US defense official"
    members: tuple[str, ...] = ()  # for "John McCain and Lindsey Graham"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "role": self.role, "kind": self.kind}
        if self.anonymous:
            d["anonymous"] = True
        if self.members:
            d["members"] = list(self.members)
        return d


@dataclass(frozen=True)
class Quotation:
    """One quotation: the quoted words (without marks) and, unless unsure, its speaker."""

    source: str
    start: int  # first quoted word
    end: int  # after the last quoted word; text[start:end] == quote
    quote: str
    parts: tuple[tuple[int, int], ...]  # one span per paragraph the quotation runs through
    speaker: SpeakerRef | None
    cue: str | None  # "said", "according to", "is quoted saying", "— " …
    cue_span: tuple[int, int] | None
    mention_span: tuple[int, int] | None  # the words the speaker was resolved from
    confidence: float  # of the attribution; 0.0 when there is no speaker
    reason: str
    scare: bool  # a term in quotation marks, not a statement
    sentence_span: tuple[int, int]  # the sentence(s) holding the quotation and its cue
    outer: tuple[int, int] = (0, 0)  # from the opening mark to the closing mark
    nested: tuple[tuple[int, int], ...] = ()  # quotations inside this one
    closed: bool = True  # False when the closing mark is missing

    @property
    def attributed(self) -> bool:
        return self.speaker is not None

    @cached_property
    def words(self) -> int:  # counted once, however often the assembler asks
        return count_words(self.quote)

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.parts)

    def overlap(self, start: int, end: int) -> int:
        """How many quoted characters fall inside [start, end)."""
        return sum(max(0, min(b, end) - max(a, start)) for a, b in self.parts)

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """The quotation as a triple of spans (content, cue, source mention, as in
        PolNeAR and Citron), with the resolved speaker, its confidence and why.
        ``text`` (the article's) adds the words of the cue and mention spans."""

        def span(where: tuple[int, int] | None) -> dict | None:
            if where is None:
                return None
            out: dict[str, Any] = {"start": where[0], "end": where[1]}
            if text is not None:
                out["text"] = text[where[0]:where[1]]
            return out

        speaker = self.speaker.to_dict() if self.speaker else None
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "parts": [list(p) for p in self.parts],
            "content": {"start": self.start, "end": self.end, "text": self.quote,
                        "parts": [list(p) for p in self.parts]},
            "cue": self.cue,
            "cue_span": span(self.cue_span),
            "source_mention": span(self.mention_span),
            "speaker": speaker,
            "confidence": self.confidence,
            "reason": self.reason,
            "scare": self.scare,
            "sentence_span": list(self.sentence_span),
        }


@dataclass(frozen=True)
class SpeakerEntry:
    """One canonical speaker of an article, with every role the article gives them."""

    name: str
    kind: str  # "person" | "institution"
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other forms of the name ("Ash Carter", "Bashar al Assad")
    mentions: tuple[tuple[int, int], ...] = ()  # every place the article names them
    gender: str | None = None  # only when the text says (a title, "spokeswoman", "her")
    anonymous: bool = False
    quotations: int = 0  # how many quotations the article gives them

    def to_ref(self) -> SpeakerRef:
        return SpeakerRef(self.name, self.roles[0] if self.roles else None, self.kind, self.anonymous)


@dataclass(frozen=True)
class SpeakerRegistry:
    """The speakers of one article: canonical name → entry."""

    entries: tuple[SpeakerEntry, ...] = ()
    _index: dict[str, SpeakerEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for e in self.entries:
            for n in (e.name, *e.aliases):
                self._index.setdefault(n.casefold(), e)

    def get(self, name: str) -> SpeakerEntry | None:
        """By canonical name or alias, case-insensitively."""
        return self._index.get(name.casefold())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __iter__(self) -> Iterator[SpeakerEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def people(self) -> tuple[SpeakerEntry, ...]:
        return tuple(e for e in self.entries if e.kind == "person")

    @property
    def institutions(self) -> tuple[SpeakerEntry, ...]:
        return tuple(e for e in self.entries if e.kind == "institution")

    def neutral_role(self, ref: SpeakerRef) -> str | None:
        """The role to name ``ref`` by in a brief: the first role the article gives
        them that carries no judgement (``roles.loaded`` in lexicon.yaml: "Syrian
        dictator" gives way to "Syrian President"), else the quotation's own."""
        entry = self.get(ref.name)
        loaded = lexicon().roles_loaded
        for role in entry.roles if entry is not None else ():
            if not any(word.strip(",.").casefold() in loaded for word in role.split()):
                return role
        return ref.role


@dataclass(frozen=True)
class QuoteAnalysis:
    """Every quotation of one article, and its speakers."""

    source: str
    quotations: tuple[Quotation, ...]
    registry: SpeakerRegistry

    def __iter__(self) -> Iterator[Quotation]:
        return iter(self.quotations)

    def __len__(self) -> int:
        return len(self.quotations)

    def overlapping(self, start: int, end: int, *, include_scare: bool = False) -> tuple[Quotation, ...]:
        """Quotations with quoted words inside [start, end), in text order."""
        return tuple(overlapping(self.quotations, start, end, include_scare=include_scare))

    def speaker_for(self, start: int, end: int) -> SpeakerRef | None:
        """The speaker of the span: the attributed quotation covering most of it.

        None when no attributed quotation overlaps, or when two speakers share
        the span equally (an excerpt holding two voices names neither).
        """
        best: dict[SpeakerRef, int] = {}
        for q in self.overlapping(start, end):
            if q.speaker is not None:
                best[q.speaker] = best.get(q.speaker, 0) + q.overlap(start, end)
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def by_speaker(self) -> dict[str, tuple[Quotation, ...]]:
        """Attributed quotations grouped by speaker name, most quoted words first."""
        groups: dict[str, list[Quotation]] = {}
        for q in self.quotations:
            if q.speaker is not None:
                groups.setdefault(q.speaker.name, []).append(q)
        order = sorted(groups, key=lambda n: (-sum(q.words for q in groups[n]), n))
        return {n: tuple(groups[n]) for n in order}


def overlapping(quotes: Iterable[Quotation], start: int, end: int, *,
                include_scare: bool = False) -> list[Quotation]:
    """The quotations among ``quotes`` whose quoted words overlap [start, end)."""
    return [q for q in quotes if (include_scare or not q.scare) and q.overlaps(start, end)]


def _spans(paragraphs: Sequence[Any]) -> list[tuple[int, int]]:
    out = []
    for p in paragraphs:
        if isinstance(p, tuple):
            out.append((int(p[0]), int(p[1])))
        else:
            out.append((int(p.start), int(p.end)))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b > a and text[b - 1] == ",":
        b -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def _plain(text: str) -> str:
    return " ".join(text.casefold().removeprefix("the ").split())


def _ref(e: Entity) -> SpeakerRef:
    role = e.roles[0] if e.roles else None
    if role is not None and _plain(role) in _plain(e.name):
        role = None  # "Treasury officials": a role that only repeats the name says nothing more
    if e.kind == "group":
        return SpeakerRef(e.name, role, "person", members=tuple(m.name for m in e.members))
    if e.kind == "anonymous":
        return SpeakerRef(e.name, role, "person", anonymous=True)
    return SpeakerRef(e.name, role, e.kind)


def analyze(text: str, paragraphs: Sequence[Any], *, source: str = "",
            sentences: Sequence[Any] | None = None) -> QuoteAnalysis:
    """Quotations and speakers of one text. ``paragraphs``: (start, end) pairs or objects
    with ``start``/``end`` (such as ``Article.paragraphs``), in order; ``sentences``:
    objects with ``start``, ``end`` and a 1-based ``paragraph`` (``Article.sentences``),
    else the text layer splits each paragraph."""
    lex = lexicon()
    spans = _spans(paragraphs)
    per_paragraph = None
    if sentences is not None:
        per_paragraph = [[] for _ in spans]
        for sentence in sentences:
            per_paragraph[sentence.paragraph - 1].append((sentence.start, sentence.end))
    doc = Document(text, spans, lex, per_paragraph)
    att = Attributor(doc)
    quotes: list[Quotation] = []
    spoke: dict[int, int] = {}
    extra: list[Entity] = []
    for qi, raw in enumerate(doc.quotes):
        parts = tuple(p for p in (_trim(text, a, b) for a, b in raw.parts) if p[1] > p[0])
        if not parts:
            continue
        start, end = parts[0][0], parts[-1][1]
        quote = text[start:end]
        words = count_words(quote)
        found, scare, why, (sa, sb) = att.attribute(qi, raw, words)
        speaker = None
        conf = 0.0
        cue = cue_span = mention_span = None
        reason = why
        sent_ids = [sa, sb]
        if found is not None:
            e, conf, reason = att.resolve(found)
            if found.cue is not None:
                cue, cue_span = found.cue.text, (found.cue.start, found.cue.end)
            elif found.cue_text:
                cue, cue_span = found.cue_text, found.cue_span
            if found.mention is not None:
                mention_span = (found.mention.start, found.mention.end)
            sent_ids.extend(found.sentences)
            if e is not None and conf >= MIN_CONFIDENCE:
                speaker = _ref(e)
                if e.id >= 0:
                    spoke[e.id] = spoke.get(e.id, 0) + 1
                elif all(x is not e for x in extra):
                    extra.append(e)
                # later quotations without a cue inherit from this sentence
                fs = doc.sentences[sa]
                fs.speaker, fs.speaker_how = e, cue or fs.speaker_how
                if sb != sa:
                    doc.sentences[sb].speaker, doc.sentences[sb].speaker_how = e, cue or ""
            else:
                if e is not None:
                    reason += f" (confidence {conf:.2f} too low: left unattributed)"
                conf = 0.0
        span = att.sentence_chars(min(sent_ids), max(sent_ids))
        span = (min(span[0], start), max(span[1], end))
        quotes.append(Quotation(
            source=source, start=start, end=end, quote=quote, parts=parts, speaker=speaker,
            cue=cue, cue_span=cue_span, mention_span=mention_span, confidence=conf, reason=reason,
            scare=scare, sentence_span=span, outer=(raw.outer[0][0], raw.outer[-1][1]),
            nested=tuple(raw.nested), closed=raw.closed,
        ))
    return QuoteAnalysis(source, tuple(quotes), _registry(doc, spoke, extra))


def _registry(doc: Document, spoke: dict[int, int], extra: list[Entity]) -> SpeakerRegistry:
    entries = []
    for e in doc.entities:
        # the article's speakers: whoever is quoted or reported speaking, and every
        # person it introduces with a role (so the assembler can name them)
        if not (e.id in spoke or e.spoke or (e.kind == "person" and e.roles)):
            continue
        entries.append(SpeakerEntry(
            name=e.name, kind=e.kind, roles=tuple(e.roles), aliases=tuple(e.aliases),
            mentions=tuple(sorted(set(e.mentions))), gender=e.gender, quotations=spoke.get(e.id, 0),
        ))
    for e in extra:
        if e.kind == "group":
            continue
        entries.append(SpeakerEntry(name=e.name, kind="person", roles=tuple(e.roles), anonymous=True,
                                    quotations=1))
    return SpeakerRegistry(tuple(entries))


def extract_quotes(text: str, paragraphs: Sequence[Any], *, source: str = "") -> list[Quotation]:
    """Every quotation of ``text``, in order (see :func:`analyze`)."""
    return list(analyze(text, paragraphs, source=source).quotations)


def analyze_article(article: Article) -> QuoteAnalysis:
    return analyze(article.text, article.paragraphs, source=article.id, sentences=article.sentences)


def quotes_for_article(article: Article) -> list[Quotation]:
    return list(analyze_article(article).quotations)

