"""The JSON manifest: everything needed to check a brief against its corpus.

Written beside every brief and embedded in the DOCX and PDF, so that
``briefing verify`` can check any of them on its own. Schema ``briefing/1``.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from briefing.model import (
    Brief,
    BulletList,
    Citation,
    Excerpt,
    Paragraph,
    RenderOptions,
    SourceList,
    Subheading,
    Text,
    Link,
    Emph,
)
from briefing.render.notes import NoteTable

__all__ = ["SCHEMA", "manifest", "render"]

SCHEMA = "briefing/1"


def _citation(cite: Citation) -> dict:
    return asdict(cite)


def _excerpt_item(item: Excerpt, notes: NoteTable, kind: str | None = None) -> dict:
    speaker = item.attribution.speaker
    return {
        "kind": kind or item.kind,
        "text": item.text,
        "footnote": notes.number(item.note),
        "citations": [_citation(c) for c in item.citations],
        "speaker": (
            {"name": speaker.name, "role": speaker.role, "confidence": round(speaker.confidence, 3)}
            if speaker
            else None
        ),
        "outlet": item.attribution.outlet,
        "date": item.attribution.date,
        "author": item.attribution.author,
        "theme": item.theme,
        "score": round(item.score, 4),
        "matched": list(item.matched),
        "notes": [{"text": n.text, "anchor": n.anchor, "author": n.author} for n in item.notes],
    }


def _plain(content) -> str:
    return "".join(i.text for i in content if isinstance(i, (Text, Emph, Link)))


def _items(blocks, notes: NoteTable) -> list[dict]:
    items: list[dict] = []
    for block in blocks:
        if isinstance(block, Excerpt):
            items.append(_excerpt_item(block, notes))
        elif isinstance(block, BulletList):
            items.extend(_excerpt_item(i, notes, kind="key_point") for i in block.items)
        elif isinstance(block, Paragraph):
            items.append({"kind": "text", "text": _plain(block.content)})
        elif isinstance(block, Subheading):
            items.append({"kind": "subheading", "text": block.text})
        elif isinstance(block, SourceList):
            items.extend({"kind": "source", "source": s.id} for s in block.sources)
    return items


def manifest(brief: Brief) -> dict:
    """The manifest as a plain dict (what ``render`` serialises)."""
    notes = NoteTable(brief)
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "subtitle": brief.subtitle,
        "author": brief.author,
        "date": brief.date,
        "marking": brief.marking,
        "config": {"path": brief.config_path, "sha256": brief.config_sha256},
        "corpus": {"path": brief.corpus_path},
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "sha256": s.sha256,
                "title": s.title,
                "outlet": s.outlet,
                "authors": list(s.authors),
                "published": s.published,
                "url": s.url,
            }
            for s in brief.sources
        ],
        "sections": [
            {"id": sec.id, "title": sec.title, "kind": sec.kind, "items": _items(sec.blocks, notes)}
            for sec in brief.sections
        ],
        "footnotes": [
            {
                "number": n.number,
                "text": n.text,
                "citation": _citation(n.note.citations[0]),
                "citations": [_citation(c) for c in n.note.citations],
            }
            for n in notes
        ],
    }


def render(brief: Brief, options: RenderOptions | None = None) -> bytes:
    data = manifest(brief)
    try:
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate (text decoded with errors='surrogateescape' upstream)
        # has no UTF-8 form; \uXXXX escapes keep the text exact and valid JSON
        return (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")
