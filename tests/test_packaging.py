"""What a wheel ships: every file the package reads at run time.

An editable install reads data files from the source tree, so a data file
missing from ``pyproject.toml``'s package data only shows when someone
installs a wheel. These tests read the declared globs and the tree; ``.ci/run``
also builds the wheel, installs it in a fresh venv and builds the sample brief
with it.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib

from conftest import ROOT

PACKAGE = ROOT / "briefing"


def _declared() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return project["tool"]["setuptools"]["package-data"]["briefing"]


def test_every_data_file_in_the_package_is_declared_as_package_data():
    globs = _declared()
    files = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
             if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert files, "the package holds no data files?"
    undeclared = [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert not undeclared, f"not shipped in a wheel: {undeclared}"


def test_every_data_file_the_code_names_exists():
    named = set()
    for source in PACKAGE.rglob("*.py"):
        named |= set(re.findall(r'["\']([\w-]+\.(?:yaml|txt|json|tsv))["\']', source.read_text("utf-8")))
    data = {p.name for p in (PACKAGE / "data").iterdir()}
    # names that are not package data (output names, the corpus manifest) are allowed
    not_data = {"sources.yaml", "brief.yaml", "briefing-manifest.json"}
    missing = {n for n in named - not_data if n not in data and (PACKAGE / "data").exists()}
    assert not missing, f"named in the code but not in briefing/data: {sorted(missing)}"


def test_lower_bounds_are_declared_for_every_dependency():
    import sys

    sys.path.insert(0, str(ROOT / ".ci"))
    try:
        from min_constraints import lower_bounds
    finally:
        sys.path.pop(0)
    pins = lower_bounds(ROOT / "pyproject.toml", ["test"])
    assert pins and all("==" in pin for pin in pins)
