"""The news-domain table (package data) and the lookups made of it."""

from __future__ import annotations

import re
from importlib import resources

from briefing.corpus import outlets


def test_the_table_parses_and_every_entry_names_an_outlet():
    from briefing.yamlload import load_yaml

    text = resources.files("briefing.data").joinpath("news_domains.yaml").read_text("utf-8")
    data, _, problems = load_yaml(text, "news_domains.yaml")  # refuses duplicate keys
    assert problems == []
    assert isinstance(data, dict) and len(data) >= 300
    for domain, entry in data.items():
        assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain), domain
        assert not domain.startswith("www."), domain
        assert set(entry) == {"outlet", "short"}, domain
        assert isinstance(entry["outlet"], str) and entry["outlet"].strip(), domain
        assert isinstance(entry["short"], str) and entry["short"].strip(), domain
    assert len(outlets.table()) == len(data)


def test_a_url_gives_its_outlet_through_the_nearest_listed_domain():
    assert outlets.for_url("https://www.nytimes.com/2016/07/06/us/politics/x.html").name == "The New York Times"
    assert outlets.for_url("http://edition.cnn.com/2016/x").name == outlets.table()["cnn.com"].name
    assert outlets.for_url("https://www.bbc.co.uk/news/world-1").domain == "bbc.co.uk"
    assert outlets.for_url("https://example.invalid/story") is None
    assert outlets.for_url("not a url") is None


def test_printed_names_find_their_outlet():
    assert outlets.for_name("THE NEW YORK TIMES").name == "The New York Times"
    assert outlets.for_name("Washington Post").name == "The Washington Post"
    assert outlets.for_name("FoxNews.com").name == "Fox News"
    assert outlets.for_name("The Huffington Post").name == "HuffPost"  # its letters spell its domain
    assert outlets.for_name("The New York Times Blogs (The Caucus)").name == "The New York Times"
    assert outlets.for_name("Ministry of Agriculture") is None


def test_an_outlet_line_is_a_whole_name_not_a_headline_that_mentions_one():
    assert outlets.is_outlet_name("USA TODAY")
    assert outlets.is_outlet_name("Reuters")
    assert not outlets.is_outlet_name("Reuters reporter detained in Minsk")
    assert not outlets.is_outlet_name("The New York Times Blogs (The Caucus)")


def test_a_name_several_outlets_print_gives_no_outlet_and_a_shared_domain_label_does_not_outvote_a_name():
    from briefing.corpus.outlets import for_name, is_outlet_name

    # abc.es prints "ABC"; ABC News and the Australian ABC use it as their short name
    assert for_name("ABC") is None and is_outlet_name("ABC") is None
    assert for_name("ABC News").name == "ABC News"
    # guardian.co.uk and guardian.ng share the label "guardian"; the printed name decides
    assert for_name("The Guardian").name == "The Guardian"
    assert for_name("guardian.ng").name == "The Guardian (Nigeria)"
