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
from typing import Callable, Iterable, Sequence

from briefing.model import ELISION, Citation, collapse_ws

__all__ = [
    "TextUnavailable",
    "docx_note_texts",
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
_SHORT_PIECE = 24  # a run-on piece shorter than this must sit at the top of the next page
_PAGE_TOP = 400  # skeleton characters of a page that count as its top (header, then body)


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


def docx_note_texts(data: bytes) -> dict[int, str]:
    """Footnote number → the text shown before its marker, for every reference in the body.

    Notes are numbered in marker order, as briefing numbers them; the
    references' ids are not used, because Word renumbers them on save.
    """
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise TextUnavailable(f"python-docx is not installed ({exc})", missing_tool=True) from None
    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as exc:  # python-docx raises zip, XML and KeyError alike for a damaged file
        raise TextUnavailable(f"cannot open the DOCX ({type(exc).__name__}: {exc})") from None
    refs: list[str] = []
    for paragraph in body.iter(f"{_W}p"):
        text: list[str] = []
        for el in _paragraph_content(paragraph):
            tag = el.tag
            if tag == f"{_W}footnoteReference":
                refs.append("".join(text))
                text = []
            elif tag == f"{_W}t":
                text.append(el.text or "")
            elif tag == f"{_W}tab":
                text.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                text.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                text.append("\u2011")
    return {n: text for n, text in enumerate(refs, 1)}


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


def pdf_page_texts(data: bytes) -> list[str]:
    """The text of each page: pypdf when installed, else poppler's ``pdftotext``."""
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
    a non-empty piece on each page; a short final piece must be near the
    top of its page, so a one-word edit cannot pass by finding a common
    fragment somewhere else.
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


def _runs_on(needle: list[str], finders, i: int) -> bool:
    n = _longest_prefix(needle, finders[i])
    if n == 0:
        return False
    rest = needle[n:]
    for j in range(i + 1, len(finders)):
        at = finders[j](rest)
        if at >= 0:
            return len(rest) >= _SHORT_PIECE or at <= _PAGE_TOP
        m = _longest_prefix(rest, finders[j])
        if m < _SHORT_PIECE:  # a whole page in the middle of an excerpt is long
            return False
        rest = rest[m:]
    return False
