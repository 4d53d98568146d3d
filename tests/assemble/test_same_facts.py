"""The same fact told by several outlets is one excerpt citing all of them.

A corpus written for the test: three outlets report a helicopter downed, a
market shelled (with a conflicting death toll in one of them) and an attack
that killed four Americans (a figure two sentences share, in sentences that say
different things)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Excerpt
from briefing.pipeline import assemble_brief, load_inputs

WIRE = """\
Helicopter downed in Idlib

By Ann Wire
March 2, 2021

Rebels shot down a government helicopter near Kafr Nabl on Tuesday, killing both pilots, the army said.

Shelling killed 12 civilians at the market in Saraqib on Wednesday, a monitoring group said.

Critics said the hearing on the embassy attack, which killed four Americans, revealed nothing new.

Fuel prices rose again in the capital, where queues formed at petrol stations.
"""

DAILY = """\
Army loses aircraft

By Ben Daily
March 3, 2021

The army said rebels downed a government helicopter near Kafr Nabl on Tuesday and both pilots died.

A monitoring group said shelling killed 31 civilians at the Saraqib market on Wednesday.

The embassy attack that killed four Americans prompted a lawsuit by the families this week.

The national football team won its qualifying match on Wednesday evening.
"""

GAMMA = """\
Market shelled

By Cas Gamma
March 3, 2021

Twelve civilians were killed on Wednesday when shelling struck the Saraqib market, according to a monitoring group.

A local bakery reopened after two years, selling bread at pre-war prices.
"""


def _project(tmp_path, sections: int = 1):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in (("wire", WIRE), ("daily", DAILY), ("gamma", GAMMA)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    (corpus / "sources.yaml").write_text("wire.txt: {outlet: Alpha Wire}\ndaily.txt: {outlet: Beta Daily}\n"
                                         "gamma.txt: {outlet: Gamma Times}\n", encoding="utf-8")
    lines = [
        "brief: {title: Test, author: Cell}",
        "corpus: {path: articles, manifest: articles/sources.yaml}",
        "themes:",
        "  strikes:",
        "    title: Attacks in Idlib",
        "    keywords: [helicopter, shelling, civilians, attack, pilots]",
        "  aircraft:",
        "    title: Aircraft lost",
        "    keywords: [helicopter, pilots]",
        "sections:",
        "  - {kind: excerpts, title: Attacks, themes: [strikes], max_items: 8}",
        *(["  - {kind: excerpts, title: Aircraft, themes: [aircraft], max_items: 8}"] if sections > 1 else []),
        "  - {kind: sources, title: Sources}",
    ]
    config = tmp_path / "brief.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def _build(config):
    loaded, corpus = load_inputs(config)
    return assemble_brief(loaded, corpus, config, dt.date(2021, 3, 5))


def _items(section):
    return [b for b in section.blocks if isinstance(b, Excerpt)]


def _texts(excerpt):
    return [c.exact for c in excerpt.citations]


@pytest.fixture
def built(tmp_path):
    return _build(_project(tmp_path)), tmp_path / "articles"


def test_two_outlets_telling_one_fact_in_other_words_are_one_excerpt_citing_both(built):
    brief, folder = built
    items = _items(brief.sections[0])
    downed = [e for e in items if "Kafr Nabl" in e.text]
    assert len(downed) == 1  # the other outlet's sentence is not an excerpt of its own
    (excerpt,) = downed
    assert sorted(c.source for c in excerpt.citations) == ["daily", "wire"]
    assert sorted(_texts(excerpt)) == [
        "Rebels shot down a government helicopter near Kafr Nabl on Tuesday, killing both pilots, "
        "the army said.",
        "The army said rebels downed a government helicopter near Kafr Nabl on Tuesday and both "
        "pilots died.",
    ]
    for cite in excerpt.citations:  # offsets re-read against the files
        text = (folder / f"{cite.source}.txt").read_bytes().decode("utf-8")
        assert text[cite.start:cite.end] == cite.exact
    # the brief lists both outlets as sources
    assert {"wire", "daily"} <= {s.id for s in brief.sources}


def test_a_conflicting_figure_keeps_a_report_apart_and_an_agreeing_one_joins(built):
    brief, _ = built
    items = _items(brief.sections[0])
    shelling = [e for e in items if "Saraqib" in e.text]
    assert len(shelling) == 2
    by_count = {("31" in e.text): e for e in shelling}
    assert [c.source for c in by_count[True].citations] == ["daily"]  # 31 dead: not the same fact
    assert sorted(c.source for c in by_count[False].citations) == ["gamma", "wire"]  # 12 and "Twelve"


def test_a_shared_background_figure_does_not_make_two_sentences_one_fact(built):
    from briefing.analysis.claims import same_fact_groups
    from briefing.corpus import read_corpus

    brief, folder = built
    # the corroboration section's groups join them on their agreeing figure…
    groups = same_fact_groups(read_corpus(folder).articles)
    openings = [sorted(m.article.text[m.sentence.start:m.sentence.end].split(",")[0] for m in g.members)
                for g in groups]
    assert ["Critics said the hearing on the embassy attack",
            "The embassy attack that killed four Americans prompted a lawsuit by the families this week."
            ] in openings
    # …but an excerpt's footnote cites only sentences that say what it says
    items = _items(brief.sections[0])
    attack = [e for e in items if "four Americans" in e.text]
    assert len(attack) == 2
    assert all(len(e.citations) == 1 for e in attack)


def test_a_fact_cited_in_one_section_is_not_an_excerpt_of_a_later_one(tmp_path):
    brief = _build(_project(tmp_path, sections=2))
    first, second = brief.sections[0], brief.sections[1]
    cited = {c.exact for e in _items(first) for c in e.citations}
    assert any("downed a government helicopter" in t for t in cited)
    assert not any(e.citations[0].exact in cited for e in _items(second))


def test_same_fact_groups_are_found_once_per_build(tmp_path, monkeypatch):
    from briefing.analysis.claims import facts

    calls = []
    real = facts.same_fact_groups

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(facts, "same_fact_groups", counting)
    brief = _build(_project(tmp_path, sections=2))
    assert len([s for s in brief.sections if s.kind == "excerpts"]) == 2
    assert len(calls) == 1
