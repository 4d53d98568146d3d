"""Search terms and BM25 ranking, on sentences written for the test."""

from __future__ import annotations

from briefing.analysis.terms import terms_of
from briefing.analysis.themes import SentenceIndex, build_query
from briefing.corpus.article import Article, Metadata, Paragraph, Sentence


def test_abbreviations_hyphens_and_apostrophes():
    assert terms_of("U.S.-led") == terms_of("US-led") == terms_of("us-led")
    assert terms_of("U.S.-led")[:2] == ["us", "led"]
    assert terms_of("Su-34") == ["su", "34", "su34"]
    assert terms_of("U.N.") == terms_of("UN")
    assert terms_of("Russia’s") == terms_of("Russia's") == ["russia"]
    assert terms_of("The AIRSTRIKES were") == terms_of("airstrike")


def test_inflected_forms_share_a_stem():
    for word, other in [("protocol", "protocols"), ("negotiate", "negotiating"),
                        ("refugee", "refugees"), ("displaced", "displacement"), ("fled", "fled")]:
        assert terms_of(word) == terms_of(other) or terms_of(word)[0][:5] == terms_of(other)[0][:5]


def _article(sentences: list[str]) -> Article:
    text = "\n\n".join(sentences)
    paragraphs, spans, pos = [], [], 0
    for i, s in enumerate(sentences, 1):
        paragraphs.append(Paragraph(i, pos, pos + len(s)))
        spans.append(Sentence(i, pos, pos + len(s), i))
        pos += len(s) + 2
    return Article("t", "t.txt", text, "0" * 64, "utf-8", Metadata(), tuple(paragraphs), tuple(spans))


SENTENCES = [
    "Negotiators agreed a ceasefire along the northern front on Monday.",
    "The ceasefire talks stalled, and the front moved north.",
    "Farmers in the north said the harvest was poor this year.",
    "A U.S.-led coalition said its aircraft struck depots near the border.",
    "The minister denied that any ceasefire violations had occurred.",
]


def _rank(keywords, exclude=(), description=""):
    index = SentenceIndex([_article(SENTENCES)])
    ranked = index.rank(build_query(keywords, list(exclude), description))
    return [SENTENCES[c.sentence.index - 1] for c in ranked], ranked


def test_a_phrase_in_order_beats_its_words_scattered():
    order, _ = _rank(['"northern front"', "ceasefire"])
    assert order[0].startswith("Negotiators agreed a ceasefire along the northern front")


def test_short_keywords_find_inflected_forms_and_report_what_matched():
    order, ranked = _rank(["violation", "deny"])
    assert order == ["The minister denied that any ceasefire violations had occurred."]
    assert ranked[0].matched == ("violation", "deny")


def test_punctuated_names_match():
    order, _ = _rank(["US-led"])
    assert order == ["A U.S.-led coalition said its aircraft struck depots near the border."]


def test_excludes_drop_a_sentence():
    order, _ = _rank(["ceasefire"], exclude=["minister"])
    assert "The minister denied that any ceasefire violations had occurred." not in order
    assert len(order) == 2


def test_description_words_are_a_weaker_query_of_their_own():
    order, ranked = _rank(["ceasefire"], description="harvest farmers")
    farmers = "Farmers in the north said the harvest was poor this year."
    assert farmers in order  # the description can qualify a sentence on its own…
    assert "description" in ranked[order.index(farmers)].matched
    assert "ceasefire" not in ranked[order.index(farmers)].matched
    # …with less weight than the same word as a keyword
    as_keyword, _ = _rank(["harvest"])
    _, by_keyword = _rank(["harvest"])
    _, by_description = _rank([], description="harvest")
    assert as_keyword == [farmers] and by_description[0].score < by_keyword[0].score


def test_a_theme_without_keywords_ranks_by_its_title_and_description():
    index = SentenceIndex([_article(SENTENCES)])
    ranked = index.rank(build_query([], [], "fighting stops along the front", title="Ceasefire"))
    assert SENTENCES[ranked[0].sentence.index - 1].startswith(("Negotiators agreed a ceasefire",
                                                             "The ceasefire talks stalled"))
