"""The corpus manifest (``sources.yaml``): what the text does not say reliably.

A mapping from file path (relative to the manifest's folder) to fields::

    2015-10-21-voa-assad.txt:
      outlet: Voice of America
      outlet_short: VOA
      authors: [Carla Babb, Chris Hannas]
      published: 2015-10-21
      url: null

A field that is absent or null leaves the value found in the text; any
other value (an empty author list too) overrides it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from briefing.corpus.dates import parse_date_line
from briefing.errors import CorpusError
from briefing.yamlload import load_yaml

__all__ = ["FIELDS", "INFO_FIELDS", "ManifestEntry", "load_manifest"]

FIELDS = ("title", "outlet", "outlet_short", "authors", "contributors", "published", "url", "via")
#: provenance a snapshot or an import records beside the fields; kept for people, not used
INFO_FIELDS = ("id", "file", "reader", "reader_version", "sha256", "text_sha256", "retrieved", "page")


@dataclass(frozen=True)
class ManifestEntry:
    title: str | None = None
    outlet: str | None = None
    outlet_short: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    via: str | None = None
    given: frozenset[str] = field(default_factory=frozenset)  # fields with a non-null value


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CorpusError(f"{path}: manifest not found") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(f"{path}: cannot read manifest ({exc})") from None
    data, lines, problems = load_yaml(text, str(path))
    if problems:
        raise CorpusError(str(problems[0]))
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(f"{path}:1: manifest must map file names to their fields")

    def fail(where: tuple, message: str) -> CorpusError:
        line = lines.line_for(where)
        return CorpusError(f"{path}{f':{line}' if line else ''}: {'.'.join(where)}: {message}")

    entries: dict[str, ManifestEntry] = {}
    for name, fields in data.items():
        name = str(name)
        if not isinstance(fields, dict):
            raise fail((name,), "expected a mapping of fields")
        values: dict = {}
        for key, value in fields.items():
            key = str(key)
            if key in INFO_FIELDS:
                continue
            if key not in FIELDS:
                raise fail((name, key), f"unknown field (expected one of {', '.join(FIELDS)})")
            try:
                values[key] = _convert(key, value)
            except ValueError as exc:
                raise fail((name, key), str(exc)) from None
        given = frozenset(k for k, v in values.items() if v is not None)
        entries[name] = ManifestEntry(**{k: v for k, v in values.items() if v is not None}, given=given)
    return entries


def _convert(key: str, value):
    """A field's value in the form ManifestEntry holds; ValueError says what is wrong."""
    if value is None:
        return None
    if key in ("authors", "contributors"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("expected a list of names")
        return tuple(v.strip() for v in value if v.strip())
    if key == "published":
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()
        if isinstance(value, str):
            parsed = parse_date_line(value)
            if parsed is not None:
                return parsed.published  # the day the outlet printed, as the readers keep it
            try:
                return _dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
            except ValueError:
                pass
        raise ValueError(f"not a date: {value!r}")
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {type(value).__name__}")
    return value.strip() or None
