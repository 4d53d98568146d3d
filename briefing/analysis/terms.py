"""Turning news text into search terms: case-folded, stemmed, punctuation-aware.

``U.S.-led`` gives ``us``, ``led`` and ``usled``; ``Su-34`` gives ``su``,
``34`` and ``su34``; ``Russia's`` and ``Russia’s`` give ``russia``. Stems come
from the Snowball English stemmer, so a user's ``airstrike`` finds
``airstrikes`` and ``protocol`` finds ``protocols``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from briefing.text.tokens import written_words

__all__ = ["Token", "stem", "stopwords", "tokenize", "terms_of"]

_POSSESSIVE = re.compile(r"['’]s$")


class Token(NamedTuple):  # a tuple: made for every word of the corpus, several times faster
    term: str  # stemmed
    start: int  # offsets of the word in the analysed string
    end: int
    position: int  # word position (for phrase matching); parts of a compound share it


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("briefing.data").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _stemmer():
    # PyStemmer, named outright: snowballstemmer would switch to it silently when it
    # is installed, and its releases may stem a word differently from the pure-Python
    # one (the index's terms key records PyStemmer's version)
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def _parts(word: str) -> list[str]:
    """The terms of one written word (without stemming)."""
    if word.isalnum():  # most words: no apostrophe, dot or hyphen
        return [word.casefold()]
    w = word.casefold().replace("’", "'")
    w = _POSSESSIVE.sub("", w)
    if w.endswith(".") and w.count(".") == 1:
        w = w[:-1]  # sentence-final full stop, not an abbreviation
    if "." in w and re.fullmatch(r"(?:\w\.)+\w?\.?(?:-\w+)*", w):
        head, _, tail = w.partition("-")
        w = head.replace(".", "") + ("-" + tail if tail else "")
    w = w.replace("'", "").replace(".", "")
    if "-" in w:
        pieces = [p for p in w.split("-") if p]
        return pieces + ["".join(pieces)]
    return [w] if w else []


def tokenize(text: str, keep_stopwords: bool = False) -> list[Token]:
    """The terms of ``text`` with their offsets and word positions. Remembered for
    the last texts asked (a build asks for the same sentences from several sections)."""
    return list(_tokenize(text, keep_stopwords))


@lru_cache(maxsize=32768)
def _tokenize(text: str, keep_stopwords: bool) -> tuple[Token, ...]:
    tokens: list[Token] = []
    stops = stopwords()
    position = 0
    for word, start, end in written_words(text):
        parts = _parts(word)
        added = False
        for part in parts:
            if not keep_stopwords and part in stops:
                continue
            tokens.append(Token(stem(part), start, end, position))
            added = True
        if added or keep_stopwords:
            position += 1
    return tuple(tokens)


def terms_of(text: str) -> list[str]:
    """Stemmed terms of a keyword or phrase, in order (stopwords dropped)."""
    return [t.term for t in tokenize(text)]
