"""Ranking themes: nDCG@20 and P@10 against graded relevance labels, beside plain BM25.

    python benchmarks/ranking.py [--set tuned heldout] [--misses THEME]

The labels (``benchmarks/labels/ranking*``) grade every body sentence of three
small corpora per set for two themes each (0 off topic, 1 on topic, 2 central),
made by reading before any ranking was run; each config was written before its
sentences were read. ``tuned`` is the set the ranking was developed on;
``heldout`` (written by another labeller, never read while developing) checks
that it generalises.

For each theme it prints:

* the tool's candidate excerpts (what ``briefing excerpts`` lists: a span of
  one to three sentences, graded by its best sentence, each sentence counted
  once) and textbook Okapi BM25 (k1 1.2, b 0.75, every keyword's words as one
  bag, the same stemmed terms) over sentences: nDCG@20 and P@10 side by side;
* the same with the theme's keywords removed (title and description only) and
  with its description removed;
* the excerpts a build selects for the theme's section: the share on topic
  (grade ≥ 1) and central (grade 2); how many distinct facts they show (an
  excerpt that repeats a fact an earlier one shows, by ``same_fact_groups``
  with agreeing figures counted, or by the near-identical rule, counts once:
  a proxy, there are no fact labels); and how many cite two outlets or more.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {"tuned": ROOT / "benchmarks" / "labels" / "ranking",
        "heldout": ROOT / "benchmarks" / "labels" / "ranking-heldout"}
K = 20


def load_labels(folder: Path) -> dict[tuple[str, int, int], dict[str, int]]:
    out = {}
    for path in sorted((folder / "labels").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[(path.stem, row["path"], row["start"], row["end"])] = row["grades"]
    return out


def ndcg(grades: list[int], ideal: list[int], k: int = K) -> float:
    def dcg(values):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(values[:k]))

    best = dcg(sorted(ideal, reverse=True))
    return dcg(grades) / best if best else 0.0


def precision(grades: list[int], k: int = 10) -> float:
    top = grades[:k]
    return sum(1 for g in top if g >= 1) / k


class Graded:
    """Grades of one corpus's sentences for one theme, looked up by article path and span."""

    def __init__(self, labels: dict, corpus: str, theme: str):
        self.by_path: dict[str, list[tuple[int, int, int]]] = {}
        for (name, path, start, end), grades in labels.items():
            if name == corpus and theme in grades:
                self.by_path.setdefault(path, []).append((start, end, grades[theme]))
        self.all = [g for rows in self.by_path.values() for _, _, g in rows]

    def span(self, path: str, start: int, end: int) -> tuple[int, list[tuple[str, int]]]:
        """The best grade of the labelled sentences inside [start, end), and their keys."""
        inside = [(s, g) for s, e, g in self.by_path.get(path, []) if s < end and start < e]
        return max((g for _, g in inside), default=0), [(path, s) for s, _ in inside]


def graded_ranking(spans, graded: Graded) -> list[int]:
    """Grades of ranked (path, start, end) spans, each labelled sentence counted once."""
    seen: set = set()
    out = []
    for path, start, end in spans:
        grade, keys = graded.span(path, start, end)
        if keys and all(k in seen for k in keys):
            continue
        seen.update(keys)
        out.append(grade)
    return out


def bm25_ranking(articles, words: list[str]) -> list[tuple[str, int, int]]:
    """Textbook Okapi BM25 over sentences: the query is a bag of stemmed words."""
    from briefing.analysis.terms import tokenize

    query = [t.term for w in words for t in tokenize(w)]
    docs = []
    df: Counter = Counter()
    for a in articles:
        for s in a.sentences:
            counts = Counter(t.term for t in tokenize(a.text[s.start:s.end]))
            docs.append((a.path, s.start, s.end, counts, sum(counts.values()) or 1))
            df.update(counts.keys())
    n = len(docs)
    avgdl = sum(d[4] for d in docs) / max(n, 1)
    scored = []
    for path, start, end, counts, length in docs:
        score = 0.0
        for term in set(query):
            tf = counts.get(term, 0)
            if tf:
                idf = math.log((n - df[term] + 0.5) / (df[term] + 0.5) + 1)
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / avgdl))
        if score > 0:
            scored.append((-score, path, start, end))
    scored.sort()
    return [(p, s, e) for _, p, s, e in scored]


def tool_ranking(loaded, corpus, theme: str) -> list[tuple[str, int, int]]:
    from briefing.assemble.report import theme_candidates

    paths = {a.id: a.path for a in corpus.articles}
    rows = theme_candidates(loaded, corpus, str(loaded.path), theme, 10_000)
    out = []
    for row in rows:
        cite = row["citations"][0]
        out.append((paths[cite["source"]], cite["start"], cite["end"]))
    return out


def with_theme(loaded, theme: str, **changes):
    """The loaded config with one theme's fields changed (keywords or description removed)."""
    from briefing.config import Theme

    config = loaded.config
    themes = dict(config.themes)
    data = themes[theme].model_dump()
    data.update(changes)
    themes[theme] = Theme.model_validate(data)
    return replace(loaded, config=config.model_copy(update={"themes": themes}))


def selected(loaded, corpus, theme: str, graded: Graded, brief=None) -> list[int]:
    """Grades of the excerpts a build selects for the section on this theme."""
    paths = {a.id: a.path for a in corpus.articles}
    return [graded.span(paths[e.citations[0].source], e.citations[0].start, e.citations[0].end)[0]
            for e in section_excerpts(loaded, corpus, theme, brief)]


def build_brief(loaded, corpus):
    import datetime as dt

    from briefing.assemble import assemble

    return assemble(loaded, corpus, dt.date(2020, 1, 1))


def section_excerpts(loaded, corpus, theme: str, brief=None) -> list:
    """The excerpts of the section on this theme, in the order the section shows them."""
    from briefing.model import Excerpt

    brief = brief or build_brief(loaded, corpus)
    return [block for section, cfg in zip(brief.sections, loaded.config.sections)
            if cfg.kind == "excerpts" and getattr(cfg, "themes", None) == [theme]
            for block in section.blocks if isinstance(block, Excerpt)]


def distinct_facts(excerpts, corpus, groups) -> int:
    """How many facts the excerpts show: an excerpt counts unless one of its
    sentences (or of the copies it cites) is in a same-fact group with a
    sentence an earlier excerpt shows or cites, or its text is nearly the same."""
    from rapidfuzz import fuzz

    from briefing.assemble.context import SAME_TEXT, normalise

    fact_of = {m.key: k for k, g in enumerate(groups) for m in g.members}

    def keys(excerpt) -> set:
        out = set()
        for c in excerpt.citations:
            article = corpus.get(c.source)
            for s in article.sentences:
                if s.start < c.end and c.start < s.end:
                    out.add(fact_of.get((article.id, s.index), (article.id, s.index)))
        return out

    seen: set = set()
    texts: list[str] = []
    count = 0
    for excerpt in excerpts:
        mine = keys(excerpt)
        norm = normalise(excerpt.text)
        if not (mine & seen) and not any(fuzz.ratio(norm, t) >= SAME_TEXT for t in texts):
            count += 1
        seen |= mine
        texts.append(norm)
    return count


def outlets_cited(excerpt, corpus) -> int:
    return len({corpus.get(c.source).metadata.outlet.value or c.source for c in excerpt.citations})


def tune(grid: dict[str, list[float]]) -> None:
    """Mean nDCG@20 of the tool on the tuned set for every combination of the
    ranking's constants in ``grid`` (how K1, B and the weights were chosen)."""
    import itertools

    import briefing.analysis.themes as themes
    from briefing.pipeline import load_inputs

    folder = SETS["tuned"]
    labels = load_labels(folder)
    inputs = [(config, *load_inputs(config)) for config in sorted((folder / "configs").glob("*.yaml"))]
    names = list(grid)
    results = []
    for values in itertools.product(*grid.values()):
        for name, value in zip(names, values):
            setattr(themes, name, value)
        scores = []
        for config, loaded, corpus in inputs:
            for theme in loaded.config.themes:
                graded = Graded(labels, config.stem, theme)
                scores.append(ndcg(graded_ranking(tool_ranking(loaded, corpus, theme), graded), graded.all))
        results.append((sum(scores) / len(scores), values))
    for score, values in sorted(results, reverse=True)[:10]:
        print(f"  {score:.3f}  " + "  ".join(f"{n}={v}" for n, v in zip(names, values)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--tune", action="store_true",
                        help="grid-search the ranking's constants on the tuned set")
    parser.add_argument("--misses", help="list the top 20 of a theme (tuned set only) with grades")
    args = parser.parse_args()
    if args.tune:
        tune({"K1": [0.9, 1.2], "B": [0.3, 0.5], "NEIGHBOURS": [0.0, 0.15, 0.3],
              "FEEDBACK_WEIGHT": [0.25, 0.4]})
        return

    from briefing.pipeline import load_inputs

    for name in args.set:
        folder = SETS[name]
        labels = load_labels(folder)
        print(f"\n{name} set ({folder.relative_to(ROOT)})")
        print(f"  {'theme':<28}{'nDCG@20':>16}{'P@10':>14}{'no keywords':>13}{'no descr.':>11}"
              f"{'selected: on topic / central':>32}{'facts':>7}{'2+ outlets':>12}")
        print(f"  {'':<28}{'tool   BM25':>16}{'tool  BM25':>14}{'tool':>13}{'tool':>11}")
        totals: dict[str, list[float]] = {}
        for config in sorted((folder / "configs").glob("*.yaml")):
            from briefing.analysis.claims import same_fact_groups

            loaded, corpus = load_inputs(config)
            brief = build_brief(loaded, corpus)
            groups = same_fact_groups(corpus.articles)
            for theme in loaded.config.themes:
                graded = Graded(labels, config.stem, theme)
                ours = graded_ranking(tool_ranking(loaded, corpus, theme), graded)
                words = loaded.config.themes[theme].keywords
                plain = graded_ranking(bm25_ranking(corpus.articles, words), graded)
                bare = with_theme(loaded, theme, keywords=[])
                no_kw = graded_ranking(tool_ranking(bare, corpus, theme), graded)
                no_desc = graded_ranking(tool_ranking(with_theme(loaded, theme, description=""),
                                                      corpus, theme), graded)
                picked = selected(loaded, corpus, theme, graded, brief)
                shown = section_excerpts(loaded, corpus, theme, brief)
                facts = distinct_facts(shown, corpus, groups)
                corroborated = sum(outlets_cited(e, corpus) >= 2 for e in shown)
                row = {
                    "ndcg": ndcg(ours, graded.all), "bm25": ndcg(plain, graded.all),
                    "p10": precision(ours), "bm25p10": precision(plain),
                    "nokw": ndcg(no_kw, graded.all), "nodesc": ndcg(no_desc, graded.all),
                    "on": sum(g >= 1 for g in picked) / max(len(picked), 1),
                    "central": sum(g == 2 for g in picked) / max(len(picked), 1),
                    "facts": facts, "corroborated": corroborated,
                }
                for key, value in row.items():
                    totals.setdefault(key, []).append(value)
                print(f"  {theme[:27]:<28}{row['ndcg']:>9.2f}{row['bm25']:>7.2f}{row['p10']:>8.2f}"
                      f"{row['bm25p10']:>6.2f}{row['nokw']:>13.2f}{row['nodesc']:>11.2f}"
                      f"{row['on']:>20.0%} / {row['central']:.0%} of {len(picked)}"
                      f"{facts:>7}{corroborated:>12}")
                if args.misses == theme:
                    for (path, start, end), grade in zip(tool_ranking(loaded, corpus, theme)[:K], ours):
                        text = next(a.text for a in corpus.articles if a.path == path)[start:end]
                        print(f"      {grade}  {text[:150]!r}")
        mean = {k: sum(v) / len(v) for k, v in totals.items()}
        print(f"  {'mean':<28}{mean['ndcg']:>9.2f}{mean['bm25']:>7.2f}{mean['p10']:>8.2f}"
              f"{mean['bm25p10']:>6.2f}{mean['nokw']:>13.2f}{mean['nodesc']:>11.2f}"
              f"{mean['on']:>20.0%} / {mean['central']:.0%}{'':>6}"
              f"{sum(totals['facts']):>7.0f}{sum(totals['corroborated']):>12.0f}  (facts, 2+: totals)")


if __name__ == "__main__":
    main()
