"""PDF renderer: a typeset brief with footnotes at the foot of their page.

``render(brief, options) -> bytes`` (the renderer registry's contract) and
``read_embedded_manifest(path_or_bytes) -> bytes`` for ``briefing verify``.

Modules: :mod:`.layout` (styles, flowables, page templates), :mod:`.footnotes`
(page-bottom notes for platypus), :mod:`.fonts` (embedded fonts and escaping),
:mod:`.writer` (build, then pikepdf: dates, manifest attachment, /ID).
"""

from __future__ import annotations

from briefing.model import Brief, RenderOptions

from .fonts import FontsUnavailable, UnsupportedCharacterWarning
from .writer import MANIFEST_NAME, ManifestNotFound, read_embedded_manifest, write_pdf

__all__ = [
    "MANIFEST_NAME",
    "FontsUnavailable",
    "ManifestNotFound",
    "UnsupportedCharacterWarning",
    "read_embedded_manifest",
    "render",
]


def render(brief: Brief, options: RenderOptions | None = None) -> bytes:
    """The brief as PDF bytes (deterministic for the same brief and options).

    Characters that no embedded font has are shown as U+FFFD and listed in one
    :class:`UnsupportedCharacterWarning`.
    """
    return write_pdf(brief, options or RenderOptions())
