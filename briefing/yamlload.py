"""Reading a YAML file someone may have written badly, or to hurt.

Both the config and the corpus manifest come through here. ``load_yaml``
returns the data, the line of every key path, and every problem found:

* a syntax error, with line and column;
* nesting deeper than ``MAX_YAML_DEPTH``, or more than one document,
  found while parsing, before anything is built;
* aliases that expand to more values than the text itself holds plus
  ``MAX_ALIAS_EXPANSION`` ("billion laughs"), or that refer to themselves;
* tags other than YAML's own (``!include``, ``!!python/…``), keys that are
  not text (``2015-10-22:``), duplicate keys (reported, never silently
  merged) and merge keys (``<<``);
* values Python refuses (an integer of more than 4300 digits).

Size itself is not refused here: each caller caps the bytes it reads (the
config at 1 MB; a corpus manifest of 100,000 entries is about 20 MB). What
is refused is work out of proportion to the text: alias expansion.

Every message is this module's own wording, so that what a user reads (and
what the tests check) does not change with the YAML library's version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import yaml

from briefing.errors import Problem

__all__ = ["MAX_ALIAS_EXPANSION", "MAX_YAML_DEPTH", "KeyLines", "dotted", "load_yaml"]

MAX_ALIAS_EXPANSION = 10_000  # values aliases may add beyond those written out
MAX_YAML_DEPTH = 64  # composing is recursive: deeper nesting would overflow the stack

#: YAML's own tags (the core schema): anything else asks a loader to run code or read files
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                        ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))
_TEXT_KEY = "tag:yaml.org,2002:str"

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class KeyLines:
    """Line numbers of a YAML document, by key path such as ('sections', 2, 'title')."""

    key: dict[tuple, int] = field(default_factory=dict)  # where the key (or list item) is
    value: dict[tuple, int] = field(default_factory=dict)  # where its value starts

    def line_for(self, path: tuple) -> int | None:
        """The line of the key path, or of its nearest ancestor that has one."""
        probe = path
        while probe:
            if probe in self.key:
                return self.key[probe]
            probe = probe[:-1]
        return self.value.get(())


def dotted(path: tuple) -> str:
    """``sections[2].max_items``; odd keys (empty, dots, control characters) quoted."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = str(part)
            if not key or not key.isprintable() or "." in key or key != key.strip():
                key = json.dumps(key)
            out += ("." if out else "") + key
    return out


def load_yaml(text: str, shown: str, max_values: int | None = None
              ) -> tuple[object, KeyLines, list[Problem]]:
    """(data, key lines, problems) for a YAML text; data is None when problems stop it.

    ``max_values`` refuses a document that writes out more values than that
    (a config has a few hundred) before anything is built."""
    lines = KeyLines()
    problems: list[Problem] = []
    try:
        written = _bounded(text, shown, problems, max_values)
        node = yaml.compose(text, Loader=_LOADER) if written is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else None
        column = f", column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(shown, line, "", f"invalid YAML{column}: {problem}"))
        return None, lines, problems
    if node is None:
        return None, lines, problems
    if not _walk(node, (), lines, problems, shown, [written + MAX_ALIAS_EXPANSION], set()):
        return None, lines, problems
    if problems:
        return None, lines, problems
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node), lines, problems
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(
            Problem(shown, mark.line + 1 if mark else None, "", f"invalid YAML value: {exc.problem}")
        )
    except ValueError as exc:  # an integer of more than 4300 digits
        problems.append(Problem(shown, None, "", f"invalid YAML value: {exc}"))
    finally:
        loader.dispose()
    return None, lines, problems


def _bounded(text: str, shown: str, problems: list[Problem], max_values: int | None) -> int | None:
    """Parse without building anything: the number of values written out, or
    None (with a problem) when nesting is too deep, values too many or there
    is a second document."""
    depth = values = documents = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                problems.append(Problem(shown, event.start_mark.line + 1, "",
                                        "more than one YAML document (a second '---')"))
                return None
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            values += 1
            if depth > MAX_YAML_DEPTH:
                problems.append(Problem(shown, event.start_mark.line + 1, "",
                                        f"document has values nested more than {MAX_YAML_DEPTH} deep"))
                return None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            values += 1
        if max_values is not None and values > max_values:
            problems.append(Problem(shown, event.start_mark.line + 1, "",
                                    f"document has too many values (over {max_values})"))
            return None
    return values


def _walk(node, path: tuple, lines: KeyLines, problems, shown, budget, active) -> bool:
    """Record line numbers, find duplicate keys, and bound alias expansion."""
    budget[0] -= 1
    if budget[0] < 0:
        problems.append(
            Problem(shown, node.start_mark.line + 1, "", "document expands to too many values "
                    "(YAML aliases nested too deep?)")
        )
        return False
    if id(node) in active:
        problems.append(Problem(shown, node.start_mark.line + 1, "", "recursive YAML alias"))
        return False
    lines.value.setdefault(path, node.start_mark.line + 1)
    if node.tag not in _PLAIN_TAGS:
        problems.append(Problem(shown, node.start_mark.line + 1, dotted(path),
                                f"YAML tag {node.tag} is not allowed"))
        return True
    if isinstance(node, yaml.MappingNode):
        active.add(id(node))
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            line = key_node.start_mark.line + 1
            if key == "<<":
                problems.append(Problem(shown, line, dotted(path), "merge keys (<<) are not supported"))
                continue
            if key_node.tag != _TEXT_KEY:
                problems.append(Problem(shown, line, dotted(path),
                                        f"key {key!r} must be text: put it in quotes"))
                continue
            if key in seen:
                problems.append(
                    Problem(shown, line, dotted(path + (key,)),
                            f"duplicate key (first given on line {seen[key]})")
                )
                continue
            seen[key] = line
            lines.key.setdefault(path + (key,), line)
            if not _walk(value_node, path + (key,), lines, problems, shown, budget, active):
                return False
        active.discard(id(node))
    elif isinstance(node, yaml.SequenceNode):
        active.add(id(node))
        for i, item in enumerate(node.value):
            lines.key.setdefault(path + (i,), item.start_mark.line + 1)
            if not _walk(item, path + (i,), lines, problems, shown, budget, active):
                return False
        active.discard(id(node))
    return True
