"""The JSON manifest: one schema, written by the build and read by ``verify``.

The manifest says everything a brief shows about its sources, so that a
reviewer (or ``briefing verify``) can prove it: every source with its file's
sha256 and the metadata its footnotes cite; every section item with the text
it shows, its footnote and attribution; every footnote with its wording and
citations. It is the ``.json`` output, and is embedded byte for byte in the
DOCX and the PDF. Schema ``briefing/3``::

    schema, build        "briefing/3"; the build's id (a digest of everything else)
    title … marking      the brief's own metadata
    config, corpus       where the build read them, relative to the brief's folder
    sources[]            id, path, sha256 (of the file's bytes), title, outlet,
                         outlet_short, authors, published, url, via; reader,
                         reader_version and text_sha256: the reader that made the
                         text the offsets index, and that text's sha256
    sections[].items[]   kind: text | subheading | source | table | excerpt | quote
                         | key_point | event | cell; shown text, footnote number,
                         citations, speaker, outlet, date, author, the attribution
                         line as shown, …; an event also its resolved date (date,
                         granularity, label, how); a table its header and rows,
                         each cited excerpt in its cells a "cell" item
    footnotes[]          number, text (as shown), citations (the provenance contract)

:meth:`Manifest.from_brief` makes it from a :class:`~briefing.model.Brief`;
:func:`parse` reads one back, checking every field it uses and refusing
other schema versions. The build id is a digest of the content, so the same
brief always has the same id, and the DOCX, PDF, Markdown and JSON of one
build carry the same one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, assert_never

from briefing.errors import CorpusError
from briefing.model import (
    Attribution,
    Brief,
    BulletList,
    Citation,
    Excerpt,
    Note,
    Paragraph,
    Section,
    Source,
    SourceList,
    Speaker,
    Subheading,
    Table,
    Timeline,
    TimelineEntry,
    plain_text,
)
from briefing.render.notes import NoteTable, NumberedNote, attribution_line

__all__ = [
    "SCHEMA",
    "CITED_KINDS",
    "FootnoteRecord",
    "ItemRecord",
    "Manifest",
    "SectionRecord",
    "SourceRecord",
    "SpeakerRecord",
    "UnusableBrief",
    "build_id",
    "parse",
]

SCHEMA = "briefing/3"
#: item kinds that show cited text
CITED_KINDS = ("excerpt", "quote", "key_point", "event", "cell")  # "cell": a cited excerpt in a table
#: the largest manifest any reader accepts (a brief of 10,000 footnotes is about 20 MB)
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


class UnusableBrief(CorpusError):
    """The file is not a brief, holds no manifest, or its manifest is malformed
    or of another schema version (exit 2)."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SourceRecord:
    id: str
    path: str
    sha256: str
    title: str | None = None
    outlet: str | None = None
    outlet_short: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    via: str | None = None
    reader: str = "text"
    reader_version: str | None = None
    text_sha256: str | None = None

    def to_source(self) -> Source:
        return Source(**{f.name: getattr(self, f.name) for f in fields(self)})


@dataclass(frozen=True)
class SpeakerRecord:
    name: str
    role: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class ItemRecord:
    kind: str
    text: str | None = None  # text, subheading and cited kinds
    footnote: int | None = None  # cited kinds
    citations: tuple[Citation, ...] = ()
    speaker: SpeakerRecord | None = None
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    attribution: str | None = None  # the line under the text, as shown ("" when none)
    theme: str | None = None
    score: float | None = None
    matched: tuple[str, ...] = ()
    notes: tuple[dict, ...] = ()  # analyst notes: text, anchor, author
    source: str | None = None  # kind "source": the source id
    event: dict | None = None  # kind "event": date, granularity, label, how
    rows: tuple[tuple[str, ...], ...] = ()  # kind "table": the header, then each row's cell texts

    @property
    def cited(self) -> bool:
        return self.kind in CITED_KINDS

    def attribution_data(self) -> Attribution:
        speaker = self.speaker
        return Attribution(
            speaker=Speaker(speaker.name, speaker.role, speaker.confidence) if speaker else None,
            outlet=self.outlet, date=self.date, author=self.author,
        )


@dataclass(frozen=True)
class SectionRecord:
    id: str
    title: str
    kind: str
    items: tuple[ItemRecord, ...] = ()


@dataclass(frozen=True)
class FootnoteRecord:
    number: int
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Manifest:
    build: str
    title: str
    date: str
    sources: tuple[SourceRecord, ...]
    sections: tuple[SectionRecord, ...]
    footnotes: tuple[FootnoteRecord, ...]
    subtitle: str | None = None
    author: str | None = None
    marking: str | None = None
    config_path: str | None = None  # relative to the brief's folder
    config_sha256: str | None = None
    corpus_path: str | None = None  # relative to the brief's folder
    schema: str = SCHEMA
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    # ------------------------------------------------------------------ reading

    def source(self, source_id: str) -> SourceRecord | None:
        if not self._index:
            self._index.update((s.id, s) for s in self.sources)
        return self._index.get(source_id)

    @property
    def items(self) -> tuple[ItemRecord, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @property
    def cited_items(self) -> tuple[ItemRecord, ...]:
        """Items that show cited text (excerpts, quotes, key points), in reading order."""
        return tuple(item for item in self.items if item.cited)

    def expected_notes(self) -> dict[int, NumberedNote]:
        """Footnote number → the note as the build words it, made afresh from the
        source records and citations (what ``verify`` compares the shown notes and
        the recorded ``text`` with)."""
        notes = [Note(f.citations) for f in self.footnotes]
        brief = Brief(title=self.title, date=self.date,
                      sections=(Section("notes", "", "notes", (Paragraph(tuple(notes)),)),),
                      sources=tuple(s.to_source() for s in self.sources))
        table = NoteTable(brief)
        return {f.number: table.lookup(note) for f, note in zip(self.footnotes, notes)}

    @staticmethod
    def expected_attribution(item: ItemRecord) -> str:
        """The attribution line the build shows under an item, made afresh from its fields."""
        return attribution_line(item.attribution_data())

    # ------------------------------------------------------------------ writing

    @classmethod
    def from_brief(cls, brief: Brief) -> Manifest:
        notes = NoteTable(brief)
        sections = tuple(
            SectionRecord(s.id, s.title, s.kind,
                          tuple(item for block in s.blocks for item in _items(block, notes)))
            for s in brief.sections
        )
        manifest = cls(
            build="",
            title=brief.title,
            subtitle=brief.subtitle,
            author=brief.author,
            date=brief.date,
            marking=brief.marking,
            config_path=brief.config_path,
            config_sha256=brief.config_sha256,
            corpus_path=brief.corpus_path,
            sources=tuple(SourceRecord(**{f.name: getattr(s, f.name) for f in fields(SourceRecord)})
                          for s in brief.sources),
            sections=sections,
            footnotes=tuple(FootnoteRecord(n.number, n.text, n.note.citations) for n in notes),
        )
        return replace(manifest, build=_digest(manifest.to_dict()))

    def to_dict(self) -> dict:
        return {
            "schema": self.schema,
            "build": self.build,
            "title": self.title,
            "subtitle": self.subtitle,
            "author": self.author,
            "date": self.date,
            "marking": self.marking,
            "config": {"path": self.config_path, "sha256": self.config_sha256},
            "corpus": {"path": self.corpus_path},
            "sources": [_source_dict(s) for s in self.sources],
            "sections": [
                {"id": s.id, "title": s.title, "kind": s.kind,
                 "items": [_item_dict(i) for i in s.items]}
                for s in self.sections
            ],
            "footnotes": [
                {"number": n.number, "text": n.text,
                 "citations": [asdict(c) for c in n.citations]}
                for n in self.footnotes
            ],
        }

    def to_bytes(self) -> bytes:
        data = self.to_dict()
        try:
            return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        except UnicodeEncodeError:
            # a lone surrogate (text decoded with errors='surrogateescape' upstream)
            # has no UTF-8 form; \uXXXX escapes keep the text exact and valid JSON
            return (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")


_LAST: list = [None, None]  # (brief, manifest) of the last call: render_all asks per format


def of(brief: Brief) -> Manifest:
    """The manifest of ``brief`` (made once per brief object)."""
    if _LAST[0] is not brief:
        _LAST[:] = [brief, Manifest.from_brief(brief)]
    return _LAST[1]


def build_id(brief: Brief) -> str:
    """The id every file of this brief's build carries."""
    return of(brief).build


def _digest(data: dict) -> str:
    data = {k: v for k, v in data.items() if k != "build"}
    canonical = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()[:16]


def _items(block, notes: NoteTable) -> list[ItemRecord]:
    match block:
        case Excerpt():
            return [_cited(block, notes, block.kind)]
        case BulletList():
            return [_cited(item, notes, "key_point") for item in block.items]
        case Paragraph():
            return [ItemRecord("text", text=plain_text(block.content))]
        case Subheading():
            return [ItemRecord("subheading", text=block.text)]
        case SourceList():
            return [ItemRecord("source", source=s.id) for s in block.sources]
        case Timeline():
            return [_cited(entry.excerpt, notes, "event", entry) for entry in block.entries]
        case Table():
            # the table's caption, then every cited excerpt in its cells (row by row);
            # cells' own words are the build's, not the sources'
            rows = (block.header,) + tuple(tuple(_cell_text(cell) for cell in row) for row in block.rows)
            items = [ItemRecord("table", text=block.caption or "", rows=rows)]
            items += [_cited(cell.excerpt, notes, "cell") for row in block.rows for cell in row
                      if cell.excerpt is not None]
            return items
        case _:
            assert_never(block)


def _cell_text(cell) -> str:
    words = [plain_text(cell.content)] + ([cell.excerpt.text] if cell.excerpt is not None else [])
    return "\n".join(w for w in words if w)


def _cited(item: Excerpt, notes: NoteTable, kind: str, entry: TimelineEntry | None = None) -> ItemRecord:
    speaker = item.attribution.speaker
    return ItemRecord(
        event={"date": entry.date, "granularity": entry.granularity, "label": entry.label,
               "how": entry.how} if entry else None,
        kind=kind,
        text=item.text,
        footnote=notes.number(item.note),
        citations=item.citations,
        speaker=SpeakerRecord(speaker.name, speaker.role, round(speaker.confidence, 3))
        if speaker else None,
        outlet=item.attribution.outlet,
        date=item.attribution.date,
        author=item.attribution.author,
        attribution=attribution_line(item),
        theme=item.theme,
        score=round(item.score, 4),
        matched=item.matched,
        notes=tuple({"text": n.text, "anchor": n.anchor, "author": n.author} for n in item.notes),
    )


def _source_dict(s: SourceRecord) -> dict:
    d = asdict(s)
    d["authors"] = list(s.authors)
    return d


def _item_dict(item: ItemRecord) -> dict:
    if item.kind == "source":
        return {"kind": "source", "source": item.source}
    if item.kind == "table":
        return {"kind": "table", "text": item.text, "header": list(item.rows[0]) if item.rows else [],
                "rows": [list(row) for row in item.rows[1:]]}
    if not item.cited:
        return {"kind": item.kind, "text": item.text}
    return {
        "kind": item.kind,
        "text": item.text,
        "footnote": item.footnote,
        "citations": [asdict(c) for c in item.citations],
        "speaker": asdict(item.speaker) if item.speaker else None,
        "outlet": item.outlet,
        "date": item.date,
        "author": item.author,
        "attribution": item.attribution,
        "theme": item.theme,
        "score": item.score,
        "matched": list(item.matched),
        "notes": [dict(n) for n in item.notes],
        **({"event": dict(item.event)} if item.event else {}),
    }


# --------------------------------------------------------------------------- reading


class _Reader:
    """Typed access to the manifest's JSON, failing with the key path."""

    def __init__(self, shown: str):
        self.shown = shown

    def fail(self, where: str, message: str) -> UnusableBrief:
        return UnusableBrief(f"{self.shown}: manifest: {where}: {message}")

    def get(self, obj: dict, key: str, kind, where: str, optional: bool = False) -> Any:
        value = obj.get(key)
        if value is None and optional:
            return None
        if kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            name = {str: "text", int: "an integer", float: "a number", list: "a list",
                    dict: "a mapping"}.get(kind, "?")
            raise self.fail(f"{where}.{key}" if where else key, f"expected {name}")
        return value

    def mapping(self, obj, where: str) -> dict:
        if not isinstance(obj, dict):
            raise self.fail(where, "expected a mapping")
        return obj

    def texts(self, obj: dict, key: str, where: str) -> tuple[str, ...]:
        values = self.get(obj, key, list, where, optional=True) or []
        if not all(isinstance(v, str) for v in values):
            raise self.fail(f"{where}.{key}", "expected a list of text")
        return tuple(values)

    def citation(self, obj, where: str) -> Citation:
        obj = self.mapping(obj, where)
        start = self.get(obj, "start", int, where)
        end = self.get(obj, "end", int, where)
        if not 0 <= start <= end:
            raise self.fail(where, f"bad offsets {start}:{end}")
        return Citation(
            source=self.get(obj, "source", str, where),
            start=start,
            end=end,
            exact=self.get(obj, "exact", str, where),
            prefix=self.get(obj, "prefix", str, where, optional=True) or "",
            suffix=self.get(obj, "suffix", str, where, optional=True) or "",
            paragraph=self.get(obj, "paragraph", int, where, optional=True) or 0,
            sentence=self.get(obj, "sentence", int, where, optional=True) or 0,
        )

    def citations(self, obj: dict, where: str) -> tuple[Citation, ...]:
        items = self.get(obj, "citations", list, where)
        if not items:
            raise self.fail(f"{where}.citations", "a note must cite at least one span")
        return tuple(self.citation(c, f"{where}.citations[{i}]") for i, c in enumerate(items))


def parse(raw: bytes, shown: str) -> Manifest:
    """Read a manifest's JSON; raises :class:`UnusableBrief` naming the bad field."""
    r = _Reader(shown)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise UnusableBrief(f"{shown}: manifest of {len(raw)} bytes is larger than any brief's")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UnusableBrief(f"{shown}: manifest is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise UnusableBrief(f"{shown}: manifest is not a JSON object")
    schema = data.get("schema")
    if not isinstance(schema, str) or not schema.startswith("briefing/"):
        raise UnusableBrief(f"{shown}: not a briefing manifest (no \"schema\": \"{SCHEMA}\")")
    if schema != SCHEMA:
        raise UnusableBrief(f"{shown}: manifest schema {schema!r} is not the {SCHEMA!r} this "
                            "version of briefing reads; rebuild the brief, or verify it with the "
                            "briefing that made it")
    config = data.get("config") if isinstance(data.get("config"), dict) else {}
    corpus = data.get("corpus") if isinstance(data.get("corpus"), dict) else {}

    sources = []
    for i, src in enumerate(r.get(data, "sources", list, "")):
        where = f"sources[{i}]"
        src = r.mapping(src, where)
        sources.append(SourceRecord(
            id=r.get(src, "id", str, where),
            path=r.get(src, "path", str, where),
            sha256=r.get(src, "sha256", str, where),
            title=r.get(src, "title", str, where, optional=True),
            outlet=r.get(src, "outlet", str, where, optional=True),
            outlet_short=r.get(src, "outlet_short", str, where, optional=True),
            authors=r.texts(src, "authors", where),
            published=r.get(src, "published", str, where, optional=True),
            url=r.get(src, "url", str, where, optional=True),
            via=r.get(src, "via", str, where, optional=True),
            reader=r.get(src, "reader", str, where, optional=True) or "text",
            reader_version=r.get(src, "reader_version", str, where, optional=True),
            text_sha256=r.get(src, "text_sha256", str, where, optional=True),
        ))

    footnotes = []
    for i, note in enumerate(r.get(data, "footnotes", list, "")):
        where = f"footnotes[{i}]"
        note = r.mapping(note, where)
        footnotes.append(FootnoteRecord(r.get(note, "number", int, where),
                                        r.get(note, "text", str, where),
                                        r.citations(note, where)))

    sections = []
    for i, section in enumerate(r.get(data, "sections", list, "")):
        where = f"sections[{i}]"
        section = r.mapping(section, where)
        items = []
        for j, item in enumerate(r.get(section, "items", list, where)):
            items.append(_parse_item(r, r.mapping(item, f"{where}.items[{j}]"), f"{where}.items[{j}]"))
        sections.append(SectionRecord(r.get(section, "id", str, where), r.get(section, "title", str, where),
                                      r.get(section, "kind", str, where), tuple(items)))

    return Manifest(
        schema=schema,
        build=r.get(data, "build", str, ""),
        title=r.get(data, "title", str, ""),
        subtitle=r.get(data, "subtitle", str, "", optional=True),
        author=r.get(data, "author", str, "", optional=True),
        date=r.get(data, "date", str, ""),
        marking=r.get(data, "marking", str, "", optional=True),
        config_path=config.get("path") if isinstance(config.get("path"), str) else None,
        config_sha256=config.get("sha256") if isinstance(config.get("sha256"), str) else None,
        corpus_path=corpus.get("path") if isinstance(corpus.get("path"), str) else None,
        sources=tuple(sources),
        sections=tuple(sections),
        footnotes=tuple(footnotes),
    )


def _parse_item(r: _Reader, item: dict, where: str) -> ItemRecord:
    kind = r.get(item, "kind", str, where)
    if kind == "source":
        return ItemRecord(kind, source=r.get(item, "source", str, where))
    if kind not in CITED_KINDS:
        return ItemRecord(kind, text=r.get(item, "text", str, where, optional=True))
    speaker = item.get("speaker")
    if speaker is not None:
        speaker = r.mapping(speaker, f"{where}.speaker")
        speaker = SpeakerRecord(r.get(speaker, "name", str, f"{where}.speaker"),
                                r.get(speaker, "role", str, f"{where}.speaker", optional=True),
                                r.get(speaker, "confidence", float, f"{where}.speaker", optional=True) or 0.0)
    return ItemRecord(
        kind=kind,
        text=r.get(item, "text", str, where),
        footnote=r.get(item, "footnote", int, where),
        citations=r.citations(item, where),
        speaker=speaker,
        outlet=r.get(item, "outlet", str, where, optional=True),
        date=r.get(item, "date", str, where, optional=True),
        author=r.get(item, "author", str, where, optional=True),
        attribution=r.get(item, "attribution", str, where, optional=True),
        theme=r.get(item, "theme", str, where, optional=True),
        score=r.get(item, "score", float, where, optional=True),
        matched=r.texts(item, "matched", where),
        event=_parse_event(r, item, where),
    )


def _parse_event(r: _Reader, item: dict, where: str) -> dict | None:
    event = item.get("event")
    if event is None:
        return None
    event = r.mapping(event, f"{where}.event")
    return {key: r.get(event, key, str, f"{where}.event") for key in ("date", "granularity", "label", "how")}
