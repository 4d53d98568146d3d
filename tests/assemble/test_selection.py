"""Selecting excerpts on a small corpus written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.errors import AssemblyError
from briefing.model import Excerpt
from briefing.pipeline import assemble_brief, load_inputs

WIRE = """\
Ceasefire holds in the north

By Ann Wire
March 2, 2021

The ceasefire along the northern front held overnight, military officials said on Tuesday.

Aid convoys reached three villages that had been cut off for weeks, the agency said.

Fuel prices rose again in the capital, where queues formed at petrol stations.
"""

DAILY = """\
Truce in the north

By Ben Daily
March 3, 2021

The ceasefire along the northern front held overnight, military officials said on Tuesday.

Negotiators will meet again next week to extend the ceasefire to the southern front.

The national football team won its qualifying match on Wednesday evening.
"""

BLOG = """\
Notes from the front

By Cas Blog
March 4, 2021

Residents said the ceasefire felt fragile and that shelling could resume at any time.

A local bakery reopened after two years, selling bread at pre-war prices.
"""


def _project(tmp_path, notes: str = "", max_items: int = 8) -> str:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "wire.txt").write_text(WIRE, encoding="utf-8")
    (corpus / "daily.txt").write_text(DAILY, encoding="utf-8")
    (corpus / "blog.txt").write_text(BLOG, encoding="utf-8")
    config = tmp_path / "brief.yaml"
    lines = [
        "brief: {title: Test, author: Cell}",
        "corpus: {path: articles}",
        "themes:",
        "  truce:",
        "    title: Ceasefire",
        "    keywords: [ceasefire, truce, negotiators]",
        "sections:",
        "  - kind: excerpts",
        "    title: Ceasefire",
        "    themes: [truce]",
        f"    max_items: {max_items}",
        "    order: chronological",
        *("    " + line for line in notes.splitlines()),
        "  - {kind: sources, title: Sources}",
    ]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(config)


def _build(config):
    loaded, corpus = load_inputs(config)
    return assemble_brief(loaded, corpus, config, dt.date(2021, 3, 5))


def _items(brief):
    return [b for b in brief.sections[0].blocks if isinstance(b, Excerpt)]


def test_the_same_sentence_from_two_outlets_is_one_excerpt_citing_both(tmp_path):
    items = _items(_build(_project(tmp_path)))
    same = [e for e in items if e.text.startswith("The ceasefire along the northern front")]
    assert len(same) == 1
    assert sorted(c.source for c in same[0].citations) == ["daily", "wire"]


def test_unrelated_sentences_never_fill_empty_slots(tmp_path):
    texts = [e.text for e in _items(_build(_project(tmp_path, max_items=20)))]
    assert len(texts) == 3
    assert not any(w in " ".join(texts) for w in ("football", "bakery", "Fuel prices", "Aid convoys"))


def test_chronological_order_follows_when_it_happened_then_when_it_was_written(tmp_path):
    items = _items(_build(_project(tmp_path)))
    # "said on Tuesday" (2 Mar 2021, a Tuesday) · an undated sentence written 4 Mar ·
    # "will meet again next week" (written 3 Mar: the week of 8 Mar)
    assert [e.text[:20] for e in items] == ["The ceasefire along ", "Residents said the c",
                                            "Negotiators will mee"]


def test_a_note_anchor_matching_no_excerpt_names_the_note(tmp_path):
    notes = "notes:\n  - text: Check this.\n    anchor: words that appear nowhere\n"
    with pytest.raises(AssemblyError, match=r"sections\[0\]\.notes\[0\]: anchor 'words that appear nowhere' "
                                            r"is in no sentence of the corpus"):
        _build(_project(tmp_path, notes))


def test_an_anchored_sentence_is_selected_even_off_the_ranking(tmp_path):
    notes = "notes:\n  - text: Odd one out.\n    anchor: football team won its qualifying match\n"
    items = _items(_build(_project(tmp_path, notes)))
    pinned = [e for e in items if "football team" in e.text]
    assert len(pinned) == 1 and pinned[0].notes and pinned[0].notes[0].text == "Odd one out."


def test_a_note_anchor_in_two_excerpts_is_refused(tmp_path):
    notes = "notes:\n  - text: Which one?\n    anchor: ceasefire\n"
    with pytest.raises(AssemblyError, match=r"occurs in 3 excerpts; make it longer"):
        _build(_project(tmp_path, notes))


def test_a_note_lands_on_its_anchor_with_the_brief_author(tmp_path):
    notes = "notes:\n  - text: Fragile.\n    anchor: shelling could resume\n"
    items = _items(_build(_project(tmp_path, notes)))
    (noted,) = [e for e in items if e.notes]
    assert noted.text.startswith("Residents said")
    assert noted.notes[0].author == "Cell"


def test_config_noise_rules_extend_the_defaults(tmp_path):
    config = _project(tmp_path)
    text = open(config, encoding="utf-8").read().replace(
        "corpus: {path: articles}",
        "corpus:\n  path: articles\n  noise:\n    - {name: bakery ad, pattern: 'A local bakery reopened.*'}")
    open(config, "w", encoding="utf-8").write(text)
    loaded, corpus = load_inputs(config)
    blog = corpus.get("blog")
    assert [r for _, _, r in blog.noise] == ["bakery ad"]
    assert all("bakery" not in blog.text[p.start:p.end] for p in blog.paragraphs)


def test_every_config_section_kind_has_a_builder():
    from briefing.assemble import KINDS as BUILDERS
    from briefing.config import SECTION_KINDS

    assert set(BUILDERS) == set(SECTION_KINDS)


def test_an_article_on_one_long_line_gives_bounded_excerpts(tmp_path):
    """200 KB on one line: excerpts are at most max_sentences bounded pieces, with exact offsets."""
    import yaml

    from briefing.text.sentences import MAX_SENTENCE_CHARS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = " ".join(["the ceasefire along the northern front held overnight"] * 4000)
    (corpus / "long.txt").write_text("A long one\n\n" + line + "\n", encoding="utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text(yaml.safe_dump({
        "brief": {"title": "Long", "date": "2021-03-04"},
        "corpus": {"path": str(corpus)},
        "themes": {"truce": {"title": "Truce", "keywords": ["ceasefire"]}},
        "sections": [{"kind": "summary", "title": "Key points"},
                     {"kind": "excerpts", "title": "Truce", "themes": ["truce"], "max_items": 3,
                      "max_sentences": 2}],
    }), encoding="utf-8")
    loaded, read = load_inputs(config)
    brief = assemble_brief(loaded, read, config, dt.date(2021, 3, 4))
    text = read.articles[0].text
    items = [b for s in brief.sections for b in s.blocks if isinstance(b, Excerpt)]
    items += [i for s in brief.sections for b in s.blocks for i in getattr(b, "items", ())]
    assert items
    for item in items:
        assert len(item.text) <= 2 * MAX_SENTENCE_CHARS + 1
        for c in item.citations:
            assert text[c.start:c.end] == c.exact
