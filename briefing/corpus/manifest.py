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

import yaml

from briefing.errors import CorpusError

__all__ = ["FIELDS", "ManifestEntry", "load_manifest"]

FIELDS = ("title", "outlet", "outlet_short", "authors", "contributors", "published", "url", "via")


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


def _fail(path: Path, node, message: str) -> CorpusError:
    line = f":{node.start_mark.line + 1}" if node is not None else ""
    return CorpusError(f"{path}{line}: {message}")


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CorpusError(f"{path}: manifest not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read manifest ({exc})") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise CorpusError(f"{path}{where}: invalid YAML: {problem}") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise _fail(path, root, "manifest must map file names to their fields")
    entries: dict[str, ManifestEntry] = {}
    for key_node, value_node in root.value:
        name = key_node.value
        if name in entries:
            raise _fail(path, key_node, f"{name}: listed twice")
        if not isinstance(value_node, yaml.MappingNode):
            raise _fail(path, value_node, f"{name}: expected a mapping of fields")
        values: dict = {}
        for fkey, fval in value_node.value:
            if fkey.value not in FIELDS:
                raise _fail(path, fkey, f"{name}.{fkey.value}: unknown field (expected one of {', '.join(FIELDS)})")
            values[fkey.value] = _convert(path, name, fkey.value, fval)
        given = frozenset(k for k, v in values.items() if v is not None)
        entries[name] = ManifestEntry(**{k: v for k, v in values.items() if v is not None}, given=given)
    return entries


def _convert(path: Path, name: str, key: str, node):
    value = _construct(node)
    if value is None:
        return None
    if key in ("authors", "contributors"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _fail(path, node, f"{name}.{key}: expected a list of names")
        return tuple(v.strip() for v in value if v.strip())
    if key == "published":
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()
        if isinstance(value, str):
            from briefing.corpus.dates import parse_date_line

            parsed = parse_date_line(value)
            if parsed is None:
                try:
                    return _dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
                except ValueError:
                    raise _fail(path, node, f"{name}.published: not a date: {value!r}") from None
            return parsed.iso
        raise _fail(path, node, f"{name}.published: not a date: {value!r}")
    if not isinstance(value, str):
        raise _fail(path, node, f"{name}.{key}: expected text, got {type(value).__name__}")
    return value.strip() or None


def _construct(node):
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()
