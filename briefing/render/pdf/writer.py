"""Build the PDF bytes, then finish them with pikepdf.

reportlab writes the document (in invariant mode, so nothing depends on the
clock or a random id); pikepdf then sets the creation date from the brief's
date, opens the outline panel, embeds the JSON manifest as an attached file
and saves with a content-derived (deterministic) ``/ID``. Same brief, same
bytes.
"""

from __future__ import annotations

import io
import os
import warnings
from contextlib import contextmanager

import pikepdf
from reportlab import rl_config

from briefing.errors import ManifestNotFound
from briefing.model import Brief, RenderOptions
from briefing import manifest

from .fonts import FontSet, UnsupportedCharacterWarning
from briefing.render.shared import brief_datetime

from .layout import build_document

__all__ = ["MANIFEST_NAME", "ManifestNotFound", "read_embedded_manifest", "write_pdf"]

#: File name of the JSON manifest attached to every PDF.
MANIFEST_NAME = "briefing-manifest.json"

_MAX_PASSES = 12


@contextmanager
def _invariant():
    """reportlab's invariant mode for the duration of one render."""
    saved = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = saved


def _pdf_date(value: str) -> str:
    """The brief's date as a PDF date string (``shared.brief_datetime``)."""
    return brief_datetime(value).strftime("D:%Y%m%d%H%M%SZ")


def _layout(brief: Brief, options: RenderOptions) -> bytes:
    fonts = FontSet()
    target = io.BytesIO()
    with _invariant():
        doc, story = build_document(brief, options, fonts, target)
        doc.multiBuild(story, maxPasses=_MAX_PASSES)
    message = fonts.warning_text()
    if message:
        warnings.warn(message, UnsupportedCharacterWarning, stacklevel=4)
    return target.getvalue()


def _finish(raw: bytes, brief: Brief, manifest_json: bytes) -> bytes:
    date = _pdf_date(brief.date)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        info = pdf.docinfo
        info[pikepdf.Name.CreationDate] = pikepdf.String(date)
        info[pikepdf.Name.ModDate] = pikepdf.String(date)
        pdf.Root.PageMode = pikepdf.Name.UseOutlines
        spec = pikepdf.AttachedFileSpec(
            pdf,
            manifest_json,
            description="briefing manifest: citations and provenance of this brief",
            filename=MANIFEST_NAME,
            mime_type="application/json",
            creation_date=date,
            mod_date=date,
        )
        spec.obj.AFRelationship = pikepdf.Name.Data  # set here: pikepdf 8 takes no keyword for it
        pdf.attachments[MANIFEST_NAME] = spec
        pdf.Root.AF = pikepdf.Array([spec.obj])
        # reportlab's /ID depends on SOURCE_DATE_EPOCH (its timestamp); qpdf
        # would fold it into the new one, so drop it: the ID comes from content.
        if pikepdf.Name.ID in pdf.trailer:
            del pdf.trailer[pikepdf.Name.ID]
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return out.getvalue()


def write_pdf(brief: Brief, options: RenderOptions) -> bytes:
    """The finished PDF of ``brief``."""
    raw = _layout(brief, options)
    return _finish(raw, brief, manifest.of(brief).to_bytes())


def read_embedded_manifest(source: str | os.PathLike | bytes) -> bytes:
    """The JSON manifest embedded in a PDF made by :func:`write_pdf`.

    The attachment is inflated with a bound (``manifest.MAX_MANIFEST_BYTES``):
    a small file whose attachment expands to gigabytes is refused, not read.
    """
    import zlib

    try:
        opened = pikepdf.open(io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source)
        with opened as pdf:
            spec = pdf.attachments.get(MANIFEST_NAME)
            if spec is None:
                raise ManifestNotFound(f"no {MANIFEST_NAME} attached to this PDF")
            stream = spec.get_file().obj
            raw = stream.read_raw_bytes()
            limit = manifest.MAX_MANIFEST_BYTES
            filters = stream.get("/Filter")
            if filters is None:
                data = raw
            elif filters == pikepdf.Name.FlateDecode:
                data = zlib.decompressobj().decompress(raw, limit + 1)
            else:
                raise ManifestNotFound(f"{MANIFEST_NAME} is encoded with {filters}, "
                                       "which briefing never writes")
            if len(data) > limit:
                raise ManifestNotFound(f"{MANIFEST_NAME} expands to more than {limit} bytes")
            return bytes(data)
    except (pikepdf.PdfError, OSError, ValueError, zlib.error) as exc:
        raise ManifestNotFound(f"not a readable PDF: {exc}") from None
