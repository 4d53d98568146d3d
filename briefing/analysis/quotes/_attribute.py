"""Who says each quotation: the rules, tried in order, first match wins.

1. after: a cue right after the closing mark ("…," Kerry said / said Peter Cook /
   the spokesman added / according to the Times / — Mayor Lena Holm);
2. before: a cue right before the opening mark (He added, "…" / told NPR, "…" /
   said in a statement that '…' / quoted X as saying: "…");
3. intro: the quotation opens a paragraph and the previous one ends with a colon
   ("President Putin had told Assad:" / "transcript of Assad’s remarks:");
4. sentence: a cue elsewhere in the quotation's sentence (X said the deal "…");
5. alone: the quotation is a sentence on its own: a bare attribution in the next
   sentence ("Smith said."), else the speaker of the previous sentence, else (for
   a paragraph that is only quotation) the last speaker of the previous paragraph.

A quotation of at most ``scare_max_words`` words that only rule 4 (or nothing)
explains is a scare quote: a term, not a statement, and gets no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._document import _LOCATIVE, Cue, Document, Entity, Para, Sentence
from ._marks import RawQuote
from ._mentions import Mention, is_time

_RULE_CONF = {"after": 0.97, "before": 0.95, "intro": 0.88, "sentence": 0.85, "next": 0.85,
              "previous": 0.78, "paragraph": 0.62}
MIN_CONFIDENCE = 0.5  # below it a resolved speaker is not trusted: the quotation stays unattributed
_WHERE = {"after": "right after the quotation", "before": "right before the quotation",
          "intro": "ending the previous paragraph", "sentence": "in the quotation's sentence",
          "next": "in the next sentence", "previous": "carried from the previous sentence",
          "paragraph": "carried from the previous paragraph"}


#: prepositions whose object is never the speaker of the cue: the locative ones that
#: mark places, and "at" ("a teacher at Linden Academy"); not "to" ("according to Reuters")
_GOVERNING = (_LOCATIVE - {"to"}) | {"at"}


@dataclass
class Found:
    rule: str
    cue: Cue | None = None
    mention: Mention | None = None
    entity: Entity | None = None
    cue_text: str | None = None
    cue_span: tuple[int, int] | None = None
    conf: float = 0.0
    detail: str = ""
    sentences: tuple[int, ...] = ()


class Attributor:
    def __init__(self, doc: Document):
        self.doc = doc
        self.lex = doc.lex

    # -- helpers ------------------------------------------------------------------------------
    def _loc(self, qi: int, part: int) -> tuple[Para, int, Sentence]:
        p, k = self.doc.qtok[(qi, part)]
        para = self.doc.paras[p]
        return para, k, para.sentence_of(k)

    def _cue_starting(self, s: Sentence, k: int) -> Cue | None:
        for c in s.cues:
            if c.k == k:
                return c
        return None

    def _cue_ending(self, s: Sentence, k: int) -> Cue | None:
        for c in s.cues:
            if c.e - 1 == k:
                return c
        return None

    def speaker_of_cue(self, s: Sentence, c: Cue) -> tuple[Mention | None, Cue]:
        """The mention that speaks through ``c``; participles borrow their clause's."""
        if c.speaker is not None:
            return c.speaker, c
        if c.kind in ("participle", "source"):
            for other in reversed(s.cues):
                if other.k < c.k and other.speaker is not None and other.kind in ("verb", "quoted"):
                    # "Bush attacked Trump, calling him a “loser”": Bush speaks, and it is
                    # "calling" that reports his words
                    return other.speaker, (c if c.kind == "participle" else other)
            subj = s.subject
            if subj is not None and subj.i > c.k and c.kind == "source":
                return subj, c
            if subj is not None and subj.i < c.k and c.kind == "participle":
                return subj, c
        return None, c

    # -- rules --------------------------------------------------------------------------------
    def after(self, para: Para, k: int, s: Sentence) -> Found | None:
        toks = para.toks
        y = k + 1
        while y < s.b and toks[y].text == ",":
            y += 1
        if y >= s.b:
            return None
        c = self._cue_starting(s, y)
        if c is not None and c.kind in ("verb", "according", "dash", "participle", "quoted"):
            m, used = self.speaker_of_cue(s, c)
            if m is not None:
                return Found("after", used, m)
        for c in s.cues:
            if c.speaker is not None and c.speaker.i == y and c.k > y and c.how == "subject":
                if not any(t.kind == "q" for t in toks[y:c.k]):
                    return Found("after", c, c.speaker)
        return None

    def before(self, para: Para, k: int, s: Sentence) -> Found | None:
        toks = para.toks
        lx = self.lex
        y = k - 1
        while y >= s.a and toks[y].text in (",", ":"):
            y -= 1
        if y >= s.a and toks[y].lower == "that":
            y -= 1
        elif y > s.a and toks[y].lower in ("a", "an", "the") and toks[y - 1].kind == "w" \
                and toks[y - 1].lower in lx.speech_forms:
            y -= 1  # "what he calls the “Washington cartel”": the verb names with the words
        # "said in a statement that" / "told NPR," / "said on Tuesday,"
        for _ in range(8):
            if y < s.a:
                return None
            c = self._cue_ending(s, y)
            if c is not None and c.kind == "source":
                y = c.k - 1
                continue
            if c is not None:
                m, used = self.speaker_of_cue(s, c)
                if m is not None:
                    return Found("before", used, m)
                return None
            t = toks[y]
            if t.kind == "w" and (t.lower in lx.between or is_time(t)):
                y -= 1
                continue
            m = self.doc.mention_ending(s, y)
            if m is not None:
                c2 = self._cue_ending(s, m.i - 1)
                if c2 is not None and c2.kind == "according" and c2.speaker is m:
                    return Found("before", c2, m)
                if c2 is not None and c2.kind == "verb" and c2.how == "subject":
                    y = m.i - 1  # the addressee of "told NPR"
                    continue
                if m.kind == "single" and m.i - 1 >= s.a and toks[m.i - 1].lower == "with":
                    y = m.i - 1  # "in an interview with Channel 4"
                    continue
            if t.lower == "with" and y - 1 >= s.a:
                y -= 1
                continue
            return None
        return None

    def _verb_beside(self, para: Para, k: int, s: Sentence, step: int) -> str | None:
        """A speech verb right after (step 1) or before (step -1) the quotation, speaker or not:
        '"It's over," said one.' is a statement, not a scare quote."""
        toks = para.toks
        y = k + step
        while s.a <= y < s.b and toks[y].text in (",", ":"):
            y += step
        if s.a <= y < s.b and toks[y].kind == "w" and toks[y].lower in self.lex.cue_verbs \
                and toks[y].lower not in self.lex.weak_cues:
            return toks[y].text
        return None

    def intro(self, para: Para, k: int) -> Found | None:
        """A quotation opening a paragraph after one that ends with a colon."""
        if k != 0 or para.index == 0:
            return None
        prev = self.doc.paras[para.index - 1]
        if not self.doc.text[prev.start:prev.end].rstrip().endswith(":") or not prev.sentences:
            return None
        s = prev.sentences[-1]
        for c in reversed(s.cues):
            if c.kind in ("verb", "quoted", "according", "participle"):
                m, used = self.speaker_of_cue(s, c)
                if m is not None:
                    return Found("intro", used, m, sentences=(s.id,))
        # "the transcript of Assad’s remarks:"
        toks = prev.toks
        for x in range(s.b - 1, s.a - 1, -1):
            t = toks[x]
            if t.kind == "w" and t.lower in self.lex.speech_nouns:
                for m in s.mentions:
                    if m.possessive and m.j <= x and x - m.j <= 2:
                        return Found("intro", None, m, cue_text=self.doc.text[m.start:t.end],
                                     cue_span=(m.start, t.end), sentences=(s.id,))
        return None

    def strength(self, c: Cue) -> float:
        """How surely a cue reports speech: 'said' more than 'agreed' (the lexicon's
        strengths, learned from annotated news); phrases and 'according to' fully."""
        if c.kind in ("verb", "participle"):
            return self.lex.cue_strength.get(c.text.split()[0].lower(), 1.0)
        return 1.0

    def sentence(self, k: int, s: Sentence) -> Found | None:
        """The cue elsewhere in the quotation's sentence: the one that most surely
        reports speech, then the nearest ("Cook said Carter and Shoigu had agreed to
        '…'" is Cook's wording, not what the two agreed)."""
        left = [c for c in s.cues if c.e <= k and c.kind != "dash"]
        right = [c for c in s.cues if c.k > k and c.kind != "dash"
                 and (c.kind == "according" or c.how in ("subject", "inverted"))]
        found: list[tuple[float, int, Found]] = []
        for c in left + right:
            m, used = self.speaker_of_cue(s, c)
            if m is not None:
                distance = k - c.e if c.e <= k else c.k - k
                found.append((self.strength(used), -distance, Found("sentence", used, m)))
        if not found:
            return None
        return max(found, key=lambda x: (x[0], x[1]))[2]

    def _only_quotes(self, para: Para, s: Sentence) -> bool:
        return all(t.kind in ("q", "p") for t in para.toks[s.a:s.b])

    def alone(self, para: Para, s: Sentence, raw: RawQuote) -> Found | None:
        doc = self.doc
        pos = para.sentences.index(s)
        if pos + 1 < len(para.sentences):
            nxt = para.sentences[pos + 1]
            toks = para.toks[nxt.a:nxt.b]
            words = [t for t in toks if t.kind == "w"]
            if 0 < len(words) <= 8 and not any(t.kind == "q" for t in toks):
                for c in nxt.cues:
                    m, used = self.speaker_of_cue(nxt, c)
                    if m is not None and c.kind in ("verb", "quoted"):
                        return Found("next", used, m, sentences=(nxt.id,))
        if pos > 0:
            prev = para.sentences[pos - 1]
            if prev.speaker is not None:
                return Found("previous", None, None, entity=prev.speaker, cue_text=prev.speaker_how,
                             sentences=(prev.id,))
            return None
        text = doc.text[raw.parts[0][0]:raw.parts[-1][1]].rstrip().rstrip(self.lex.quote_chars)
        if not text or text[-1] not in ".?!…" or len(text.split()) < 2:
            return None
        if not all(self._only_quotes(para, x) for x in para.sentences):
            return None
        if para.index == 0:
            return None
        prev_para = doc.paras[para.index - 1]
        for ps in reversed(prev_para.sentences):
            if ps.speaker is not None:
                return Found("paragraph", None, None, entity=ps.speaker, cue_text=ps.speaker_how,
                             sentences=())
        return None

    # -- one quotation -----------------------------------------------------------------------
    def attribute(self, qi: int, raw: RawQuote, words: int) -> tuple[Found | None, bool, str, tuple[int, int]]:
        """(found, scare, reason-if-unattributed, sentence ids of its first and last part)."""
        first_para, fk, fs = self._loc(qi, 0)
        last_para, lk, ls = self._loc(qi, len(raw.parts) - 1)
        found = None
        if raw.closed:
            found = self.after(last_para, lk, ls)
        if found is None:
            found = self.before(first_para, fk, fs)
        if found is None:
            found = self.intro(first_para, fk)
        if found is None:
            found = self.sentence(fk, fs)
            if found is None and ls is not fs:
                found = self.sentence(lk, ls)
        alone = self._only_quotes(first_para, fs)
        if found is None and alone:
            found = self.alone(first_para, fs, raw)
        verb = self._verb_beside(last_para, lk, ls, 1) or self._verb_beside(first_para, fk, fs, -1)
        short = words <= self.lex.scare_max_words and not alone and verb is None
        if short and found is not None and found.rule == "sentence" and not self._reports_words(found):
            found = None  # "signed a memorandum to keep a 'safe distance'": no one's words
        # a short quotation is a term in quotation marks (a scare quote) unless its
        # sentence gives it a speaker and a cue that reports words: 'Cruz warned the
        # "Washington cartel"…'; one presented as a term ("so-called") is one anyway
        scare = short and (found is None or self._marked_as_term(first_para, fk))
        if scare:
            found = None
        span = (fs.id, ls.id)
        if found is None and verb is not None:
            return None, False, f"cue '{verb}' beside the quotation, but it names no speaker", span
        if scare:
            plural = "s" if words != 1 else ""
            return None, True, f"scare quote: {words} word{plural} used as a term, no cue of its own", span
        if found is None:
            why = "no speech cue around it" if not alone else "a quotation on its own with no speaker before it"
            return None, False, why, span
        return found, False, "", span

    def _reports_words(self, f: Found) -> bool:
        """The cue reports someone's words or names with them ("said", "called",
        "according to"), rather than an act ("signed", "voted for")."""
        if f.cue is None:
            return True
        if f.cue.kind not in ("verb", "participle"):
            return True
        return f.cue.text.split()[0].lower() in self.lex.speech_forms

    def _marked_as_term(self, para: Para, k: int) -> bool:
        """ "the so-called 'moderates'", "known as the 'White Helmets'": a term."""
        toks = para.toks
        words = [t.lower for t in toks[max(0, k - 4):k] if t.kind == "w"]
        while words and words[-1] in ("a", "an", "the"):
            words.pop()
        return any(tuple(words[-len(m):]) == m for m in self.lex.term_markers if len(words) >= len(m))

    def resolve(self, f: Found) -> tuple[Entity | None, float, str]:
        doc = self.doc
        cue_text = f.cue.text if f.cue is not None else (f.cue_text or "")
        where = _WHERE[f.rule]
        if f.entity is not None:
            e = f.entity
            conf = _RULE_CONF[f.rule]
            return e, conf, f"no cue of its own; {e.name} speaks {where} (cue '{cue_text}')"
        m = f.mention
        e = doc.ref_of(m)
        conf_m = m.conf
        how = m.how
        governor = self._governed_by(m) if m.kind in ("single", "institution", "name") else None
        if governor is not None:
            # "a salesman from Sumter, South Carolina, says": the object of a preposition
            # is never the subject of the cue; the speaker is the phrase it belongs to
            return None, 0.0, (f"cue '{cue_text}' {where}; '{m.text}' follows '{governor}': part of "
                               "a phrase, not the speaker")
        if e is None and m.kind == "single" and m.name in doc.places and f.rule not in ("after", "before"):
            return None, 0.0, (f"cue '{cue_text}' {where}; '{m.text}' is a place the article names, "
                               "not a speaker")
        if e is None and m.kind == "single":
            e = doc.unknown_single(m)
            conf_m = 0.78
            how = ("a lone name, a person by the text around it" if e is not None and e.kind == "person"
                   else "a name no person in the article carries: taken as an organisation")
        if e is None:
            what = {"pronoun": "pronoun", "description": "description"}.get(m.kind, "mention")
            return None, 0.0, f"cue '{cue_text}' {where}; {what} '{m.text}' could not be resolved"
        if m.apposed is not None:
            conf_m = max(conf_m, m.apposed.conf)
        conf = round(_RULE_CONF[f.rule] * (conf_m or 0.9), 2)
        if m.kind == "pronoun" or how.startswith("pronoun"):
            detail = how
        elif how == "surname":
            detail = f"'{m.text}' → {e.name} (surname)"
        elif how in ("description", "apposition"):
            detail = f"'{m.text}' → {e.name} (role given earlier: {', '.join(e.roles[:2]) or e.name})"
        elif how == "unnamed":
            detail = f"unnamed source '{m.text}'"
        elif how == "group":
            detail = f"'{m.text}' → {e.name}"
        else:
            detail = f"'{m.text}'" if " ".join(m.text.split()) == e.name else f"'{m.text}' → {e.name}"
            if how and how not in ("name", "institution"):
                detail += f" ({how})"
        return e, conf, f"cue '{cue_text}' {where}; {detail}"

    def _governed_by(self, m: Mention) -> str | None:
        """The preposition right before mention ``m`` ("from", "in", "at"…), if any."""
        for para in self.doc.paras:
            if para.start <= m.start < para.end:
                if 0 < m.i <= len(para.toks) and para.toks[m.i - 1].lower in _GOVERNING:
                    return para.toks[m.i - 1].text
                return None
        return None

    def sentence_chars(self, sid_a: int, sid_b: int) -> tuple[int, int]:
        """Character span from the start of sentence ``sid_a`` to the end of ``sid_b``."""
        sa = self.doc.sentences[sid_a]
        sb = self.doc.sentences[sid_b]
        pa = self.doc.paras[sa.para]
        pb = self.doc.paras[sb.para]
        return pa.toks[sa.a].start, pb.toks[sb.b - 1].end


def count_words(text: str) -> int:
    return sum(1 for w in text.replace("—", " ").split() if any(ch.isalnum() for ch in w))
