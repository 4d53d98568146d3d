"""What `briefing check` and `briefing excerpts` show: candidates before selection,
and with ``--explain`` why each scores what it does and what selection made of it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import assert_never

from briefing.assemble.context import MAX_COPIES, BuildContext, _copies, citation_for
from briefing.assemble import excerpts as _excerpts
from briefing.assemble.excerpts import Candidates, Outcome, Selection, candidate_spans
from briefing.assemble.kinds import KINDS
from briefing.config import LoadedConfig
from briefing.corpus import Corpus
from briefing.model import collapse_ws

__all__ = ["SectionRow", "explain_theme", "section_report", "theme_candidates"]


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


# --------------------------------------------------------------------------- --explain

ABOVE_FLOOR = "above_floor"  # no excerpts section shows the theme: nothing is selected
EXCLUDED = "excluded"
_FROM = ("title", "description", "feedback")  # query labels that are not keywords


def explain_theme(loaded: LoadedConfig, corpus: Corpus, config_path: str, theme: str,
                  limit: int) -> dict:
    """For every excerpts section that shows ``theme``: its floor, and for its
    ``limit`` best ranked sentences each term's part of the score, the bonuses,
    the damping, the share borrowed from neighbours, and what selection did with
    it (from the selection a build runs, :func:`excerpts.select`, after the
    sections a build makes before it). A theme no section shows gets its
    ranking against the floor a section would set."""
    from briefing.assemble import built_before

    ctx = BuildContext(loaded.config, corpus, config_path, loaded.config.brief.author)
    sections = []
    for i, section in enumerate(loaded.config.sections):
        if section.kind != "excerpts" or theme not in section.themes:
            continue
        found, selection = _excerpts.select(ctx, i, section, built_before(ctx, i))
        shown = _excerpts.shown_order(ctx, section, selection.chosen)
        head = {"index": i, "title": section.title, "themes": list(section.themes),
                "max_items": section.max_items, "selected": len(shown)}
        sections.append(_explain(ctx, section.themes, found, selection, shown, head, limit))
    if not sections:
        found = _excerpts.candidates(ctx, [theme], None, theme)
        head = {"index": None, "title": None, "themes": [theme], "max_items": None, "selected": 0}
        sections.append(_explain(ctx, [theme], found, None, [], head, limit))
    return {"theme": theme, "sections": sections}


def _explain(ctx: BuildContext, themes: list[str], found: Candidates, selection: Selection | None,
             shown: list, head: dict, limit: int) -> dict:
    index = ctx.index
    query = index.prepared(ctx.query(themes))
    number = {id(span): n for n, span in enumerate(shown, 1)}
    best = found.ranked[0].score if found.ranked else 0.0
    floor = {"value": round(found.floor, 4), "rule": "min_score" if found.min_score is not None else "relative",
             "share": None if found.min_score is not None else _excerpts.RELATIVE_FLOOR,
             "best": round(best, 4)}
    rows = []
    for rank, cand in enumerate(found.ranked[:limit], 1):
        key = (cand.article.id, cand.sentence.index)
        doc = index.doc_of(*key)
        fate = _fate(ctx, key, round(cand.score, 4), found, selection, number, len(shown))
        rows.append({
            "rank": rank,
            "text": collapse_ws(cand.article.text[cand.sentence.start:cand.sentence.end]),
            "score": round(cand.score, 4),
            "matched": list(cand.matched),
            "citations": [asdict(citation_for(cand.article, cand.sentence.start, cand.sentence.end))],
            "parts": _parts(index, doc, query, cand.score),
            **fate,
        })
    excluded = []
    for doc, item in index.excluded(query):
        without = index.explain(doc, replace(query, exclude=()))
        excluded.append((without.score, doc, item))
    excluded.sort(key=lambda x: (-x[0], x[1].article.id, x[1].sentence.index))
    for would, doc, item in excluded[:limit]:
        rows.append({
            "rank": None,
            "text": collapse_ws(doc.article.text[doc.sentence.start:doc.sentence.end]),
            "score": 0.0,
            "matched": [],
            "citations": [asdict(citation_for(doc.article, doc.sentence.start, doc.sentence.end))],
            "parts": [],
            "outcome": EXCLUDED,
            "reason": f"excluded by the 'exclude' item {item!r} (it would score {would:.2f} without it)",
            "excerpt": None,
            "other_excerpt": None,
            "excerpt_score": None,
        })
    return {**head, "floor": floor, "ranked": len(found.ranked), "excluded": len(excluded),
            "candidates": rows}


def _parts(index, doc, query, total: float) -> list[dict]:
    """The parts of a sentence's score, which add up to it."""
    from briefing.analysis.terms import tokenize
    from briefing.analysis.themes import KEYWORD

    why = index.explain(doc, query)
    text = doc.article.text[doc.sentence.start:doc.sentence.end]
    written: dict[str, str] = {}
    for token in tokenize(text):
        written.setdefault(token.term, text[token.start:token.end].rstrip(".,;:!?\"'”’)"))
    parts = []
    for term, value in sorted(why.terms.items(), key=lambda kv: -kv[1]):
        label = query.labels[term]
        kind = label if label in _FROM and query.weights[term] != KEYWORD else "keyword"
        parts.append({"part": "term", "term": term, "word": written.get(term, term), "from": kind,
                      "keyword": label if kind == "keyword" else None,
                      "weight": round(query.weights[term], 4), "score": round(value, 4)})
    for keyword, value in why.phrases.items():
        parts.append({"part": why.orders[keyword], "keyword": keyword, "score": round(value, 4)})
    undamped = sum(why.terms.values()) + sum(why.phrases.values())
    if why.damped:
        parts.append({"part": "question", "score": round(why.score - undamped, 4)})
    borrowed = total - why.score
    if abs(borrowed) > 1e-9:
        parts.append({"part": "neighbours", "score": round(borrowed, 4)})
    return parts


def _fate(ctx, key, score: float, found: Candidates, selection: Selection | None, number: dict,
          shown: int) -> dict:
    """What happened to one ranked sentence: outcome, the reason in words, the
    number of the excerpt it is in, and of the excerpt it lost to or is cited by."""
    dropped = found.dropped.get(key)
    decision = selection.decisions.get(key) if selection is not None else None
    if decision is None and dropped is None:
        words = (f"above the floor ({score:.2f} ≥ {found.floor:.2f}); no excerpts section shows "
                 "this theme")
        return {"outcome": ABOVE_FLOOR, "reason": words, "excerpt": None, "other_excerpt": None,
                "excerpt_score": None}
    if decision is None:
        decision = _excerpts.Decision(dropped)
        dropped = None
    span, other = decision.span, decision.other
    n = number.get(id(span)) if decision.outcome is Outcome.SELECTED else None
    other_n = number.get(id(other)) if other is not None else None
    ref = f"excerpt {other_n}" if other_n is not None else "an excerpt"
    match decision.outcome:
        case Outcome.SELECTED:
            words = f"selected: excerpt {n} of {shown}"
            if decision.pinned:
                words += ", pinned by an analyst note"
            if len(span.sentences) > 1:
                words += f", with {len(span.sentences) - 1} more sentence(s) of its paragraph"
            if _copies(span):
                words += f"; its footnote also cites {_outlets(_copies(span))}"
        case Outcome.BELOW_FLOOR:
            words = f"below the floor ({score:.2f} < {found.floor:.2f})"
        case Outcome.NOT_A_STATEMENT:
            words = f"not an excerpt: under {_excerpts.MIN_WORDS} words, or a lead-in ending in a colon"
        case Outcome.SHOWN_EARLIER:
            words = "not selected: an earlier section shows the same text, or cites it as a copy"
        case Outcome.OVERLAPS_PINNED:
            words = f"not selected: shares text with {ref}, which an analyst note pins"
        case Outcome.SAME_TEXT:
            words = f"not selected: the same text as {ref}, chosen already"
        case Outcome.COPY:
            words = f"folded into {ref}: the same text from another outlet{_cited(key, other)}"
        case Outcome.SAME_FACT:
            group = ctx.same_facts.get(key)
            if group is not None and any(m.article.id == other.article.id for m in group.members):
                words = f"folded into {ref}: the same fact in other words{_cited(key, other)}"
            else:
                words = (f"not selected: its excerpt holds a sentence that {ref} already reports "
                         "(same fact)")
        case Outcome.SOURCE_DISCOUNT:
            words = (f"not selected: lost to {ref} ({other.score:.2f}) under the source discount: "
                     f"{span.score:.2f} × {_excerpts.SOURCE_DISCOUNT}^{decision.taken} = "
                     f"{decision.discounted:.2f} < {decision.rival:.2f}")
        case Outcome.OVER_MAX_ITEMS:
            words = f"not selected: max_items reached ({shown} excerpts chosen before it)"
        case _:
            assert_never(decision.outcome)
    if span is not None and abs(span.score - score) > 0.005:
        words += f"; its excerpt scores {span.score:.2f} ({_excerpt_score(span, found)})"
    if dropped is not None:
        # a sentence that is no candidate itself is in an excerpt when a note pins it, or
        # as the sentence before one that points back
        itself = "below the floor" if dropped is Outcome.BELOW_FLOOR else "too short, or a lead-in"
        words += (f" (itself {itself})" if decision.pinned
                  else f" (itself {itself}: in its excerpt as the sentence before one that points back)")
    return {"outcome": decision.outcome.value, "reason": words, "excerpt": n, "other_excerpt": other_n,
            "excerpt_score": round(span.score, 4) if span is not None else None}


def _excerpt_score(span, found: Candidates) -> str:
    """How an excerpt's score comes from its sentences' (:func:`excerpts.candidates`)."""
    scores = [found.scores[k] for s in span.sentences if (k := (span.article.id, s.index)) in found.scores]
    if not scores:
        return "an analyst note pins it"
    words = "its sentence's score" if len(scores) == 1 else \
        f"its best sentence + {_excerpts.JOINED_SHARE} × the others"
    if abs(span.score - _excerpts.combined_score(scores)) > 1e-6:
        words += (f", × {_excerpts.NEEDS_CONTEXT}: it opens on a word pointing back with no "
                  "sentence before it to take")
    return words


def _cited(key: tuple[str, int], excerpt) -> str:
    """Whether the excerpt's footnote cites the sentence ``key`` among its copies
    (it cites one copy per outlet, ``MAX_COPIES`` at most)."""
    for article, start, end in _copies(excerpt):
        sentence = next((s for s in article.sentences if s.index == key[1]), None)
        if article.id == key[0] and sentence is not None and start < sentence.end and sentence.start < end:
            return ", cited in its footnote as a corroborating copy"
    return (f", not cited: its footnote cites one copy per outlet, {MAX_COPIES} at most, and has "
            "this outlet's")


def _outlets(copies) -> str:
    names = []
    for article, _, _ in copies:
        md = article.metadata
        names.append(md.outlet_short.value or md.outlet.value or article.id)
    return ", ".join(dict.fromkeys(names))
