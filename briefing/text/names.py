"""Names in bylines: a person's, or an organisation's."""

from __future__ import annotations

__all__ = ["is_organisation"]

_ORGANISATION_WORDS = frozenset(
    "news agency agencies staff reporters wire wires desk bureau editors team".split()
)


def is_organisation(name: str) -> bool:
    """True for a byline name that is an organisation, not a person: a
    desk word ("VOA News", "Reuters staff") or an acronym ("BBC World")."""
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    if any(w.lower().strip(".,") in _ORGANISATION_WORDS for w in words):
        return True
    if len(words) > 1 and all(w.isupper() for w in words):
        return False  # a name printed in capitals ("JANE DOE", "DAVID E. SANGER")
    # an acronym: two or more capitals, not an initial ("E.") or a numeral (II)
    return any(w.isupper() and sum(c.isalpha() for c in w) > 1
               and w.strip(".,") not in ("II", "III", "IV", "JR", "SR") for w in words)
