"""Finding quotations: which marks open and close one, and which are apostrophes.

Each mark is judged by its neighbours (a space or bracket before and a word after
opens; a word or punctuation before and a space or punctuation after closes), with
the glyph as a tie-breaker for curly marks. Marks are then paired with a stack per
paragraph, so quotations nest. A single mark between two letters (don't, Russia's,
Interpreter‘s) or before an elided word ('90s, 'em, rock 'n' roll) is an apostrophe;
a mark after a plural ("the ministers’ proposal") closes only when no later mark
could close the same quotation.

A quotation left open at the end of a paragraph continues into the next one when
that paragraph opens with a mark of the same family (the news convention) or, for
double marks, when it holds a closing mark that nothing else opened (block quotes
copied without the repeated opening mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.text.lexicon import Lexicon

_AFTER_CLOSE = ".,;:!?)]}—–-…/"
_BEFORE_OPEN = "([{—–-/"
_DIGIT_ELISION = re.compile(r"\d\d(?:s\b|(?!\w))")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass
class Mark:
    pos: int
    family: str  # "double" | "single"
    can_open: bool
    can_close: bool
    weak_close: bool = False  # a single mark after a plural: maybe a possessive


@dataclass
class RawQuote:
    family: str
    parts: list[tuple[int, int]] = field(default_factory=list)  # inner spans, before trimming
    outer: list[tuple[int, int]] = field(default_factory=list)  # spans with their marks
    paragraphs: list[int] = field(default_factory=list)  # paragraph positions (0-based)
    nested: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = False


def _family(ch: str, lex: Lexicon) -> str | None:
    if ch in lex.double_open or ch in lex.double_close or ch in lex.double_both:
        return "double"
    if ch in lex.single_open or ch in lex.single_close or ch in lex.single_both:
        return "single"
    return None


def _is_space(ch: str | None) -> bool:
    return ch is None or ch.isspace()


def classify_marks(text: str, start: int, end: int, lex: Lexicon) -> list[Mark]:
    """Every quote-like character of ``text[start:end]`` that may open or close."""
    chars = lex.quote_chars
    marks: list[Mark] = []
    skip_next_single = -1
    for found in lex.quote_mark.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        fam = _family(ch, lex)
        prev = text[i - 1] if i > start else None
        nxt = text[i + 1] if i + 1 < end else None
        prev_open_ctx = _is_space(prev) or prev in _BEFORE_OPEN or (prev in chars)
        next_close_ctx = _is_space(nxt) or nxt in _AFTER_CLOSE or (nxt in chars)
        prev_word = prev is not None and prev.isalnum()
        next_word = nxt is not None and nxt.isalnum()
        ctx_open = prev_open_ctx and not _is_space(nxt) and not (nxt in _AFTER_CLOSE and nxt not in "-—–")
        ctx_close = not _is_space(prev) and prev not in _BEFORE_OPEN and next_close_ctx
        if fam == "single":
            if i == skip_next_single:
                continue
            if prev_word and next_word:
                continue  # don't, Russia's, Interpreter‘s
            if ctx_open and next_word:
                m = _LETTERS.match(text, i + 1, end)
                if m and m.group(0).lower() in lex.elisions:
                    after = m.end()
                    if after < end and text[after] in chars and _family(text[after], lex) == "single":
                        skip_next_single = after  # rock 'n' roll
                    if after >= end or not text[after].isalpha():
                        continue
                if _DIGIT_ELISION.match(text, i + 1, end):
                    continue  # the '90s
            weak = ctx_close and prev in "sS" and _weak_tail(text, i + 1, end)
            if ctx_open or ctx_close:
                marks.append(Mark(i, fam, ctx_open, ctx_close, weak))
            continue
        # double family: context first, then the glyph.
        glyph_open = ch in lex.double_open
        glyph_close = ch in lex.double_close
        can_open = ctx_open or (glyph_open and not ctx_close)
        can_close = ctx_close or (glyph_close and not ctx_open)
        if ch in lex.double_both and not (ctx_open or ctx_close):
            continue
        if can_open or can_close:
            marks.append(Mark(i, fam, can_open, can_close))
    return marks


def _weak_tail(text: str, i: int, end: int) -> bool:
    """After a plural's mark: a space, then a lower-case word (a possessive's noun)."""
    j = i
    while j < end and text[j] in " \t\u00a0":
        j += 1
    return j > i and j < end and text[j].islower()


def _unmatched_close(marks: list[Mark], family: str) -> int | None:
    """Index of the first closing mark of ``family`` that no earlier mark opened."""
    depth = 0
    for k, m in enumerate(marks):
        if m.family != family:
            continue
        if m.can_close and depth == 0:
            return k
        if m.can_close and depth > 0:
            depth -= 1
        elif m.can_open:
            depth += 1
    return None


def _first_char(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def find_quotes(text: str, paragraphs: list[tuple[int, int]], lex: Lexicon) -> list[RawQuote]:
    """Top-level quotations of the text, in order, with nested ones recorded inside."""
    found: list[RawQuote] = []
    carry: RawQuote | None = None
    for p, (pstart, pend) in enumerate(paragraphs):
        marks = classify_marks(text, pstart, pend, lex)
        # stack items: (quote, where its words start here, where its marks start here)
        stack: list[tuple[RawQuote, int, int]] = []
        first_mark = 0
        if carry is not None:
            first = _first_char(text, pstart, pend)
            if marks and marks[0].pos == first and marks[0].family == carry.family and marks[0].can_open:
                first_mark = 1
                carry.paragraphs.append(p)
                stack.append((carry, first + 1, first))
            elif carry.family == "double" and _unmatched_close(marks, "double") is not None:
                carry.paragraphs.append(p)
                stack.append((carry, first, first))
            else:
                found.append(carry)  # left open: it ends with its last paragraph
            carry = None
        for k in range(first_mark, len(marks)):
            m = marks[k]
            if m.can_close and any(q.family == m.family for q, _, _ in stack):
                if m.weak_close and _later_close(marks, k):
                    continue  # "the ministers’ proposal": a possessive, not the end
                while stack[-1][0].family != m.family:
                    stack.pop()  # a single mark left open inside: it was an apostrophe
                q, inner, outer = stack.pop()
                q.parts.append((inner, m.pos))
                q.outer.append((outer, m.pos + 1))
                q.closed = True
                if stack:
                    stack[-1][0].nested.append((inner, m.pos))
                else:
                    found.append(q)
            elif m.can_open:
                stack.append((RawQuote(m.family, paragraphs=[p]), m.pos + 1, m.pos))
        if stack:
            bottom, inner, outer = stack[0]
            bottom.parts.append((inner, pend))
            bottom.outer.append((outer, pend))
            bottom.closed = False
            carry = bottom
    if carry is not None:
        found.append(carry)
    # A single mark left open with nothing after it was an apostrophe ('cause, ’burbs);
    # a double one is a quotation whose closing mark is missing.
    found = [q for q in found if q.closed or q.family == "double"]
    found.sort(key=lambda q: q.parts[0][0])
    return found


def _later_close(marks: list[Mark], k: int) -> bool:
    """Is there a mark after ``marks[k]`` that can close its family before one opens?"""
    fam = marks[k].family
    for m in marks[k + 1:]:
        if m.family != fam:
            continue
        if m.can_close:
            return True
        if m.can_open:
            return False
    return False
