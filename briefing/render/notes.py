"""Footnote numbering and wording, shared by every renderer.

Notes in the model have no numbers (see ``briefing.model``). This module
walks a brief in reading order once, numbers its notes 1…N and writes each
note for people in Chicago notes style: the full form the first time a
source is cited, the short form (surname, short title, paragraph) after.
It also writes the attribution line shown under an excerpt. DOCX, PDF,
Markdown and the JSON manifest all call it, so they always agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import (
    Attribution,
    Brief,
    Citation,
    Excerpt,
    Inline,
    Link,
    Note,
    Source,
    Text,
    iter_notes,
)
from briefing.text.names import is_organisation
from briefing.words import format_date, format_date_short  # (re-exported: renderers word dates with them)

__all__ = [
    "NoteTable",
    "NumberedNote",
    "attribution_line",
    "format_date",
    "format_date_short",
    "source_entry",
]

_SHORT_TITLE_WORDS = 4
_FUNCTION_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over the to with".split()
)


@dataclass(frozen=True)
class NumberedNote:
    number: int
    note: Note
    content: tuple[Inline, ...]  # Text and Link pieces (URLs are links)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.content)


class NoteTable:
    """Numbers and words every note of a brief, in marker order."""

    def __init__(self, brief: Brief):
        self._by_identity: dict[int, NumberedNote] = {}
        self.notes: list[NumberedNote] = []
        seen: set[str] = set()
        for note in iter_notes(brief):
            if id(note) in self._by_identity:
                raise ValueError("the same Note object appears twice in the brief")
            pieces: list[Inline] = []
            for i, cite in enumerate(note.citations):
                if i:
                    pieces.append(Text("; "))
                source = brief.source(cite.source)
                pieces.extend(_cite_pieces(cite, source, short=cite.source in seen))
                seen.add(cite.source)
            pieces.append(Text("."))
            numbered = NumberedNote(len(self.notes) + 1, note, _merge_text(pieces))
            self.notes.append(numbered)
            self._by_identity[id(note)] = numbered

    def __len__(self) -> int:
        return len(self.notes)

    def __iter__(self):
        return iter(self.notes)

    def lookup(self, note: Note) -> NumberedNote:
        """The numbered note for this exact Note object of the brief."""
        return self._by_identity[id(note)]

    def number(self, note: Note) -> int:
        return self.lookup(note).number


def _merge_text(pieces: list[Inline]) -> tuple[Inline, ...]:
    merged: list[Inline] = []
    for piece in pieces:
        if isinstance(piece, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return tuple(merged)


# --------------------------------------------------------------------------- wording


def _surname(name: str) -> str:
    if is_organisation(name):
        return name
    words = [w for w in name.split() if w.rstrip(".").lower() not in {"jr", "sr", "ii", "iii"}]
    return words[-1] if words else name


def _join_names(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    if len(names) == 3:
        return f"{names[0]}, {names[1]}, and {names[2]}"
    return f"{names[0]} et al."


def _short_title(title: str) -> str:
    head = title.split(":")[0].strip()
    if head != title and len(head.split()) >= 2:
        return head  # a title's main part, before its subtitle
    words = title.split()
    if len(words) <= _SHORT_TITLE_WORDS:
        return title
    words = words[:_SHORT_TITLE_WORDS]
    while len(words) > 1 and words[-1].lower().strip(",;:") in _FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;:")


def _quoted(title: str) -> str:
    """A title in quotation marks; a headline's closing full stop is not part of it."""
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return f"\u201c{title}\u201d"


def _cite_pieces(cite: Citation, source: Source | None, short: bool) -> list[Inline]:
    locator = f"\u00b6{cite.paragraph}" if cite.paragraph else None
    if source is None:
        text = cite.source + (f", {locator}" if locator else "")
        return [Text(text)]
    authors = list(source.authors)
    parts: list[str] = []
    if short:
        if authors:
            parts.append(_join_names([_surname(a) for a in authors]))
        if source.title:
            parts.append(_quoted(_short_title(source.title)))
        elif not authors and source.outlet:
            parts.append(source.outlet)
        if locator:
            parts.append(locator)
        return [Text(_join_parts(parts))]
    if authors:
        parts.append(_join_names(authors))
    if source.title:
        parts.append(_quoted(source.title))
    if source.outlet:
        parts.append(source.outlet)
    date = format_date(source.published)
    if date:
        parts.append(date)
    if locator:
        parts.append(locator)
    pieces: list[Inline] = [Text(_join_parts(parts))]
    if source.url:
        pieces.append(Text(", "))
        pieces.append(Link(source.url, source.url))
    return pieces


def _join_parts(parts: list[str]) -> str:
    # A quoted title carries its comma inside the closing mark (Chicago); a title
    # that ends in "?" or "!" takes no comma.
    out = ""
    for i, part in enumerate(parts):
        if i == 0:
            out = part
        elif out.endswith(("?\u201d", "!\u201d")):
            out += " " + part
        elif out.endswith("\u201d"):
            out = out[:-1] + ",\u201d " + part
        else:
            out += ", " + part
    return out


def source_entry(source: Source) -> tuple[Inline, ...]:
    """A bibliography-style entry for the sources section."""
    parts: list[str] = []
    if source.authors:
        parts.append(_join_names(list(source.authors)))
    if source.title:
        parts.append(_quoted(source.title))
    if source.outlet:
        parts.append(source.outlet + (f" (via {source.via})" if source.via else ""))
    date = format_date(source.published)
    parts.append(date or "undated")
    pieces: list[Inline] = [Text(_join_parts(parts) + ".")]
    if source.url:
        pieces.append(Text(" "))
        pieces.append(Link(source.url, source.url))
    part = re.search(r"#(\d+)(?:-\d+)?$", source.id)
    where = f"{source.path}, article {part.group(1)}" if part else source.path
    pieces.append(Text(f" File {where}, sha256 {source.sha256[:12]}."))
    return _merge_text(pieces)


def attribution_line(item: Excerpt | Attribution) -> str:
    """'— Peter Cook, Pentagon spokesman · VOA, 21 Oct 2015'."""
    attr = item.attribution if isinstance(item, Excerpt) else item
    where = attr.outlet or ""
    if attr.author and attr.author != attr.outlet:
        where = f"{where} ({attr.author})" if where else attr.author
    when = format_date_short(attr.date)
    tail = ", ".join(p for p in (where, when) if p)
    if attr.speaker is not None:
        who = attr.speaker.name
        if attr.speaker.role:
            who += f", {attr.speaker.role}"
        return f"\u2014 {who} \u00b7 {tail}" if tail else f"\u2014 {who}"
    return f"\u2014 {tail}" if tail else ""
