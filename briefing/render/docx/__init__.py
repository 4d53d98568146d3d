"""DOCX renderer: a Word brief with real footnotes, comments and a table of contents.

``render(brief, options) -> bytes`` is the registry's entry point
(the formats table, ``briefing.formats``). The package is split like
python-docx itself: ``writer`` walks the brief with python-docx's public API,
``styles`` defines the look, ``ooxml`` is the only module that touches raw
WordprocessingML (footnotes, fields, bookmarks, hyperlinks, settings), and
``package`` embeds the JSON manifest and makes the zip reproducible.

``read_embedded_manifest(path_or_bytes)`` gives back the manifest embedded
in a DOCX, for ``briefing verify``.
"""

from __future__ import annotations

import io

from briefing.model import Brief, RenderOptions
from briefing import manifest
from briefing.render.docx.package import (
    ManifestNotFound,
    add_manifest_part,
    read_embedded_manifest,
    repack,
    tidy_package,
)
from briefing.render.docx.writer import DocxWriter

__all__ = ["ManifestNotFound", "read_embedded_manifest", "render"]


def render(brief: Brief, options: RenderOptions | None = None) -> bytes:
    """The brief as a .docx file's bytes; the same brief always gives the same bytes."""
    options = options or RenderOptions()
    document = DocxWriter(brief, options).write()
    add_manifest_part(document, manifest.of(brief).to_bytes())
    tidy_package(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return repack(buffer.getvalue())
