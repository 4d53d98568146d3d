"""The .docx package around the document: the embedded manifest and a reproducible zip.

Where the manifest lives
------------------------
The JSON manifest (``briefing.render.json``, byte for byte) is a Custom XML
Data item, the place Word keeps data that belongs to a document and
preserves when it saves::

    word/_rels/document.xml.rels   Type=".../relationships/customXml"  Target="../customXml/itemN.xml"
    customXml/itemN.xml            <manifest xmlns="urn:briefing:manifest" encoding="utf-8">{json}</manifest>
    customXml/itemPropsN.xml       datastoreItem with schemaRef urn:briefing:manifest

``encoding`` is ``base64`` instead when the JSON holds characters XML
cannot carry. :func:`read_embedded_manifest` finds the item by its root
element's namespace (not by its number, which Word may change on save).

Reproducibility
---------------
python-docx stamps zip entries with the current time; :func:`repack` rewrites
the zip with fixed entry times (1980-01-01), a fixed order and fixed
compression, so the same brief always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
import zlib
from os import PathLike
from typing import Union

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from briefing.errors import ManifestNotFound
from briefing.manifest import MAX_MANIFEST_BYTES
from briefing.render.docx import ooxml

__all__ = [
    "APPLICATION",
    "ManifestNotFound",
    "add_manifest_part",
    "read_embedded_manifest",
    "repack",
    "tidy_package",
]

APPLICATION = "briefing"
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
#: a customXml item holding the manifest (base64 at worst: 4/3 of it, plus the XML around)
MAX_ITEM_BYTES = MAX_MANIFEST_BYTES * 4 // 3 + 4096
_FIRST_ENTRIES = ("[Content_Types].xml", "_rels/.rels")
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def add_manifest_part(document: Document, manifest: bytes) -> Part:
    """Embed the JSON manifest as a customXml item related from the document part."""
    package = document.part.package
    item_name = package.next_partname("/customXml/item%d.xml")
    number = item_name.idx
    item = Part(item_name, CT.XML, ooxml.manifest_xml(manifest), package)
    item_id = "{%s}" % str(uuid.UUID(bytes=hashlib.sha256(manifest).digest()[:16])).upper()
    props = Part(
        PackURI(f"/customXml/itemProps{number}.xml"),
        CT.OFC_CUSTOM_XML_PROPERTIES,
        ooxml.manifest_props_xml(item_id),
        package,
    )
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)
    return item


def tidy_package(document: Document) -> None:
    """Drop what python-docx's template carries that does not describe this brief.

    The template's thumbnail is a picture of another document, its
    ``stylesWithEffects`` part is a stale copy of the styles, and its
    extended properties claim the file was saved by Word.
    """
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            package.rels.pop(rel_id)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            document.part.drop_rel(rel_id)
    app = Part(
        PackURI("/docProps/app.xml"),
        CT.OFC_EXTENDED_PROPERTIES,
        ooxml.extended_properties_xml(APPLICATION),
        package,
    )
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def repack(docx: bytes) -> bytes:
    """The same package with fixed entry times, order and compression."""
    with zipfile.ZipFile(io.BytesIO(docx)) as source:
        names = source.namelist()
        order = [n for n in _FIRST_ENTRIES if n in names]
        order += sorted(n for n in names if n not in _FIRST_ENTRIES)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in order:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                target.writestr(info, source.read(name), compresslevel=9)
    return out.getvalue()


def read_embedded_manifest(docx: Union[str, PathLike, bytes]) -> bytes:
    """The JSON manifest embedded in a DOCX written by briefing, as bytes.

    ``docx`` is a path or the file's bytes. Raises :class:`ManifestNotFound`
    when the file is not a zip or holds no briefing manifest.
    """
    source = io.BytesIO(docx) if isinstance(docx, (bytes, bytearray)) else docx
    try:
        with zipfile.ZipFile(source) as package:
            for info in package.infolist():
                name = info.filename
                if not (name.startswith("customXml/") and name.endswith(".xml")):
                    continue
                if "/" in name[len("customXml/"):] or name.startswith("customXml/itemProps"):
                    continue
                if info.file_size > MAX_ITEM_BYTES:
                    raise ManifestNotFound(f"{name} expands to {info.file_size} bytes, more than "
                                           "any brief's manifest")
                manifest = ooxml.manifest_from_xml(package.read(name))
                if manifest is not None:
                    return manifest
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise ManifestNotFound(f"not a readable DOCX (zip) file: {exc}") from None
    raise ManifestNotFound("no briefing manifest in this DOCX")
