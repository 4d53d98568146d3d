"""The index's keys name everything each part of the analysis depends on.

A stored article is read again only when its read key changes, so a module
the reading code imports but the key does not digest would let a new release
serve articles made by old code. This follows the imports of each part
(reading, search terms, quotations) through the package's source, and every
module reached must be named by that part's key, or be plumbing (messages,
file loading) that never changes what is stored.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import briefing

update = importlib.import_module("briefing.index.update")  # (the package's `update` is the function)
PACKAGE = Path(briefing.__file__).parent


def _file(module: str) -> Path | None:
    base = PACKAGE.parent / module.replace(".", "/")
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imports(path: Path) -> set[Path]:
    package = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)[:-1]  # (for relative imports)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return {f for m in found if m.split(".")[0] == "briefing" and (f := _file(m)) is not None}


def _files(parts: tuple[str, ...]) -> set[Path]:
    out = set()
    for part in parts:
        node = PACKAGE / part
        out |= set(node.rglob("*.py")) if node.is_dir() else ({node} if node.suffix == ".py" else set())
    return out


def _reached(start: set[Path]) -> set[Path]:
    seen, todo = set(start), list(start)
    while todo:
        for found in _imports(todo.pop()) - seen:
            seen.add(found)
            todo.append(found)
    return seen


@pytest.mark.parametrize(("part", "start", "keyed"), [
    ("reading", update._READ, update._READ),
    ("search terms", ("analysis/terms.py",), update._READ + update._TERMS),
    ("quotations", ("analysis/quotes",), update._READ + update._QUOTES),
])
def test_every_module_a_part_of_the_analysis_imports_is_in_its_key(part, start, keyed):
    outside = _files(update.NOT_ANALYSIS)
    covered = _files(keyed + update.PLUMBING) - outside
    reached = _reached(_files(start) - outside)
    assert len(reached) > len(_files(start)) or part == "quotations"
    missing = sorted(str(p.relative_to(PACKAGE)) for p in reached - covered)
    assert not missing, f"{part} imports modules its index key does not digest: {missing}"

