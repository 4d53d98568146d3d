"""Word and punctuation tokens with exact offsets: the one tokenizer.

``tokenize`` gives the tokens of a stretch of text; attribution reads the frame
around a quotation, never its inside, so it passes the quotations' spans and
each part of a quotation (marks included) becomes a single ``q`` token.
``words`` gives the written words of a text, which search terms are made of
(:mod:`briefing.analysis.terms`). Sentences come from :mod:`.sentences`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W_]+(?:[-'’‘][^\W_]+)*"  # words, with inner hyphens and apostrophes
    r"|--|[^\w\s]",
)


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    kind: str  # "w" word, "p" punctuation, "q" a quotation part (marks included)
    lower: str
    quote: int = -1  # for "q": index of the quotation
    part: int = -1  # for "q": which part of it

    cap: bool = False  # capitalised like a name: Kerry, U.S., al-Assad, McCain


def possessive_base(word: str) -> str | None:
    """'Russia's' → 'Russia'; None when the word is not a possessive."""
    if len(word) > 2 and word[-2] in "'’‘" and word[-1] in "sS":
        return word[:-2]
    return None


def tokenize(text: str, start: int, end: int, quote_spans: list[tuple[int, int, int, int]],
             particles: frozenset[str] = frozenset()) -> list[Tok]:
    """Tokens of ``text[start:end]``; ``quote_spans`` are (start, end, quote, part), sorted.

    ``particles`` are the lower-case name particles that may start a capitalised
    name with a hyphen (al-Assad, el-Sisi).
    """
    toks: list[Tok] = []
    pos = start
    for qs, qe, qi, pi in quote_spans:
        if qe <= start or qs >= end:
            continue
        qs, qe = max(qs, start), min(qe, end)
        _words(text, pos, qs, toks, particles)
        toks.append(Tok(text[qs:qe], qs, qe, "q", "", qi, pi))
        pos = qe
    _words(text, pos, end, toks, particles)
    return toks


def _words(text: str, a: int, b: int, out: list[Tok], particles: frozenset[str]) -> None:
    if a >= b:
        return
    append = out.append
    for m in _TOKEN.finditer(text, a, b):
        s = m.group()
        c = s[0]
        if c.isalnum():
            cap = c.isupper()
            if not cap and "-" in s:
                head, _, rest = s.partition("-")
                cap = head.lower() in particles and rest[:1].isupper()
            append(Tok(s, m.start(), m.end(), "w", s.lower(), -1, -1, cap))
        else:
            append(Tok(s, m.start(), m.end(), "p", s, -1, -1, False))


_JOINERS = frozenset("-'’.")


def written_words(text: str):
    """``(word, start, end)`` for every written word of ``text``: the word tokens of
    :func:`tokenize`, with those joined by a hyphen, an apostrophe or a dot and no
    space between ("U.S.-led", "Su-34", "Russia's") kept as one written word."""
    run_start = run_end = -1
    for m in _TOKEN.finditer(text):
        s, a, b = m.group(), m.start(), m.end()
        if s[0].isalnum():
            joined = run_start >= 0 and a == run_end and text[a - 1] in _JOINERS
            if not joined:
                if run_start >= 0:
                    yield _trim(text, run_start, run_end)
                run_start = a
            run_end = b
        elif s in _JOINERS and run_start >= 0 and a == run_end:
            run_end = b  # kept if a word follows at once, trimmed otherwise
        elif run_start >= 0:
            yield _trim(text, run_start, run_end)
            run_start = -1
    if run_start >= 0:
        yield _trim(text, run_start, run_end)


def _trim(text: str, a: int, b: int) -> tuple[str, int, int]:
    """A written word without joiners left dangling at its end (a hyphen before a
    space), keeping one final dot (an abbreviation's, or a sentence's)."""
    if text[b - 1] not in _JOINERS:
        return text[a:b], a, b
    while b > a + 1 and text[b - 1] in "-'’":
        b -= 1
    while b > a + 2 and text[b - 1] == "." and text[b - 2] == ".":
        b -= 1
    return text[a:b], a, b
