"""Every block and inline type of the model reaches the reader in every format.

The model's ``BLOCK_TYPES`` and ``INLINE_TYPES`` are read from its unions, so a
type added to the model is sent through every writer of the formats table
here without anyone listing it; and a type a writer does not know makes it
fail loudly instead of dropping that part of the brief.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, replace

import pytest

from briefing import formats
from briefing.model import (
    BLOCK_TYPES,
    INLINE_TYPES,
    Emph,
    Excerpt,
    Link,
    Note,
    Paragraph,
    Section,
    SourceList,
    Subheading,
    Table,
    Text,
    Timeline,
    BulletList,
)
from briefing.render import render
from briefs import VOA, cite, discrepancy_table, sample_brief, timeline_block
from conftest import renderer_missing


def every_type_brief():
    brief = sample_brief()
    extra = Paragraph((Text("Plain words, "), Emph("emphasised words"), Text(" and "),
                       Link("a linked phrase", "https://www.example.org/linked"),
                       Note((cite(VOA, "On Tuesday, Russia and the United States"),))))
    first, *rest = brief.sections
    chronology = Section("chronology", "Chronology", "timeline", (timeline_block(),))
    return replace(brief, sections=(replace(first, blocks=first.blocks + (extra, discrepancy_table())),
                                    chronology, *rest))


def _types(brief):
    blocks, inlines = set(), set()
    for section in brief.sections:
        for block in section.blocks:
            blocks.add(type(block))
            if isinstance(block, Paragraph):
                inlines |= {type(i) for i in block.content}
    return blocks, inlines


def test_the_test_brief_holds_every_block_and_inline_type_of_the_model():
    blocks, inlines = _types(every_type_brief())
    assert blocks == set(BLOCK_TYPES)
    assert inlines == set(INLINE_TYPES)


def _expected_words(block) -> list[str]:
    """Words a reader must find for a block, whatever the format."""
    match block:
        case Paragraph():
            return [i.text for i in block.content if isinstance(i, (Text, Emph, Link)) and i.text.strip()]
        case Subheading():
            return [block.text]
        case Excerpt():
            return [block.text[:40]]
        case BulletList():
            return [item.text[:40] for item in block.items]
        case SourceList():
            return [s.title for s in block.sources]
        case Timeline():
            return [w for e in block.entries for w in (e.label, e.how, e.excerpt.text[:40])]
        case Table():
            return [block.caption, *block.header] + [
                text for row in block.rows for cell in row
                for text in ([i.text for i in cell.content if isinstance(i, Text)]
                             + ([cell.excerpt.text[:30]] if cell.excerpt else []))]
    raise AssertionError(f"no expectation for {type(block).__name__}")


def _reader_text(fmt: str, data: bytes) -> str:
    if fmt == "json":
        return json.dumps(json.loads(data), ensure_ascii=False)
    if fmt == "md":
        return data.decode("utf-8").replace("\\", "")
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            from lxml import etree

            root = etree.fromstring(package.read("word/document.xml"))
            w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
            return "\n".join("".join(t.text or "" for t in p.iter(f"{w}t")) for p in root.iter(f"{w}p"))
    if fmt == "pdf":
        from pypdf import PdfReader

        return " ".join(" ".join((page.extract_text() or "").split())
                        for page in PdfReader(io.BytesIO(data)).pages)
    raise AssertionError(f"no reader for {fmt}")


@pytest.mark.parametrize("fmt", formats.NAMES)
def test_every_block_type_is_shown_in_every_format(fmt):
    if renderer_missing(fmt):
        pytest.skip(renderer_missing(fmt))
    brief = every_type_brief()
    text = _reader_text(fmt, render(brief, fmt))
    flat = " ".join(text.split())
    for section in brief.sections:
        assert section.title in flat
        for block in section.blocks:
            for words in _expected_words(block):
                assert " ".join(words.split()) in flat, (fmt, type(block).__name__, words)


@dataclass(frozen=True)
class Aside:
    """A block type no writer knows (what a new section kind might add)."""

    text: str


@dataclass(frozen=True)
class Footnoted:
    """An inline type no writer knows."""

    text: str


@pytest.mark.parametrize("fmt", formats.NAMES)
@pytest.mark.parametrize("where", ["block", "inline"])
def test_a_type_a_writer_does_not_know_fails_instead_of_vanishing(fmt, where):
    if renderer_missing(fmt):
        pytest.skip(renderer_missing(fmt))
    brief = sample_brief()
    stranger = Aside("words that must not vanish") if where == "block" else \
        Paragraph((Text("Known words "), Footnoted("unknown words")))
    first, *rest = brief.sections
    brief = replace(brief, sections=(Section(first.id, first.title, first.kind,
                                             first.blocks + (stranger,)), *rest))
    with pytest.raises((AssertionError, TypeError)):
        render(brief, fmt)


def test_every_format_of_the_table_has_a_renderer():
    for fmt in formats.FORMATS:
        assert renderer_missing(fmt.name) is None, fmt.name
    assert [f.extension for f in formats.FORMATS] == [f".{f.name}" for f in formats.FORMATS]
    assert {f.name for f in formats.FORMATS if f.embeds_manifest} == {"docx", "pdf"}
