"""Embedded fonts, and turning brief text into safe Paragraph markup.

The PDF embeds DejaVu Serif (body) and DejaVu Sans (headings, captions, and a
fallback for characters the serif lacks). Both families cover Latin-1, Latin
Extended, Greek, Cyrillic and general punctuation (curly quotes, dashes,
ellipsis, arrows). The font files come from an installed, maintained package
rather than from files copied into this repository: matplotlib ships the full
DejaVu Serif and Sans families in ``mpl-data/fonts/ttf``. We only locate that
folder (``importlib.util.find_spec``); matplotlib itself is never imported.
If matplotlib is absent, the system's DejaVu folder is used when it exists.

Every piece of brief text that goes into a reportlab ``Paragraph`` passes
through :meth:`FontSet.markup`, which

* drops control and (invisible) format characters; tabs and line breaks
  become spaces (``render.shared.clean_text``, as in every format),
* XML-escapes ``& < >`` (and quotes), so article text is never markup,
* wraps a character the requested face lacks in the fallback face, and
* shows a character no embedded font has as U+FFFD, recording it so the
  renderer can list all of them in one :class:`UnsupportedCharacterWarning`.
  Characters beyond the Basic Multilingual Plane (emoji) count as missing:
  reportlab cannot map them for text extraction.
"""

from __future__ import annotations

import importlib.util
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from briefing.errors import RenderError
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing.render.shared import clean_text

__all__ = [
    "FONT_PACKAGE",
    "FontSet",
    "FontsUnavailable",
    "REPLACEMENT",
    "UnsupportedCharacterWarning",
    "load_fonts",
]

#: The PyPI package the font files come from.
FONT_PACKAGE = "matplotlib"

#: Shown in place of a character that no embedded font has.
REPLACEMENT = "\ufffd"

# Registered reportlab name -> file name, for each face we use.
_FACES = {
    "BriefSerif": "DejaVuSerif.ttf",
    "BriefSerif-Bold": "DejaVuSerif-Bold.ttf",
    "BriefSerif-Italic": "DejaVuSerif-Italic.ttf",
    "BriefSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    "BriefSans": "DejaVuSans.ttf",
    "BriefSans-Bold": "DejaVuSans-Bold.ttf",
    "BriefSans-Italic": "DejaVuSans-Oblique.ttf",
    "BriefSans-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}

_SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
)


class FontsUnavailable(RenderError):
    """No folder with the DejaVu TrueType fonts could be found (exit 2, one line)."""


class UnsupportedCharacterWarning(UserWarning):
    """Some characters of the brief are in no embedded font (shown as U+FFFD)."""


def _candidate_dirs() -> list[Path]:
    dirs: list[Path] = []
    spec = importlib.util.find_spec(FONT_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            dirs.append(Path(location) / "mpl-data" / "fonts" / "ttf")
    dirs.extend(Path(d) for d in _SYSTEM_DIRS)
    return dirs


def _font_dir() -> Path:
    folders = _candidate_dirs()
    for folder in folders:
        if all((folder / name).is_file() for name in _FACES.values()):
            return folder
    looked = ", ".join(str(f) for f in folders) or "nowhere"
    raise FontsUnavailable(
        f"pdf: the fonts the PDF embeds are missing ({', '.join(sorted(set(_FACES.values())))}; "
        f"looked in {looked}): reinstall briefing's dependency {FONT_PACKAGE!r} "
        f"(pip install --force-reinstall {FONT_PACKAGE}) or install fonts-dejavu-core with apt-get"
    )


_LOADED: dict[str, TTFont] = {}


def load_fonts() -> dict[str, TTFont]:
    """Register the embedded faces with reportlab once per process."""
    if not _LOADED:
        folder = _font_dir()
        fonts = {name: TTFont(name, os.fspath(folder / file)) for name, file in _FACES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        for family in ("BriefSerif", "BriefSans"):
            pdfmetrics.registerFontFamily(
                family,
                normal=family,
                bold=f"{family}-Bold",
                italic=f"{family}-Italic",
                boldItalic=f"{family}-BoldItalic",
            )
        _LOADED.update(fonts)
    return _LOADED


@dataclass(frozen=True)
class _Face:
    name: str
    chars: frozenset[int]
    fallbacks: tuple[tuple[str, frozenset[int]], ...]  # tried in order

    def fallback_for(self, code: int) -> str | None:
        for name, chars in self.fallbacks:
            if code in chars:
                return name
        return None


def _fallback_names(name: str) -> list[str]:
    """Same style in the other family, then both families' regular faces."""
    family, _, style = name.partition("-")
    other = "BriefSans" if family == "BriefSerif" else "BriefSerif"
    names = [f"{other}-{style}" if style else other, "BriefSans", "BriefSerif"]
    return [n for i, n in enumerate(names) if n != name and n not in names[:i]]


class FontSet:
    """The faces of one render, and the characters that none of them has."""

    def __init__(self) -> None:
        fonts = load_fonts()
        # reportlab writes astral characters into ToUnicode maps as odd-length
        # hex (not UTF-16), which breaks copying and searching: treat them as
        # missing, like characters no font has.
        charsets = {
            name: frozenset(c for c in font.face.charToGlyph if c <= 0xFFFF)
            for name, font in fonts.items()
        }
        self._faces: dict[str, _Face] = {
            name: _Face(name, charsets[name], tuple((f, charsets[f]) for f in _fallback_names(name)))
            for name in _FACES
        }
        self.missing: dict[str, None] = {}  # insertion-ordered set

    def markup(self, text: str, face: str = "BriefSerif", attribute: bool = False) -> str:
        """Escaped Paragraph markup that prints ``text`` literally in ``face``.

        With ``attribute`` true the result is safe inside a double-quoted
        attribute value too (no font fallback there: it is not shown).
        """
        text = clean_text(text)
        if attribute:
            return escape(text, {'"': "&quot;"})
        info = self._faces[face]
        out: list[str] = []
        run_face, run = None, []  # a run of characters set in a fallback face

        def flush():
            if run:
                out.append(f'<font face="{run_face}">{escape("".join(run))}</font>')
                run.clear()

        for ch in text:
            code = ord(ch)
            if code in info.chars or ch == " ":
                flush()
                out.append(escape(ch))
                continue
            fallback = info.fallback_for(code)
            if fallback is None:
                self.missing.setdefault(ch)
                ch, code = REPLACEMENT, ord(REPLACEMENT)
                if code in info.chars:
                    flush()
                    out.append(ch)
                    continue
                fallback = info.fallback_for(code)
            if fallback != run_face:
                flush()
                run_face = fallback
            run.append(ch)
        flush()
        return "".join(out)

    def plain(self, text: str, face: str) -> str:
        """``text`` for ``canvas.drawString`` in one face: characters it lacks become U+FFFD."""
        info = self._faces[face]
        out = []
        for ch in clean_text(text):
            if ord(ch) in info.chars:
                out.append(ch)
            else:
                if info.fallback_for(ord(ch)) is None:
                    self.missing.setdefault(ch)
                out.append(REPLACEMENT if ord(REPLACEMENT) in info.chars else "?")
        return "".join(out)

    def warning_text(self) -> str | None:
        """One message listing every character shown as U+FFFD, or None."""
        if not self.missing:
            return None
        listed = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in self.missing)
        return (
            f"{len(self.missing)} character(s) are in none of the PDF's embedded fonts "
            f"and are shown as {REPLACEMENT}: {listed}"
        )
