"""Tokens and sentences of a paragraph, with every quotation folded into one token.

Attribution reads the frame around a quotation, never its inside, so each part of
a quotation (marks included) becomes a single ``Q`` token. Sentences are split on
that folded text: a multi-sentence quotation stays in one sentence with its cue.
That is why this is not ``briefing.corpus.sentences``: attribution needs token
ranges, and a quotation is never cut, whatever follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import Lexicon

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W_](?:[^\W_]|[-'’‘](?=[^\W_]))*"  # words, with inner hyphens and apostrophes
    r"|--|[^\w\s]",
)
_TERMINAL = ".?!…"


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


def _quote_ends_sentence(tok: Tok, text: str, marks: str) -> bool:
    inner = text[tok.start:tok.end].rstrip()
    inner = inner.rstrip(marks + " ")
    return bool(inner) and inner[-1] in _TERMINAL


def split_sentences(toks: list[Tok], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentence boundaries as token index ranges [i, j)."""
    out: list[tuple[int, int]] = []
    begin = 0
    n = len(toks)
    for k, t in enumerate(toks):
        if k + 1 >= n:
            break
        nxt = toks[k + 1]
        boundary = False
        if t.kind == "p" and t.text in _TERMINAL:
            prev = toks[k - 1] if k > 0 else None
            abbrev = prev is not None and prev.kind == "w" and (
                prev.lower in lex.abbreviations or (len(prev.text) == 1 and prev.text.isupper())
            )
            if not abbrev and _starts_sentence(nxt):
                boundary = True
            elif abbrev and nxt.kind == "w" and nxt.lower in lex.not_names and nxt.text[0].isupper() \
                    and prev.lower not in lex.titles:
                boundary = True
        elif t.kind == "q" and _quote_ends_sentence(t, text, lex.quote_chars) and (nxt.kind == "q" or nxt.cap):
            boundary = True
        elif t.kind == "w" and t.text.endswith(".") and "." in t.text[:-1]:
            # U.S. ends a sentence only before a quotation or a word that opens one
            if nxt.kind == "q" or (nxt.kind == "w" and nxt.text[0].isupper() and nxt.lower in lex.not_names):
                boundary = True
        if boundary:
            out.append((begin, k + 1))
            begin = k + 1
    if begin < n:
        out.append((begin, n))
    return out


def _starts_sentence(t: Tok) -> bool:
    if t.kind == "q":
        return True
    if t.kind == "w":
        return t.text[0].isupper() or t.text[0].isdigit()
    return t.text in "([“‘\"'«„—–-"
