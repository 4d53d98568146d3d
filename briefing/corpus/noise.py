"""Page-noise rules, kept as data (``briefing/data/noise.yaml``).

A rule matches one stripped line (``re.fullmatch``); ``scope: block`` drops
the whole block that holds the line. A config may add rules of the same
shape; they are checked after the defaults.
"""

from __future__ import annotations

from briefing.data import load

import re
from dataclasses import dataclass
from functools import lru_cache


__all__ = ["NoiseRule", "NoiseRules", "default_rules"]


@dataclass(frozen=True)
class NoiseRule:
    name: str
    pattern: re.Pattern
    scope: str = "line"  # "line" or "block"


class NoiseRules:
    def __init__(self, rules: list[NoiseRule]):
        self.rules = tuple(rules)
        self._line = tuple(r for r in self.rules if r.scope == "line")
        self._block = tuple(r for r in self.rules if r.scope == "block")
        # One alternation per scope is several times faster than trying each
        # rule in turn; the first alternative that matches wins, as in order.
        self._line_any = _combine(self._line)
        self._block_any = _combine(self._block)

    def extended(self, extra: list[NoiseRule]) -> "NoiseRules":
        return NoiseRules(list(self.rules) + list(extra))

    def match_line(self, line: str) -> str | None:
        """The name of the first line rule that matches the stripped line."""
        return _first(self._line, self._line_any, line)

    def match_block(self, line: str) -> str | None:
        """The name of the first block rule that matches a line of a block."""
        return _first(self._block, self._block_any, line)


_LEADING_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


def _combine(rules) -> re.Pattern | None:
    parts = []
    for i, rule in enumerate(rules):
        pattern = rule.pattern.pattern
        flags = _LEADING_FLAGS.match(pattern)
        if flags:
            pattern = f"(?{flags.group(1)}:{pattern[flags.end():]})"
        parts.append(f"(?P<r{i}>{pattern})")
    if not parts:
        return None
    try:
        return re.compile("|".join(parts))
    except re.error:  # e.g. a user rule with its own group names: test one by one
        return None


def _first(rules, combined: re.Pattern | None, line: str) -> str | None:
    if combined is not None:
        match = combined.fullmatch(line)
        if match is None:
            return None
        # fullmatch can backtrack into a later alternative; confirm in order
    for rule in rules:
        if rule.pattern.fullmatch(line):
            return rule.name
    return None


def compile_rule(name: str, pattern: str, scope: str = "line") -> NoiseRule:
    """A rule from its data; raises ValueError with the regex problem."""
    if scope not in ("line", "block"):
        raise ValueError(f"scope must be 'line' or 'block', not {scope!r}")
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return NoiseRule(name, compiled, scope)


@lru_cache(maxsize=1)
def default_rules() -> NoiseRules:
    data = load("noise.yaml")
    return NoiseRules(
        [compile_rule(r["name"], r["pattern"], r.get("scope", "line")) for r in data["rules"]]
    )
