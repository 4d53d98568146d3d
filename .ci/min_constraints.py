"""Print pip constraints pinning every dependency to its declared lower bound.

    python .ci/min_constraints.py [EXTRA…] > min.txt
    pip install -c min.txt -e '.[test]'

CI installs these and runs the test suite against them, so a lower bound in
pyproject.toml that does not really work fails loudly instead of misleading
users who happen to have an older library installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_LOWER = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(?:[^;]*?)>=\s*([0-9][^,;\s]*)")


def lower_bounds(pyproject: Path, extras: list[str]) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project.get("dependencies", []))
    for extra in extras:
        requirements += project.get("optional-dependencies", {}).get(extra, [])
    pins = []
    for requirement in requirements:
        match = _LOWER.match(requirement)
        if match is None:
            raise SystemExit(f"no lower bound (>=) in requirement {requirement!r}")
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    print("\n".join(lower_bounds(root / "pyproject.toml", sys.argv[1:])))
