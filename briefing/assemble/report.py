"""What `briefing check` and `briefing excerpts` show: candidates before selection."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from briefing.assemble.context import BuildContext, citation_for
from briefing.assemble.excerpts import candidate_spans
from briefing.assemble.kinds import KINDS
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
    return [SectionRow(s.kind, s.title, KINDS[s.kind].describe(ctx, s)) for s in loaded.config.sections]


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
