"""Reading a YAML file someone may have written badly, or to hurt.

Both the config and the corpus manifest come through here. ``load_yaml``
returns the data, the line of every key path, and every problem found:

* a syntax error, with line and column;
* more than ``MAX_YAML_EVENTS`` values or nesting deeper than
  ``MAX_YAML_DEPTH``, counted while parsing, before anything is built;
* aliases that expand past ``MAX_YAML_NODES`` values ("billion laughs"),
  or that refer to themselves;
* duplicate keys (reported, never silently merged) and merge keys (``<<``);
* values Python refuses (an integer of more than 4300 digits).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import yaml

from briefing.errors import Problem

__all__ = ["MAX_YAML_DEPTH", "MAX_YAML_EVENTS", "MAX_YAML_NODES", "KeyLines", "dotted", "load_yaml"]

MAX_YAML_NODES = 200_000  # after alias expansion: stops "billion laughs"
MAX_YAML_EVENTS = 50_000  # before composing: a real config has a few hundred
MAX_YAML_DEPTH = 64  # composing is recursive: deeper nesting would overflow the stack

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


def load_yaml(text: str, shown: str) -> tuple[object, KeyLines, list[Problem]]:
    """(data, key lines, problems) for a YAML text; data is None when problems stop it."""
    lines = KeyLines()
    problems: list[Problem] = []
    try:
        node = yaml.compose(text, Loader=_LOADER) if _bounded(text, shown, problems) else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else None
        column = f", column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(shown, line, "", f"invalid YAML{column}: {problem}"))
        return None, lines, problems
    if node is None:
        return None, lines, problems
    if not _walk(node, (), lines, problems, shown, [MAX_YAML_NODES], set()):
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


def _bounded(text: str, shown: str, problems: list[Problem]) -> bool:
    """Count parse events and nesting before composing; False (with a problem) when over."""
    depth = events = 0
    for event in yaml.parse(text, Loader=_LOADER):
        events += 1
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if depth > MAX_YAML_DEPTH or events > MAX_YAML_EVENTS:
            why = (f"values nested more than {MAX_YAML_DEPTH} deep" if depth > MAX_YAML_DEPTH
                   else f"too many values (over {MAX_YAML_EVENTS})")
            problems.append(Problem(shown, event.start_mark.line + 1, "", f"document has {why}"))
            return False
    return True


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
    if isinstance(node, yaml.MappingNode):
        active.add(id(node))
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            line = key_node.start_mark.line + 1
            if key == "<<":
                problems.append(Problem(shown, line, dotted(path), "merge keys (<<) are not supported"))
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
