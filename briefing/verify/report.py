"""The verification report: one result per citation, and one per thing shown
about a source (an excerpt's text, a footnote, an attribution line) in each place
it is shown.

``lines()`` is what the CLI prints: a summary line, the brief's set of files
with the build each carries when they differ, then one line per problem
(footnote number, source id, kind, reason), then warnings. ``to_dict()`` is
the ``--json`` form. ``ok`` decides the exit code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

__all__ = ["CITATION_KINDS", "TEXT_KINDS", "CitationResult", "Report", "TextResult"]

#: Status of a citation, in the order the summary lists them.
CITATION_KINDS = {
    "verified": "the source is the one cited and text[start:end] == exact",
    "source-unknown": "the citation names a source the manifest does not list",
    "source-missing": "the source file is not in the corpus",
    "source-unreadable": "the source file cannot be read or decoded",
    "offsets-wrong": "the sha256 matches but text[start:end] != exact",
    "source-changed": "the sha256 differs; the excerpt still occurs verbatim",
    "excerpt-missing": "the sha256 differs and the excerpt no longer occurs verbatim",
}

#: Status of a shown excerpt text.
TEXT_KINDS = {
    "text-matches": "shown as the sources and the manifest's records say",
    "text-differs": "shown otherwise than the cited exact or the manifest's records",
    "text-not-found": "the document shows nothing for this footnote",
    "manifest-inconsistent": "the excerpt's citations differ from its footnote's",
}

#: What a text result is about, in the order the summary lists them.
TEXT_SUBJECTS = {"excerpt": "excerpt texts", "note": "footnotes", "attribution": "attribution lines"}


@dataclass(frozen=True)
class CitationResult:
    footnote: int
    source: str
    index: int  # the citation's position in its note (0 = first)
    status: str  # a key of CITATION_KINDS
    reason: str = ""
    start: int = 0  # as cited
    end: int = 0
    found: tuple[int, int] | None = None  # where exact occurs now, if it does
    context_changed: bool | None = None  # prefix/suffix no longer around it

    @property
    def ok(self) -> bool:
        return self.status == "verified"


@dataclass(frozen=True)
class TextResult:
    footnote: int
    source: str
    where: str  # a format name: "json" (the manifest's records), "md", "docx" or "pdf"
    status: str  # a key of TEXT_KINDS
    reason: str = ""
    what: str = "excerpt"  # a key of TEXT_SUBJECTS

    @property
    def ok(self) -> bool:
        return self.status == "text-matches"


@dataclass
class Report:
    brief: str
    format: str
    corpus: str
    build: str = ""
    files: list[tuple[str, str | None]] = field(default_factory=list)  # the set: path, build
    citations: list[CitationResult] = field(default_factory=list)
    texts: list[TextResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def mixed(self) -> bool:
        """The brief's set holds files of different builds."""
        return len({build for _, build in self.files}) > 1

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.citations) and all(t.ok for t in self.texts)

    def citation_counts(self) -> dict[str, int]:
        counts = Counter(c.status for c in self.citations)
        return {kind: counts[kind] for kind in CITATION_KINDS if counts[kind]}

    def text_counts(self) -> dict[str, int]:
        counts = Counter(t.status for t in self.texts)
        return {kind: counts[kind] for kind in TEXT_KINDS if counts[kind]}

    def summary(self) -> str:
        n = len(self.citations)
        counts = self.citation_counts()
        parts = [f"{counts.get('verified', 0)} verified"]
        parts += [f"{v} {k}" for k, v in counts.items() if k != "verified"]
        line = f"{n} citation{'s' if n != 1 else ''}: {', '.join(parts)}"
        for what, label in TEXT_SUBJECTS.items():
            results = [t for t in self.texts if t.what == what]
            if not results:
                continue
            where = "+".join(dict.fromkeys(t.where for t in results))
            good = sum(t.ok for t in results)
            line += f"; {label} ({where}): {good}/{len(results)} as recorded"
        return line

    def problems(self) -> list[str]:
        out: list[tuple[int, int, str]] = []
        for c in self.citations:
            if not c.ok:
                out.append((c.footnote, 0, f"footnote {c.footnote} [{c.source}]: {c.status}: {c.reason}"))
        for t in self.texts:
            if not t.ok:
                subject = "" if t.what == "excerpt" else f" {t.what}"
                out.append((t.footnote, 1, f"footnote {t.footnote} [{t.source}]:{subject} {t.status} "
                                           f"({t.where}): {t.reason}"))
        return [line for _, _, line in sorted(out, key=lambda x: (x[0], x[1]))]

    def set_lines(self) -> list[str]:
        """The brief's files side by side with their builds, when they are not one build."""
        if not self.mixed:
            return []
        return ["files of different builds (rebuild to make them one set):",
                *(f"  {build or 'no build id'}  {path}" for path, build in self.files)]

    def lines(self) -> list[str]:
        return [self.summary(), *self.set_lines(), *self.problems(),
                *(f"warning: {w}" for w in self.warnings)]

    def to_dict(self) -> dict:
        def citation(c: CitationResult) -> dict:
            d = asdict(c)
            d["found"] = list(c.found) if c.found else None
            return d

        return {
            "brief": self.brief,
            "format": self.format,
            "corpus": self.corpus,
            "build": self.build,
            "files": [{"path": path, "build": build} for path, build in self.files],
            "mixed_builds": self.mixed,
            "ok": self.ok,
            "summary": self.summary(),
            "counts": {"citations": self.citation_counts(), "texts": self.text_counts()},
            "citations": [citation(c) for c in self.citations],
            "texts": [asdict(t) for t in self.texts],
            "warnings": list(self.warnings),
        }
