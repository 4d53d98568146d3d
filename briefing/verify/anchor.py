"""Re-anchoring a citation in a source text that has changed.

A citation is a W3C TextQuoteSelector (``exact`` with up to 32 characters of
``prefix`` and ``suffix``) plus the offsets it had when the brief was built.
When the offsets no longer hold, :func:`reanchor` finds every verbatim
occurrence of ``exact`` and picks the one whose surroundings agree best with
the prefix and suffix (ties: the one nearest the old offsets). When ``exact``
no longer occurs, :func:`closest_change` says what the cited words became,
so a report can show ``"memorandum" → "memo"`` instead of "not found".
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass

from briefing.model import Citation, collapse_ws

__all__ = ["Anchor", "Change", "closest_change", "find_all", "reanchor", "word_diff"]

#: How many occurrences of a very common exact to score before giving up on
#: the rest (a short exact such as "the" in a long text).
MAX_OCCURRENCES = 10_000
_SHOWN = 60  # characters of changed text shown in a reason


@dataclass(frozen=True)
class Anchor:
    """Where an exact occurs now, and whether its TextQuoteSelector context still holds."""

    start: int
    end: int
    prefix_matches: bool
    suffix_matches: bool
    occurrences: int  # how many verbatim occurrences there are

    @property
    def context_changed(self) -> bool:
        return not (self.prefix_matches and self.suffix_matches)


@dataclass(frozen=True)
class Change:
    """The span of the new text that best corresponds to a vanished exact."""

    start: int
    end: int
    removed: str  # words of exact that are gone ("" if none)
    added: str  # words that replace them ("" if none)
    whitespace_only: bool  # the exact occurs once whitespace is collapsed


def find_all(text: str, exact: str, limit: int = MAX_OCCURRENCES) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of exact."""
    if not exact:
        return []
    found: list[int] = []
    at = text.find(exact)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def reanchor(text: str, cite: Citation) -> Anchor | None:
    """The best verbatim occurrence of ``cite.exact`` in ``text``, or None."""
    starts = find_all(text, cite.exact)
    if not starts:
        return None
    n = len(cite.exact)

    def score(at: int) -> tuple[int, int]:
        before = text[max(0, at - len(cite.prefix)):at]
        after = text[at + n:at + n + len(cite.suffix)]
        agree = _common_suffix(before, cite.prefix) + _common_prefix(after, cite.suffix)
        return agree, -abs(at - cite.start)

    best = max(starts, key=score)
    prefix_ok = text[max(0, best - len(cite.prefix)):best] == cite.prefix
    suffix_ok = text[best + n:best + n + len(cite.suffix)] == cite.suffix
    return Anchor(best, best + n, prefix_ok, suffix_ok, len(starts))


def closest_change(text: str, cite: Citation) -> Change | None:
    """What the cited span became, when ``exact`` no longer occurs verbatim.

    First by the selector's own context (the text between a surviving prefix
    and suffix), else by the best approximate match of ``exact``.
    """
    span = _between_context(text, cite) or _approximate(text, cite.exact)
    if span is None:
        return None
    start, end = span
    now = text[start:end]
    removed, added = word_diff(cite.exact, now)
    return Change(start, end, removed, added, collapse_ws(now) == collapse_ws(cite.exact))


def _between_context(text: str, cite: Citation) -> tuple[int, int] | None:
    if len(cite.prefix) < 8 or len(cite.suffix) < 8:
        return None  # too little context to trust (start or end of a file)
    limit = max(2 * len(cite.exact), len(cite.exact) + 200)
    best: tuple[int, int] | None = None
    for p in find_all(text, cite.prefix, limit=200):
        start = p + len(cite.prefix)
        s = text.find(cite.suffix, start, start + limit + len(cite.suffix))
        if s < 0:
            continue
        if best is None or abs(start - cite.start) < abs(best[0] - cite.start):
            best = (start, s)
    return best


def _approximate(text: str, exact: str) -> tuple[int, int] | None:
    if not exact.strip() or not text:
        return None
    from rapidfuzz import fuzz

    result = fuzz.partial_ratio_alignment(exact, text, score_cutoff=60)
    if result is None:
        return None
    return result.dest_start, result.dest_end


def word_diff(old: str, new: str) -> tuple[str, str]:
    a, b = old.split(), new.split()
    removed: list[str] = []
    added: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            removed.extend(a[i1:i2])
            added.extend(b[j1:j2])
    return _clip(" ".join(removed)), _clip(" ".join(added))


def _clip(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"
