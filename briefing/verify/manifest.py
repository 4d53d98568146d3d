"""Reading a brief file: its format, its manifest and the build it belongs to.

The format is told by the file's first bytes, not its name (``%PDF-``, a zip,
JSON text, or Markdown front matter). A DOCX or PDF carries its manifest
inside; a Markdown brief is checked against the ``.json`` manifest written
beside it, which must be of the same build. The manifest itself is read by
:func:`briefing.manifest.parse`, the schema's one reader.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing import formats
from briefing.errors import ManifestNotFound
from briefing.manifest import Manifest, UnusableBrief, parse

__all__ = ["BriefFile", "UnusableBrief", "load_brief", "set_builds", "sniff"]

MAX_BRIEF_BYTES = 512 * 1024 * 1024
_MD_BUILD = re.compile(r'^briefing-build: "([0-9a-f]+)"$', re.M)


@dataclass(frozen=True)
class BriefFile:
    path: Path
    format: str  # a name of the formats table
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
    if data.startswith(b"---\n") and _markdown_build(data) is not None:
        return "md"
    return None


def _markdown_build(data: bytes) -> str | None:
    end = data.find(b"\n---\n", 3)
    front = data[:end if end > 0 else 4096].decode("utf-8", "replace")
    match = _MD_BUILD.search(front)
    return match.group(1) if match else None


def _read(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise UnusableBrief(f"{path}: is a folder, not a brief")
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise UnusableBrief(f"{path}: {size} bytes is too large for a brief")
        return path.read_bytes()
    except FileNotFoundError:
        raise UnusableBrief(f"{path}: no such file") from None
    except OSError as exc:
        raise UnusableBrief(f"{path}: cannot read ({exc.strerror or exc})") from None


def load_brief(path: str | Path) -> BriefFile:
    """Read a brief file and its manifest; raises :class:`UnusableBrief`."""
    path = Path(path)
    data = _read(path)
    fmt = sniff(data)
    if fmt is None:
        raise UnusableBrief(f"{path}: not a brief (expected a .json manifest, a .md, .docx or .pdf "
                            "written by briefing)")
    if fmt == "json":
        return BriefFile(path, fmt, data, parse(data, str(path)))
    if formats.get(fmt).embeds_manifest:
        return BriefFile(path, fmt, data, parse(_embedded(path, data, fmt), str(path)))
    beside = path.with_suffix(formats.get("json").extension)
    try:
        manifest = parse(_read(beside), str(beside))
    except UnusableBrief as exc:
        raise UnusableBrief(f"{path}: a {fmt} brief is checked against the manifest beside it, "
                            f"and that cannot be read ({exc})") from None
    build = _markdown_build(data)
    if build != manifest.build:
        raise UnusableBrief(f"{path}: is build {build} but {beside.name} beside it is build "
                            f"{manifest.build}: they are not one build; rebuild the brief")
    return BriefFile(path, fmt, data, manifest)


def _embedded(path: Path, data: bytes, fmt: str) -> bytes:
    """The manifest the DOCX or PDF renderer embedded (each renderer owns its reader)."""
    try:
        reader = importlib.import_module(formats.get(fmt).module).read_embedded_manifest
    except (ImportError, AttributeError) as exc:
        raise UnusableBrief(f"{path}: cannot read a {fmt.upper()} here ({exc})") from None
    try:
        return reader(data)
    except ManifestNotFound as exc:
        raise UnusableBrief(f"{path}: no briefing manifest readable in this "
                            f"{fmt.upper()} ({exc})") from None


def build_of(path: Path) -> str | None:
    """The build id a brief file carries, or None when it carries none readable."""
    try:
        data = _read(path)
    except UnusableBrief:
        return None
    fmt = sniff(data)
    if fmt == "md":
        return _markdown_build(data)
    try:
        raw = data if fmt == "json" else _embedded(path, data, fmt) if fmt else None
        build = json.loads(raw).get("build") if raw is not None else None
    except (UnusableBrief, ValueError, AttributeError, RecursionError):
        return None
    return build if isinstance(build, str) else None


def set_builds(brief: BriefFile) -> list[tuple[Path, str | None]]:
    """Every file of the brief's set (its name with each format's extension) that
    exists beside it, with the build id it carries."""
    out = []
    for fmt in formats.FORMATS:
        candidate = brief.path.with_suffix(fmt.extension)
        if candidate == brief.path:
            out.append((candidate, brief.manifest.build))
        elif candidate.is_file():
            out.append((candidate, build_of(candidate)))
    return out
