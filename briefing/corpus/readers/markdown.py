"""Markdown: the text is what the rendered page shows, not the markup.

Decision (README): a Markdown article's text is its plain text, made by
markdown-it-py (CommonMark) from the file: headings, paragraphs, quotes and
list items become blocks separated by a blank line; emphasis marks, link
targets, images, raw HTML, quote markers and heading marks are not part of
it; a paragraph's soft line breaks stay line breaks. YAML front matter is
metadata, not text. Offsets index this text, and ``verify`` re-makes it with
the same reader from the file's bytes (the manifest records the reader, its
version and the text's sha256), so a citation stays exact and checkable
while the PDF never shows ``**bold**`` or ``[text](url)``.
"""

from __future__ import annotations

import re

from briefing.corpus.readers import Extract, Meta, Unreadable, library_version
from briefing.corpus.segment import byline_names
from briefing.corpus.readers.text import decode_or_refuse

NAME = "markdown"
SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)

# front matter keys → our fields, first found wins
_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "published_at", "date_published", "datepublished"),
    "authors": ("authors", "author", "byline", "by"),
    "outlet": ("outlet", "source", "publisher", "publication", "site_name", "sitename", "site"),
    "url": ("canonical_url", "url", "canonical", "link", "permalink", "source_url"),
}


def version() -> str:
    return f"1 (markdown-it-py {library_version('markdown-it-py')})"


def sniff(head: bytes, name: str) -> bool:
    return False


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    source, encoding = decode_or_refuse(data)
    meta: dict[str, Meta] = {}
    body = source
    front = _FRONT.match(source)
    if front:
        meta.update(_front_matter(front.group(1)))
        body = source[front.end():]
    text, first_heading = plain_text(body)
    if not text.strip():
        raise Unreadable("no text")
    if first_heading is not None and "title" not in meta:
        start, end = first_heading
        meta["title"] = Meta(text[start:end], "markdown: first heading", start, end)
    return [Extract(text, meta)], encoding


def plain_text(markdown: str) -> tuple[str, tuple[int, int] | None]:
    """(the plain text of a Markdown document, span of its first heading if it
    comes before any paragraph)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    blocks: list[str] = []
    first_heading: tuple[int, int] | None = None
    seen_paragraph = False
    offset = 0
    for i, token in enumerate(tokens):
        if token.type == "inline":
            rendered = _inline(token.children or [])
            if not rendered.strip():
                continue
            parent = tokens[i - 1].type if i else ""
            if parent == "heading_open" and first_heading is None and not seen_paragraph:
                first_heading = (offset, offset + len(rendered))
            elif parent != "heading_open":
                seen_paragraph = True
            blocks.append(rendered)
            offset += len(rendered) + 2
        elif token.type in ("fence", "code_block"):
            content = token.content.rstrip("\n")
            if content.strip():
                blocks.append(content)
                offset += len(content) + 2
    return "\n\n".join(blocks) + ("\n" if blocks else ""), first_heading


def _inline(children) -> str:
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        # emphasis, link and image markers, raw inline HTML: not text
    return "".join(out).strip()


def _front_matter(text: str) -> dict[str, Meta]:
    from briefing.yamlload import load_yaml

    data, _, problems = load_yaml(text, "front matter")
    if problems or not isinstance(data, dict):
        return {}
    folded = {str(k).lower().replace("-", "_"): v for k, v in data.items()}
    meta: dict[str, Meta] = {}
    for name, keys in _KEYS.items():
        for key in keys:
            if key not in folded:
                continue
            value = _value(name, folded[key])
            if value:
                meta[name] = Meta(value, f"markdown: front matter {key}")
                break
    return meta


def _value(name: str, value):
    import datetime as _dt

    if isinstance(value, dict):  # publisher: {name: …}, author: {name: …}
        value = value.get("name") or value.get("title")
    if name == "authors":
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name")
            if isinstance(item, str) and item.strip():
                names.extend(byline_names(item))
        return tuple(names)
    if name == "published":
        if isinstance(value, _dt.datetime):
            if value.time() == _dt.time(0, 0) and value.tzinfo is None:
                return value.date().isoformat()  # a midnight placeholder: the day is what is known
            return value.isoformat(timespec="minutes")
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str):
            from briefing.corpus.dates import parse_date_line

            parsed = parse_date_line(value.strip())
            if parsed is not None:
                return parsed.published
            try:
                stamp = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                return None
            if stamp.time() == _dt.time(0, 0):
                return stamp.date().isoformat()
            return stamp.isoformat(timespec="minutes")
        return None
    return value.strip() if isinstance(value, str) else None
