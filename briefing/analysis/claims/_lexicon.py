"""The vocabulary of quantities, loaded once from ``data/claims.yaml``."""

from __future__ import annotations

from briefing.data import load

from dataclasses import dataclass
from functools import lru_cache


__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, int]  # "two" -> 2
    tens: dict[str, int]
    scales: dict[str, float]
    number_nouns: dict[str, int]
    fractions: dict[str, int]
    vague: dict[tuple[str, ...], tuple[float, float]]  # ("tens", "of", "thousands") -> range
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # longest phrases first
    unit_words: dict[tuple[str, ...], str]  # ("per", "cent") -> "percent"
    conversions: dict[str, tuple[str, float]]  # unit -> (dimension, factor to the base unit)
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    people: frozenset[str]
    demonym_endings: tuple[str, ...]
    stop_words: frozenset[str]
    relative_time: tuple[tuple[str, ...], ...]
    not_quantity_after: frozenset[str]
    months: frozenset[str]
    singular: dict[str, str]
    # the vague phrases by their first word, longest first (the scanner looks them up per token)
    vague_by_first: dict[str, tuple[tuple[tuple[str, ...], tuple[float, float]], ...]] = None


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(str(phrase).casefold().split())


def build_lexicon(data: dict) -> Lexicon:
    numbers = data["numbers"]
    vague = {_words(k): (float(v[0]), float(v[1])) for k, v in data["vague"].items()}
    by_first: dict[str, list] = {}
    for words, span in sorted(vague.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(words[0], []).append((words, span))
    qualifiers: list[tuple[tuple[str, ...], str]] = []
    for name, phrases in data["qualifiers"].items():
        qualifiers += [(_words(p), name) for p in phrases]
    qualifiers.sort(key=lambda q: -len(q[0]))
    unit_words: dict[tuple[str, ...], str] = {}
    for unit, words in data["units"].items():
        for w in words:
            unit_words[_words(w)] = unit
    conversions: dict[str, tuple[str, float]] = {}
    for dimension, table in data["convert"].items():
        for unit, factor in table.items():
            conversions[unit] = (dimension, float(factor))
    return Lexicon(
        units={k: int(v) for k, v in numbers["units"].items()},
        tens={k: int(v) for k, v in numbers["tens"].items()},
        scales={k: float(v) for k, v in numbers["scales"].items()},
        number_nouns={k: int(v) for k, v in numbers["nouns"].items()},
        fractions={k: int(v) for k, v in numbers["fractions"].items()},
        vague=vague,
        qualifiers=tuple(qualifiers),
        unit_words=unit_words,
        conversions=conversions,
        currency_symbols=dict(data["currencies"]["symbols"]),
        currency_words={k.casefold(): v for k, v in data["currencies"]["words"].items()},
        people=frozenset(w.casefold() for w in data["people"]),
        demonym_endings=tuple(data["demonym_endings"]),
        stop_words=frozenset(w.casefold() for w in data["stop_words"]),
        relative_time=tuple(_words(p) for p in data["relative_time"]),
        not_quantity_after=frozenset(w.casefold() for w in data["not_quantity_after"]),
        months=frozenset(w.casefold() for w in data["months"]),
        singular={str(k).casefold(): str(v) for k, v in data["singular"].items()},
        vague_by_first={k: tuple(v) for k, v in by_first.items()},
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return build_lexicon(load("claims.yaml"))
