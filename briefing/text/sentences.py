"""Split one paragraph of news English into sentences, with exact offsets.

``split_sentences(text, start, end)`` returns ``(start, end)`` spans that index
``text`` itself, never a copy: ``text[s:e]`` is the sentence, trimmed of
whitespace, and the spans are in order, do not overlap, and together cover
every non-whitespace character of ``text[start:end]``. Line breaks are spaces
(hard-wrapped paragraphs are common); a single newline never ends a sentence.

How it works: one compiled regex finds the candidate boundaries (a run of
``. ? ! …`` with any closing quotes or brackets, then whitespace), and a few
cheap checks on the word before and the word after decide each one. What the
checks know (abbreviations, words that open sentences) is data, in
``briefing/data/sentences.yaml``; the verbs of attribution are the lexicon's
speech cues (:mod:`briefing.text.lexicon`).

The rules, in the order they are tried at a candidate:

1. A lowercase word next never starts a sentence ("the U.S. and Russia",
   '"Why?" he asked.', "5 p.m. on Monday", "… and then").
2. "?" or "!" ends the sentence, except when a closing quotation mark follows
   and then a name and a verb of attribution ('"Why?" Putin asked.').
3. An ellipsis ("...", "…", ". . .") ends the sentence unless a digit
   follows; more terminal punctuation next is never a boundary.
4. A period followed by a closing quote or bracket ends the sentence
   (``."`` ``.'`` ``.”`` ``.’`` ``.)``).
5. A period after a *prefix* abbreviation (Mr., Dr., Gen., Lt. Col., vs.,
   e.g.) never ends the sentence; "No." and its kind are abbreviations only
   before a number ("No. 3"); a list marker ("1.", "b.") at the start of a
   sentence or after a colon is not a sentence.
6. After an *ambiguous* abbreviation (Sept., Inc., Tex., St., etc.) or an
   initialism ("U.S.", "p.m.", "John F. Kennedy"), the sentence ends only when
   the next word is a common sentence opener ("in the U.S. The next day"
   splits; "U.S. Secretary of State John Kerry" and "5 p.m. Monday" do not),
   or, after a multi-letter initialism, when a quotation opens there.
7. Any other period ends the sentence when a capitalised word, a digit or a
   symbol follows.
8. Quotations: a closing quotation mark followed by a dash is no boundary
   ('“…what happened here.” — Mayor Lena Holm': the dash names the speaker).
   A boundary inside a quotation that is still open is dropped
   when the quotation goes on to close with a comma. '"We are ready. We will
   act," he said.' is one sentence, so an excerpt never loses its
   attribution (pysbd's convention); '"We are ready. We will act." He left.'
   is three, because nothing ties the quoted sentences to the next one. A
   quotation still open at the end of the paragraph (a quote running on into
   the next one) splits normally, and so does one whose next quotation mark
   opens a new quotation.

Known limits (pinned in the tests): a sentence that starts with a lowercase
word ("iPhone sales rose.") is glued to the one before; so is one that starts
with a capitalised noun or name after an initialism or ambiguous abbreviation
("at 3 a.m. Residents said", "Austin, Tex. Kerry visited"); a "!" inside a
name ("Yahoo! Inc.") ends a sentence. Accuracy and speed against pysbd and
syntok: ``python benchmarks/sentences.py``.
"""

from __future__ import annotations

from briefing.data import load

import re
from dataclasses import dataclass
from functools import cache


__all__ = ["MAX_SENTENCE_CHARS", "split_sentences"]

#: The longest span the splitter returns. A "sentence" longer than this (a page
#: pasted without punctuation, a table flattened into one line) is cut at word
#: boundaries, preferably after a clause mark, so no excerpt is unbounded.
MAX_SENTENCE_CHARS = 600
_CLAUSE_BREAK = re.compile(r"[;:,\u2013\u2014)](?=\s)")
_SPACE = re.compile(r"\s+")

# A candidate boundary: terminal punctuation, closing quotes or brackets, then
# whitespace or the end of the paragraph.
_CANDIDATE = re.compile(r"([.?!…]+)([\"'”’»)\]]*)(?:\s+|\Z)")
_NONSPACE = re.compile(r"\S")
_OPENING = "\"'“‘«([{"
_OPENING_QUOTES = "\"'“‘«"
_QUOTE_CHARS = "\"'“”‘’«»"
_CLOSING = "\"'”’»)]}"
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_LIST_MARKER = re.compile(r"\d{1,2}|[^\W\d_]")
_QUOTE_MARK = re.compile(r"[\"'“”‘’]")
# The next mark of a quotation family after a boundary: its closing mark
# (after a non-space, not before a letter) or a new opening mark.
_NEXT_QUOTE_MARK = {
    "double": re.compile(r"(?P<close>(?<=\S)[”\"](?![^\W_]))|“|(?<![^\s(\[])\""),
    "single": re.compile(r"(?P<close>(?<=\S)[’'](?![^\W_]))|‘|(?<![^\s(\[])'(?=[^\W_])"),
}
_LOOKAHEAD = 3000  # how far to look for the end of an open quotation

_PREFIX, _BEFORE_NUMBER, _AMBIGUOUS, _INITIAL, _LETTER = range(5)


@dataclass(frozen=True)
class _Rules:
    abbreviations: dict[str, int]
    starter: re.Pattern[str]  # matches a sentence-opening word at a position
    attribution: re.Pattern[str]  # matches "Name Name said" at a position


def _flatten(node: object) -> list[str]:
    if isinstance(node, dict):
        return [word for value in node.values() for word in _flatten(value)]
    words = list(node or ())
    for word in words:
        if not isinstance(word, str):  # YAML reads a bare No or On as a boolean
            raise TypeError(f"sentences.yaml: {word!r} is not a string; quote it")
    return words


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _rules() -> _Rules:
    data = load("sentences.yaml")
    abbreviations = data["abbreviations"]
    table: dict[str, int] = {}
    for group, kind in (("ambiguous", _AMBIGUOUS), ("before_number", _BEFORE_NUMBER), ("prefix", _PREFIX)):
        for word in _flatten(abbreviations[group]):
            table[word] = kind  # later groups win: a prefix is never ambiguous
    starters = _alternation(_flatten(data["sentence_starters"]))
    starter = re.compile(rf"(?:{starters})(?=[\s,;:]|['’][^\W\d_]|\Z)")
    from briefing.text.lexicon import lexicon

    lex = lexicon()
    verbs = [form for form in lex.cue_verbs if form not in lex.weak_cues]
    attribution = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:{_alternation(verbs)})\b")
    return _Rules(table, starter, attribution)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets into `text`) inside text[start:end]."""
    if end is None:
        end = len(text)
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"bad region {start}:{end} for a text of {len(text)} characters")
    seg = text[start:end]
    first = _NONSPACE.search(seg)
    if first is None:
        return []
    stop = len(seg.rstrip())
    rules = _rules()
    abbreviations = rules.abbreviations
    starter = rules.starter.match

    spans: list[tuple[int, int]] = []
    sent_start = first.start()
    for cand in _CANDIDATE.finditer(seg, sent_start, stop):
        q = cand.end()
        if q >= stop:
            break
        nxt = seg[q]
        if nxt.islower() or nxt in ".?!…":
            continue
        if nxt in "\u2014\u2013\u2015" and _has_quote(cand.group(2)):
            continue  # '“…here.” — Mayor Lena Holm': the dash names who said it
        j = q
        opened = False
        if nxt in _OPENING:
            opened = nxt in _OPENING_QUOTES
            while j < stop and seg[j] in _OPENING:
                j += 1
            nxt = seg[j] if j < stop else " "
            if nxt.islower():
                continue
        terminal, closers = cand.group(1), cand.group(2)
        ps = cand.start()
        spaced_dot = terminal == "." and not closers and (ps == sent_start or seg[ps - 1].isspace())

        if "?" in terminal or "!" in terminal:
            if _has_quote(closers) and rules.attribution.match(seg, q):
                continue
        elif terminal != "." or spaced_dot:  # an ellipsis: "...", "…", ". . ."
            if nxt.isdigit():
                continue
        elif not closers:
            word = _word_before(seg, sent_start, ps)
            if word is not None:
                kind = abbreviations.get(word)
                if kind is None:
                    if _LIST_MARKER.fullmatch(word) and _starts_item(seg, sent_start, ps - len(word)):
                        continue
                    if _INITIALISM.fullmatch(word):
                        kind = _LETTER if len(word) == 1 else _INITIAL
                if kind == _PREFIX:
                    continue
                if kind == _BEFORE_NUMBER and nxt.isdigit():
                    continue
                if kind in (_AMBIGUOUS, _INITIAL, _LETTER) and not starter(seg, j):
                    if not (opened and kind != _LETTER and nxt.isupper()):
                        continue

        pe = cand.end(2)
        if _inside_quotation_that_goes_on(seg, sent_start, pe, q, stop):
            continue
        spans.append((start + sent_start, start + pe))
        sent_start = q
    spans.append((start + sent_start, start + stop))
    if any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans = [piece for s, e in spans for piece in _bounded(text, s, e)]
    return spans


def _bounded(text: str, s: int, e: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``text[s:e]`` as pieces of at most ``limit`` characters, cut after a clause
    mark in the second half of the window, else at its last space, else (no
    space at all) at ``limit``, never before a combining mark."""
    pieces: list[tuple[int, int]] = []
    while e - s > limit:
        window = text[s:s + limit]
        cut = None
        for match in _CLAUSE_BREAK.finditer(window, limit // 2):
            cut = match.end()
        if cut is None:
            spaces = [m.start() for m in _SPACE.finditer(window, 1)]
            cut = spaces[-1] if spaces else None
        if cut is None:
            cut = limit
            while cut > 1 and _joins_previous(text[s + cut]):
                cut -= 1
        end = s + cut
        while end > s and text[end - 1].isspace():
            end -= 1
        pieces.append((s, end))
        s += cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        pieces.append((s, e))
    return pieces


def _joins_previous(ch: str) -> bool:
    """A combining mark or a low surrogate, which belongs to the character before it."""
    import unicodedata

    return unicodedata.combining(ch) != 0 or "\udc00" <= ch <= "\udfff"


def _word_before(seg: str, sent_start: int, ps: int) -> str | None:
    """The word that a period ends, without opening punctuation, or None when
    it is too long to be an abbreviation or ends in a closing quote."""
    if ps == sent_start or seg[ps - 1].isspace():
        return ""
    lo = max(sent_start, ps - 24)
    chunk = seg[lo:ps]
    parts = chunk.split()
    if len(parts) == 1 and lo > sent_start and not chunk[0].isspace() and not seg[lo - 1].isspace():
        return None
    word = parts[-1].lstrip(_OPENING)
    if word and word[-1] in _CLOSING:
        return None
    return word


def _has_quote(closers: str) -> bool:
    return any(c in _QUOTE_CHARS for c in closers)


def _starts_item(seg: str, sent_start: int, word_start: int) -> bool:
    """Whether a number or letter at word_start is a list marker ("1.", "b.")."""
    i = word_start - 1
    while i >= sent_start and seg[i] in _OPENING:
        i -= 1
    while i >= sent_start and seg[i].isspace():
        i -= 1
    return i < sent_start or seg[i] in ":;"


def _inside_quotation_that_goes_on(seg: str, sent_start: int, pe: int, q: int, stop: int) -> bool:
    """Whether seg[sent_start:pe] leaves a quotation open that closes later
    with a comma ('"We are ready. We will act," he said.')."""
    a = max(sent_start, pe - _LOOKAHEAD)  # bounded, so a run-on quotation stays linear
    if _QUOTE_MARK.search(seg, a, pe) is None:
        return False
    family = _open_quotation(seg, a, pe)
    if family is None:
        return False
    mark = _NEXT_QUOTE_MARK[family].search(seg, q, min(stop, q + _LOOKAHEAD))
    # A new quotation opening first means this one was never closed here
    # (a quotation running on into the next paragraph).
    return mark is not None and mark.group("close") is not None and seg[mark.start() - 1] == ","


def _open_quotation(seg: str, a: int, b: int) -> str | None:
    """The family ("double" or "single") of the innermost quotation left open
    in seg[a:b], or None. Straight quotes open at the start of a word and close
    at its end; a mark inside a word is an apostrophe."""
    stack: list[str] = []
    for m in _QUOTE_MARK.finditer(seg, a, b):
        i = m.start()
        ch = seg[i]
        prev = seg[i - 1] if i > a else " "
        after = seg[i + 1] if i + 1 < len(seg) else " "
        family = "double" if ch in "\"“”" else "single"
        if ch in "“‘":
            opens = True
        elif ch in "”’":
            opens = False
            if after.isalnum() or prev.isspace():
                continue  # an apostrophe: Russia’s, ’90s
        elif (prev.isspace() or prev in "([{—–-") and not after.isspace():
            opens = True
        elif not prev.isspace() and not after.isalnum():
            opens = False
        else:
            continue
        if opens:
            stack.append(family)
        elif family in stack:
            del stack[len(stack) - 1 - stack[::-1].index(family) :]
    return stack[-1] if stack else None
