"""Plain descriptions of articles, for `briefing sources` (table and JSON)."""

from __future__ import annotations

from typing import Iterator

from briefing.corpus.article import Article

__all__ = ["clip", "describe_article", "table_rows"]


def describe_article(article: Article, with_text: bool = False) -> dict:
    md = article.metadata
    described = {
        "id": article.id,
        "path": article.path,
        "part": article.part,
        "sha256": article.sha256,
        "reader": article.reader,
        "reader_version": article.reader_version,
        "text_sha256": article.text_sha256,
        "encoding": article.encoding,
        "title": md.title.value,
        "outlet": md.outlet.value,
        "authors": list(md.authors.value or ()),
        "published": md.published.value,
        "url": md.url.value,
        "outlet_short": md.outlet_short.value,
        "origin": {
            name: getattr(md, name).origin
            for name in ("title", "outlet", "outlet_short", "authors", "published", "url")
        },
        "paragraphs": [
            {"index": p.index, "start": p.start, "end": p.end, "entry": p.entry, "author": p.author}
            for p in article.paragraphs
        ],
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph}
            for s in article.sentences
        ],
        "entries": [
            {"index": e.index, "start": e.start, "end": e.end, "time": e.time, "author": e.author}
            for e in article.entries
        ],
        "headings": [{"start": h.start, "end": h.end, "entry": h.entry} for h in article.headings],
        "noise": [{"start": s, "end": e, "rule": r} for s, e, r in article.noise],
        "warnings": list(article.warnings),
    }
    if with_text:
        described["text"] = article.text  # the string every offset above indexes
    return described


def clip(text: str | None, width: int) -> str:
    """One line of at most ``width`` characters ("—" for nothing)."""
    text = " ".join((text or "—").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table_rows(articles) -> Iterator[str]:
    """The sources table, a line at a time (articles may be a stream)."""
    header = ("id", "date", "outlet", "title", "authors", "¶", "sent.", "warnings")
    widths = (34, 10, 18, 40, 26, 4, 5, 8)

    def line(row) -> str:
        cells = [clip(c, w).ljust(w) if i < 5 else clip(c, w).rjust(w)
                 for i, (c, w) in enumerate(zip(row, widths))]
        return "  ".join(cells).rstrip()

    yield line(header)
    for a in articles:
        md = a.metadata
        yield line((
            a.id, (md.published.value or "—")[:10], md.outlet.value, md.title.value,
            ", ".join(md.authors.value or ()) or "—", str(len(a.paragraphs)),
            str(len(a.sentences)), str(len(a.warnings)) if a.warnings else "",
        ))
