"""Mentions: the phrases outside quotations that can name a speaker.

A phrase is a run of capitalised words, name particles (al, de, bin), role words
(any case: "spokesman", "deputy defense minister") and institution heads, with
"of"/"for" inside it and a determiner in front. It is then read from the right:
the words after the last role word are the name ("Russian Foreign Minister |
Sergei Lavrov"), a possessive splits an owner from what it owns ("Russia’s |
Defense Ministry", "The BBC’s | Jonathan Marcus"), and a phrase with no name is a
description ("the Pentagon spokesman", "one lieutenant") or an institution
("the Kremlin", "Russia's Defense Ministry").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.text.lexicon import Lexicon
from briefing.text.tokens import Tok, possessive_base

_RELATIVE = {"who", "which", "that", "whose", "where", "when", "whom"}
_ENGLISH_PARTICLES = frozenset({"as", "at", "an", "ad", "ar", "az", "ash", "and", "on", "in"})
_TIME = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
         "afternoon", "evening", "night", "week", "month", "year", "today", "yesterday", "tonight",
         "weekend", "earlier", "later", "ago", "january", "february", "march", "april", "may", "june",
         "july", "august", "september", "october", "november", "december", "sept", "oct", "nov",
         "dec", "jan", "feb", "aug"}

#: the months, written out or abbreviated: also given names and surnames (Jan, April, May)
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"})
_MONTHS = _MONTH_WORDS | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: words after which a month is a date ("in May", "since January", "last April")
_BEFORE_DATES = frozenset({"in", "on", "since", "until", "till", "by", "from", "to", "of", "through",
                           "last", "next", "this", "early", "late", "mid", "during", "before", "after"})


def _verb_after_subject(word: str, lx: Lexicon) -> bool:
    """A word news writes right after a subject ("went", "didn’t", "endorsed"):
    one the train texts write after subject pronouns, or a form in -ed that is
    not an adjective or noun of theirs ("the speed", "the embattled")."""
    base = word.replace("’", "'").split("'")[0]
    return base in lx.subject_verbs or (len(base) > 4 and base.endswith("ed") and base not in lx.ed_nouns)


@dataclass
class Mention:
    i: int  # token range [i, j) in the paragraph's tokens
    j: int
    start: int  # character offsets in the text
    end: int
    kind: str  # name | single | institution | description | pronoun | group
    text: str
    name: str | None = None
    name_tokens: tuple[str, ...] = ()
    role: str | None = None
    head: str | None = None
    definite: bool = False
    plural: bool = False
    gender: str | None = None
    possessive: bool = False
    adjectival: bool = False  # "Russian airstrikes": a modifier, not a noun phrase
    titled: bool = False
    aged: bool = False  # "Fatima, 34,": an age, so a person
    mods: tuple[str, ...] = ()
    members: list[Mention] = field(default_factory=list)
    para: int = 0
    sent: int = 0  # global sentence number
    subject: bool = False
    speaker: bool = False
    owner: str | None = None  # "Russia" in "Russia's Defense Ministry"
    apposed: Mention | None = None  # the name this description stands beside
    roles: list[str] = field(default_factory=list)  # from appositives
    # filled by resolution
    ref: object = None
    how: str = ""
    conf: float = 0.0


def is_time(t: Tok) -> bool:
    return t.kind == "w" and (t.lower in _TIME or t.text.isdigit())


class Chunker:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.dets = lex.definite | lex.indefinite | lex.possessive_det
        # lower-case words a phrase may start with (capitalised words always may)
        # name particles that are also English words ("as", "at", "an") open a name only
        # when written onto it ("as-Sisi"), never as a word of their own
        self.starters = (self.dets | lex.role_heads | lex.role_modifiers | lex.institution_heads
                         | (lex.particles - _ENGLISH_PARTICLES))
        self.multi: dict[str, list[tuple[str, ...]]] = {}
        for phrase in lex.role_multi:
            self.multi.setdefault(phrase[0], []).append(phrase)

    # -- token classes ------------------------------------------------------------------
    def name_word(self, t: Tok) -> bool:
        lx = self.lex
        if not t.cap or t.text.isdigit():
            return False
        if len(t.text) >= 2 and t.text.isupper() and t.text.isalpha():
            return True  # an acronym: IS, US, NATO
        inflected = t.lower in lx.cue_verbs and lx.cue_verbs[t.lower] != t.lower
        return t.lower not in lx.not_names and not inflected and t.lower not in lx.pronouns

    def month_in_name(self, toks: list[Tok], k: int, b: int) -> bool:
        """A month's name used as a given name or a surname ("Jan Brewer", "April Ryan",
        "Theresa May"): capitalised, beside a name word, and with no day, year or
        time preposition that would make it a date ("May 3", "on Jan. 3", "in May")."""
        t = toks[k]
        if not t.cap or t.kind != "w" or t.lower not in _MONTHS:
            return False
        nxt = toks[k + 1] if k + 1 < b else None
        prev = toks[k - 1] if k > 0 else None
        if nxt is not None and (nxt.kind != "w" or nxt.text.isdigit()):
            # "Jan. 3", "May 3", "April-June" are dates; "…, said Theresa May." ends a sentence
            ends = nxt.text in (",", ";", ":", ")") or (nxt.text == "." and t.lower in _MONTH_WORDS)
            if not ends:
                return False
        if prev is not None and (prev.text.isdigit() or prev.lower in _BEFORE_DATES):
            return False
        beside = [x for x in (prev, nxt) if x is not None and x.kind == "w"]
        return any(x.lower not in _MONTHS and self.name_word(x) for x in beside)

    def inside_name(self, toks: list[Tok], k: int, first: int = 0) -> bool:
        """A capitalised word that reads as a verb of speech but continues a name:
        "the United States", "Says Who" (never the first word of a sentence)."""
        t = toks[k]
        if not t.cap or t.kind != "w" or k <= first:
            return False
        prev = toks[k - 1]
        return prev.kind == "w" and prev.cap and t.lower in self.lex.cue_verbs and not t.text.isupper()

    @staticmethod
    def _dateline(toks: list[Tok], b: int) -> int:
        """The end of the dateline opening a paragraph ("WASHINGTON (AP) —", "JACKSON,
        Miss. -", "BEIRUT —"): a place in capitals, a comma and a state or country
        in a word or two, an agency in brackets, then a dash; 0 when there is none."""
        k = 0
        while k < b and toks[k].kind == "w" and toks[k].text.isupper() and len(toks[k].text) > 1:
            k += 1
        if k == 0:  # "Washington (AFP) –": a place in capitalised words needs the agency's bracket
            while k < b and toks[k].kind == "w" and toks[k].cap and k < 3:
                k += 1
            if k == 0 or k >= b or toks[k].text != "(":
                return 0
        if k > 3:
            return 0
        if k < b and toks[k].text == ",":
            k += 1
            start = k
            while k < b and k - start < 3 and (toks[k].kind == "w" and toks[k].cap or toks[k].text == "."):
                k += 1
        if k < b and toks[k].text == "(":
            close = next((x for x in range(k, min(b, k + 6)) if toks[x].text == ")"), None)
            if close is None:
                return 0
            k = close + 1
        return k + 1 if k < b and toks[k].text in ("-", "—", "–", "--") else 0

    def _common_first_word(self, toks: list[Tok], i: int, b: int) -> bool:
        """A sentence's capitalised first word that news writes in lower case, and that
        does not open a name: before a lower-case word ("Hours before…"), or an -ing or
        -ed form before a name ("Celebrating Clinton's win"). "Bill Clinton", "Will
        Estrada" stay names."""
        lx = self.lex
        t = toks[i]
        if not t.cap or t.lower in self.starters \
                or t.lower in lx.titles or t.text in lx.given_female or t.text in lx.given_male:
            return False
        nxt = toks[i + 1] if i + 1 < b else None
        if t.lower not in lx.common_words:
            # a long -ing form the word list lacks, before a name: "Celebrating Clinton"
            return len(t.lower) >= 8 and t.lower.endswith("ing") and nxt is not None and nxt.cap
        if nxt is None or nxt.kind != "w" or not nxt.cap:
            return True
        return t.lower.endswith(("ing", "ed"))

    def role_word(self, t: Tok) -> bool:
        return t.kind == "w" and (t.lower in self.lex.role_heads or (t.cap and t.lower in self.lex.titles))

    def content_word(self, t: Tok) -> bool:
        lx = self.lex
        return (t.kind == "w" and not t.cap and t.lower not in lx.not_names and t.lower not in lx.between
                and t.lower not in lx.cue_verbs and t.lower not in ("and", "or") and not t.text.isdigit())

    # -- chunking ---------------------------------------------------------------------------
    def chunk(self, toks: list[Tok], a: int, b: int, text: str) -> list[Mention]:
        out: list[Mention] = []
        i = a
        lx = self.lex
        while i < b:
            t = toks[i]
            if t.kind != "w":
                i += 1
                continue
            if t.lower in lx.pronouns and (t.lower != "i" or t.text == "I") and not (t.text == "US"):
                out.append(Mention(i, i + 1, t.start, t.end, "pronoun", t.text, head=t.lower))
                i += 1
                continue
            if i == 0 and self._dateline(toks, b):
                i = self._dateline(toks, b)  # "WASHINGTON (AP) —", "JACKSON, Miss. -": where, not who
                continue
            if i == a and self._common_first_word(toks, i, b):
                i += 1  # "Hours before the vote", "Celebrating Clinton's win": a word, not a name
                continue
            if t.cap or t.lower in self.starters:
                j = self._extend(toks, i, b)
                for x in range(i + 1, j):
                    # "Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov": two people
                    if toks[x].lower == "and" and any(self.role_word(y) for y in toks[x + 1:j]):
                        j = x
                        break
                m = self._interpret(toks, i, j, b, text) if j > i else None
                if m is not None:
                    out.append(m)
                    i = j
                    continue
            m = self._document(toks, i, b, out, text)
            if m is not None:
                out.append(m)
                i = m.j
                continue
            i += 1
        return out

    def _document(self, toks: list[Tok], i: int, b: int, before: list[Mention], text: str) -> Mention | None:
        """ "a statement", "the army's statement", "the report": a source that is not a speaker."""
        lx = self.lex
        t = toks[i]
        owned = bool(before) and before[-1].possessive and before[-1].j == i
        k = i if owned else i + 1
        if not owned and t.lower not in self.dets:
            return None
        for _ in range(3):
            if k >= b or toks[k].kind != "w":
                return None
            if toks[k].lower in lx.documents or toks[k].lower in lx.speech_nouns:
                det = None if owned else t.lower
                return Mention(i, k + 1, t.start, toks[k].end, "document", text[t.start:toks[k].end],
                               head=toks[k].lower, definite=det in lx.definite or owned,
                               owner=before[-1].text if owned else None)
            if not self.content_word(toks[k]):
                return None
            k += 1
        return None

    def _extend(self, toks: list[Tok], i: int, b: int) -> int:
        lx = self.lex
        k = i
        det = False
        if toks[k].lower in self.dets:
            det = True
            k += 1
        free = 0
        last_good = i
        seen = False
        while k < b:
            t = toks[k]
            if t.kind == "p":
                prev = toks[k - 1]
                # "Gen. Sato", "J. Smith", "Del. Stacey Plaskett": an abbreviated title or
                # initial, its full stop inside the name (the sentence goes on after it)
                if (t.text == "." and k > i and prev.kind == "w"
                        and (prev.lower in lx.titles or prev.lower in lx.abbreviations
                             or (len(prev.text) == 1 and prev.text.isupper())
                             or (prev.cap and 2 <= len(prev.text) <= 4 and prev.text.isalpha()
                                 and prev.lower not in lx.not_names and k - 1 == i))
                        and k + 1 < b and toks[k + 1].kind == "w" and toks[k + 1].cap):
                    k += 1
                    continue
                break
            if t.kind != "w":
                break
            lw = t.lower
            if self.name_word(t) or self.inside_name(toks, k, i) or self.month_in_name(toks, k, b):
                k += 1
                last_good = k
                seen = True
                if possessive_base(t.text) and not (k < b and toks[k].kind == "w"
                                                    and (self.name_word(toks[k]) or self.role_word(toks[k])
                                                         or toks[k].lower in lx.role_modifiers
                                                         or toks[k].lower in lx.institution_heads)):
                    break
                continue
            if lw in lx.role_heads or (lw in lx.institution_heads and (seen or det)):
                k += 1
                last_good = k
                seen = True
                continue
            if lw in lx.role_modifiers or (t.cap and lw in lx.titles):
                k += 1
                seen = True
                continue
            if lw in lx.particles and k + 1 < b and toks[k + 1].cap and (k == i or toks[k - 1].cap):
                # "Ludwig van Beethoven"; not "a teacher at Linden Academy"
                k += 1
                continue
            if lw in ("of", "for") and seen and k + 1 < b:
                n1 = toks[k + 1]
                n2 = toks[k + 2] if k + 2 < b else None
                if self.name_word(n1) or (n1.lower == "the" and n2 is not None and self.name_word(n2)):
                    k += 1
                    continue
                break
            if lw == "the" and k > i and toks[k - 1].lower in ("of", "for"):
                k += 1
                continue
            if (lw == "and" and k > i and last_good == k and toks[k - 1].cap and k + 1 < b
                    and self.name_word(toks[k + 1]) and not possessive_base(toks[k - 1].text)):
                k += 1
                continue
            if det and not seen and free < 3 and self.content_word(t) and _head_follows(toks, k + 1, b, lx):
                free += 1
                k += 1
                continue
            break
        return last_good

    def _interpret(self, toks: list[Tok], i: int, j: int, b: int, text: str) -> Mention | None:
        lx = self.lex
        words = [t for t in toks[i:j] if t.kind == "w"]
        if not words:
            return None
        det = words[0].lower if words[0].lower in self.dets else None
        body = words[1:] if det else words
        if not body:
            return None
        # a possessive splits owners from what they own: "Russia’s | Defense Ministry"
        segments: list[list[Tok]] = []
        cur: list[Tok] = []
        for t in body:
            cur.append(t)
            if possessive_base(t.text):
                segments.append(cur)
                cur = []
        possessive = not cur
        if cur:
            segments.append(cur)
        seg = segments[-1]
        owners = segments[:-1]
        if owners:
            det = None  # "The BBC’s Jonathan Marcus": the article belongs to the owner
        seg_words = [possessive_base(t.text) or (t.text + "." if len(t.text) == 1 and t.text.isupper()
                                                 and text[t.end:t.end + 1] == "." else t.text)
                     for t in seg]
        lows = [w.lower() for w in seg_words]
        start, end = toks[i].start, toks[j - 1].end
        surface = text[start:end]
        if possessive and surface[-2:] in ("'s", "’s", "‘s"):
            end -= 2
            surface = surface[:-2]
        # read from the right: the last role head, then titles before the name
        r_head = -1  # last role head (single or multi-word)
        head = None
        r = -1  # last role-ish word, titles included ("professor Dr.")
        k = 0
        while k < len(lows):
            for phrase in self.multi.get(lows[k], ()):
                n = len(phrase)
                if tuple(lows[k:k + n]) == phrase:
                    r_head = r = k + n - 1
                    head = next((w for w in reversed(phrase) if w in lx.role_heads), phrase[-1])
                    k += n
                    break
            else:
                if lows[k] in lx.role_heads:
                    r_head = r = k
                    head = lows[k]
                elif seg[k].cap and (lows[k] in lx.titles or (
                        k == 0 and k + 1 < len(seg) and text[seg[k].end:seg[k].end + 1] == "."
                        and 2 <= len(seg[k].text) <= 4 and seg[k + 1].cap)):
                    r = k  # a title, or an abbreviation standing before a name as one ("Del.")
                k += 1
        if 0 <= r_head < len(lows) - 1 and lows[-1] in lx.institution_heads and not seg[-1].cap:
            r_head = r = -1  # "a Western-backed rebel coalition": the last word names the thing
        name_idx = list(range(r + 1, len(seg)))
        if name_idx and lows[name_idx[0]] in ("of", "for"):
            # a complement of the role: "spokesman for the MOD", "envoy for Syria Staffan de Mistura"
            rest = name_idx[1:]
            if rest and lows[rest[0]] == "the":
                rest = rest[1:]
            if any(lows[x] in lx.institution_heads or lows[x] in ("of", "for") for x in rest) or len(rest) < 3:
                name_idx = []
            else:
                name_idx = rest[1:]
        name_idx = [x for x in name_idx if seg[x].kind == "w"]
        while name_idx and lows[name_idx[0]] in ("of", "for", "the", "and"):
            name_idx = name_idx[1:]
        # a name is capitalised: "presidential hopeful | Donald Trump", "developer | Carlos Beruff"
        while name_idx and not seg[name_idx[0]].cap:
            name_idx = name_idx[1:]
        gender = self._gender(lows[: r + 1])
        role_text = None
        if r_head >= 0:
            first = 0
            while first < r_head and lows[first] in lx.titles and lows[first] not in lx.role_heads:
                first += 1
            rs = owners[0][0].start if owners else seg[first].start
            role_text = text[rs:seg[r_head].end]
        elif owners:
            role_text = text[owners[0][0].start:owners[-1][-1].end - 2]
        nxt = toks[j] if j < b else None
        # "Russian airstrikes" modifies; "Romney went" does not: a word written after
        # subject pronouns ("he went") is a verb, and the name its subject
        adjectival = (nxt is not None and self.content_word(nxt) and nxt.lower not in lx.role_heads
                      and not _verb_after_subject(nxt.lower, lx)
                      and lows[-1] not in lx.institution_heads and lows[-1] not in lx.role_heads)
        has_cap = any(seg[x].cap for x in name_idx)
        indefinite = det in lx.indefinite or (det is None and i > 0 and toks[i - 1].lower in lx.indefinite)
        if name_idx and has_cap and indefinite and r >= 0 and all(seg[x].cap for x in range(r + 1)):
            # "a President Romney", "a future Chancellor Merz": a title the person may one
            # day hold, not one they have
            role_text, r = None, -1
        if name_idx and has_cap:
            m = self._name(i, j, start, end, surface, seg, seg_words, lows, name_idx, det, r, role_text,
                           gender, adjectival, text)
        elif r_head >= 0 and head in lx.role_heads:
            plural = _plural(lows[r_head], lx)
            caps = tuple(w.lower() for x, w in enumerate(seg_words[:r_head]) if seg[x].cap)
            for o in owners:
                caps += tuple((possessive_base(t.text) or t.text).lower() for t in o if t.cap)
            definite = (det in lx.definite or det in lx.possessive_det or bool(owners)
                        or (det is None and not plural))
            m = Mention(i, j, start, end, "description", surface, role=_strip_det(surface, det),
                        head=lows[r_head], definite=definite, plural=plural, gender=gender, mods=caps,
                        owner=text[owners[0][0].start:owners[-1][-1].end - 2] if owners else None)
        elif any(w in lx.institution_heads for w in lows):
            # "the ministry" must be resolved; "the finance ministry", "Russia's foreign ministry" name one
            named = any(t.cap for t in seg) or bool(owners) or len(lows) > 1
            m = Mention(i, j, start, end, "institution", surface, name=_strip_det(surface, det) if named else None,
                        head=_inst_head(lows, lx), definite=det in lx.definite or bool(owners) or det is None,
                        plural=lows[-1].endswith("s"), adjectival=adjectival and named)
        else:
            return None
        if m is not None and possessive:
            m.possessive = True
        return m

    def _name(self, i, j, start, end, surface, seg, seg_words, lows, name_idx, det, r, role_text, gender,
              adjectival, text) -> Mention | None:
        lx = self.lex
        words = tuple(seg_words[x] for x in name_idx)
        name = " ".join(words)
        if "and" in [w.lower() for w in words]:
            members: list[Mention] = []
            cur: list[int] = []
            for x in name_idx + [None]:
                if x is None or lows[x] == "and":
                    if cur:
                        ms, me = seg[cur[0]].start, seg[cur[-1]].end
                        ws = tuple(seg_words[y] for y in cur)
                        members.append(Mention(i, j, ms, me, "name" if len(ws) > 1 else "single",
                                               text[ms:me], name=" ".join(ws), name_tokens=ws, titled=r >= 0))
                    cur = []
                else:
                    cur.append(x)
            if len(members) >= 2:
                return Mention(i, j, start, end, "group", surface, name=name, role=role_text, plural=True,
                               members=members, adjectival=adjectival)
        lw = [w.lower() for w in words]
        person = self._person_before_of(words, lw, r)
        if person is not None:
            # "Sen. Tom Cole of Oklahoma", "Jeffrey Lewis of the James Martin Center": the
            # person's name; the rest says where they are from or work
            keep = name_idx[:person]
            words, lw = words[:person], lw[:person]
            name = " ".join(words)
            end = seg[keep[-1]].end
            surface = text[start:end]
        if (r < 0 and any(w in lx.institution_heads for w in lw)) or lw[-1] in lx.institution_heads \
                or "of" in lw or "for" in lw:
            # "Syrian Observatory for Human Rights", "Martyr Lieutenant Ahmed Abdou Battalion"
            return Mention(i, j, start, end, "institution", surface, name=_strip_det(surface, det),
                           head=_inst_head([w.lower() for w in words], lx), definite=True, adjectival=adjectival)
        if r < 0 and det in lx.definite:
            return Mention(i, j, start, end, "institution", surface, name=_strip_det(surface, det),
                           head=words[-1].lower(), definite=True, plural=words[-1].endswith("s"),
                           adjectival=adjectival)
        if r < 0 and det is not None:
            return None  # "a Russian", "some Syrians"
        if r < 0 and len(words) == 1 and len(words[0]) >= 2 and words[0].isupper():
            return Mention(i, j, start, end, "institution", surface, name=words[0], head=words[0].lower(),
                           definite=True, adjectival=adjectival)
        kind = "name" if (len(words) > 1 or r >= 0) else "single"
        return Mention(i, j, start, end, kind, surface, name=name, name_tokens=words, role=role_text,
                       gender=gender, titled=r >= 0, adjectival=adjectival and kind == "single")

    def _person_before_of(self, words: tuple[str, ...], lw: list[str], r: int) -> int | None:
        """Where a person's name ends before "of"/"for" ("Tom Cole | of Oklahoma"): at
        least two capitalised words or a title before it, none of them an institution's."""
        lx = self.lex
        cut = next((x for x, w in enumerate(lw) if w in ("of", "for")), None)
        if not cut:
            return None
        head = lw[:cut]
        if any(w in lx.institution_heads or w in lx.role_heads for w in head):
            return None
        if len(head) >= 2 or (r >= 0 and len(head) >= 1):
            return cut
        return None

    def _gender(self, role_lows: list[str]) -> str | None:
        lx = self.lex
        for w in role_lows:
            if w in lx.titles_male or w in lx.roles_male:
                return "male"
            if w in lx.titles_female or w in lx.roles_female:
                return "female"
        return None


def _head_follows(toks: list[Tok], k: int, b: int, lx: Lexicon) -> bool:
    """Does a role or institution head follow within three words (so free words may lead to it)?"""
    for x in range(k, min(b, k + 4)):
        t = toks[x]
        if t.kind != "w":
            return False
        if t.lower in lx.role_heads or t.lower in lx.institution_heads or t.cap:
            return True
        if t.lower in lx.not_names or t.lower in lx.cue_verbs:
            return False
    return False


def _plural(word: str, lx: Lexicon) -> bool:
    if word in ("people", "men", "women", "spokesmen", "spokeswomen", "spokespeople"):
        return True
    return word.endswith("s") and word[:-1] in lx.role_heads


def _inst_head(lows: list[str], lx: Lexicon) -> str:
    for w in reversed(lows):
        if w in lx.institution_heads:
            return w
    return lows[-1]


def _strip_det(surface: str, det: str | None) -> str:
    if det and surface.lower().startswith(det + " "):
        return surface[len(det) + 1:]
    return surface


def apposition(toks: list[Tok], mentions: list[Mention], a: int, b: int, text: str, lex: Lexicon) -> None:
    """Roles given beside a name: "Peter Cook, the press secretary…," / "the foreign secretary, Tom Whitfield,".

    In a list ("the foreign minister, Sergei Lavrov, the prime minister, Dmitry
    Medvedev") a description belongs to the name after it, so descriptions
    before names are paired first and a name that got one takes no other.
    """
    by_start = {m.i: m for m in mentions}
    took: set[int] = set()
    for d in mentions:
        if d.kind != "description" or d.plural or d.j >= b or toks[d.j].text != ",":
            continue
        n = by_start.get(d.j + 1)
        if n is None or n.kind != "name" or len(n.name_tokens) < 2:
            continue
        after = toks[n.j] if n.j < b else None
        if after is None or after.text in (",", ".", ";", ")") or after.lower in lex.cue_verbs \
                or after.lower in lex.between:
            n.roles.append(_strip_det(d.role or d.text, None))
            d.apposed = n
            took.add(id(n))
            if n.gender is None:
                n.gender = d.gender
    for m in mentions:
        if m.kind not in ("name", "single", "group") or id(m) in took:
            continue
        k = m.j
        if k + 2 < b and toks[k].text == "," and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 3 \
                and toks[k + 2].text in (",", ")", "."):
            m.aged = True
        if k >= b or toks[k].text != ",":
            continue
        blk_end = k + 1
        while blk_end < b and toks[blk_end].text not in (",", ";", "(", ")", ".") and toks[blk_end].kind != "q":
            blk_end += 1
        block = toks[k + 1:blk_end]
        if not 0 < len(block) <= 16 or block[0].lower in _RELATIVE:
            continue
        inner = [o for o in mentions if k < o.i < blk_end]
        if any(o.kind in ("name", "group") or (o.kind == "single" and o.titled) for o in inner):
            continue  # a list of people, not a role
        d = by_start.get(k + 1)
        if d is not None and d.apposed is not None:
            continue  # it describes the next name
        cut = len(block)
        for x, t in enumerate(block):
            if x > 0 and t.lower in _RELATIVE:
                cut = x
                break
        words = [t.lower for t in block[:cut] if t.kind == "w"]
        if not any(w in lex.role_heads for w in words) or any(w in lex.cue_verbs for w in words):
            continue
        s0 = block[1].start if block[0].lower in (lex.definite | lex.indefinite) and len(block) > 1 else block[0].start
        role = text[s0:block[cut - 1].end].strip()
        if not role:
            continue
        m.roles.append(role)
        if m.gender is None:
            for w in words:
                if w in lex.roles_male:
                    m.gender = "male"
                elif w in lex.roles_female:
                    m.gender = "female"
        if d is not None and d.kind == "description":
            d.apposed = m
