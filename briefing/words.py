"""How briefing words counts for people: "1 article", "5 articles"."""

from __future__ import annotations

__all__ = ["plural"]

_IRREGULAR = {"quantity": "quantities", "entry": "entries", "summary": "summaries",
              "discrepancy": "discrepancies"}


def plural(count: int, noun: str) -> str:
    """``count`` and ``noun``, the noun in the plural unless the count is one."""
    if count == 1:
        return f"1 {noun}"
    head, _, last = noun.rpartition(" ")
    many = _IRREGULAR.get(last, last + "s")
    return f"{count} {head + ' ' if head else ''}{many}"
