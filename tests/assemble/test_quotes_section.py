"""'Who said what': one speaker, one entry; never the same words twice."""

from __future__ import annotations

import datetime as dt

import yaml

from briefing.analysis.speakers import canonical_names
from briefing.model import Excerpt, Subheading
from briefing.pipeline import assemble_brief, load_inputs


def test_a_surname_joins_the_one_fuller_name_of_the_corpus():
    names = ["Hillary Clinton", "Clinton", "Mrs. Clinton", "Bernie Sanders", "Sanders", "Kerry"]
    canon = canonical_names(names)
    assert canon["clinton"] == canon["mrs. clinton"] == "Hillary Clinton"
    assert canon["sanders"] == "Bernie Sanders"
    assert canon["kerry"] == "Kerry"  # no fuller form: kept as written


def test_two_people_of_one_surname_keep_the_surname_apart():
    canon = canonical_names(["Bill Clinton", "Hillary Clinton", "Clinton"])
    assert canon["clinton"] == "Clinton"
    assert canon["bill clinton"] == "Bill Clinton" and canon["hillary clinton"] == "Hillary Clinton"


def test_a_middle_initial_joins_the_same_name_without_it():
    canon = canonical_names({"Donald J. Trump": 40, "Donald Trump": 900, "Trump": 12})
    assert canon["donald j. trump"] == canon["trump"] == "Donald Trump"  # the most quoted form


def test_two_middle_names_keep_their_people_apart():
    canon = canonical_names(["George W. Bush", "George H. W. Bush", "George Bush", "Bush"])
    assert canon == {"george w. bush": "George W. Bush", "george h. w. bush": "George H. W. Bush",
                     "george bush": "George Bush", "bush": "Bush"}


ONE = """\
Senator speaks

Senator Maria Alvarez spoke to reporters on Monday.

"We will not vote for this budget," Alvarez said.

"We will not vote for this budget, and we will tell the governor why," Alvarez said later.
"""

TWO = """\
Budget fight

"We will not vote for this budget," Senator Maria Alvarez said on Monday.

Mrs. Alvarez added: "The schools come first."
"""


def test_who_said_what_groups_one_speaker_across_articles_and_never_repeats_words(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(ONE, encoding="utf-8")
    (corpus / "two.txt").write_text(TWO, encoding="utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text(yaml.safe_dump({
        "brief": {"title": "Quotes", "date": "2021-03-04"},
        "corpus": {"path": str(corpus)},
        "sections": [{"kind": "quotes", "title": "Who said what"}],
    }), encoding="utf-8")
    loaded, read = load_inputs(config)
    brief = assemble_brief(loaded, read, config, dt.date(2021, 3, 4))
    blocks = brief.sections[0].blocks
    heads = [b.text for b in blocks if isinstance(b, Subheading)]
    assert len(heads) == 1 and heads[0].startswith("Maria Alvarez")
    texts = [b.text for b in blocks if isinstance(b, Excerpt)]
    assert any("The schools come first" in t for t in texts)
    # the short sentence is inside the longer one, and printed by both articles: shown once
    budget = [t for t in texts if "We will not vote for this budget" in t]
    assert len(budget) == 1 and "tell the governor why" in budget[0]


THREE = """\
Talks resume

"The talks must resume this week," Minister Hana Okafor said in a statement. "We have no time to lose."

Okafor spoke after a meeting in the capital.
"""

FOUR = """\
Minister urges talks

"The talks must resume this week," Hana Okafor, the foreign minister, said on Tuesday.
"""


def test_overlapping_quotes_show_once_and_another_outlets_copy_is_cited_too(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "three.txt").write_text(THREE, encoding="utf-8")
    (corpus / "four.txt").write_text(FOUR, encoding="utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text(yaml.safe_dump({
        "brief": {"title": "Quotes", "date": "2021-03-04"},
        "corpus": {"path": str(corpus)},
        "sections": [{"kind": "quotes", "title": "Who said what"}],
    }), encoding="utf-8")
    loaded, read = load_inputs(config)
    brief = assemble_brief(loaded, read, config, dt.date(2021, 3, 4))
    quotes = [b for b in brief.sections[0].blocks if isinstance(b, Excerpt)]
    # "The talks must resume" and "We have no time to lose" share one paragraph's sentences
    assert len(quotes) == 1, [q.text for q in quotes]
    assert "We have no time to lose" in quotes[0].text
    cited = {c.source for c in quotes[0].note.citations}
    assert cited == {"three", "four"}
    for citation in quotes[0].note.citations:  # each copy's span is that article's own words
        text = (corpus / f"{citation.source}.txt").read_text(encoding="utf-8")
        assert "The talks must resume this week" in text[citation.start:citation.end]


FIVE = """\
Port strike enters second week

"The port stays closed until the contract is signed," union leader Samuel K. Idowu said on Monday.
"""

SIX = """\
Dockworkers hold the line

"We are not going back without a contract," Samuel Idowu told reporters on Tuesday.

"Every day the ships wait costs them more than our raise," Samuel Idowu said.
"""


def test_one_person_is_named_one_way_in_every_outlets_excerpt(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "five.txt").write_text(FIVE, encoding="utf-8")
    (corpus / "six.txt").write_text(SIX, encoding="utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text(yaml.safe_dump({
        "brief": {"title": "Strike", "date": "2021-03-04"},
        "corpus": {"path": str(corpus)},
        "themes": {"strike": {"title": "The port strike", "keywords": ["port", "contract", "ships"]}},
        "sections": [{"kind": "excerpts", "title": "The strike", "themes": ["strike"], "max_items": 5},
                     {"kind": "quotes", "title": "Who said what"}],
    }), encoding="utf-8")
    loaded, read = load_inputs(config)
    brief = assemble_brief(loaded, read, config, dt.date(2021, 3, 4))
    excerpts = [b for b in brief.sections[0].blocks if isinstance(b, Excerpt)]
    by_source = {e.note.citations[0].source: e.attribution.speaker.name for e in excerpts}
    # the article that writes "Samuel K. Idowu" shows the name the corpus mostly uses
    assert by_source["five"] == "Samuel Idowu" and by_source["six"] == "Samuel Idowu"
    heads = [b.text for b in brief.sections[1].blocks if isinstance(b, Subheading)]
    assert len(heads) == 1 and heads[0].startswith("Samuel Idowu")
