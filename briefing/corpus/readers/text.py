"""Plain text: the file decoded without newline translation is the text.

Offsets index the decoded file exactly (a UTF-8 BOM is not part of it);
the header block is classified line by line by the segmenter. An ISO date in
the file name is a fallback for a text that prints none.
"""

from __future__ import annotations

from briefing.corpus.read import decode
from briefing.corpus.readers import Extract, Unreadable

NAME = "text"
SUFFIXES = (".txt", ".text")


def version() -> str:
    return "1"


def sniff(head: bytes, name: str) -> bool:
    return False  # the fallback for text files: chosen by suffix


def decode_or_refuse(data: bytes) -> tuple[str, str]:
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise Unreadable(str(exc)) from None
    if not text.strip():
        raise Unreadable("no text")
    return text, encoding


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    text, encoding = decode_or_refuse(data)
    return [Extract(text, {})], encoding
