"""What `briefing check` and `briefing excerpts` show: candidates before selection."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from briefing.assemble.context import BuildContext, citation_for
from briefing.assemble.excerpts import candidate_spans
from briefing.config import LoadedConfig
from briefing.corpus import Corpus
from briefing.model import collapse_ws

__all__ = ["SectionRow", "section_report", "theme_candidates"]


@dataclass(frozen=True)
class SectionRow:
    kind: str
    title: str
    detail: str


def section_report(loaded: LoadedConfig, corpus: Corpus, config_path: str) -> list[SectionRow]:
    ctx = BuildContext(loaded.config, corpus, config_path, loaded.config.brief.author)
    rows: list[SectionRow] = []
    for section in loaded.config.sections:
        if section.kind == "excerpts":
            spans = candidate_spans(ctx, section.themes, section.min_score)
            n_sources = len({s.article.id for s in spans})
            detail = (f"{len(spans)} candidate excerpts from {n_sources} sources "
                      f"(max_items {section.max_items})")
            if not spans:
                detail += "  ← nothing matches: check the themes' keywords"
        elif section.kind == "summary":
            n = sum(1 for s in loaded.config.sections if s.kind == "excerpts")
            detail = f"one key point from each of {n} themed sections (max_items {section.max_items})"
        elif section.kind == "quotes":
            detail = "quotations grouped by speaker"
        elif section.kind == "text":
            detail = f"{len(section.text.split())} words of analyst prose"
        else:
            detail = "every cited source"
        rows.append(SectionRow(section.kind, section.title, detail))
    return rows


def theme_candidates(loaded: LoadedConfig, corpus: Corpus, config_path: str, theme: str,
                     limit: int) -> list[dict]:
    """Ranked candidate excerpts for one theme, best first (manifest-shaped)."""
    ctx = BuildContext(loaded.config, corpus, config_path, loaded.config.brief.author)
    rows = []
    for span in candidate_spans(ctx, [theme], None, theme)[:limit]:
        rows.append({
            "text": collapse_ws(span.text),
            "score": round(span.score, 4),
            "matched": list(span.matched),
            "citations": [asdict(citation_for(span.article, span.start, span.end))],
        })
    return rows
