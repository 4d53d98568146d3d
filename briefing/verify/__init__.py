"""``briefing verify``: prove what a brief says about its sources against the corpus.

Top to bottom, like a build:

1. read the brief (.json manifest; the manifest embedded in a .docx/.pdf; or,
   for a .md, the manifest beside it of the same build; :mod:`.manifest`),
   refusing anything that is not a brief of this schema (exit 2);
2. list the brief's set (the same name in every format) and the build each
   file carries, so files of different builds are reported side by side;
3. find the corpus: ``--corpus``, else the manifest's corpus path taken from
   the brief's own folder (it is recorded relative to it), so verify works
   from any working folder; else ask for ``--corpus`` (exit 2);
4. check every citation of every footnote: the source file exists, its
   sha256 is the one cited, ``text[start:end] == exact``. When the file has
   changed, re-anchor the citation with its TextQuoteSelector
   (:mod:`.anchor`) and say whether the excerpt still occurs verbatim, where,
   and whether its context changed;
5. check what a reader sees about each source, in the manifest and in the
   document itself (:mod:`.shown`): each excerpt's text is its ``exact``
   with whitespace collapsed; each footnote's wording (author, title,
   outlet, date, ¶) is the one the build makes from the manifest's source
   record and citations; each attribution line (speaker, role, outlet,
   date) is the one made from the item's recorded fields.

The source text is made again by the reader the manifest records for the
source (:func:`briefing.corpus.readers.read_bytes`, what the build read it
with), so offsets mean the same thing; when the reader's version differs
from the recorded one and the text it makes changed, the report says so. Source files
are opened read-only and only inside the corpus folder: a manifest cannot make
verify read (and quote) a file elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Sequence

from briefing.corpus.read import LARGEST_MAX_BYTES
from briefing.corpus.readers import Unreadable, read_bytes, text_sha256
from briefing.errors import CorpusError
from briefing.model import ELISION, Citation, collapse_ws
from briefing.verify.anchor import Anchor, Change, closest_change, reanchor, word_diff
from briefing.manifest import ItemRecord, Manifest
from briefing.output import pending_commit
from briefing.verify.manifest import BriefFile, UnusableBrief, load_brief, set_builds
from briefing.verify.report import CitationResult, Report, TextResult
from briefing.verify.shown import (
    TextUnavailable,
    docx_shown,
    pdf_count,
    pdf_occurs,
    pdf_page_texts,
    pdf_skeleton,
    shown_matches,
)

__all__ = ["CitationResult", "Report", "TextResult", "UnusableBrief", "find_corpus", "verify_brief"]

_QUOTE = 70  # characters of an excerpt quoted in a reason


def verify_brief(brief_path: str | Path, corpus: str | Path | None = None) -> Report:
    """Check a brief against its corpus; raises BriefingError for unusable input."""
    brief = load_brief(brief_path)
    root = find_corpus(brief, Path(corpus) if corpus is not None else None)
    report = Report(str(brief.path), brief.format, str(root), build=brief.manifest.build,
                    files=[(str(path), build) for path, build in set_builds(brief)])
    if pending_commit(brief.path.parent) is not None:
        report.warnings.append(f"{brief.path.parent}: a build was interrupted while switching its "
                               "files in; the next build into this folder completes it")
    sources = _Sources(brief.manifest, root)
    for note in brief.manifest.footnotes:
        for i, cite in enumerate(note.citations):
            report.citations.append(_check_citation(note.number, i, cite, sources))
    report.warnings.extend(sources.notes)
    _check_texts(brief, report)
    return report


# --------------------------------------------------------------------------- corpus


def find_corpus(brief: BriefFile, given: Path | None = None) -> Path:
    """The folder the manifest's source paths are relative to."""
    manifest = brief.manifest
    if given is not None:
        if _is_dir(given):
            return given
        if _is_file(given):  # a one-file corpus: paths are relative to its folder
            return given.parent
        raise CorpusError(f"{given}: corpus folder not found")
    here = brief.path.parent
    tried: list[Path] = []
    if manifest.corpus_path is not None:
        recorded = _as_folder(here / manifest.corpus_path)
        tried.append(recorded)
        if _is_dir(recorded):
            return recorded  # the brief's own corpus: trust it even if files are gone
    tried.append(here)
    if _holds_sources(here, manifest):
        return here
    looked = ", ".join(dict.fromkeys(str(p) for p in tried))
    raise CorpusError(f"{brief.path}: cannot find the corpus this brief cites (looked in {looked}); "
                      "pass it with --corpus DIR")


def _is_file(path: Path) -> bool:
    """Path.is_file, but False for names the OS refuses (too long, NUL) instead of raising."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _as_folder(path: Path) -> Path:
    return path.parent if _is_file(path) else path


def _holds_sources(folder: Path, manifest: Manifest) -> bool:
    if not _is_dir(folder):
        return False
    return any(_safe_relpath(s.path) and _is_file(folder / s.path) for s in manifest.sources)


def _safe_relpath(relpath: str) -> bool:
    """A manifest path that stays inside the corpus folder (no absolute path, no '..')."""
    pure = PurePosixPath(relpath.replace("\\", "/"))
    return bool(relpath) and not pure.is_absolute() and ".." not in pure.parts and \
        not (len(relpath) > 1 and relpath[1] == ":")


@dataclass(frozen=True)
class _Loaded:
    """A source as read: its decoded text, or (text None) the problem kind and why."""

    text: str | None
    sha_ok: bool = False
    status: str = ""  # a key of CITATION_KINDS when text is None
    reason: str = ""


class _Sources:
    """Source files of the manifest, read once each, read-only."""

    def __init__(self, manifest: Manifest, root: Path):
        self.manifest = manifest
        self.root = root
        self._cache: dict[str, _Loaded] = {}
        self.notes: list[str] = []  # reader versions that differ, once per source

    def get(self, source_id: str) -> _Loaded:
        if source_id not in self._cache:
            self._cache[source_id] = self._load(source_id)
        return self._cache[source_id]

    def _load(self, source_id: str) -> _Loaded:
        src = self.manifest.source(source_id)
        if src is None:
            return _Loaded(None, status="source-unknown",
                           reason="the manifest lists no source with this id")
        if not _safe_relpath(src.path):
            return _Loaded(None, status="source-missing",
                           reason=f"source path {src.path!r} leaves the corpus folder; not read")
        path = self.root / src.path
        if not _is_file(path):
            return _Loaded(None, status="source-missing", reason=f"no file {src.path} in {self.root}")
        try:
            with open(path, "rb") as fh:  # read-only, always
                data = fh.read(LARGEST_MAX_BYTES + 1)
        except OSError as exc:
            return _Loaded(None, status="source-unreadable",
                           reason=f"{src.path}: {exc.strerror or exc}")
        if len(data) > LARGEST_MAX_BYTES:  # no brief can cite it: never load it whole
            return _Loaded(None, status="source-unreadable",
                           reason=f"{src.path}: larger than any article a build reads")
        sha_ok = hashlib.sha256(data).hexdigest() == src.sha256.lower()
        try:
            reading = read_bytes(data, src.path, src.reader)
        except KeyError:
            return _Loaded(None, status="source-unreadable",
                           reason=f"{src.path}: read by a reader this version lacks ({src.reader!r})")
        except Unreadable as exc:
            return _Loaded(None, status="source-unreadable", reason=f"{src.path}: {exc}")
        part = _part(source_id)
        chosen = [a for a in reading.articles if a.part == part] or \
            (list(reading.articles) if part is None and len(reading.articles) == 1 else [])
        if not chosen:
            return _Loaded(None, status="source-unreadable",
                           reason=f"{src.path}: the {src.reader} reader finds no article {part} in it now")
        text = chosen[0].text
        if src.text_sha256 and text_sha256(text) != src.text_sha256.lower():
            if src.reader_version and src.reader_version != reading.version:
                self.notes.append(
                    f"{source_id}: read by {src.reader} {src.reader_version} when built, by "
                    f"{src.reader} {reading.version} now, and the text it makes changed "
                    "(offsets are checked against the new text; install the recorded version "
                    "or rebuild the brief)")
            elif sha_ok:
                self.notes.append(f"{source_id}: the {src.reader} reader makes another text from the "
                                  "same file than when the brief was built")
        return _Loaded(text, sha_ok)


def _part(source_id: str) -> int | None:
    """N of an id "file#N" (an article of a multi-article export)."""
    match = re.search(r"#(\d+)(?:-\d+)?$", source_id)
    return int(match.group(1)) if match else None


# --------------------------------------------------------------------------- citations


def _quote(text: str) -> str:
    text = collapse_ws(text)
    return f"“{text if len(text) <= _QUOTE else text[:_QUOTE - 1] + '…'}”"


def _check_citation(number: int, index: int, cite: Citation, sources: _Sources) -> CitationResult:
    def result(status: str, reason: str = "", **kw) -> CitationResult:
        return CitationResult(number, cite.source, index, status, reason, cite.start, cite.end, **kw)

    loaded = sources.get(cite.source)
    if loaded.text is None:
        return result(loaded.status, loaded.reason)
    text = loaded.text
    in_place = text[cite.start:cite.end] == cite.exact
    if loaded.sha_ok and in_place:
        return result("verified", found=(cite.start, cite.end), context_changed=False)
    anchor = reanchor(text, cite)
    if loaded.sha_ok:  # same file, wrong locator: the manifest was edited or mis-built
        where = (f"the excerpt occurs at {anchor.start}–{anchor.end}" if anchor
                 else "the excerpt does not occur in the file")
        return result("offsets-wrong",
                      f"sha256 matches but text[{cite.start}:{cite.end}] is not the exact; {where}",
                      found=(anchor.start, anchor.end) if anchor else None,
                      context_changed=anchor.context_changed if anchor else None)
    changed = "sha256 differs (the file changed since the brief was built)"
    if anchor is not None:
        moved = (f"at the cited offsets {cite.start}–{cite.end}"
                 if (anchor.start, anchor.end) == (cite.start, cite.end)
                 else f"at {anchor.start}–{anchor.end} (cited {cite.start}–{cite.end})")
        context = _context_words(anchor)
        many = f"; {anchor.occurrences} occurrences" if anchor.occurrences > 1 else ""
        return result("source-changed", f"{changed}; the excerpt still occurs verbatim {moved}"
                      f"{many}; {context}", found=(anchor.start, anchor.end),
                      context_changed=anchor.context_changed)
    change = closest_change(text, cite)
    reason = f"{changed}; the excerpt {_quote(cite.exact)} no longer occurs verbatim"
    if change is None:
        return result("excerpt-missing", reason)
    return result("excerpt-missing", f"{reason}{_change_words(change)}",
                  found=(change.start, change.end))


def _change_words(change: Change) -> str:
    at = f"; at {change.start}–{change.end}"
    if change.whitespace_only:
        return f"{at} it occurs with different spacing or line breaks"
    if change.removed and change.added:
        return f"{at} “{change.removed}” now reads “{change.added}”"
    if change.removed:
        return f"{at} “{change.removed}” was removed"
    if change.added:
        return f"{at} “{change.added}” was added"
    return ""


def _context_words(anchor: Anchor) -> str:
    if not anchor.context_changed:
        return "its context is unchanged"
    sides = [name for name, ok in (("before", anchor.prefix_matches), ("after", anchor.suffix_matches))
             if not ok]
    return f"the text {' and '.join(sides)} it changed"


# --------------------------------------------------------------------------- shown text


def _check_texts(brief: BriefFile, report: Report) -> None:
    manifest = brief.manifest
    notes = {n.number: n for n in manifest.footnotes}
    expected_notes = manifest.expected_notes()
    for item in manifest.cited_items:
        note = notes.get(item.footnote)
        if note is None or note.citations != item.citations:
            why = ("its footnote number is not among the manifest's footnotes" if note is None
                   else "the excerpt's citations differ from its footnote's")
            report.texts.append(TextResult(item.footnote, item.citations[0].source, "json",
                                           "manifest-inconsistent", why))
    # the manifest's own record of what is shown, against what its sources say
    for note in manifest.footnotes:
        report.texts.append(_compare(note.number, note.citations[0].source, "json", "note",
                                     expected_notes[note.number].text, note.text))
    for item in manifest.cited_items:
        report.texts.append(_compare(item.footnote, item.citations[0].source, "json",
                                     "attribution", Manifest.expected_attribution(item),
                                     item.attribution or ""))
        if brief.format == "json":
            report.texts.append(_text_result(item, item.text, "json"))
    if brief.format == "json":
        return
    try:
        if brief.format == "docx":
            _check_docx(brief, report, expected_notes)
        elif brief.format == "pdf":
            _check_pdf(brief, report, expected_notes)
        else:
            _check_markdown(brief, report, expected_notes)
    except TextUnavailable as exc:
        if not exc.missing_tool:
            raise UnusableBrief(f"{brief.path}: {exc}") from None
        report.warnings.append(f"texts not checked in the {brief.format.upper()}: {exc}")


def _compare(footnote: int, source: str, where: str, what: str, expected: str,
             shown: str | None) -> TextResult:
    """A note or an attribution line: shown as the build words it, or not."""
    if shown is None:
        return TextResult(footnote, source, where, "text-not-found",
                          f"the {where.upper()} shows no {_WHAT[what]} here", what)
    if collapse_ws(shown) == collapse_ws(expected):
        return TextResult(footnote, source, where, "text-matches", what=what)
    removed, added = word_diff(collapse_ws(expected), collapse_ws(shown))
    detail = (f"shows “{added}” where the manifest's record gives “{removed}”" if removed and added
              else f"leaves out “{removed}”" if removed else f"adds “{added}”" if added
              else "differs in spacing inside words or punctuation")
    return TextResult(footnote, source, where, "text-differs",
                      f"the {_WHAT[what]} {detail}; shown: {_quote(shown)}", what)


_WHAT = {"excerpt": "excerpt text", "note": "footnote", "attribution": "attribution line"}


def _text_result(item: ItemRecord, shown: str, where: str,
                 norm: Callable[[str], str] = lambda s: s) -> TextResult:
    source = item.citations[0].source
    if shown_matches(shown, item.citations, norm):
        return TextResult(item.footnote, source, where, "text-matches")
    expected = _expected(item.citations, shown)
    removed, added = word_diff(norm(expected), norm(shown))
    detail = (f"shows “{added}” where the source has “{removed}”" if removed and added else
              f"leaves out “{removed}”" if removed else f"adds “{added}”" if added else
              "differs in spacing inside words or punctuation")
    return TextResult(item.footnote, source, where, "text-differs",
                      f"{detail}; shown: {_quote(shown)}")


def _expected(cites: Sequence[Citation], shown: str) -> str:
    """What the excerpt should show, to describe a difference: its spans if elided."""
    spans = cites if ELISION.strip() in shown and len(cites) > 1 else cites[:1]
    return ELISION.join(collapse_ws(c.exact) for c in spans)


def _check_docx(brief: BriefFile, report: Report, expected_notes) -> None:
    from briefing.render.docx.ooxml import xml_text  # what the writer does to run text

    shown = docx_shown(brief.data)
    manifest = brief.manifest
    for note in manifest.footnotes:
        report.texts.append(_compare(note.number, note.citations[0].source, "docx", "note",
                                     xml_text(expected_notes[note.number].text),
                                     shown.notes.get(note.number)))
    for item in manifest.cited_items:
        source = item.citations[0].source
        text = shown.before.get(item.footnote)
        if text is None:
            report.texts.append(TextResult(item.footnote, source, "docx", "text-not-found",
                                           f"the DOCX has no footnote reference {item.footnote}"))
            continue
        report.texts.append(_text_result(item, text, "docx", xml_text))
        line = xml_text(Manifest.expected_attribution(item))
        if line:
            after = shown.after.get(item.footnote, "")
            # the line closes the marker's paragraph (a key point) or is the next one
            closing, _, following = after.partition("\n")
            shown_line = next((piece for piece in (closing.lstrip("\n"), following, after.strip())
                               if collapse_ws(piece).startswith(collapse_ws(line))), None)
            report.texts.append(_compare(item.footnote, source, "docx", "attribution", line,
                                         collapse_ws(line) if shown_line is not None
                                         else _first_line(after)))


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def _check_pdf(brief: BriefFile, report: Report, expected_notes) -> None:
    pages = [pdf_skeleton(p) for p in pdf_page_texts(brief.data)]
    manifest = brief.manifest
    for item in manifest.cited_items:
        forms = [collapse_ws(c.exact) for c in item.citations]
        if len(forms) > 1:
            forms.append(ELISION.join(forms))
        source = item.citations[0].source
        if pdf_occurs(forms, pages):
            report.texts.append(TextResult(item.footnote, source, "pdf", "text-matches"))
        else:
            report.texts.append(TextResult(item.footnote, source, "pdf", "text-not-found",
                                           f"the PDF's text does not contain {_quote(forms[0])}"))
    # Notes carry their number before their text; attribution lines repeat, so
    # each distinct line must be shown at least as often as the brief shows it.
    for note in manifest.footnotes:
        text = f"{note.number} {expected_notes[note.number].text}"
        found = pdf_count(text, pages) > 0
        report.texts.append(TextResult(
            note.number, note.citations[0].source, "pdf",
            "text-matches" if found else "text-differs",
            "" if found else f"the PDF does not show footnote {note.number} as its source "
                             f"record words it: {_quote(expected_notes[note.number].text)}", "note"))
    wanted: dict[str, list[ItemRecord]] = {}
    for item in manifest.cited_items:
        line = Manifest.expected_attribution(item)
        if line:
            wanted.setdefault(line, []).append(item)
    for line, items in wanted.items():
        shown_times = pdf_count(line, pages)
        for k, item in enumerate(items):
            ok = k < shown_times
            report.texts.append(TextResult(
                item.footnote, item.citations[0].source, "pdf",
                "text-matches" if ok else "text-differs",
                "" if ok else f"the PDF shows the attribution line {_quote(line)} "
                              f"{shown_times} time(s), the brief has it {len(items)}", "attribution"))


def _check_markdown(brief: BriefFile, report: Report, expected_notes) -> None:
    from briefing.render.markdown import attribution_tail, escape, note_definition

    lines = brief.data.decode("utf-8", "replace").split("\n")
    definitions: dict[int, str] = {}
    before: dict[int, str] = {}
    after: dict[int, tuple[str, str]] = {}  # the rest of the marker's line, the next quote line
    for i, line in enumerate(lines):
        definition = _MD_DEFINITION.match(line)
        if definition:
            definitions[int(definition.group(1))] = line
            continue
        for match in _MD_MARKER.finditer(line):
            number = int(match.group(1))
            before[number] = line[:match.start()]
            following = next((c for c in lines[i + 1:i + 3] if c.startswith("> ")), "")
            after[number] = (line[match.end():], following)
    manifest = brief.manifest
    for note in manifest.footnotes:
        report.texts.append(_compare(note.number, note.citations[0].source, "md", "note",
                                     note_definition(expected_notes[note.number]),
                                     definitions.get(note.number)))
    for item in manifest.cited_items:
        source = item.citations[0].source
        shown = before.get(item.footnote)
        if shown is None:
            report.texts.append(TextResult(item.footnote, source, "md", "text-not-found",
                                           f"the Markdown has no footnote marker {item.footnote}"))
            continue
        line = Manifest.expected_attribution(item)
        rest, following = after.get(item.footnote, ("", ""))
        if item.kind == "event":  # a table row: the cell up to the marker, the tail after it
            report.texts.append(_text_result(item, _unescape(_MD_CELL.split(shown)[-1].strip()), "md"))
            expected, got = attribution_tail(line), _MD_CELL.split(rest)[0].rstrip()
            report.texts.append(_compare(item.footnote, source, "md", "attribution", expected, got))
            continue
        # an excerpt line starts "> "; a table cell's excerpt follows the cell's last "|"
        text = _MD_CELL.split(shown)[-1].strip() if item.kind == "cell" else shown[2:]
        report.texts.append(_text_result(item, _unescape(text), "md"))
        if item.kind == "key_point":
            expected, got = attribution_tail(line), rest
        else:
            expected, got = (f"> {escape(line)}", following) if line else ("", "")
        report.texts.append(_compare(item.footnote, source, "md", "attribution", expected, got))


_MD_DEFINITION = re.compile(r"\[\^(\d+)\]: ")
_MD_MARKER = re.compile(r"\[\^(\d+)\]")
_MD_CELL = re.compile(r"(?<!\\)\|")  # a table cell boundary (an escaped pipe is text)


def _unescape(text: str) -> str:
    """Markdown text as the reader sees it: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", text)
