"""One article read for attribution: tokens, sentences, mentions, cues, speakers.

Built in passes, each over the whole article, so a later pass may look anywhere:

1. quotations (``_marks``), then per paragraph tokens with each quotation part
   folded into one token, sentences, mentions and apposition;
2. cues in every sentence and the mention each one belongs to (its subject, the
   name after an inverted "said", the object of "quoted … as saying", the name
   after "according to");
3. the registry: one entry per person (merged on surname and first initial) and
   per institution, with every role the article gives them;
4. resolution in reading order: surnames, definite descriptions ("the
   spokesman"), pronouns (going back sentence by sentence, preferring whoever
   spoke, then the subject; two equally good candidates leave it unresolved).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing.text.lexicon import Lexicon
from ._marks import RawQuote, find_quotes
from ._mentions import Chunker, Mention, _verb_after_subject, apposition, is_time
from briefing.text.sentences import split_sentences
from briefing.text.tokens import Tok, possessive_base, tokenize


@dataclass
class Entity:
    id: int
    kind: str  # person | institution | anonymous | group
    name: str
    key: str = ""
    first: str = ""  # first-name initial, lower case
    full: bool = False
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    members: list[Entity] = field(default_factory=list)
    spoke: bool = False  # the subject of a speech cue somewhere in the article

    def add_role(self, role: str | None) -> None:
        if not role:
            return
        role = " ".join(role.split())
        low = role.lower()
        if all(r.lower() != low for r in self.roles):
            self.roles.append(role)

    def add_alias(self, name: str) -> None:
        name = " ".join(name.split())
        if name != self.name and name not in self.aliases:
            self.aliases.append(name)


@dataclass
class Cue:
    k: int  # token range [k, e) in the paragraph
    e: int
    kind: str  # verb | participle | according | quoted | dash | source
    start: int
    end: int
    text: str
    speaker: Mention | None = None
    how: str = ""  # subject | inverted | object | after | dash


@dataclass
class Sentence:
    id: int
    para: int
    a: int
    b: int
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    subject: Mention | None = None
    speaker: Entity | None = None  # who speaks in it, once known
    speaker_how: str = ""
    headline: bool = False  # Title Case with no full stop: a headline, a caption, a subhead


@dataclass
class Para:
    index: int
    start: int
    end: int
    toks: list[Tok]
    sentences: list[Sentence]

    @property
    def quote_only(self) -> bool:
        """Nothing but quotation: a paragraph of a quotation that runs on."""
        return bool(self.toks) and all(t.kind in ("q", "p") for t in self.toks)

    def sentence_of(self, k: int) -> Sentence:
        for s in self.sentences:
            if s.a <= k < s.b:
                return s
        return self.sentences[-1]


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LOCATIVE = frozenset({"in", "from", "across", "throughout", "near", "outside", "inside", "to", "into"})
#: dashes that introduce who said a quotation ("…” — Mayor Lena Holm", "…”― Pamela Padilla")
_DASHES = ("\u2014", "\u2013", "\u2015", "--")


def surname_key(word: str, lex: Lexicon) -> str:
    w = possessive_base(word) or word
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    head, sep, rest = w.partition("-")
    if sep and head in lex.particles and rest:
        w = rest
    return w


def _given_gender(tokens: tuple[str, ...], lex: Lexicon) -> str | None:
    """The gender news states for bearers of the name's given name ("Hillary"), if any."""
    for t in tokens[:-1]:
        if t in lex.given_female:
            return "female"
        if t in lex.given_male:
            return "male"
    return None


def _first_initial(tokens: tuple[str, ...], lex: Lexicon) -> str:
    for t in tokens[:-1]:
        lw = t.lower()
        if lw in lex.particles or lw in lex.titles:
            continue
        return lw[:1]
    return ""


def token_sentences(toks: list[Tok], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text layer's sentence spans as token ranges [i, j). A sentence that
    starts inside a quotation (a token) joins the one before: a quotation is
    never cut, so it stays in one sentence with its cue."""
    starts = {a for a, _ in spans[1:]}
    out: list[tuple[int, int]] = []
    begin = 0
    for k in range(1, len(toks)):
        if toks[k].start in starts:
            out.append((begin, k))
            begin = k
    if toks:
        out.append((begin, len(toks)))
    return out


class Document:
    def __init__(self, text: str, paragraphs: list[tuple[int, int]], lex: Lexicon,
                 sentences: list[list[tuple[int, int]]] | None = None):
        """``sentences``: per paragraph, its sentence spans (the corpus's); split
        here with the same splitter when not given."""
        self.text = text
        self._sentence_spans = sentences
        self.lex = lex
        self.chunker = Chunker(lex)
        self.quotes: list[RawQuote] = find_quotes(text, paragraphs, lex)
        self.paras: list[Para] = []
        self.sentences: list[Sentence] = []
        self.entities: list[Entity] = []
        self.qtok: dict[tuple[int, int], tuple[int, int]] = {}  # (quote, part) → (para, token)
        self._inst_keys: dict[str, frozenset[str]] = {}
        self.history: list[Mention] = []  # resolved mentions and pronouns, in reading order
        # indexes, so that a long article costs what it holds, not its square
        self._people_by_key: dict[str, list[Entity]] = {}  # surname key -> people, in order
        self._by_kind_name: dict[tuple[str, str], Entity] = {}
        self._institutions: list[Entity] = []
        self._recent: dict[int, Entity] = {}  # entities of the history, least recent first
        self._read(paragraphs)
        self.places = self._places()
        self._find_cues()
        self._register()
        self._resolve()

    # -- pass 1 ---------------------------------------------------------------------------
    def _read(self, paragraphs: list[tuple[int, int]]) -> None:
        spans: dict[int, list[tuple[int, int, int, int]]] = {}
        for qi, q in enumerate(self.quotes):
            for pi, ((os, oe), p) in enumerate(zip(q.outer, q.paragraphs)):
                spans.setdefault(p, []).append((os, oe, qi, pi))
        sid = 0
        for p, (ps, pe) in enumerate(paragraphs):
            toks = tokenize(self.text, ps, pe, sorted(spans.get(p, [])), self.lex.particles)
            for k, t in enumerate(toks):
                if t.kind == "q":
                    self.qtok[(t.quote, t.part)] = (p, k)
            sents = []
            spans_here = (self._sentence_spans[p] if self._sentence_spans is not None
                          else split_sentences(self.text, ps, pe))
            for a, b in token_sentences(toks, spans_here) if toks else []:
                s = Sentence(sid, p, a, b)
                sid += 1
                s.headline = self._headline(toks, a, b)
                s.mentions = [] if s.headline else self.chunker.chunk(toks, a, b, self.text)
                for m in s.mentions:
                    m.para, m.sent = p, s.id
                    for mm in m.members:
                        mm.para, mm.sent = p, s.id
                apposition(toks, s.mentions, a, b, self.text, self.lex)
                s.subject = self._subject(toks, s)
                if s.subject is not None:
                    s.subject.subject = True
                sents.append(s)
                self.sentences.append(s)
            self.paras.append(Para(p, ps, pe, toks, sents))

    def _headline(self, toks: list[Tok], a: int, b: int) -> bool:
        words = [t for t in toks[a:b] if t.kind == "w" and t.text[0].isalpha()]
        caps = sum(1 for t in words if t.cap)
        if caps < 0.6 * len(words):
            return False
        n = len(words)
        for t in toks[a:b]:
            if t.kind == "q":  # the quoted words count: a quotation with its speaker is no headline
                for w in _WORD.findall(self.text, t.start, t.end):
                    n += 1
                    caps += w[0].isupper()
        if n < 3:
            return False
        ratio = caps / n
        last = toks[b - 1]
        if last.text == ":" or any(t.kind == "w" and not t.cap and t.lower in self.lex.cue_verbs
                                   and self.lex.cue_verbs[t.lower] != t.lower for t in toks[a:b]):
            return False
        ends = last.kind == "p" and last.text in ".!…" or (
            last.kind == "q" and self.text[last.end - 2:last.end - 1] in ".!")
        return ratio >= 0.8 or (ratio >= 0.6 and not ends)

    def _subject(self, toks: list[Tok], s: Sentence) -> Mention | None:
        """The first mention of the main clause: after an opening phrase closed by a comma."""
        start = s.a
        first = toks[s.a] if s.a < s.b else None
        lx = self.lex
        if (first is not None and first.kind == "w" and first.lower in lx.not_names
                and first.lower not in lx.definite and first.lower not in lx.indefinite
                and first.lower not in lx.pronouns and first.lower not in lx.possessive_det):
            for k in range(s.a, min(s.b, s.a + 14)):
                if toks[k].text == ",":
                    start = k + 1
                    break
        for m in s.mentions:
            if m.i >= start and not m.possessive and not m.adjectival:
                return m
        return None

    def _places(self) -> frozenset[str]:
        """Names the article writes after "in", "from", "across"…: places, which are not
        persons whatever pronoun follows them ("Lynch went to North Carolina … her")."""
        found = set()
        for s in self.sentences:
            toks = self.paras[s.para].toks
            for mention in s.mentions:
                if mention.kind in ("single", "institution") and mention.i > s.a \
                        and toks[mention.i - 1].lower in _LOCATIVE and mention.name:
                    found.add(mention.name)
        return frozenset(found)

    # -- pass 2: cues --------------------------------------------------------------------------
    def mention_at(self, s: Sentence, i: int) -> Mention | None:
        for m in s.mentions:
            if m.i == i:
                return m
        return None

    def mention_ending(self, s: Sentence, j: int) -> Mention | None:
        """The mention whose last token is ``j``."""
        for m in s.mentions:
            if m.j - 1 == j:
                return m
        return None

    def subject_of(self, toks: list[Tok], s: Sentence, k: int) -> Mention | None:
        lx = self.lex
        j = k - 1
        while j >= s.a and toks[j].kind == "w" and (toks[j].lower in lx.between or is_time(toks[j])):
            j -= 1
        if j < s.a:
            return None
        t = toks[j]
        if t.text == ")":
            while j >= s.a and toks[j].text != "(":
                j -= 1
            j -= 1
            if j < s.a:
                return None
            t = toks[j]
        if t.text == "," and j - 1 > s.a and toks[j - 1].text == ")":
            # "Gov. John Kasich (R-OH), said": the name before the bracketed tag
            o = j - 1
            while o > s.a and toks[o].text != "(":
                o -= 1
            m = self.mention_ending(s, o - 1) if o > s.a else None
            if m is not None and m.kind in ("name", "single") and not m.possessive:
                return m
        if t.text == ",":
            c2 = j - 1
            while c2 >= s.a and toks[c2].text != "," and toks[c2].kind != "q":
                c2 -= 1
            if c2 < s.a or toks[c2].kind == "q":
                return None
            block = self.mention_at(s, c2 + 1)
            end = c2 - 1
            if end > s.a and toks[end].text == ")":  # "Sen. Ted Cruz (R-Texas), also a hopeful, said"
                while end > s.a and toks[end].text != "(":
                    end -= 1
                end -= 1
            before = self.mention_ending(s, end)
            if block is not None and block.j == j and block.kind in ("name", "group"):
                if before is None or before.kind == "description" or before.kind == "institution":
                    return block
            if before is not None and not before.possessive:
                return before
            if block is not None and block.j == j:
                return block
            return None
        m = self.mention_ending(s, j)
        if m is None or m.possessive:
            return None
        return m

    def _find_cues(self) -> None:
        starts = self.lex.cue_starts
        for para in self.paras:
            toks = para.toks
            for s in para.sentences:
                k = s.a
                while k < s.b:
                    t = toks[k]
                    cue = None
                    if t.kind == "w":
                        if t.lower not in starts:
                            k += 1
                            continue
                        cue = self._cue_at(toks, s, k)
                    elif t.text in _DASHES:
                        p = k - 1
                        while p >= s.a and toks[p].text == ",":
                            p -= 1
                        if p >= s.a and toks[p].kind == "q":
                            m = self.mention_at(s, k + 1)
                            if m is not None:
                                cue = Cue(k, k + 1, "dash", t.start, t.end, t.text, m, "dash")
                    if cue is None and t.kind == "q":
                        cue = self._frame_cue(toks, s, k)
                        if cue is not None:
                            s.cues.append(cue)
                            cue.speaker.speaker = True
                            cue = None
                    if cue is not None:
                        s.cues.append(cue)
                        if cue.speaker is not None:
                            cue.speaker.speaker = True
                        k = cue.e
                    else:
                        k += 1

    def _opens_clause(self, toks: list[Tok], s: Sentence, m: Mention) -> bool:
        """The mention begins the sentence, or follows an opening phrase and its comma."""
        return m.i == s.a or (m.i > s.a and toks[m.i - 1].text == ",")

    def _new_clause(self, toks: list[Tok], a: int, b: int) -> bool:
        """A coordinated clause with a subject of its own between ``a`` and ``b``
        ("…, but the two countries agreed"): the sentence's subject is not the verb's."""
        for x in range(a, b - 1):
            if toks[x].lower in ("but", "and", "while", "whereas", ";") and (
                    toks[x + 1].lower in self.lex.definite | self.lex.indefinite | self.lex.possessive_det
                    or toks[x + 1].cap or toks[x + 1].lower in self.lex.pronouns):
                return True
        return False

    def _verb_like(self, t: Tok) -> bool:
        """A lower-case word that can be a verb of saying the lexicon does not know
        ("started", "resisted", "jokes"): not a function word, ends like an inflected verb."""
        lx = self.lex
        return (t.kind == "w" and not t.cap and t.text.isalpha() and t.lower not in lx.not_names
                and t.lower not in lx.between and t.lower not in lx.pronouns
                and (t.lower in lx.cue_verbs or t.lower.endswith(("ed", "es", "ts", "ds", "ks", "ps"))))

    def _frame_cue(self, toks: list[Tok], s: Sentence, k: int) -> Cue | None:
        """Attribution by the shape of the sentence around quotation token ``k``, when
        no word of the lexicon cues it:

        * '"…," Hannity started.' / '"…," Bennett shot back': a quotation closed by a
          comma (or ? !), then a mention and a verb — what follows says who spoke;
        * 'Kasich resisted: "…"': a mention and a verb ending in a colon before it;
        * 'Philip Bump: "…"' (a round-up, a transcript): a name and a colon before it.
        """
        q = toks[k]
        inner = self.text[q.start:q.end].rstrip(self.lex.quote_chars + " ")
        if k + 1 < s.b and (inner.endswith((",", "?", "!")) or toks[k + 1].text == ","):
            y = k + 1 + (toks[k + 1].text == ",")
            m = self.mention_at(s, y)
            if m is not None and m.kind in ("name", "single", "description", "pronoun", "institution",
                                            "group") and m.j < s.b and self._verb_like(toks[m.j]) \
                    and not m.possessive and not (m.kind == "pronoun" and m.head in ("i", "we", "it")):
                v = toks[m.j]
                return Cue(m.j, m.j + 1, "verb", v.start, v.end, v.text, m, "subject")
        if k - 1 > s.a and toks[k - 1].text == ":":
            v = toks[k - 2]
            m = self.mention_ending(s, k - 2)
            if m is not None and m.kind in ("name", "single", "institution", "group") and not m.possessive:
                return Cue(k - 1, k, "dash", toks[k - 1].start, toks[k - 1].end, ":", m, "label")
            if self._verb_like(v):
                subj = self.subject_of(toks, s, k - 2)
                if subj is not None and not (subj.kind == "pronoun" and subj.head in ("i", "we")):
                    return Cue(k - 2, k - 1, "verb", v.start, v.end, v.text, subj, "subject")
        return None

    def _cue_at(self, toks: list[Tok], s: Sentence, k: int) -> Cue | None:
        lx = self.lex
        t = toks[k]
        lw = t.lower
        nxt = toks[k + 1] if k + 1 < s.b else None
        if lw == "according" and nxt is not None and nxt.lower == "to":
            m = self._source_of(toks, s, self.mention_at(s, k + 2))
            return Cue(k, k + 2, "according", t.start, nxt.end, "according to", m, "after")
        for phrase in lx.cue_phrases:
            n = len(phrase)
            if phrase[0] == lw and tuple(x.lower for x in toks[k:k + n]) == phrase:
                subj = self.subject_of(toks, s, k)
                if subj is not None:
                    end = toks[k + n - 1].end
                    return Cue(k, k + n, "verb", t.start, end, self.text[t.start:end], subj, "subject")
        if lw in ("in", "as") and nxt is not None:
            for phrase in lx.speaker_after:
                n = len(phrase)
                if tuple(x.lower for x in toks[k:k + n]) == phrase:
                    m = self._source_of(toks, s, self.mention_at(s, k + n))
                    if m is not None:
                        end = toks[k + n - 1].end
                        return Cue(k, k + n, "according", t.start, end, " ".join(phrase), m, "after")
        if lw in lx.quoted:
            p = k - 1
            while p >= s.a and toks[p].lower in ("also", "reportedly", "widely"):
                p -= 1
            tail_end = self._quoted_tail(toks, s, k + 1)
            if p >= s.a and toks[p].lower in ("is", "was", "are", "were", "been", "being"):
                e = tail_end or k + 1
                subj = self.subject_of(toks, s, p + 1)
                text = self.text[toks[p].start:toks[e - 1].end]
                return Cue(p, e, "quoted", toks[p].start, toks[e - 1].end, text, subj, "subject")
            m = self.mention_at(s, k + 1)
            if m is not None:
                q = m.j
                while q < s.b and toks[q].kind == "w" and (toks[q].lower in lx.between or is_time(toks[q])):
                    q += 1
                tail_end = self._quoted_tail(toks, s, q)
                if tail_end:
                    return Cue(k, tail_end, "quoted", t.start, toks[tail_end - 1].end,
                               self.text[t.start:toks[tail_end - 1].end], m, "object")
            return None
        if lw == "in" and k + 2 < s.b and toks[k + 1].lower in ("a", "an", "his", "her", "its", "their", "the") \
                and toks[k + 2].lower in lx.source_nouns:
            return Cue(k, k + 3, "source", t.start, toks[k + 2].end, self.text[t.start:toks[k + 2].end])
        if lw not in lx.cue_verbs or t.cap and k == s.a and lw.endswith("ing"):
            return None
        if self.chunker.inside_name(toks, k, s.a):
            return None  # "the United States": part of a name
        if k > s.a and toks[k - 1].lower in ("to", "the", "a", "an", "his", "her", "its", "their"):
            return None
        participle = lw.endswith("ing")
        weak = lw in lx.weak_cues
        p = k - 1
        while p >= s.a and toks[p].text == ",":
            p -= 1
        if p >= s.a and toks[p].kind == "q" and not participle:
            m = self.name_after(toks, s, k + 1)
            if m is not None and m.possessive:
                # '"…," said Clinton's top foreign policy aide Jake Sullivan': the owner's person
                m = next((x for x in s.mentions if x.i >= m.j and x.kind == "name"
                          and all(toks[y].kind == "w" and not toks[y].cap for y in range(m.j, x.i))), None)
            if m is not None and not m.possessive:
                return Cue(k, k + 1, "verb", t.start, t.end, t.text, m, "inverted")
        # ", (basically) saying …" hangs on the main clause: its speaker is that
        # clause's (speaker_of_cue), not the mention just before the comma
        c = k - 1
        while c > s.a and toks[c].kind == "w" and (toks[c].lower in lx.between or toks[c].lower.endswith("ly")):
            c -= 1
        after_comma = participle and c >= s.a and toks[c].text == ","
        subj = None if after_comma else self.subject_of(toks, s, k)
        if subj is not None and subj.kind in ("pronoun",) and subj.head in ("i", "we"):
            subj = None
        if subj is not None and subj.j == k and subj.i > s.a and toks[subj.i - 1].lower in ("a", "an"):
            return None  # "posted a Twitter comment": a name modifying a noun, not a subject and its verb
        if subj is not None:
            return Cue(k, k + 1, "participle" if participle else "verb", t.start, t.end, t.text, subj, "subject")
        if after_comma:
            return Cue(k, k + 1, "participle", t.start, t.end, t.text, None, "")
        if not weak and not participle and (k == s.a or toks[k - 1].text == ","):
            # "But, said Solovey, '…'": the verb before its speaker; a quotation right
            # after the mention makes it the verb's object ("…, called the KKK “abhorrent”")
            m = self.mention_at(s, k + 1)
            if m is not None and m.kind in ("name", "single", "description", "institution", "group") \
                    and not m.possessive and not (m.j < s.b and toks[m.j].kind == "q"):
                return Cue(k, k + 1, "verb", t.start, t.end, t.text, m, "inverted")
        if not participle and not weak:
            # "Small, who attended the rally, said": the sentence's subject, when nothing
            # but its appositives and relative clauses stands between it and the verb
            subj = s.subject
            if subj is not None and subj.j <= k and not subj.possessive and subj.kind != "pronoun" \
                    and self._opens_clause(toks, s, subj) and not self._new_clause(toks, subj.j, k) \
                    and not any(toks[x].kind == "q" for x in range(subj.j, k)) \
                    and not any(c.speaker is not None for c in s.cues):
                return Cue(k, k + 1, "verb", t.start, t.end, t.text, subj, "subject")
        return None

    def name_after(self, toks: list[Tok], s: Sentence, k: int) -> Mention | None:
        """The mention at ``k``, or after one or two lower-case words naming an occupation
        the vocabulary does not know ("said protester Lina Haddad")."""
        m = self.mention_at(s, k)
        if m is not None:
            return self._person_behind(toks, s, m) or m
        x = k
        while x < min(s.b, k + 2) and self.chunker.content_word(toks[x]):
            x += 1
            m = self.mention_at(s, x)
            if m is not None and m.kind == "name":
                m.roles.append(self.text[toks[k].start:toks[x - 1].end])
                return m
        return None

    def _person_behind(self, toks: list[Tok], s: Sentence, m: Mention) -> Mention | None:
        """ "said Cruz constituent Dan Golvach", "said Republican party boss Reince
        Priebus", "said Coast Guard 2nd Lt. Omar Finch": a name, an institution or a
        capitalised description, one or two lower-case nouns, then a person's full
        name. The person speaks; the words before their name are their role. Words written after subjects
        ("said Trump would …") are verbs, not nouns, and stop it."""
        if m.possessive or not (m.kind in ("single", "name", "institution")
                                or (m.kind == "description" and toks[m.i].cap)):
            return None
        lx = self.lex
        x = m.j
        while x < min(s.b, m.j + 2):
            t = toks[x]
            if not self.chunker.content_word(t) or t.lower in lx.subject_verbs or t.lower.endswith("ly") \
                    or _verb_after_subject(t.lower, lx):
                return None
            x += 1
            later = self.mention_at(s, x)
            if later is not None and later.kind == "name" and not later.possessive:
                role = self.text[toks[m.i].start:toks[x - 1].end]
                later.roles.append(f"{role} {later.role}" if later.role else role)
                return later
        return None

    def _source_of(self, toks: list[Tok], s: Sentence, m: Mention | None) -> Mention | None:
        """ "according to a statement from Laura Chen": the one the document comes from."""
        if m is None or m.kind != "document":
            return m
        if m.j + 1 < s.b and toks[m.j].lower in ("from", "by", "of"):
            src = self.mention_at(s, m.j + 1)
            if src is not None:
                return src
        return m

    def _quoted_tail(self, toks: list[Tok], s: Sentence, k: int) -> int | None:
        for phrase in self.lex.quoted_tail:
            n = len(phrase)
            if tuple(x.lower for x in toks[k:k + n]) == phrase and k + n <= s.b:
                return k + n
        return None

    # -- pass 3: registry --------------------------------------------------------------------------
    def _new(self, kind: str, name: str, **kw) -> Entity:
        e = Entity(len(self.entities), kind, " ".join(name.split()), **kw)
        self.entities.append(e)
        if kind == "person":
            self._people_by_key.setdefault(e.key, []).append(e)
        elif kind == "institution":
            self._institutions.append(e)
        self._by_kind_name.setdefault((kind, e.name), e)
        return e

    def person(self, tokens: tuple[str, ...], name: str) -> Entity:
        lex = self.lex
        key = surname_key(tokens[-1], lex)
        first = _first_initial(tokens, lex)
        full = len([t for t in tokens if t.lower() not in lex.particles]) >= 2
        same = self._people_by_key.get(key, [])
        gender = _given_gender(tokens, lex)
        for e in same:
            if not first or not e.first or e.first == first:
                if full and not e.full:
                    e.add_alias(e.name)
                    e.name, e.full, e.first = " ".join(name.split()), True, first
                elif " ".join(name.split()) != e.name:
                    e.add_alias(name)
                if e.gender is None:
                    e.gender = gender
                return e
        return self._new("person", name, key=key, first=first, full=full, gender=gender)

    def institution(self, name: str, head: str | None) -> Entity:
        key = self._inst_key(name)
        for e in self._institutions:
            ek = self._inst_key(e.name)
            if ek == key or ((ek <= key or key <= ek) and (head is None or head in ek or head in key)
                             and min(len(ek), len(key)) >= 2):
                e.add_alias(name)
                return e
        return self._new("institution", name, key="")

    def _inst_key(self, name: str) -> frozenset[str]:
        key = self._inst_keys.get(name)
        if key is None:
            key = self._inst_keys[name] = self._make_inst_key(name)
        return key

    def _make_inst_key(self, name: str) -> frozenset[str]:
        words = []
        for w in name.replace("’", "'").split():
            w = w.lower().strip(".,")
            base = possessive_base(w) or w
            if base in ("the", "of", "for", "and"):
                continue
            words.append(base.replace(".", ""))
        return frozenset(words)

    def _register(self) -> None:
        for s in self.sentences:
            toks = self.paras[s.para].toks
            for m in s.mentions:
                if m.kind == "name" and (len(m.name_tokens) >= 2 or m.titled):
                    e = self.person(m.name_tokens, m.name)
                    self._attach(e, m)
                elif m.kind == "group":
                    for mm in m.members:
                        if mm.kind == "name":
                            e = self.person(mm.name_tokens, mm.name)
                            e.add_role(m.role)
                            mm.ref, mm.how, mm.conf = e, "name", 1.0
                elif m.kind == "institution" and m.name and not m.adjectival:
                    e = self.institution(m.name, m.head)
                    m.ref, m.how, m.conf = e, "institution", 0.97
                    e.mentions.append((m.start, m.end))
            self._gender_evidence(toks, s)

    def _attach(self, e: Entity, m: Mention) -> None:
        m.ref, m.how, m.conf = e, "name", 1.0 if e.full else 0.95
        e.add_role(m.role)
        for r in m.roles:
            e.add_role(r)
        if e.gender is None and m.gender:
            e.gender = m.gender
        e.mentions.append((m.start, m.end))

    def _gender_evidence(self, toks: list[Tok], s: Sentence) -> None:
        """ "Sofia Lenz said her team…": a gendered possessive right after one person."""
        lx = self.lex
        people = [m for m in s.mentions if m.kind in ("name", "single") and not m.adjectival]
        for m in people:
            nxt_person = min((o.i for o in s.mentions if o.i > m.i and o.kind in ("name", "single", "group",
                                                                                 "description")), default=s.b)
            gender = next((g for t in toks[m.j:nxt_person] if t.kind == "w"
                           for g, words in (("female", lx.evidence_female), ("male", lx.evidence_male))
                           if t.lower in words), None)
            if gender is None:
                continue
            if m.ref is not None and m.ref.gender is None:
                m.ref.gender = gender
            elif m.ref is None and m.gender is None and m.name not in self.places:
                m.gender = gender  # a lone name with "her"/"his" after it: a person

    # -- pass 4: resolution --------------------------------------------------------------------------
    def _resolve(self) -> None:
        for s in self.sentences:
            for m in s.mentions:
                if m.ref is None:
                    self._resolve_one(m, s)
                if m.ref is not None or m.kind == "pronoun":
                    self.history.append(m)
                    if m.ref is not None:
                        self._recent.pop(id(m.ref), None)
                        self._recent[id(m.ref)] = m.ref
            for c in s.cues:
                e = self.ref_of(c.speaker)
                if e is not None:
                    e.spoke = True
                    if s.speaker is None:
                        s.speaker, s.speaker_how = e, c.text

    def ref_of(self, m: Mention | None) -> Entity | None:
        if m is None:
            return None
        if m.apposed is not None and m.apposed.ref is not None:
            return m.apposed.ref
        return m.ref

    def _resolve_one(self, m: Mention, s: Sentence) -> None:
        if m.apposed is not None:
            if m.apposed.ref is None and m.apposed.kind == "single":
                self._resolve_one(m.apposed, s)
            if m.apposed.ref is not None:
                m.ref, m.how, m.conf = m.apposed.ref, "apposition", m.apposed.conf
                return
        if m.kind == "single":
            e = self._by_surname(m.name_tokens[0], m.start, strict=m.adjectival)
            if e is not None:
                m.ref, m.how, m.conf = e, "surname", 0.95
                e.mentions.append((m.start, m.end))
                for r in m.roles:
                    e.add_role(r)
            return
        if m.kind == "group":
            members = []
            for mm in m.members:
                if mm.ref is None and mm.kind == "single":
                    mm.ref = self._by_surname(mm.name_tokens[0], mm.start)
                if mm.ref is None:
                    return
                members.append(mm.ref)
            g = Entity(-1, "group", " and ".join(e.name for e in members), plural=True, members=members)
            g.add_role(m.role)
            m.ref, m.how, m.conf = g, "group", 0.95
            return
        if m.kind == "document":
            self._resolve_document(m, s)
            return
        if m.kind == "description":
            if m.definite and not m.plural:
                e = self._by_role(m, s)
                if e is not None:
                    m.ref, m.how, m.conf = e, "description", 0.85
                    e.mentions.append((m.start, m.end))
                    return
                if m.owner is None:
                    return  # "the spokesman": whose? Unresolved.
                # "President Hiroshi Sato's spokesman": unnamed, but pinned down by its owner
            anon = Entity(-1, "anonymous", _anon_name(m), plural=m.plural, gender=m.gender, key=m.head or "")
            anon.add_role(m.role)
            m.ref, m.how, m.conf = anon, "unnamed", 0.95
            return
        if m.kind == "institution" and m.name is None and m.definite:
            for e in reversed(self._recent.values()):
                if e.kind == "institution" and m.head and m.head in self._inst_key(e.name):
                    m.ref, m.how, m.conf = e, "description", 0.85
                    return
            # "the army said", first mention: the institution as the text names it
            name = "the " + " ".join(m.text.split()[1:]) if m.text.lower().startswith("the ") else m.text
            e = self.institution(name, m.head)
            e.mentions.append((m.start, m.end))
            m.ref, m.how, m.conf = e, "unnamed institution", 0.75
            return
        if m.kind == "pronoun":
            self._resolve_pronoun(m, s)

    def _resolve_document(self, m: Mention, s: Sentence) -> None:
        """ "the statement said": whoever issued it ("The army issued a statement"), or its owner."""
        if m.owner is not None:
            e = self.ref_of(self.mention_ending(s, m.i - 1))
            if e is not None:
                m.ref, m.how, m.conf = e, f"the {m.head} of {e.name}", 0.85
            return
        if not m.definite:
            return
        for sid in self._window(s):
            sent = self.sentences[sid]
            for d in reversed(sent.mentions):
                if d is m or d.kind != "document" or d.head != m.head or d.start >= m.start:
                    continue
                issuer = sent.subject if sent.subject is not d else None
                e = self.ref_of(issuer)
                if e is None and issuer is not None and issuer.kind == "single":
                    e = self.unknown_single(issuer)
                if e is not None and e.kind != "anonymous":
                    m.ref, m.how, m.conf = e, f"'{m.text}' → {e.name} (who issued {d.text})", 0.75
                return

    def _by_surname(self, word: str, pos: int, strict: bool = False) -> Entity | None:
        key = surname_key(word, self.lex)
        cands = self._people_by_key.get(key, [])
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        before = [(max((a for a, _ in e.mentions if a < pos), default=-1), e) for e in cands]
        before.sort(key=lambda x: x[0])
        if before[-1][0] >= 0:
            return before[-1][1]
        if strict:
            return None
        return max(cands, key=lambda e: (e.full, len(e.mentions)))

    def _by_role(self, m: Mention, s: Sentence) -> Entity | None:
        head = (m.head or "").rstrip("s") if m.head and m.head.endswith("s") and m.plural else (m.head or "")
        mods = set(m.mods)
        # the people mentioned so far, most recent first (each once: the history's order)
        for e in reversed(self._recent.values()):
            if e.kind not in ("person", "anonymous") or e.plural:
                continue
            roles = " ".join(e.roles).lower()
            words = set(roles.replace("’s", " ").replace("'s", " ").split())
            if head and head in words and all(x in roles for x in mods):
                return e
        return None

    def _resolve_pronoun(self, m: Mention, s: Sentence) -> None:
        info = self.lex.pronouns.get(m.head or "", {})
        kind = info.get("kind")
        if kind == "author":
            return
        gender = info.get("gender")
        plural = info.get("number") == "plural"
        sent_ids = self._window(s)
        for sid in sent_ids:
            sent = self.sentences[sid]
            cands = []
            unknown_person = False  # a lone name the article never introduces: maybe a person
            for c in sent.mentions:
                if sid == s.id and c.i >= m.i:
                    continue
                e = self.ref_of(c)
                if e is None and c.kind == "single" and not c.adjectival and kind == "institution":
                    e = self.unknown_single(c)
                if e is None:
                    if c.kind == "single" and not c.adjectival and not c.possessive and kind == "person" \
                            and not plural and c.name not in self.places:
                        unknown_person = True
                    continue
                if not self._compatible(e, kind, gender, plural):
                    continue
                if plural and kind == "person" and e.kind == "anonymous":
                    continue  # "they" → "people", "supporters": too vague to name as a speaker
                cands.append((c, e))
            if not cands:
                if unknown_person:
                    return  # "Feinstein said … she": she may be the one the article never named in full
                continue
            distinct: list[Entity] = []
            for _, e in cands:
                if all(e is not d for d in distinct):
                    distinct.append(e)
            # candidates of the other gender are out (_compatible); one of unknown gender
            # stays in, since "she" may be her: never prefer a known woman to her
            near = "this sentence" if sid == s.id else (
                "the previous sentence" if sent.para == s.para else "the previous paragraph")
            if len(distinct) == 1:
                e = distinct[0]
                if e.kind == "group" and not plural:
                    return  # "Brandt and Hale argued. … he said": either one
                m.ref, m.conf = e, 0.85 if sent.para == s.para else 0.75
                m.how = f"pronoun '{m.text}' → {e.name} (the only {self._what(kind, gender)} in {near})"
                return
            speakers = [e for c, e in cands if c.speaker]
            subjects = [e for c, e in cands if c.subject or c is sent.subject]
            for pool, why in ((speakers, "who spoke"), (subjects, "the subject")):
                uniq = []
                for e in pool:
                    if all(e is not d for d in uniq) and any(e is d for d in distinct):
                        uniq.append(e)
                if len(uniq) == 1 and uniq[0].kind != "group":
                    e = uniq[0]
                    m.ref, m.conf = e, 0.7 if sent.para == s.para else 0.62
                    m.how = f"pronoun '{m.text}' → {e.name} ({why} in {near}, among {len(distinct)})"
                    return
            return  # ambiguous: say so rather than guess
        return

    def _what(self, kind: str | None, gender: str | None) -> str:
        if kind == "institution":
            return "institution"
        if gender == "female":
            return "woman or person"
        return "person"

    def _window(self, s: Sentence) -> list[int]:
        """This sentence, then earlier ones back to the start of the previous paragraph
        (paragraphs that are only quotation do not count: the speaker is before them)."""
        out = []
        sid = s.id
        crossed = 0
        para = s.para
        while sid >= 0:
            sent = self.sentences[sid]
            if sent.para != para:
                para = sent.para
                if not self.paras[para].quote_only:
                    crossed += 1
                if crossed > 1:
                    break
            out.append(sid)
            sid -= 1
        return out

    def _compatible(self, e: Entity, kind: str | None, gender: str | None, plural: bool) -> bool:
        if kind == "institution":
            return e.kind == "institution"
        if kind == "person":
            if e.kind not in ("person", "anonymous", "group"):
                return False
            if e.kind == "anonymous" and e.plural:
                return False
            if gender and e.gender and e.gender != gender:
                return False
            return True
        if plural:
            return e.plural or e.kind == "group"
        return True

    def unknown_single(self, m: Mention) -> Entity | None:
        """A lone capitalised name no person in the article carries: an outlet or a country
        ("Kommersant reports", "Russia said"), unless the text shows a person (an age, "her")."""
        if m.kind != "single" or m.adjectival or not m.name:
            return None
        kind = "person" if (m.aged or m.gender or m.roles) else "institution"
        e = self._by_kind_name.get((kind, m.name))
        if e is not None:
            return e
        e = self._new(kind, m.name, key=surname_key(m.name, self.lex), gender=m.gender)
        for r in m.roles:
            e.add_role(r)
        return e


def _anon_name(m: Mention) -> str:
    t = " ".join(m.text.split())
    first, _, rest = t.partition(" ")
    if first.lower() in ("a", "an", "the", "one") and rest:
        return first.lower() + " " + rest
    return t
