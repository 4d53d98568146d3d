"""What the benchmarks share: the repository root, first on the import path so a
checkout runs without installing, and the labelled sets kept under ``tests/``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_labelled(relative: str, name: str) -> ModuleType:
    """The module at ``ROOT / relative``, imported by path (``tests/`` is no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
