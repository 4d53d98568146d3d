"""Quantities and cross-outlet claims, on text written here and on the sample corpus.

Expected values are read off the sentences by a person, never from the code."""

from __future__ import annotations

import json

import pytest

from briefing.analysis.claims import corpus_claims, quantities_of, same_fact_groups
from briefing.analysis.claims.quantities import find_quantities
from briefing.corpus import read_corpus
from conftest import SEEDS


def _one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, [(text[f.start:f.end], f.value) for f in found]
    f = found[0]
    return text[f.start:f.end], f.value, f.unit, f.qualifier


@pytest.mark.parametrize("text, expected", [
    ("The war has left at least 240,000 people dead.", ("at least 240,000 people", 240000, "people", "at least")),
    ("Some 250,000 people have been killed.", ("Some 250,000 people", 250000, "people", "about")),
    ("The deal was worth $5.7bn last year.", ("$5.7bn", 5.7e9, "USD", "exact")),
    ("The deal was worth $5.7 billion.", ("$5.7 billion", 5.7e9, "USD", "exact")),
    ("They paid 5.7 billion dollars.", ("5.7 billion dollars", 5.7e9, "USD", "exact")),
    ("A jet came within two to three kilometers of the plane.", ("two to three kilometers", (2, 3), "km", "range")),
    ("It came as close as ten miles.", ("ten miles", 10, "mile", "exact")),
    ("Turnout rose to 46 percent.", ("46 percent", 46, "percent", "exact")),
    ("Unemployment is up to 9.5% now.", ("up to 9.5%", 9.5, "percent", "up to")),
    ("The fighting has gone on since 2011.", ("2011", 2011, "year", "exact")),
    ("Tens of thousands of people have fled.", ("Tens of thousands of people", (20000, 99999), "people", "range")),
    ("She signed a 225-page report.", ("225-page", 225, "page", "exact")),
    ("Mr. Cowan, 43, is a lawyer.", ("43", 43, "year", "exact")),
    ("The four-and-a-half-year-old war goes on.", ("four-and-a-half-year-old", 4.5, "year", "exact")),
    ("He gave it a 1-in-3 chance.", ("1-in-3 chance", 0.3333, "probability", "exact")),
    ("It will cost $5 to $7 million.", ("$5 to $7 million", (5e6, 7e6), "USD", "range")),
    ("They earned between $19 and $22 million.", ("between $19 and $22 million", (19e6, 22e6), "USD", "range")),
    ("Police seized 2,763 pounds of marijuana.", ("2,763 pounds", 2763, "pound", "exact")),
    ("The fine was 40 pounds sterling.", ("40 pounds sterling", 40, "GBP", "exact")),
    ("The plan raises the retirement age to 69.", ("69", 69, "year", "exact")),
    ("Estimates have put the death toll at 45.", ("45", 45, "people", "exact")),
    ("Spending may grow by one-half of one percentage point.",
     ("one-half of one percentage point", 0.5, "percentage point", "exact")),
    ("He shopped at 4,300 Wal-Mart and Sam's Club stores.",
     ("4,300 Wal-Mart and Sam's Club stores", 4300, "store", "exact")),
])


def test_a_quantity_has_its_value_unit_qualifier_and_exact_span(text, expected):
    span, value, unit, qualifier = _one(text)
    want_span, want_value, want_unit, want_qualifier = expected
    assert span == want_span
    assert value == pytest.approx(want_value, rel=1e-3) if not isinstance(want_value, tuple) \
        else tuple(value) == tuple(float(v) for v in want_value)
    assert (unit, qualifier) == (want_unit, want_qualifier)


@pytest.mark.parametrize("text", [
    "The meeting is at 2:30 p.m. on Oct. 21, 2015.",  # a time and a date
    "Russia sent Su-34 jets and one of its officials.",  # a designation, an indefinite
    "The two countries agreed on the third round.",  # a re-count, an ordinal
    "He spoke to Channel 4 News on March 31.",  # a name, a date's day
    "Strikes on October 19-20 primarily supported ongoing offensives.",  # the days of a date
])
def test_times_dates_designations_and_recounts_are_not_quantities(text):
    assert find_quantities(text) == []


def test_a_falling_pair_is_a_tally_of_two_figures():
    text = "Republicans hold a 242-190 seat advantage."
    found = find_quantities(text)
    assert [(text[f.start:f.end], f.value, f.unit) for f in found] == [("242", 242, "seat"), ("190", 190, "seat")]


def test_offsets_index_the_article_text():
    seeds_dir = SEEDS
    corpus = read_corpus(seeds_dir)
    for article in corpus.articles:
        with open(seeds_dir / article.path, encoding="utf-8", newline="") as handle:
            raw = handle.read().lstrip("\ufeff")
        for q in quantities_of(article):
            assert raw[q.start:q.end] == q.text


def test_bombing_runs_and_airstrikes_never_pair_and_json_has_the_issue_shape():
    claims = corpus_claims(read_corpus(SEEDS).articles)
    texts = {q.id: q.text for q in claims.quantities}
    for group in claims.groups:
        members = {texts[m.id] for m in group.members}
        # "40 bombing runs on Wednesday" and "2,600 airstrikes since September 2014"
        assert not ({"at least 40 more bombing rounds", "more than 2,600 airstrikes"} <= members)
    data = claims.to_dict()
    assert set(data) == {"quantities", "groups"}
    q = data["quantities"][0]
    assert set(q) == {"id", "source", "path", "start", "end", "text", "value", "unit", "qualifier", "measures"}
    json.dumps(data)


def test_a_discrepancy_pairs_conflicting_spans_of_the_same_measure(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Senator retires\n\nBrooke served in the Senate from 1967 to 1979 as a Republican.\n", "utf-8")
    (tmp_path / "b.txt").write_text(
        "Senator retires\n\nBrooke served in the Senate from 1966 to 1978 as a Republican.\n", "utf-8")
    (tmp_path / "sources.yaml").write_text(
        "a.txt: {outlet: Alpha News, published: '2013-01-30'}\n"
        "b.txt: {outlet: Beta Times, published: '2013-01-30'}\n", "utf-8")
    claims = corpus_claims(read_corpus(tmp_path).articles)
    disagree = [g for g in claims.groups if g.relation == "disagree"]
    assert len(disagree) == 1
    assert sorted(q.text for q in disagree[0].members) == ["1966 to 1978", "1967 to 1979"]


def test_the_same_sentence_in_two_outlets_is_one_fact_and_one_outlet_is_not(tmp_path):
    same = ("The Pentagon said the two militaries agreed on a memorandum to keep their pilots "
            "apart over northern Syria after weeks of talks.")
    (tmp_path / "a.txt").write_text(f"Talks\n\n{same}\n\nWeather was fine in Geneva today.\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"Deal\n\n{same}\n\nMarkets rose sharply on oil news.\n", "utf-8")
    (tmp_path / "c.txt").write_text(f"Copy\n\n{same}\n", "utf-8")
    (tmp_path / "sources.yaml").write_text(
        "a.txt: {outlet: Alpha News}\nb.txt: {outlet: Beta Times}\nc.txt: {outlet: Alpha News}\n", "utf-8")
    groups = same_fact_groups(read_corpus(tmp_path).articles)
    assert len(groups) == 1
    assert set(groups[0].outlets) == {"Alpha News", "Beta Times"}
    # an article whose outlet is unknown is an outlet of its own, named as an article
    (tmp_path / "sources.yaml").write_text("a.txt: {outlet: Alpha News}\nc.txt: {outlet: Alpha News}\n", "utf-8")
    groups = same_fact_groups(read_corpus(tmp_path).articles)
    assert set(groups[0].outlets) == {"Alpha News", "article b"}


def _two_facts(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Talks\n\nThe two militaries signed a memorandum on flight safety over northern Syria on Tuesday "
        "after weeks of talks in Geneva.\n\nShelling killed 12 civilians at the market in Saraqib on "
        "Wednesday, a monitoring group said.\n", "utf-8")
    (tmp_path / "b.txt").write_text(
        "Deal\n\nAfter weeks of talks in Geneva, the two militaries signed a flight safety memorandum "
        "on Tuesday covering northern Syria.\n\nA monitoring group said shelling killed 12 civilians at "
        "the Saraqib market on Wednesday.\n", "utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt: {outlet: Alpha News}\nb.txt: {outlet: Beta Times}\n", "utf-8")
    return read_corpus(tmp_path).articles


def _keys(groups):
    return [[m.key for m in g.members] for g in groups]


def test_same_fact_groups_of_some_sentences_are_the_groups_they_are_in(tmp_path):
    articles = _two_facts(tmp_path)
    every = same_fact_groups(articles, with_figures=False)
    assert len(every) == 2  # the memorandum, the shelling
    shelling = ("a", 2)
    assert _keys(same_fact_groups(articles, with_figures=False, among={shelling})) == [
        keys for keys in _keys(every) if shelling in keys] == [[("a", 2), ("b", 2)]]
    assert same_fact_groups(articles, with_figures=False, among=set()) == []


def test_same_fact_groups_from_given_term_counts_are_the_same(tmp_path):
    from collections import Counter

    from briefing.analysis.terms import tokenize

    articles = _two_facts(tmp_path)
    counts = {(a.id, s.index): Counter(t.term for t in tokenize(a.text[s.start:s.end]))
              for a in articles for s in a.sentences}
    assert _keys(same_fact_groups(articles, counts=counts)) == _keys(same_fact_groups(articles))


def test_a_set_named_a_paragraph_earlier_gives_its_unit_to_n_of_them(tmp_path):
    (tmp_path / "a.txt").write_text("Orphans\n\nThere are 32 districts without a big race.\n\n"
                                    "\"You take 18 of them, and you see the problem.\"\n", "utf-8")
    article = read_corpus(tmp_path).articles[0]
    found = {q.text: (q.value, q.unit) for q in quantities_of(article)}
    assert found["18 of them"] == (18, "district")


# -- the pairs comparison leaves out only pairs that cannot be alike enough ------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = [f"w{i}" for i in range(12)]
_fact = st.tuples(
    st.lists(st.tuples(st.floats(0.01, 5.0), st.sampled_from(_WORDS)), max_size=8),  # near: (weight, term)
    st.frozensets(st.sampled_from(_WORDS), max_size=8),  # the sentence's terms
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_fact, min_size=2, max_size=9), st.sampled_from([0.08, 0.3, 0.45]))
def test_the_prefix_filter_keeps_every_pair_that_can_reach_the_bar(facts, lowest):
    from briefing.analysis.claims.pairs import _likely_pairs, _Side

    rows = [_Side("o", "s", False, frozenset(), tuple(near), sum(w for w, _ in near), terms)
            for near, terms in facts]
    kept = set(_likely_pairs(rows, lowest))
    assert all(i < j for i, j in kept)
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            # the formula, written out here: the weighted shares of each side's words in the other
            share_a = sum(w for w, t in a.near if t in b.terms) / a.total if a.total else 0.0
            share_b = sum(w for w, t in b.near if t in a.terms) / b.total if b.total else 0.0
            if min(share_a, share_b) * 0.5 + max(share_a, share_b) * 0.5 >= lowest:
                assert (i, j) in kept, (i, j, share_a, share_b)


def test_the_sorted_sweep_finds_every_pair_stating_the_same_figure():
    from briefing.analysis.claims.pairs import _same_figure_pairs, _unit_key, same_figure

    groups: dict = {}
    for article in read_corpus(SEEDS).articles:
        for q in quantities_of(article):
            groups.setdefault(_unit_key(q), []).append(q)
    found = 0
    for group in groups.values():
        brute = {(i, j) for i in range(len(group)) for j in range(i + 1, len(group)) if same_figure(group[i], group[j])}
        assert set(_same_figure_pairs(group)) == brute
        found += len(brute)
    assert found >= 5  # the sample repeats figures across outlets


def test_every_unit_of_duration_converts_so_seconds_meet_minutes():
    from briefing.analysis.claims._lexicon import lexicon
    from briefing.analysis.claims.quantities import time_units

    units = [find_quantities(text)[0].unit for text in ("It lasted 90 seconds.", "It lasted 1.5 minutes.")]
    assert units == ["second", "minute"]
    conversions = lexicon().conversions
    assert {conversions[u][0] for u in units} == {"time"}
    assert conversions["second"][1] * 90 == pytest.approx(conversions["minute"][1] * 1.5, rel=1e-3)
    assert time_units() == {u for u, (dim, _) in conversions.items() if dim == "time"} >= {"second", "minute", "day"}
