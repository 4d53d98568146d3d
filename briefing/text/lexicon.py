"""The one vocabulary of news English, loaded once.

``data/lexicon.yaml`` is written by hand: quotation marks, speech cues, roles,
titles, institutions, pronouns, determiners. ``data/learned.yaml`` is derived
from annotated news (PolNeAR's train split) by ``benchmarks/learn_lexicon.py``:
the speech verbs and cue phrases reporters use, with how often each is a cue.
``data/sentences.yaml`` holds what the sentence splitter knows (abbreviations,
sentence openers); its abbreviations are this lexicon's too. Every part of
briefing that needs one of these words reads it here.
"""

from __future__ import annotations

from briefing.data import load

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files



WEAK_STRENGTH = 0.33  # a cue this unsure counts only right beside its speaker


def _strings(words) -> list[str]:
    words = list(words)
    for w in words:
        if not isinstance(w, str):  # YAML reads a bare no, yes or on as a boolean
            raise TypeError(f"lexicon.yaml: {w!r} is not a string; quote it")
    return words


def _lower(words) -> frozenset[str]:
    return frozenset(w.lower() for w in _strings(words))


def verb_forms(base: str) -> set[str]:
    """Regular inflections of an English verb: note → notes, noted, noting."""
    if base.endswith("ee"):
        return {base, base + "s", base + "d", base + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


@dataclass(frozen=True, eq=False)
class Lexicon:
    double_open: str
    double_close: str
    double_both: str
    single_open: str
    single_close: str
    single_both: str
    elisions: frozenset[str]
    scare_max_words: int
    cue_verbs: dict[str, str]  # form → base
    weak_cues: frozenset[str]
    cue_strength: dict[str, float]  # form → how surely it cues (1.0 hand-written; learned: its rate)
    speech_forms: frozenset[str]  # forms of verbs that report someone's words (or name with them)
    given_female: frozenset[str]  # given names the texts state a woman's (learned)
    given_male: frozenset[str]
    common_words: frozenset[str]  # words news writes in lower case: not names when capitalised first
    subject_verbs: frozenset[str]  # words written after a subject pronoun: a name before one is a subject
    ed_nouns: frozenset[str]  # words in -ed that are adjectives or nouns ("speed", "embattled"), not past forms
    back_pointing: tuple[tuple[str, ...], ...]  # "He", "That measure", "But": need the sentence before
    term_markers: tuple[tuple[str, ...], ...]  # "so-called": what follows is a term
    source_nouns: frozenset[str]
    cue_phrases: tuple[tuple[str, ...], ...]
    speech_nouns: frozenset[str]
    speaker_after: tuple[tuple[str, ...], ...]
    quoted: frozenset[str]
    quoted_tail: tuple[tuple[str, ...], ...]
    between: frozenset[str]
    role_heads: frozenset[str]
    role_multi: tuple[tuple[str, ...], ...]
    role_modifiers: frozenset[str]
    titles: frozenset[str]
    titles_male: frozenset[str]
    titles_female: frozenset[str]
    roles_male: frozenset[str]
    roles_female: frozenset[str]
    roles_loaded: frozenset[str]
    institution_heads: frozenset[str]
    documents: frozenset[str]
    pronouns: dict[str, dict]
    evidence_male: frozenset[str]
    evidence_female: frozenset[str]
    indefinite: frozenset[str]
    definite: frozenset[str]
    possessive_det: frozenset[str]
    not_names: frozenset[str]
    abbreviations: frozenset[str]
    particles: frozenset[str]

    @cached_property
    def cue_starts(self) -> frozenset[str]:
        """Every word a cue can begin with: a cheap first test before the real one."""
        firsts = {p[0] for p in self.speaker_after} | {p[0] for p in self.cue_phrases}
        return frozenset(self.cue_verbs) | self.quoted | firsts | {"according", "in"}

    def points_back(self, sentence: str) -> bool:
        """The sentence opens on a word that refers to what came before it."""
        words = sentence.lstrip("\"'“‘(").split(None, 4)
        lowered = tuple(w.strip(",;:").casefold() for w in words)
        return any(lowered[:len(p)] == p for p in self.back_pointing)

    @cached_property
    def quote_chars(self) -> str:
        return (self.double_open + self.double_close + self.double_both
                + self.single_open + self.single_close + self.single_both)

    @cached_property
    def quote_mark(self) -> re.Pattern[str]:
        """Any quote-like character of either family."""
        return re.compile("[" + re.escape(self.quote_chars) + "]")


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    out = {tuple(p.lower().split()) for p in _strings(items)}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))  # longest first, then a fixed order


def build_lexicon(data: dict, learned: dict | None = None, common: list[str] | None = None) -> Lexicon:
    """The lexicon of the hand-written ``data`` (lexicon.yaml), extended by what
    ``learned`` (learned.yaml) derived from annotated news."""
    learned = learned or {}
    marks = data["marks"]
    verbs: dict[str, str] = {}
    for base, forms in data["cues"]["verbs"].items():
        if base == "plain":
            for b in _strings(forms):
                for f in verb_forms(b):
                    verbs.setdefault(f, b)
        else:
            for f in {base, *_strings(forms)}:
                verbs[f] = base
    weak = set(_lower(data["cues"]["weak"]))
    # how surely a form is a cue: the hand-written ones 1.0 (weak ones 0.3); learned ones
    # the share of their occurrences in annotated news that are cues
    strength = {f: (WEAK_STRENGTH if f in weak else 1.0) for f in verbs}
    naming = _lower(data["cues"].get("naming", []))
    speech_bases = set(verbs.values()) | naming
    for base, entry in (learned.get("speech_verbs") or {}).items():
        if entry.get("speech"):
            speech_bases.add(base)
        for form, rate in entry["forms"].items():
            form = str(form).lower()
            if form in verbs:
                continue
            verbs[form] = base
            strength[form] = float(rate)
            if rate < WEAK_STRENGTH:
                weak.add(form)
    institutions = _lower(data["institutions"]["heads"]) | _lower(data["institutions"]["documents"])
    learned_heads = _lower(learned.get("role_heads", [])) - institutions
    learned_titles = frozenset(t.lower().rstrip(".") for t in _strings(learned.get("titles", [])))
    titles = data["roles"]["titles"]
    pron = data["pronouns"]
    det = data["determiners"]
    return Lexicon(
        double_open=marks["double"]["open"],
        double_close=marks["double"]["close"],
        double_both=marks["double"]["both"],
        single_open=marks["single"]["open"],
        single_close=marks["single"]["close"],
        single_both=marks["single"]["both"],
        elisions=_lower(data["elisions"]),
        scare_max_words=int(data["quotes"]["scare_max_words"]),
        cue_verbs=verbs,
        weak_cues=frozenset(weak),
        cue_strength=strength,
        speech_forms=frozenset(f for f, b in verbs.items() if b in speech_bases)
        | frozenset(f for b in naming for f in verb_forms(b)),
        term_markers=_phrases(data["quotes"].get("term_markers", [])),
        given_female=frozenset((learned.get("given_names") or {}).get("female", [])),
        given_male=frozenset((learned.get("given_names") or {}).get("male", [])),
        common_words=frozenset(common or ()),
        subject_verbs=_lower(learned.get("subject_verbs", [])),
        ed_nouns=_lower(learned.get("ed_nouns", [])),
        back_pointing=_phrases(data.get("back_pointing", [])),
        source_nouns=_lower(data["cues"]["source_nouns"]),
        cue_phrases=_phrases(list(data["cues"]["phrases"]) + list(learned.get("cue_phrases", []))),
        speech_nouns=_lower(data["cues"]["speech_nouns"]),
        speaker_after=_phrases(data["cues"]["speaker_after"]),
        quoted=_lower(data["cues"]["quoted"]),
        quoted_tail=_phrases(data["cues"]["quoted_tail"]),
        between=_lower(w for item in _strings(data["cues"]["between"]) for w in item.split()),
        # a loaded word ("warlord") is a role too: it must read as one to be avoided
        role_heads=(_lower(data["roles"]["heads"]) | _lower(data["roles"].get("loaded", []))
                    | learned_heads),
        role_multi=_phrases(data["roles"]["multi"]),
        role_modifiers=_lower(data["roles"]["modifiers"]) | _lower(learned.get("role_modifiers", [])),
        titles=_lower(titles["any"]) | _lower(titles["male"]) | _lower(titles["female"]) | learned_titles,
        titles_male=_lower(titles["male"]),
        titles_female=_lower(titles["female"]),
        roles_male=_lower(data["roles"]["male"]),
        roles_female=_lower(data["roles"]["female"]),
        roles_loaded=_lower(data["roles"].get("loaded", [])),
        institution_heads=_lower(data["institutions"]["heads"]),
        documents=_lower(data["institutions"]["documents"]),
        pronouns={k.lower(): dict(v) for k, v in pron.items() if k != "evidence"},
        evidence_male=_lower(pron["evidence"]["male"]),
        evidence_female=_lower(pron["evidence"]["female"]),
        indefinite=_lower(det["indefinite"]),
        definite=_lower(det["definite"]),
        possessive_det=_lower(det["possessive"]),
        not_names=_lower(data["not_names"]),
        abbreviations=_lower(data["abbreviations"]),
        particles=_lower(data["particles"]),
    )


def _data(name: str) -> dict:
    return load(name)


def _words(name: str) -> list[str]:
    text = files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return build_lexicon(_data("lexicon.yaml"), _data("learned.yaml"), _words("common_words.txt"))
