"""Temporal expressions: found with exact offsets and resolved against the right anchor.

Expected values are worked out by hand against a calendar (and, for the seeds,
come from the independently labelled set in benchmarks/labels/dates/), never
from the resolver itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.analysis.dates import explain, find_expressions, reader_label
from briefing.corpus import read_corpus

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "benchmarks" / "labels" / "dates" / "labels.jsonl"


def article(tmp_path, text: str, published: str | None = "2015-10-21", name: str = "a.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    if published:
        (tmp_path / "sources.yaml").write_text(f"{name}:\n  published: {published}\n", encoding="utf-8")
    return read_corpus(tmp_path).articles[0]


def expression(found, text):
    hits = [e for e in found if e.text == text]
    assert hits, (text, [e.text for e in found])
    return hits[0]


BODY = ("US and Russia sign a deal\n\n"
        "On Tuesday, Russia and the United States signed a memorandum on air safety over Syria. "
        "Kerry will meet Lavrov on Friday in Vienna, officials said. "
        "Assad returned home Wednesday after the talks, the Kremlin said. "
        "Airstrikes have continued since September 30, 2015, and the two sides met last week. "
        "They were informally told on Oct. 16 and flew out the next day.\n")


def test_weekdays_resolve_by_tense_and_the_same_weekday_is_the_publication_day(tmp_path):
    found = find_expressions(article(tmp_path, BODY))  # published Wed 21 Oct 2015
    assert expression(found, "Tuesday").value == "2015-10-20"  # past: the Tuesday before
    assert expression(found, "Friday").value == "2015-10-23"  # future: the next Friday
    same = expression(found, "Wednesday")
    assert (same.value, same.rule) == ("2015-10-21", "weekday-same-day")
    assert expression(found, "Friday").tense == "future"


def test_relative_ranges_weeks_and_text_anchored_expressions(tmp_path):
    found = find_expressions(article(tmp_path, BODY))
    since = expression(found, "since September 30, 2015")
    assert (since.value, since.granularity) == ("2015-09-30/2015-10-21", "range")
    week = expression(found, "last week")
    assert (week.value, week.granularity) == ("2015-10-12/2015-10-18", "week")  # Mon–Sun before
    assert expression(found, "Oct. 16").value == "2015-10-16"
    next_day = expression(found, "the next day")
    assert (next_day.value, next_day.anchor_kind, next_day.reference) == ("2015-10-17", "text", "Oct. 16")


def test_offsets_index_the_article_text(tmp_path):
    a = article(tmp_path, "Prefix \r\nline\r\n\r\nIt happened on Monday, and again in August 2014.\r\n")
    found = find_expressions(a)
    assert [e.text for e in found] == ["Monday", "August 2014"]
    for e in found:
        assert a.text[e.start:e.end] == e.text


def test_an_undated_article_keeps_relative_expressions_unpinned_with_their_granularity(tmp_path):
    found = find_expressions(article(tmp_path, "Title line\n\nThe ministers met on Tuesday and "
                                               "will meet again next month, as agreed in 2011.\n",
                                     published=None))
    tuesday = expression(found, "Tuesday")
    assert (tuesday.value, tuesday.granularity, tuesday.anchor_kind) == (None, "day", "none")
    assert expression(found, "next month").granularity == "month"
    assert expression(found, "next month").value is None
    assert expression(found, "2011").value == "2011"  # written in full: needs no anchor


def test_numeric_dates_follow_the_outlets_convention(tmp_path):
    (tmp_path / "us").mkdir()
    (tmp_path / "uk").mkdir()
    us = find_expressions(article(tmp_path / "us", "Headline here\n\nOn October 3 the talks "
                                  "began, and on 10/04/2015 they ended, said the minister.\n"))
    assert expression(us, "10/04/2015").value == "2015-10-04"
    uk = find_expressions(article(tmp_path / "uk", "Headline here\n\nOn 3 October the talks "
                                  "began, and on 10/04/2015 they ended, said the minister.\n"))
    assert expression(uk, "10/04/2015").value == "2015-04-10"


def test_counts_and_show_titles_are_not_dates(tmp_path):
    found = find_expressions(article(tmp_path, "Headline here\n\nSome 2000 troops arrived, he told "
                                               "Fox News Sunday, and for months now nothing changed.\n"))
    assert found == []


def test_a_live_blog_entry_is_its_own_anchor(seeds_corpus):
    blog = next(a for a in seeds_corpus.articles if "interpreter" in a.id)
    found = find_expressions(blog)
    # "The Russian Ministry of Defence claims today …" sits in the entry stamped 18:17 GMT 21 Oct
    today = next(e for e in found if e.text == "today" and "Defence claims" in blog.text[e.start - 30:e.start])
    assert today.anchor_kind == "entry" and today.anchor.startswith("2015-10-21T18:17")
    assert today.value == "2015-10-21"
    assert "live-blog entry posted Wed 21 Oct 2015, 18:17 GMT" in explain(today)


def test_the_seed_labels_resolve_to_their_value_and_granularity(seeds_corpus):
    """The seeds' share of the labelled set (made by reading, before the tool)."""
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()
              if line.startswith('{"path": "main/seeds/')]
    assert len(labels) == 83
    by_name = {a.path: find_expressions(a) for a in seeds_corpus.articles}
    right = 0
    for label in labels:
        found = by_name[label["path"].rsplit("/", 1)[1]]
        hits = [e for e in found if e.start < label["end"] and label["start"] < e.end]
        if label["value"] is None:
            right += any(e.value is None for e in hits)
        else:
            right += any((e.value, e.granularity) == (label["value"], label["granularity"]) for e in hits)
    assert right / len(labels) >= 0.95


@pytest.mark.parametrize("value, granularity, shown", [
    ("2015-10-20", "day", "Tue 20 Oct 2015"),
    ("2015-10-12/2015-10-18", "week", "week of 12 Oct 2015"),
    ("2015-09", "month", "Sep 2015"),
    ("2011", "year", "2011"),
    ("2015-10-19/2015-10-20", "range", "19–20 Oct 2015"),
    ("2014-08/2015-09-18", "range", "Aug 2014 – 18 Sep 2015"),
    ("2015-10-21T09:20", "time", "Wed 21 Oct 2015, 09:20"),
])
def test_dates_read_as_a_reader_wants_them(value, granularity, shown):
    assert reader_label(value, granularity) == shown


def test_the_day_before_and_the_day_after_count_from_the_date_the_text_gives(tmp_path):
    text = ("Talks end\n\n"
            "The ministers met on March 3, 2016. The day before, their deputies had drafted the text, "
            "and the day after the ministers flew home.\n")
    found = find_expressions(article(tmp_path, text, published="2016-03-05"))
    before, after = expression(found, "The day before"), expression(found, "the day after")
    assert (before.value, before.granularity) == ("2016-03-02", "day")
    assert (after.value, after.granularity) == ("2016-03-04", "day")


def test_a_from_to_range_says_when_its_ends_were_counted_from_the_publication_date(tmp_path):
    found = find_expressions(article(tmp_path, "Talks set\n\nThe envoys will meet from Monday to Wednesday, "
                                     "officials said. They first met from May 3, 2015 to May 9, 2015.\n"))
    ahead = expression(found, "from Monday to Wednesday")
    assert ahead.value == "2015-10-26/2015-10-28"  # future tense, published Wed 21 Oct 2015
    assert ahead.anchor_kind == "published" and "published Wed 21 Oct 2015" in explain(ahead)
    written = expression(found, "from May 3, 2015 to May 9, 2015")
    assert written.anchor_kind == "absolute" and explain(written).endswith("as written")


def test_an_undated_article_keeps_a_from_to_range_unpinned(tmp_path):
    found = find_expressions(article(tmp_path, "Talks set\n\nThe envoys met from Monday to Wednesday, "
                                     "officials said.\n", published=None, name="b.txt"))
    kept = expression(found, "from Monday to Wednesday")
    assert kept.value is None and kept.granularity == "range"


def test_a_two_digit_year_is_read_in_the_body_as_in_the_header(tmp_path):
    from briefing.corpus.dates import parse_date_line

    found = find_expressions(article(tmp_path, "Archive note\n\nThe law was signed on 3/4/65 in the capital, "
                                     "records show.\n"))
    assert expression(found, "3/4/65").value[:4] == "1965" == str(parse_date_line("3/4/65").date.year)


def test_a_named_day_or_programme_is_no_date_but_a_weekday_after_a_name_is(tmp_path):
    found = find_expressions(article(tmp_path, "Primary day\n\nHe spoke on Fox News Sunday before Super "
                                     "Tuesday, and Kerry Tuesday warned of Black Friday crowds.\n", "2016-02-24"))
    assert [(e.text, e.value) for e in found] == [("Tuesday", "2016-02-23")]
    text = read_corpus(tmp_path).articles[0].text
    assert text[found[0].start - 6:found[0].end] == "Kerry Tuesday"


def test_reading_up_to_a_paragraph_end_resolves_exactly_as_reading_the_whole_article():
    # a brief reads an article's dates only up to its last ranked sentence's paragraph:
    # each expression is resolved from what precedes it, so the prefix is the same
    from conftest import SEEDS

    articles = read_corpus(SEEDS).articles
    checked = 0
    for article in articles:
        whole = find_expressions(article)
        for paragraph in article.paragraphs:
            part = find_expressions(article, until=paragraph.end)
            assert part == [e for e in whole if e.start < paragraph.end], (article.id, paragraph.index)
            checked += bool(part)
    assert checked >= 20
