"""Layouts the sample does not have: other outlets, header styles and blogs.

Each article here is written for the test in the shape real sites save:
the rules must come from how news pages work, not from the five seeds.
"""

from __future__ import annotations

from briefing.corpus import read_corpus

WIRE = """\
World News
Ceasefire talks resume in Geneva
3 Min Read

By JANE DOE and John Roe

Updated: March 3, 2021 10:15 a.m. ET

GENEVA (Wire) - Negotiators returned to Geneva on Wednesday for a fourth round of
talks on a ceasefire, two diplomats said.

Advertisement

"We are closer than we have ever been," one of them said. The other disagreed.

Share this article

Related: Talks stall over prisoner exchange

Reporting by Jane Doe; Editing by Sam Smith

\u00a9 2021 Example Wire. All rights reserved.
"""

MARKDOWN = """\
# Drought Deepens Across the Sahel

*By Amina Yusuf*

*12 May 2022*

![A dry riverbed](river.jpg)
Image credit: Example Photos

Rainfall in the region has been below average for a third consecutive year, the agency said in
its latest report.

## Harvest outlook

Farmers expect the sorghum harvest to fall by a third, according to the ministry.

Sign up for our newsletter
"""

GUARDIAN_BLOG = """\
Election night live: results as they come in

Tue 8 Nov 2022

12.30am GMT

Polls have closed in the eastern states and the first results are being counted now.

\u2013 Alex Writer

11.55pm GMT

Turnout appears high in the suburbs, according to officials in three counties.

Our correspondent reports long queues at several polling stations.

\u2013 Sam Other
"""


def _read(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert len(corpus.articles) == 1, corpus.warnings
    return corpus.articles[0]


def _paragraph_texts(article):
    return [" ".join(article.text[p.start:p.end].split()) for p in article.paragraphs]


def test_wire_story_header_and_furniture(tmp_path):
    article = _read(tmp_path, "wire.txt", WIRE)
    md = article.metadata
    assert md.title.value == "Ceasefire talks resume in Geneva"
    assert md.authors.value == ("Jane Doe", "John Roe")  # a name in capitals in normal case
    assert md.published.value == "2021-03-03T10:15-05:00"  # the day and time the outlet printed
    assert md.contributors.value == ("Jane Doe",)
    assert _paragraph_texts(article) == [
        "GENEVA (Wire) - Negotiators returned to Geneva on Wednesday for a fourth round of "
        "talks on a ceasefire, two diplomats said.",
        "\"We are closer than we have ever been,\" one of them said. The other disagreed.",
    ]
    assert article.entries == ()  # a dated header is not a live blog


def test_markdown_article(tmp_path):
    article = _read(tmp_path, "sahel.md", MARKDOWN)
    md = article.metadata
    assert md.title.value == "Drought Deepens Across the Sahel"
    assert article.text[md.title.start:md.title.end] == md.title.value
    assert md.authors.value == ("Amina Yusuf",)
    assert md.published.value == "2022-05-12"
    texts = _paragraph_texts(article)
    assert texts[-1] == "Farmers expect the sorghum harvest to fall by a third, according to the ministry."
    assert not any("newsletter" in t or "Image credit" in t for t in texts)
    # the text is the Markdown's plain text: no heading marks, no emphasis
    assert [article.text[h.start:h.end] for h in article.headings] == ["Harvest outlook"]
    assert "*" not in article.text and "#" not in article.text


def test_live_blog_with_time_only_stamps_and_dash_signatures(tmp_path):
    article = _read(tmp_path, "blog.txt", GUARDIAN_BLOG)
    assert article.metadata.published.value == "2022-11-08"
    # newest first: 11.55pm is the evening before
    assert [e.time for e in article.entries] == [None, "2022-11-08T00:30Z", "2022-11-07T23:55Z"]
    by_start = {t[:20]: (p.entry, p.author) for t, p in zip(_paragraph_texts(article), article.paragraphs)}
    assert by_start == {
        "Polls have closed in": (1, "Alex Writer"),
        "Turnout appears high": (2, "Sam Other"),
        "Our correspondent re": (2, "Sam Other"),
    }
    assert article.metadata.authors.value == ("Alex Writer", "Sam Other")


def test_plain_text_without_any_header(tmp_path):
    text = "The council approved the budget on Monday after a long debate, members said.\n"
    article = _read(tmp_path, "bare.txt", text)
    assert article.metadata.title.value is None
    assert _paragraph_texts(article) == [text.strip()]


QUOTED_POST = """\
Floods reach the capital

June 2, 2023

The river rose again on Thursday night. Here is the research group's latest assessment, reposted in full.

By Maria Lopez and Tom Baker Key Findings:Water levels on the lower river rose two metres overnight, the highest reading since records began.

By Friday the river had fallen back below the flood mark, officials said.
"""


def test_byline_glued_to_a_quoted_post_is_not_body_text(tmp_path):
    article = _read(tmp_path, "floods.txt", QUOTED_POST)
    texts = _paragraph_texts(article)
    # the quoted post's byline and label go; its text stays, at its own offsets
    assert texts[1] == ("Water levels on the lower river rose two metres overnight, "
                        "the highest reading since records began.")
    assert not any("Maria Lopez" in t for t in texts)
    # a sentence that merely opens on "By" is body
    assert texts[2] == "By Friday the river had fallen back below the flood mark, officials said."
    assert article.metadata.authors.value == ()  # the quoted post's writers are not the article's
