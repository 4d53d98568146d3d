"""Renderers: one module per output format, each ``render(brief, options) -> bytes``.

The registry maps a format name to the module that writes it; modules are
imported only when their format is asked for, so heavy libraries (reportlab,
python-docx) never load for ``briefing --help`` or a JSON-only build.
A new format is one new module here and one line in :data:`FORMATS`.
"""

from __future__ import annotations

import importlib
from typing import Callable

from briefing.model import Brief, RenderOptions

__all__ = ["FORMATS", "EXTENSIONS", "get_renderer", "render"]

#: format name -> module under briefing.render
FORMATS: dict[str, str] = {
    "json": "briefing.render.json",
    "md": "briefing.render.markdown",
    "docx": "briefing.render.docx",
    "pdf": "briefing.render.pdf",
}

#: format name -> file extension
EXTENSIONS: dict[str, str] = {"json": ".json", "md": ".md", "docx": ".docx", "pdf": ".pdf"}

Renderer = Callable[[Brief, RenderOptions], bytes]


def get_renderer(fmt: str) -> Renderer:
    if fmt not in FORMATS:
        raise KeyError(fmt)
    return importlib.import_module(FORMATS[fmt]).render


def render(brief: Brief, fmt: str, options: RenderOptions | None = None) -> bytes:
    return get_renderer(fmt)(brief, options or RenderOptions())
