"""Reading a brief's manifest: from a .json file, or embedded in a .docx or .pdf.

The format is told by the file's first bytes, not its name (``%PDF-``, a zip,
or JSON text). The manifest is parsed into plain records and checked field by
field, so a damaged or hand-edited manifest is reported as one line naming the
bad field (exit 2), never a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import CorpusError, ManifestNotFound
from briefing.model import Citation
from briefing.render import FORMATS
from briefing.render.json import SCHEMA

__all__ = [
    "BriefFile",
    "Manifest",
    "ManifestSource",
    "ManifestExcerpt",
    "ManifestFootnote",
    "UnusableBrief",
    "load_brief",
    "parse_manifest",
]

#: Any version of the manifest schema the JSON renderer writes ("briefing/1" → "briefing/").
SCHEMA_PREFIX = SCHEMA.rpartition("/")[0] + "/"
MAX_BRIEF_BYTES = 512 * 1024 * 1024


class UnusableBrief(CorpusError):
    """The file is not a brief, holds no manifest, or its manifest is malformed (exit 2).

    A :class:`~briefing.errors.CorpusError`, which ``briefing.errors`` documents
    as "the manifest is bad".
    """


@dataclass(frozen=True)
class ManifestSource:
    id: str
    path: str
    sha256: str


@dataclass(frozen=True)
class ManifestFootnote:
    number: int
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class ManifestExcerpt:
    """An item of a section that shows cited text (excerpt, key point, quote)."""

    text: str
    footnote: int
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Manifest:
    schema: str
    config_path: str | None
    corpus_path: str | None
    sources: tuple[ManifestSource, ...]
    footnotes: tuple[ManifestFootnote, ...]
    excerpts: tuple[ManifestExcerpt, ...]

    def source(self, source_id: str) -> ManifestSource | None:
        return next((s for s in self.sources if s.id == source_id), None)


@dataclass(frozen=True)
class BriefFile:
    path: Path
    format: str  # "json", "docx" or "pdf"
    data: bytes
    manifest: Manifest


def sniff(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "json"
    return None


def load_brief(path: str | Path) -> BriefFile:
    """Read a brief file and its manifest; raises :class:`UnusableBrief`."""
    path = Path(path)
    try:
        if path.is_dir():
            raise UnusableBrief(f"{path}: is a folder, not a brief")
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise UnusableBrief(f"{path}: {size} bytes is too large for a brief")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnusableBrief(f"{path}: no such file") from None
    except OSError as exc:
        raise UnusableBrief(f"{path}: cannot read ({exc.strerror or exc})") from None
    fmt = sniff(data)
    if fmt is None:
        raise UnusableBrief(f"{path}: not a brief (expected a .json manifest, a .docx or a .pdf)")
    raw = data if fmt == "json" else _embedded(path, data, fmt)
    return BriefFile(path, fmt, data, parse_manifest(raw, str(path)))


def _embedded(path: Path, data: bytes, fmt: str) -> bytes:
    """The manifest the DOCX or PDF renderer embedded (each renderer owns its reader)."""
    import importlib

    try:
        reader = importlib.import_module(FORMATS[fmt]).read_embedded_manifest
    except (ImportError, AttributeError) as exc:
        raise UnusableBrief(f"{path}: cannot read a {fmt.upper()} here ({exc})") from None
    try:
        return reader(data)
    except ManifestNotFound as exc:
        raise UnusableBrief(f"{path}: no briefing manifest readable in this "
                            f"{fmt.upper()} ({exc})") from None


# --------------------------------------------------------------------------- parsing


class _Where:
    """A key path into the manifest, for error messages."""

    def __init__(self, shown: str):
        self.shown = shown

    def fail(self, where: str, message: str) -> UnusableBrief:
        return UnusableBrief(f"{self.shown}: manifest: {where}: {message}")


def _field(obj: dict, key: str, kind, where: str, w: _Where, optional: bool = False):
    value = obj.get(key)
    if value is None and optional:
        return None
    if kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, kind)
    if not ok:
        name = {str: "text", int: "an integer", list: "a list", dict: "a mapping"}.get(kind, "?")
        raise w.fail(f"{where}.{key}" if where else key, f"expected {name}")
    return value


def _citation(obj, where: str, w: _Where) -> Citation:
    if not isinstance(obj, dict):
        raise w.fail(where, "expected a mapping")
    start = _field(obj, "start", int, where, w)
    end = _field(obj, "end", int, where, w)
    if not 0 <= start <= end:
        raise w.fail(where, f"bad offsets {start}:{end}")
    return Citation(
        source=_field(obj, "source", str, where, w),
        start=start,
        end=end,
        exact=_field(obj, "exact", str, where, w),
        prefix=_field(obj, "prefix", str, where, w, optional=True) or "",
        suffix=_field(obj, "suffix", str, where, w, optional=True) or "",
        paragraph=_field(obj, "paragraph", int, where, w, optional=True) or 0,
        sentence=_field(obj, "sentence", int, where, w, optional=True) or 0,
    )


def _citations(obj: dict, where: str, w: _Where) -> tuple[Citation, ...]:
    items = _field(obj, "citations", list, where, w)
    if not items:
        raise w.fail(f"{where}.citations", "a note must cite at least one span")
    return tuple(_citation(c, f"{where}.citations[{i}]", w) for i, c in enumerate(items))


def parse_manifest(raw: bytes, shown: str) -> Manifest:
    """Parse and check a manifest's JSON; raises :class:`UnusableBrief`."""
    w = _Where(shown)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UnusableBrief(f"{shown}: manifest is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise UnusableBrief(f"{shown}: manifest is not a JSON object")
    schema = data.get("schema")
    if not isinstance(schema, str) or not schema.startswith(SCHEMA_PREFIX):
        raise UnusableBrief(f"{shown}: not a briefing manifest (no \"schema\": \"{SCHEMA}\")")
    config = data.get("config") if isinstance(data.get("config"), dict) else {}
    corpus = data.get("corpus") if isinstance(data.get("corpus"), dict) else {}
    config_path = config.get("path") if isinstance(config.get("path"), str) else None
    corpus_path = corpus.get("path") if isinstance(corpus.get("path"), str) else None

    sources = []
    for i, src in enumerate(_field(data, "sources", list, "", w)):
        where = f"sources[{i}]"
        if not isinstance(src, dict):
            raise w.fail(where, "expected a mapping")
        sources.append(ManifestSource(
            _field(src, "id", str, where, w),
            _field(src, "path", str, where, w),
            _field(src, "sha256", str, where, w),
        ))

    footnotes = []
    for i, note in enumerate(_field(data, "footnotes", list, "", w)):
        where = f"footnotes[{i}]"
        if not isinstance(note, dict):
            raise w.fail(where, "expected a mapping")
        footnotes.append(ManifestFootnote(_field(note, "number", int, where, w),
                                          _citations(note, where, w)))

    excerpts = []
    for i, section in enumerate(_field(data, "sections", list, "", w)):
        where = f"sections[{i}]"
        if not isinstance(section, dict):
            raise w.fail(where, "expected a mapping")
        for j, item in enumerate(_field(section, "items", list, where, w)):
            at = f"{where}.items[{j}]"
            if not isinstance(item, dict):
                raise w.fail(at, "expected a mapping")
            if "citations" not in item:
                continue  # prose, subheadings, source entries
            excerpts.append(ManifestExcerpt(
                text=_field(item, "text", str, at, w),
                footnote=_field(item, "footnote", int, at, w),
                citations=_citations(item, at, w),
            ))
    return Manifest(schema, config_path, corpus_path, tuple(sources), tuple(footnotes),
                    tuple(excerpts))
