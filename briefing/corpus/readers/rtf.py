"""RTF files (Factiva and Nexis deliver exports as RTF; Word saves it too).

The text is what the RTF shows, made by a small reader of the RTF grammar
(groups, control words, ``\\'hh`` bytes in the document's code page, ``\\uN``
characters with their fallbacks skipped): ``\\par`` ends a line, ``\\tab``
is a tab, and font tables, style sheets, pictures, headers, footers,
footnotes and other hidden destinations are left out. An export inside is
read by its own reader (it sniffs the RTF's text); any other RTF is one
article whose header block is classified like a text file's.
"""

from __future__ import annotations

import re

from briefing.corpus.readers import Extract, Unreadable

NAME = "rtf"
SUFFIXES = (".rtf",)

_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
# destinations whose text is not the document's
_SKIP = frozenset({
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"footer", b"headerl",
    b"headerr", b"headerf", b"footerl", b"footerr", b"footerf", b"footnote", b"object", b"datastore",
    b"themedata", b"colorschememapping", b"latentstyles", b"listtable", b"listoverridetable",
    b"rsidtbl", b"generator", b"xmlnstbl", b"mmathPr", b"fldinst", b"bkmkstart", b"bkmkend",
    b"shppict", b"nonshppict", b"filetbl", b"revtbl", b"pgdsctbl", b"wgrffmtfilter", b"field_inst",
})
_MAX_CHARS = 50_000_000


def version() -> str:
    return "1"


def sniff(data: bytes, name: str) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def rtf_text(data: bytes) -> str:
    if data.lstrip()[:5] != b"{\\rtf":
        raise Unreadable("not an RTF file")
    codepage = "cp1252"
    declared = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if declared:
        codepage = f"cp{int(declared.group(1))}"
        try:
            "".encode(codepage)
        except LookupError:
            codepage = "cp1252"
    out: list[str] = []
    stack: list[tuple[bool, int]] = []
    skipping = False
    uc = 1  # characters that follow \uN as its fallback
    pending_skip = 0
    star = False
    pending_bytes = bytearray()

    def flush_bytes() -> None:
        if pending_bytes:
            if not skipping:
                out.append(pending_bytes.decode(codepage, "replace"))
            pending_bytes.clear()

    for match in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, plain = match.groups()
        if hexbyte is not None:
            if pending_skip:
                pending_skip -= 1
                continue
            pending_bytes.append(int(hexbyte, 16))
            continue
        flush_bytes()
        if brace == b"{":
            stack.append((skipping, uc))
            star = False
        elif brace == b"}":
            if stack:
                skipping, uc = stack.pop()
        elif word is not None:
            if word in _SKIP or star:
                skipping = True
                star = False
                continue
            if skipping:
                continue
            if word in (b"par", b"line", b"sect", b"row"):
                out.append("\n")
            elif word == b"tab" or word == b"cell":
                out.append("\t")
            elif word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"u" and arg is not None:
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                pending_skip = uc
            elif word == b"emdash":
                out.append("\u2014")
            elif word == b"endash":
                out.append("\u2013")
            elif word in (b"lquote", b"rquote"):
                out.append("\u2018" if word == b"lquote" else "\u2019")
            elif word in (b"ldblquote", b"rdblquote"):
                out.append("\u201c" if word == b"ldblquote" else "\u201d")
            elif word == b"bullet":
                out.append("\u2022")
        elif symbol is not None:
            if symbol == b"*":
                star = True
            elif not skipping and symbol in (b"\\", b"{", b"}"):
                out.append(symbol.decode())
            elif not skipping and symbol == b"~":
                out.append("\u00a0")
        elif plain is not None and not skipping:
            piece = plain.decode(codepage, "replace")
            if pending_skip:
                dropped = min(pending_skip, len(piece))
                piece = piece[dropped:]
                pending_skip -= dropped
            out.append(piece)
        if len(out) > _MAX_CHARS:
            raise Unreadable("RTF text too long")
    flush_bytes()
    text = "".join(out)
    return re.sub(r"[ \t]+\n", "\n", text)


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    text = rtf_text(data)
    if not text.strip():
        raise Unreadable("no text")
    return [Extract(text, {})], "rtf"
