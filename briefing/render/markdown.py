"""Pandoc-flavoured Markdown: a YAML title block, ``[^n]`` footnotes.

``pandoc brief.md -o brief.docx`` works on the output. Article text is
escaped so that nothing in it becomes markup: emphasis marks, links, raw
HTML, ``$…$`` maths, ``@citations`` and line-start list markers are all
backslash-escaped.
"""

from __future__ import annotations

import re

from typing import assert_never

from briefing import manifest
from briefing.model import (
    Brief,
    BulletList,
    Cell,
    Emph,
    Excerpt,
    Inline,
    Link,
    Note,
    Paragraph,
    RenderOptions,
    SourceList,
    Subheading,
    Table,
    Text,
    Timeline,
)
from briefing.render.notes import NoteTable, NumberedNote, attribution_line, format_date, source_entry
from briefing.render.shared import clean_text, link_target

__all__ = ["attribution_tail", "escape", "note_definition", "render"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~^$@&])")
_LINE_START = re.compile(r"^(\s*)([-+*:>=]|\d+[.)])")
_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def escape(text: str) -> str:
    # white space runs become one space, kept at the ends: inline pieces join up
    text = _SPACES.sub(" ", clean_text(text))
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _yaml_str(text: str) -> str:
    return '"' + clean_text(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _inlines(content: tuple[Inline, ...], notes: NoteTable | None) -> str:
    out: list[str] = []
    for inline in content:
        match inline:
            case Text():
                out.append(escape(inline.text))
            case Emph():
                out.append(f"*{escape(inline.text)}*")
            case Link():
                target = link_target(inline.url)
                if target is None:  # not a web or mail link: its words only
                    out.append(escape(inline.text))
                elif inline.text == inline.url:
                    out.append(f"<{target}>")
                else:
                    out.append(f"[{escape(inline.text)}](<{target}>)")
            case Note():
                if notes is None:
                    raise ValueError("a note inside a note")
                out.append(f"[^{notes.number(inline)}]")
            case _:
                assert_never(inline)
    return "".join(out)


def note_definition(numbered: NumberedNote) -> str:
    """A footnote's definition line, ``[^3]: Carla Babb …``."""
    return f"[^{numbered.number}]: {_inlines(numbered.content, None)}"


def attribution_tail(line: str) -> str:
    """A key point's attribution after its marker, `` (Peter Cook · VOA, 21 Oct 2015)``."""
    return f" ({escape(line.lstrip('— '))})" if line else ""


def _excerpt(item: Excerpt, notes: NoteTable) -> list[str]:
    lines = [f"> {escape(item.text)}[^{notes.number(item.note)}]"]
    line = attribution_line(item)
    if line:
        lines += [">", f"> {escape(line)}"]
    lines.append("")
    for note in item.notes:
        who = f" ({escape(note.author)})" if note.author else ""
        on = f" on \u201c{escape(note.anchor)}\u201d" if note.anchor else ""
        lines += [f"**Analyst note**{who}{on}: {escape(note.text)}", ""]
    return lines


def _timeline(block: Timeline, notes: NoteTable) -> list[str]:
    """A table: number, date, the event's words with their footnote and
    attribution, and how the date was worked out."""
    lines = ["| # | Date | Event | How the date was worked out |", "| --: | --- | --- | --- |"]
    for i, entry in enumerate(block.entries, 1):
        item = entry.excerpt
        event = (f"{escape(item.text)}[^{notes.number(item.note)}]"
                 f"{attribution_tail(attribution_line(item))}")
        lines.append(f"| {i} | {escape(entry.label)} | {event} | {escape(entry.how)} |")
    return lines + [""]


def _cell(cell: Cell, notes: NoteTable) -> str:
    """A pipe-table cell: its inlines, then its excerpt and marker (the marker ends the
    cell, so the excerpt is the text between the cell's last ``|`` and the marker)."""
    parts = [_inlines(cell.content, notes).strip()]
    if cell.excerpt is not None:
        parts.append(f"{escape(cell.excerpt.text).strip()}[^{notes.number(cell.excerpt.note)}]")
    return " ".join(p for p in parts if p)


def _table(block: Table, notes: NoteTable) -> list[str]:
    lines = [f"*{escape(block.caption)}*", ""] if block.caption else []
    lines.append("| " + " | ".join(escape(h).strip() for h in block.header) + " |")
    lines.append("|" + "|".join("---" for _ in block.header) + "|")
    lines += ["| " + " | ".join(_cell(c, notes) for c in row) + " |" for row in block.rows]
    return lines + [""]


def _block(block, notes: NoteTable) -> list[str]:
    match block:
        case Paragraph():
            return [_inlines(block.content, notes), ""]
        case Subheading():
            return [f"## {escape(block.text)}", ""]
        case Excerpt():
            return _excerpt(block, notes)
        case BulletList():
            return [f"- {escape(item.text)}[^{notes.number(item.note)}]"
                    f"{attribution_tail(attribution_line(item))}" for item in block.items] + [""]
        case SourceList():
            return [f"- {_inlines(source_entry(source), notes)}" for source in block.sources] + [""]
        case Timeline():
            return _timeline(block, notes)
        case Table():
            return _table(block, notes)
        case _:
            assert_never(block)


def render(brief: Brief, options: RenderOptions | None = None) -> bytes:
    notes = NoteTable(brief)
    lines = ["---", f"title: {_yaml_str(brief.title)}"]
    if brief.subtitle:
        lines.append(f"subtitle: {_yaml_str(brief.subtitle)}")
    if brief.author:
        lines.append(f"author: {_yaml_str(brief.author)}")
    lines.append(f"date: {_yaml_str(format_date(brief.date) or brief.date)}")
    if brief.keywords:
        lines.append("keywords: [" + ", ".join(_yaml_str(k) for k in brief.keywords) + "]")
    lines.append(f"lang: {brief.language}")
    lines.append(f'briefing-build: "{manifest.build_id(brief)}"')
    lines += ["---", ""]
    if brief.marking:
        lines += [f"**{escape(brief.marking)}**", ""]
    for section in brief.sections:
        lines += [f"# {escape(section.title)}", ""]
        for block in section.blocks:
            lines += _block(block, notes)
    if brief.marking:
        lines += [f"**{escape(brief.marking)}**", ""]
    lines += [note_definition(numbered) for numbered in notes]
    lines.append("")
    # lone surrogates have no UTF-8 form: show them as U+FFFD
    return _SURROGATE.sub("\ufffd", "\n".join(lines)).encode("utf-8")
