"""Outlets: the news-domain table (``briefing/data/news_domains.yaml``) as lookups.

The table maps a registrable domain to an outlet's proper name and its short
form. It is data, not code: three questions are asked of it.

- :func:`for_url` — the outlet of a page's URL ("www.nytimes.com/..." → The
  New York Times), trying the host and then each shorter parent domain;
- :func:`for_name` — the outlet a printed name stands for: the table's proper
  or short name in any case and with or without "The" ("THE NEW YORK TIMES",
  "Washington Post"), a domain written as a name ("FoxNews.com"), or a name
  whose letters spell a listed domain ("The Huffington Post" →
  huffingtonpost.com → HuffPost); a name that starts with a known outlet
  ("The New York Times Blogs (The Caucus)") is that outlet;
- :func:`is_outlet_name` — whether a header line is an outlet's name alone.
"""

from __future__ import annotations

from briefing.data import load

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit


__all__ = ["Outlet", "for_name", "for_url", "host_of", "is_outlet_name", "table"]


@dataclass(frozen=True)
class Outlet:
    name: str
    short: str
    domain: str


@lru_cache(maxsize=1)
def table() -> dict[str, Outlet]:
    """domain → Outlet, from the package data."""
    data = load("news_domains.yaml") or {}
    return {str(domain).lower(): Outlet(str(v["outlet"]), str(v["short"]), str(domain).lower())
            for domain, v in data.items()}


def _key(name: str) -> str:
    """A name folded for comparison: case, punctuation, spacing and a leading "The" ignored."""
    folded = re.sub(r"[^\w]+", " ", name.casefold()).strip()
    folded = re.sub(r"^the ", "", folded)
    return folded


def _letters(name: str) -> str:
    return re.sub(r"[^\w]+", "", _key(name))


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, Outlet], dict[str, Outlet], dict[str, Outlet]]:
    """Full names, short names and domain labels → outlet. A printed name that
    stands for more than one outlet ("ABC" is Spanish, Australian and American)
    is in none, nor is a domain label two outlets share: no guess is better than
    a wrong outlet."""
    found: tuple[dict[str, dict[str, Outlet]], ...] = ({}, {}, {})
    for domain, outlet in sorted(table().items()):
        for index, key in zip(found, (_key(outlet.name), _key(outlet.short),
                                      domain.split(".")[0].replace("-", ""))):
            index.setdefault(key, {}).setdefault(outlet.name, outlet)
    # a printed name or short name is read before a domain label: "The Guardian" is the
    # British paper although guardian.ng's label is "guardian" too
    printed: dict[str, set[str]] = {}
    for index in found[:2]:
        for key, outlets in index.items():
            printed.setdefault(key, set()).update(outlets)
    names, shorts = ({key: next(iter(outlets.values())) for key, outlets in index.items()
                      if len(printed[key]) == 1} for index in found[:2])
    labels = {key: next(iter(outlets.values())) for key, outlets in found[2].items()
              if len(outlets) == 1 and printed.get(key, set(outlets)) == set(outlets)}
    return names, shorts, labels


def host_of(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def for_url(url: str) -> Outlet | None:
    """The outlet of a URL's host or of the nearest parent domain the table lists."""
    host = host_of(url)
    if not host:
        return None
    return _for_host(host)


def _for_host(host: str) -> Outlet | None:
    parts = host.removeprefix("www.").split(".")
    known = table()
    for i in range(len(parts) - 1):
        found = known.get(".".join(parts[i:]))
        if found is not None:
            return found
    return None


_DOMAIN_LIKE = re.compile(r"(?i)^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$")


def for_name(name: str) -> Outlet | None:
    """The outlet a printed name stands for, or None."""
    name = name.strip()
    if not name or len(name) > 120:
        return None
    domain = _DOMAIN_LIKE.match(name)
    if domain:
        return _for_host(domain.group(1).lower())
    names, shorts, labels = _indexes()
    key = _key(name)
    if not key:
        return None
    found = names.get(key) or shorts.get(key) or labels.get(_letters(name))
    if found is not None:
        return found
    # "The New York Times Blogs (The Caucus)": the longest known name it starts with
    words = key.split()
    for n in range(len(words) - 1, 1, -1):
        prefix = " ".join(words[:n])
        found = names.get(prefix) or labels.get(prefix.replace(" ", ""))
        if found is not None:
            return found
    return None


def is_outlet_name(line: str) -> Outlet | None:
    """The outlet when a whole header line is an outlet's name (exact, in any case)."""
    name = line.strip()
    if not name or len(name.split()) > 8:
        return None
    domain = _DOMAIN_LIKE.match(name)
    if domain:
        return _for_host(domain.group(1).lower())
    names, shorts, labels = _indexes()
    key = _key(name)
    return names.get(key) or shorts.get(key) or (labels.get(_letters(name)) if " " in key else None)
