"""What a reader sees: the excerpt text as shown in the manifest, the DOCX and the PDF.

The provenance contract says an excerpt shows its cited ``exact`` with
whitespace runs collapsed (several spans joined by " … "). Each format is
compared with the normalisation it forces and nothing more:

* JSON: the item's ``text``, compared exactly after collapsing whitespace.
* DOCX: the text of the runs of the paragraph holding footnote reference N,
  from the previous reference (or the paragraph start) up to it. The
  expected text is first cleaned as the DOCX writer cleans run text
  (:func:`briefing.render.docx.ooxml.xml_text`: characters XML cannot carry
  dropped).
* PDF: page text (pypdf, else ``pdftotext``). Line breaks, hyphenation and
  ligatures are the typesetter's, so both sides are reduced to a skeleton
  (compatibility-decomposed, no whitespace, no hyphens, no control or format
  characters, right-to-left runs compared as sets of letters because they
  are drawn in visual order) and the excerpt must occur in one page, or run
  on from the end of one page to the next. A U+FFFD in the page (a glyph no
  embedded font has) matches any one character of the excerpt.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from briefing.model import ELISION, Citation, collapse_ws

__all__ = [
    "DocxShown",
    "TextUnavailable",
    "docx_shown",
    "pdf_count",
    "pdf_page_texts",
    "pdf_occurs",
    "pdf_skeleton",
    "shown_matches",
]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: DOCX elements whose text a reader does not see in the paragraph (or that start another one)
_DOCX_SKIPPED = frozenset(f"{_W}{tag}" for tag in ("del", "delText", "moveFrom", "instrText",
                                                "txbxContent", "p"))
#: hyphens (hyphenation at line ends looks the same) and the noncharacters no format keeps
_UNSHOWN = frozenset("-\u00ad\u2010\u2011\ufffe\uffff")
_RTL = frozenset({"R", "AL"})
_RTL_STRETCH = _RTL | {"NSM", "ON", "CS", "ES", "ET", "BN"}  # letters and the punctuation around
_MIRROR = dict(zip(")]}>»›）］｝", "([{<«‹（［｛"))
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})  # kept: Cn, Co show as U+FFFD
_SHORT_PIECE = 24  # the least a piece of text split across pages holds (a line, at least)


class TextUnavailable(Exception):
    """The document's text cannot be read: a damaged file, or no PDF text extractor here."""

    def __init__(self, message: str, *, missing_tool: bool = False):
        super().__init__(message)
        self.missing_tool = missing_tool


# --------------------------------------------------------------------------- comparing


def _forms(cites: Sequence[Citation], norm: Callable[[str], str]) -> list[str]:
    # Collapse before ``norm``, in the order of a build (an excerpt's text is collapsed
    # when assembled, the DOCX writer cleans it after): collapse_ws counts \x1c-\x1f as
    # spaces where the writer drops them. shown_matches collapses again after ``norm``.
    return [norm(collapse_ws(c.exact)) for c in cites]


def shown_matches(shown: str, cites: Sequence[Citation],
                  norm: Callable[[str], str] = lambda s: s) -> bool:
    """True when ``shown`` is one citation's exact, or spans joined by the elision mark.

    Several citations of one note are either corroborating copies (the text
    is the first one's, or any one's) or the spans of an elided excerpt, in
    order.
    """
    target = collapse_ws(norm(shown))
    forms = [collapse_ws(f) for f in _forms(cites, norm)]
    if target in forms:
        return True
    glue = collapse_ws(norm(ELISION.strip()))

    def joined(rest: str, first: int) -> bool:
        for i in range(first, len(forms)):
            piece = forms[i]
            if rest == piece:
                return True
            head = f"{piece} {glue} "
            if piece and rest.startswith(head) and joined(rest[len(head):], i + 1):
                return True
        return False

    return joined(target, 0)


# --------------------------------------------------------------------------- DOCX


#: the most a DOCX brief may expand to when unzipped (a 2,000-note brief is about 5 MB)
MAX_DOCX_EXPANDED = 256 * 1024 * 1024


@dataclass(frozen=True)
class DocxShown:
    """What a DOCX shows around each footnote marker, by marker order (1-based)."""

    before: dict[int, str]  # the text from the previous marker (or the paragraph start) to it
    after: dict[int, str]  # the rest of its paragraph, a line break, then the next paragraph
    notes: dict[int, str]  # the footnote's own text


def _run_text(el, tag: str) -> str | None:
    if tag == f"{_W}t":
        return el.text or ""
    if tag == f"{_W}tab":
        return "\t"
    if tag in (f"{_W}br", f"{_W}cr"):
        return "\n"
    if tag == f"{_W}noBreakHyphen":
        return "\u2011"
    return None


def _check_expansion(data: bytes) -> None:
    """Refuse a DOCX whose parts expand past :data:`MAX_DOCX_EXPANDED` before reading any."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            expanded = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TextUnavailable(f"cannot open the DOCX ({exc})") from None
    if expanded > MAX_DOCX_EXPANDED:
        raise TextUnavailable(f"the DOCX expands to {expanded} bytes, more than any brief "
                              f"({MAX_DOCX_EXPANDED})")


def docx_shown(data: bytes) -> DocxShown:
    """The text around every footnote reference of the body, and each note's text.

    Notes are numbered in marker order, as briefing numbers them; a
    reference's id only links it to its note, because Word renumbers ids on
    save.
    """
    try:
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from lxml import etree
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise TextUnavailable(f"python-docx is not installed ({exc})", missing_tool=True) from None
    _check_expansion(data)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        part = next((rel.target_part for rel in document.part.rels.values()
                     if rel.reltype == RT.FOOTNOTES and not rel.is_external), None)
        footnotes = etree.fromstring(part.blob) if part is not None else None
    except Exception as exc:  # python-docx raises zip, XML and KeyError alike for a damaged file
        raise TextUnavailable(f"cannot open the DOCX ({type(exc).__name__}: {exc})") from None
    note_text: dict[str, str] = {}
    if footnotes is not None:
        for note in footnotes.iter(f"{_W}footnote"):
            pieces = [t for p in note.iter(f"{_W}p") for el in _paragraph_content(p)
                      if (t := _run_text(el, el.tag)) is not None]
            note_text[note.get(f"{_W}id")] = "".join(pieces).strip()
    paragraphs = [list(_paragraph_content(p)) for p in body.iter(f"{_W}p")]
    texts = ["".join(t for el in content if (t := _run_text(el, el.tag)) is not None)
             for content in paragraphs]
    before: dict[int, str] = {}
    after: dict[int, str] = {}
    notes: dict[int, str] = {}
    for index, content in enumerate(paragraphs):
        text: list[str] = []
        pending: list[int] = []  # markers of this paragraph waiting for their "after"
        for el in content:
            if el.tag == f"{_W}footnoteReference":
                number = len(before) + 1
                before[number] = "".join(text)
                notes[number] = note_text.get(el.get(f"{_W}id"), "")
                for waiting in pending:
                    after[waiting] = "".join(text)
                pending = [number]
                text = []
            elif (piece := _run_text(el, el.tag)) is not None:
                text.append(piece)
        following = texts[index + 1] if index + 1 < len(texts) else ""
        for waiting in pending:
            after[waiting] = "".join(text) + "\n" + following
    return DocxShown(before, after, notes)


def _paragraph_content(paragraph) -> Iterable:
    """The paragraph's own descendants in order, without deleted text, field codes
    or nested paragraphs (text boxes)."""
    stack = list(reversed(list(paragraph)))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _DOCX_SKIPPED:
            continue
        yield el
        stack.extend(reversed(list(el)))


# --------------------------------------------------------------------------- PDF


#: the most a PDF brief's page content may expand to (a 500-page brief is about 40 MB)
MAX_PDF_EXPANDED = 512 * 1024 * 1024


def _check_pdf_expansion(data: bytes) -> None:
    """Refuse a PDF whose page content expands past :data:`MAX_PDF_EXPANDED`,
    decompressing each stream with a bound before any extractor does it whole."""
    import zlib

    import pikepdf

    budget = MAX_PDF_EXPANDED
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                contents = page.obj.get("/Contents")
                streams = contents if isinstance(contents, pikepdf.Array) else [contents]
                for stream in streams:
                    if not isinstance(stream, pikepdf.Stream):
                        continue
                    raw = stream.read_raw_bytes()
                    if stream.get("/Filter") == pikepdf.Name.FlateDecode:
                        inflater = zlib.decompressobj()
                        out = inflater.decompress(raw, budget + 1)
                        budget -= len(out)
                    else:
                        budget -= len(raw)
                    if budget < 0:
                        raise TextUnavailable(f"the PDF's pages expand to more than any brief "
                                              f"({MAX_PDF_EXPANDED} bytes)")
    except (pikepdf.PdfError, zlib.error, ValueError) as exc:
        raise TextUnavailable(f"cannot read the PDF ({exc})") from None


def pdf_page_texts(data: bytes) -> list[str]:
    """The text of each page: pypdf when installed, else poppler's ``pdftotext``."""
    _check_pdf_expansion(data)
    try:
        from pypdf import PdfReader
    except ImportError:
        return _pdftotext(data)
    try:
        reader = PdfReader(io.BytesIO(data))
        return [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf's error tree is wide; any of it means "unreadable"
        raise TextUnavailable(f"cannot read the PDF text ({type(exc).__name__}: {exc})") from None


def _pdftotext(data: bytes) -> list[str]:
    exe = shutil.which("pdftotext")
    if exe is None:
        raise TextUnavailable("no PDF text extractor: install pypdf (or poppler's pdftotext)",
                              missing_tool=True)
    try:
        result = subprocess.run([exe, "-enc", "UTF-8", "-", "-"], input=data,
                                capture_output=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TextUnavailable(f"pdftotext failed ({exc})") from None
    if result.returncode != 0:
        raise TextUnavailable(f"pdftotext failed: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout.decode("utf-8", errors="replace").split("\f")


def _units(text: str) -> list[str]:
    """The characters of ``text`` a PDF page keeps, one unit per source character.

    Each unit is the character's compatibility decomposition (ligatures split,
    accents apart, composed or not), so a character the PDF shows as one
    U+FFFD stays one unit. Whitespace, hyphens, control and format characters
    are dropped.

    Right-to-left text is drawn in visual order, with the punctuation next to
    it moved and brackets mirrored, and extractors give it back reversed by
    character, by word or both. So each stretch of right-to-left letters with
    the punctuation around it is compared as the sorted multiset of its
    characters, brackets folded to one side. Digits end a stretch (a footnote
    marker follows an excerpt), so right-to-left text with numbers inside may
    not be found.
    """
    units: list[tuple[str, str]] = []
    for ch in text:
        if ch.isspace() or ch in _UNSHOWN or unicodedata.category(ch) in _DROPPED_CATEGORIES:
            continue
        unit = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if not c.isspace() and unicodedata.category(c) not in _DROPPED_CATEGORIES)
        if unit:
            units.append((unit, unicodedata.bidirectional(ch)))
    out: list[str] = []
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j][1] in _RTL_STRETCH:
            j += 1
        stretch = units[i:j]
        if any(bidi in _RTL for _, bidi in stretch):
            out.extend(sorted(_MIRROR.get(u, u) for u, _ in stretch))
        else:
            out.extend(u for u, _ in stretch)
        if j < len(units):
            out.append(units[j][0])
        i = j + 1
    return out


def pdf_skeleton(text: str) -> str:
    """Page text as :func:`pdf_occurs` searches it, whatever the line breaking."""
    return "".join(_units(text))


def _finder(page: str) -> Callable[[Sequence[str]], int]:
    """``find(units) -> index or -1`` in one page skeleton; U+FFFD there stands for any one unit."""
    if "\ufffd" not in page:
        return lambda units: page.find("".join(units))

    def find(units: Sequence[str]) -> int:
        pattern = "".join(f"(?:{re.escape(u)}|\ufffd)" for u in units)
        match = re.search(pattern, page)
        return match.start() if match else -1

    return find


def _longest_prefix(needle: Sequence[str], find: Callable[[Sequence[str]], int]) -> int:
    lo, hi = 0, len(needle)  # prefix of length lo occurs; find the largest
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if find(needle[:mid]) >= 0:
            lo = mid
        else:
            hi = mid - 1
    return lo


def pdf_occurs(candidates: Sequence[str], pages: Sequence[str]) -> bool:
    """True when one candidate text occurs on a page, or runs on across pages.

    ``pages`` are page skeletons (:func:`pdf_skeleton`). A run-on must leave
    a line's worth on each page (:func:`_runs_on`), so a one-word edit
    cannot pass by finding a common fragment somewhere else.
    """
    finders = [_finder(p) for p in pages]
    for candidate in candidates:
        needle = _units(candidate)
        if not needle:
            return True
        if any(find(needle) >= 0 for find in finders):
            return True
        for i in range(len(pages) - 1):
            if _runs_on(needle, finders, i):
                return True
    return False


def pdf_count(candidate: str, pages: Sequence[str]) -> int:
    """How many times ``candidate`` occurs in the page skeletons, without overlaps
    (U+FFFD in a page stands for any one character); 1 when it only runs on
    from one page to the next."""
    needle = _units(candidate)
    if not needle:
        return 0
    count = 0
    for page in pages:
        find = _finder(page)
        while True:
            at = find(needle)
            if at < 0:
                break
            count += 1
            page = page[at + len("".join(needle)):]
            find = _finder(page)
    if count == 0 and pdf_occurs([candidate], pages):
        return 1
    return count


def _runs_on(needle: list[str], finders, i: int) -> bool:
    """The needle starts on page ``i`` and ends on a later page. Every piece must
    be at least :data:`_SHORT_PIECE` long: the PDF writer never leaves a single
    line of a paragraph alone at the foot or the head of a page, so a split
    leaves a whole line on each side, and a short common fragment found
    somewhere (a dash, a year in the running head) cannot pass for a piece."""
    n = _longest_prefix(needle, finders[i])
    if n < _SHORT_PIECE:
        return False
    rest = needle[n:]
    for j in range(i + 1, len(finders)):
        if finders[j](rest) >= 0:
            return len(rest) >= _SHORT_PIECE
        m = _longest_prefix(rest, finders[j])
        if m < _SHORT_PIECE:  # a whole page in the middle of an excerpt is long
            return False
        rest = rest[m:]
    return False
