"""Finding article files and decoding them without losing a character.

Offsets in a brief index the text *as decoded* with newline translation off,
so this module is the one place that turns bytes into text; ``verify`` uses
it too, and a CRLF file keeps its ``\\r\\n`` pairs.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "LARGEST_MAX_BYTES",
    "RawArticle",
    "SkippedFile",
    "decode",
    "article_files",
    "iter_article_paths",
    "load_raw",
    "read_file_bytes",
]

ARTICLE_SUFFIXES = (".txt", ".md")  # the plain-text kinds; corpus/readers/ takes the rest
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: the largest article any config may admit (corpus.max_file_mb ≤ 1024)
LARGEST_MAX_BYTES = 1024 * 1024 * 1024

# Legacy encodings news text saved on Windows or old sites comes in, in the
# order we prefer them when a detector is unsure: cp1252 is a superset of
# latin-1 for printable text and holds the typographic quotes (0x91-0x94).
_LEGACY_PREFERENCE = ("cp1252", "latin_1", "iso8859_15")
# Guesses detectors give for short Western text (cp1250 and latin-2 among
# them: one accented letter is rarely enough to tell). Cyrillic, Greek and
# other scripts' code pages are never overridden.
_WESTERN = frozenset(_LEGACY_PREFERENCE + ("iso8859_1", "cp850", "mac_roman", "cp1250", "iso8859_2"))


@dataclass(frozen=True)
class RawArticle:
    path: Path
    relpath: str
    data: bytes
    text: str
    encoding: str
    sha256: str


@dataclass(frozen=True)
class SkippedFile(Exception):
    relpath: str
    reason: str

    def __str__(self) -> str:
        return f"{self.relpath}: skipped: {self.reason}"


#: configs and manifests live beside articles; they are never articles
NOT_ARTICLES = (".yaml", ".yml")


def iter_article_paths(root: Path, skip: tuple[str, ...] = (), exclude: tuple[Path, ...] = ()) -> list[Path]:
    """Every file under root (:func:`article_files`), as paths."""
    return [Path(path) for _, path in article_files(root, skip, exclude)]


def article_files(root: Path, skip: tuple[str, ...] = (), exclude: tuple[Path, ...] = ()) -> list[tuple[str, str]]:
    """Every file under root, as (path relative to root in POSIX form, path):
    recursive, sorted, hidden names skipped; the readers decide which are articles.

    Symbolic links to folders are not followed (no loops); a link to a file
    is read like the file. The assets folder a browser saves beside a page
    ("Story.html" + "Story_files/") is skipped, and so are names in ``skip``
    (the corpus manifest), YAML files (configs, manifests) and the folders in
    ``exclude`` (a brief's output folder inside the corpus folder).
    """
    found: list[tuple[str, str]] = []  # (path relative to root, as posix; the path)
    excluded = {p.resolve() for p in exclude}
    top = os.fspath(root)
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        pages = {n.rsplit(".", 1)[0] for n in filenames if n.lower().endswith((".html", ".htm"))}
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not (d.endswith("_files") and d[: -len("_files")] in pages)
                             and not (excluded and (Path(dirpath) / d).resolve() in excluded))
        # plain strings here: a corpus of 100,000 files spends seconds on Path objects
        at_top = dirpath == top
        folder = "" if at_top else os.path.relpath(dirpath, top).replace(os.sep, "/") + "/"
        for name in filenames:
            if name.startswith(".") or (at_top and name in skip) or name.lower().endswith(NOT_ARTICLES):
                continue
            found.append((folder + name, os.path.join(dirpath, name)))
    found.sort()
    return found


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for an article's bytes.

    UTF-8 (a BOM is dropped), else the best legacy guess. Raises ValueError
    for bytes that are not text (NUL bytes, or nothing decodes cleanly).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # before the NUL check: UTF-16 is full of NULs
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValueError("UTF-16 BOM but invalid UTF-16") from None
    if b"\x00" in data:
        raise ValueError("binary file (NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ValueError(f"UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    return _decode_legacy(data)


# A UTF-8 file with a few damaged bytes (a truncated copy, one pasted
# character) is still UTF-8: decoding it as a legacy code page would garble
# every accented letter. Up to this share of bad sequences we keep UTF-8 and
# show each bad sequence as U+FFFD.
_MAX_BAD_UTF8 = 0.001
_LEAD_BYTES = bytes(range(0xC0, 0x100))


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    multibyte = len(data) - len(data.translate(None, _LEAD_BYTES))  # lead bytes of UTF-8 sequences
    if bad and multibyte > bad and bad <= max(1, len(text) * _MAX_BAD_UTF8):
        return text, "utf-8 (damaged: bad bytes shown as U+FFFD)"
    return None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary file (no text encoding fits)")
    guess = best.encoding
    # Detectors often name latin-1 or a sibling for cp1252 text; prefer
    # cp1252 whenever it decodes the bytes and the guess is a Western one.
    if guess in _WESTERN:
        for name in _LEGACY_PREFERENCE:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, name
    text = data.decode(guess)
    if not _looks_like_text(text):
        raise ValueError("binary file (control characters)")
    return text, guess


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(text) < 0.01


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1048576:.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{n} bytes"


def load_raw(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    """Read and decode one text file; raises SkippedFile with the reason."""
    relpath, data = read_file_bytes(path, root, max_bytes)
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise SkippedFile(relpath, str(exc)) from None
    if not text.strip():
        raise SkippedFile(relpath, "no text")
    return RawArticle(path, relpath, data, text, encoding, hashlib.sha256(data).hexdigest())


def read_file_bytes(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bytes]:
    """(relative path, bytes) of one file, within the size cap; raises SkippedFile."""
    relpath = path.relative_to(root).as_posix() if path != root else path.name
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise SkippedFile(relpath, "not a regular file")
        size = info.st_size
        if size > max_bytes:
            raise SkippedFile(relpath, f"{_size(size)} is over the {_size(max_bytes)} limit")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise SkippedFile(relpath, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise SkippedFile(relpath, f"over the {_size(max_bytes)} limit")
    if not data.strip():
        raise SkippedFile(relpath, "empty file")
    return relpath, data
