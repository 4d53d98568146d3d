"""Lines with offsets, and getting the text out of an export's container.

Shared by the news-database export readers (Nexis, Factiva), which read the
same structure whether it comes as a text file, a Word file or an RTF file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.corpus.readers import Unreadable

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Line:
    start: int  # of the stripped content
    end: int
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    out: list[Line] = []
    for match in _LINE.finditer(text, start, end):
        if match.start() == match.end():
            break
        raw = match.group().rstrip("\r\n")
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(match.start() + lead, match.start() + lead + len(stripped), stripped))
    return out


def container_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding or container) of an export saved as text, Word or RTF."""
    if data.startswith(b"PK\x03\x04"):
        from briefing.corpus.readers import docx

        return docx.plain_text(data), "docx"
    if data.lstrip()[:5] == b"{\\rtf":
        from briefing.corpus.readers import rtf

        return rtf.rtf_text(data), "rtf"
    from briefing.corpus.readers.text import decode_or_refuse

    return decode_or_refuse(data)


def head_text(head: bytes) -> str | None:
    """The start of a text file, decoded for sniffing (None for binary files)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head[: len(head) // 2 * 2].decode("utf-16", "replace")
        except UnicodeError:
            return None
    if b"\x00" in head[:4096] or head.startswith((b"PK\x03\x04", b"%PDF", b"{\\rtf")):
        return None
    return head.decode("utf-8", "replace")


def require(condition: bool, reason: str) -> None:
    if not condition:
        raise Unreadable(reason)
