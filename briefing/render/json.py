"""The JSON renderer: the brief's manifest (:mod:`briefing.manifest`) as a file.

The same bytes are embedded in the DOCX and the PDF, so that ``briefing
verify`` can check any of them on its own.
"""

from __future__ import annotations

from briefing import manifest
from briefing.model import Brief, RenderOptions

__all__ = ["render"]


def render(brief: Brief, options: RenderOptions | None = None) -> bytes:
    return manifest.of(brief).to_bytes()
