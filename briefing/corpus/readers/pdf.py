"""PDF articles: the body text of the pages, without page furniture.

pypdf gives each page's lines with their position and type size, in the
order the page draws them (a two-column story comes column by column). Then:

- **furniture**: a line near the top or bottom of its page that recurs on
  other pages once digits are ignored (running heads, "Page 3", "A12",
  printed URLs and dates), or that is only a page number, is not text; a
  URL, an outlet name or a date it shows is kept as fallback metadata;
- **paragraphs**: a line starts a new paragraph after a gap larger than the
  usual line spacing, when it is indented, or when the type size changes; a
  paragraph runs on across a page break unless the page ended a sentence;
- **hyphenation**: a line ending in a hyphen after a letter, followed by a
  line starting with a lower-case letter, is joined. The hyphen stays when
  the word before it is capitalised ("Washington-based") or is a word the
  article uses on its own as the part after it is ("long-term"), or when the
  hyphenated form occurs elsewhere in the article; otherwise it was added by
  the line break ("candi-dacy" → "candidacy");
- **headline**: the largest type at the top of page one (a file's own Title
  property is only a fallback, and not when it is a file name such as
  "Microsoft Word - draft.docx").

Lines of a paragraph are joined with a newline, paragraphs with a blank line.
A PDF whose pages hold no text is refused as scanned ("run OCR first"); a
password-protected PDF is refused saying so.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import re
import warnings
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from briefing.corpus.readers import Extract, Meta, Unreadable, library_version

NAME = "pdf"
SUFFIXES = (".pdf",)

_MAX_PAGES = 500


def version() -> str:
    return f"1 (pypdf {library_version('pypdf')})"


def sniff(data: bytes, name: str) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


@dataclass
class _Line:
    text: str
    x: float
    y: float
    size: float
    page: int


def _open(data: bytes):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # pypdf raises DependencyError, NotImplementedError… by algorithm
                raise Unreadable(f"a password-protected PDF ({type(exc).__name__})") from None
            if not opened:
                raise Unreadable("a password-protected PDF (remove the password, then add it again)")
        count = len(reader.pages)
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError, AssertionError) as exc:
        raise Unreadable(f"a broken PDF ({type(exc).__name__})") from None
    if count > _MAX_PAGES:
        raise Unreadable(f"{count} pages: longer than any article ({_MAX_PAGES} pages at most)")
    return reader


def _page_lines(page, number: int) -> list[_Line]:
    lines: list[_Line] = []
    parts: list[str] = []
    start: list[float] = []

    def visit(text, cm, tm, font, size):
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
        for piece in re.split(r"(\n)", text):
            if piece == "\n":
                flush()
            elif piece:
                if not parts or not "".join(parts).strip():
                    start[:] = [x, y, size * scale]
                parts.append(piece)

    def flush():
        text = " ".join("".join(parts).split())
        if text and start:
            lines.append(_Line(text, start[0], start[1], start[2], number))
        parts.clear()
        start.clear()

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:  # a broken content stream: pypdf raises many kinds
        raise Unreadable(f"page {number} cannot be read ({type(exc).__name__})") from None
    flush()
    return lines


_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s*)?[-–—]?\s*[a-z]?\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$")
_URL = re.compile(r"https?://\S+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|co\.uk|news)\b\S*", re.I)


def _furniture(pages: list[list[_Line]]) -> set[int]:
    """ids of lines that are page furniture (running heads and feet, folios)."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.casefold())

    edge: list[_Line] = []
    for lines in pages:
        if not lines:
            continue
        ordered = sorted(lines, key=lambda ln: -ln.y)
        edge.extend(ordered[:3] + ordered[-3:])
    counts = Counter(key(ln) for ln in set(map(id, edge)) and edge)
    pages_of: dict[str, set[int]] = {}
    for ln in edge:
        pages_of.setdefault(key(ln), set()).add(ln.page)
    doomed: set[int] = set()
    for lines in pages:
        if not lines:
            continue
        ordered = sorted(lines, key=lambda ln: -ln.y)
        top, bottom = ordered[:3], ordered[-3:]
        for ln in top + bottom:
            recurring = len(pages_of.get(key(ln), ())) >= 2 and counts[key(ln)] >= 2
            if recurring or _PAGE_NUMBER.match(ln.text):
                doomed.add(id(ln))
        # lines beyond a furniture line at the very edge are furniture too
        # ("politico.com" beside the folio on the same foot line)
        for group in (top, bottom):
            edge_y = [ln.y for ln in group if id(ln) in doomed]
            for ln in group:
                if edge_y and any(abs(ln.y - y) < 1.5 for y in edge_y):
                    doomed.add(id(ln))
    return doomed


@contextlib.contextmanager
def _quiet():
    """pypdf reports what it repairs through logging and warnings; a damaged
    PDF is our warning to give (one line), not a stream of pypdf's."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def read(data: bytes, name: str) -> tuple[list[Extract], str]:
    with _quiet():
        return _read(data, name)


def _read(data: bytes, name: str) -> tuple[list[Extract], str]:
    reader = _open(data)
    try:
        attached = set(reader.attachments)
    except Exception:  # a broken names tree: no attachment worth reading
        attached = set()
    if "briefing-manifest.json" in attached:
        raise Unreadable("a brief made by briefing, not an article")
    pages = [_page_lines(page, i + 1) for i, page in enumerate(reader.pages)]
    chars = sum(len(ln.text) for lines in pages for ln in lines)
    if chars < 40 * max(1, len(pages)) // 4:
        raise Unreadable("no text layer: it looks scanned (run OCR on it first, or give its text as a .txt)")
    doomed = _furniture(pages)
    meta: dict[str, Meta] = {}
    _furniture_meta([ln for lines in pages for ln in lines if id(ln) in doomed], meta)
    body = [ln for lines in pages for ln in lines if id(ln) not in doomed]
    if not body:
        raise Unreadable("no text outside page headers and footers")
    paragraphs = _paragraphs(body)
    vocabulary = _vocabulary(body)
    texts = [_join(p, vocabulary) for p in paragraphs]
    text = "\n\n".join(texts) + "\n"
    _title(paragraphs, texts, meta)
    _document_info(reader, meta)
    return [Extract(text, meta)], "pdf"


def _paragraphs(body: list[_Line]) -> list[list[_Line]]:
    sizes = Counter(round(ln.size, 1) for ln in body)
    body_size = sizes.most_common(1)[0][0]
    gaps = Counter()
    for a, b in zip(body, body[1:]):
        if a.page == b.page and 0 < a.y - b.y < 3 * body_size and abs(a.size - b.size) < 0.5:
            gaps[round(a.y - b.y, 1)] += 1
    leading = gaps.most_common(1)[0][0] if gaps else body_size * 1.2
    xs = sorted(ln.x for ln in body)  # (sorted once: the left edge below is a bisection, not a scan)
    paragraphs: list[list[_Line]] = []
    for ln in body:
        if not paragraphs:
            paragraphs.append([ln])
            continue
        prev = paragraphs[-1][-1]
        left = xs[bisect_left(xs, ln.x - 40)]  # the leftmost line start within 40 pt of this one
        indented = ln.x - left > 2
        if ln.page != prev.page or ln.y > prev.y + 1:  # a new page or a new column
            ended = prev.text.endswith((".", "!", "?", "\u201d", '"', "\u2019", ")", ":"))
            new = ended or indented or not ln.text[:1].islower() and prev.text.endswith(".")
        else:
            # display type keeps its own leading (about 1.2 × its size)
            expected = leading if abs(prev.size - body_size) < 0.5 else max(leading, prev.size * 1.25)
            new = (prev.y - ln.y > expected * 1.4 or indented or abs(ln.size - prev.size) > 0.5)
        if new:
            paragraphs.append([ln])
        else:
            paragraphs[-1].append(ln)
    return paragraphs


def _vocabulary(body: list[_Line]) -> Counter:
    """The article's words, leaving out the pieces of words broken at line ends."""
    words: Counter = Counter()
    broken = False
    for ln in body:
        tokens = re.findall(r"[\w’'-]+", ln.text)
        if broken and tokens:
            tokens = tokens[1:]  # the rest of a word broken on the line before
        broken = bool(tokens) and tokens[-1].endswith("-")
        if broken:
            tokens = tokens[:-1]
        words.update(t.casefold() for t in tokens)
    return words


def _join(lines: list[_Line], vocabulary: Counter) -> str:
    out = lines[0].text
    for ln in lines[1:]:
        match = re.search(r"([\w’']+)-$", out)
        if match and re.match(r"[^\W\d_]", out[-2]) and ln.text[:1].islower():
            before = match.group(1)
            after = re.match(r"[\w’']+", ln.text).group()
            if _keeps_hyphen(before, after, vocabulary):
                out += ln.text
            else:
                out = out[:-1] + ln.text
        else:
            out += "\n" + ln.text
    return out


_ALWAYS_HYPHENATED = frozenset({"self", "ex", "all", "well", "half", "cross", "quasi"})


def _keeps_hyphen(before: str, after: str, vocabulary: Counter) -> bool:
    """Whether a hyphen at a line end belongs to the word (see the module docstring)."""
    if before[:1].isupper():
        return True  # "Washington-based", "Obama-era"
    b, a = before.casefold(), after.casefold()
    if vocabulary[f"{b}-{a}"] or b in _ALWAYS_HYPHENATED:
        return True
    if vocabulary[b + a]:
        return False
    from briefing.analysis.terms import stopwords

    # both halves are words the article uses ("long-term"), or a word and a
    # participle ("attention-grabbing", "list-sharing")
    word_before = len(b) >= 3 and vocabulary[b] > 0
    if word_before and len(a) >= 3 and vocabulary[a] > 0:
        return True
    return word_before and len(b) >= 4 and b not in stopwords() and len(a) >= 5 and a.endswith(("ing", "ed"))


def _title(paragraphs: list[list[_Line]], texts: list[str], meta: dict) -> None:
    first_page = [p for p in paragraphs if p[0].page == paragraphs[0][0].page][:8]
    if not first_page:
        return
    sizes = Counter(round(ln.size, 1) for p in paragraphs for ln in p)
    body_size = sizes.most_common(1)[0][0]
    biggest = max(first_page, key=lambda p: p[0].size)
    if biggest[0].size < body_size * 1.3 or len(" ".join(ln.text for ln in biggest).split()) < 3:
        return
    index = paragraphs.index(biggest)
    start = sum(len(t) + 2 for t in texts[:index])
    value = " ".join(texts[index].split())
    meta["title"] = Meta(value, "pdf: largest type on page 1", start, start + len(texts[index]))


def _furniture_meta(lines: list[_Line], meta: dict) -> None:
    from briefing.corpus import outlets
    from briefing.corpus.dates import search_date

    for ln in lines:
        url = _URL.search(ln.text)
        if url and "url" not in meta and url.group().lower().startswith("http"):
            meta["url"] = Meta(url.group().rstrip(".,;"), "pdf: page furniture", fallback=True)
        if "outlet" not in meta:
            for piece in re.split(r"\s+[|·•—–-]\s+|,\s+|\s{2,}", ln.text):
                found = outlets.is_outlet_name(piece.strip())
                if found:
                    meta["outlet"] = Meta(piece.strip(), "pdf: running head", fallback=True)
                    break
            if "outlet" not in meta and url:
                found = outlets.for_url(url.group() if "://" in url.group() else "http://" + url.group())
                if found:
                    meta["outlet"] = Meta(found.name, "pdf: page furniture (URL)", fallback=True)
        if "published" not in meta:
            date = search_date(ln.text)
            if date is not None and not _PAGE_NUMBER.match(ln.text):
                meta["published"] = Meta(date.published, "pdf: running head", fallback=True)


def _document_info(reader, meta: dict) -> None:
    try:
        info = reader.metadata or {}
    except Exception:  # a broken Info dictionary is no reason to lose the text
        return
    title = str(info.get("/Title") or "").strip()
    if title and "title" not in meta and " " in title and not re.search(
            r"(?i)^microsoft\s+\w+\s+-|\.(?:docx?|pdf|indd|rtf|odt|pages)$", title):
        meta["title"] = Meta(title, "pdf: document info", fallback=True)
    author = str(info.get("/Author") or "").strip()
    if author and "authors" not in meta and re.match(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,4}$", author):
        meta["authors"] = Meta((author,), "pdf: document info", fallback=True)
