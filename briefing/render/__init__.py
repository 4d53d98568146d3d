"""Renderers: one module per output format, each ``render(brief, options) -> bytes``.

Which module writes which format is the formats table (:mod:`briefing.formats`);
modules are imported only when their format is asked for, so heavy libraries
(reportlab, python-docx) never load for ``briefing --help`` or a JSON-only
build.
"""

from __future__ import annotations

import importlib
from typing import Callable

from briefing import formats
from briefing.model import Brief, RenderOptions

__all__ = ["Renderer", "get_renderer", "render"]

Renderer = Callable[[Brief, RenderOptions], bytes]


def get_renderer(fmt: str) -> Renderer:
    """The ``render`` function of a format; KeyError for an unknown format."""
    return importlib.import_module(formats.get(fmt).module).render


def render(brief: Brief, fmt: str, options: RenderOptions | None = None) -> bytes:
    return get_renderer(fmt)(brief, options or RenderOptions())
