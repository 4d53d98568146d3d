"""The corpus layer on the real sample articles."""

from __future__ import annotations

import hashlib
import re

import pytest

from conftest import SEEDS

VOA_ASSAD = "2015-10-21-voa-assad-visits-putin-in-moscow-to-discuss-syria-campaign"
VOA_TALKS = "2015-10-14-voa-us-russia-note-progress-in-syria-air-safety-talks"
TRT = "2015-09-18-trt-world-us-russia-set-to-open-military-dialogue-on-syria"
BLOG = "2015-10-21-the-interpreter-putin-in-syria-bashar-in-moscow"
NYMAG = "2015-10-20-new-york-magazine-us-and-russia-agree-to-keep-it-professional-in-syria"

# Lines of page furniture in the seeds, written out by hand from reading them.
NOISE_LINES = [
    "The Largest Security-Cleared Career Network for Defense and Intelligence Jobs - JOIN NOW",
    "Join the mailing list",
    "Photo by: Reuters",
    "Photo: Kremlin.ru",
    "View full page →",
    "Click here to listen to our podcast in a new window",
    "The previous post in our Putin in Syria column can be found here.",
    "Photo: Beha El-Halebi/Anadolu Agency/Getty Images",
    "Weapons of Mass Destruction (WMD)",
    "A man reacts amidst rubble after what activists said was an airstrike",
    "TRTWorld and agencies",
    "James Miller",
    "— Pierre Vaux",
    "Oct 22, 2015 00:02 (GMT)",
    "by Carla Babb, Chris Hannas October 21, 2015",
]


def test_reads_every_seed_article_in_sorted_order(seeds_corpus):
    ids = [a.id for a in seeds_corpus.articles]
    assert ids == sorted(ids) and len(ids) == 5
    assert seeds_corpus.warnings == ()


def test_sha256_is_of_the_file_bytes(seeds_corpus):
    for article in seeds_corpus.articles:
        assert article.sha256 == hashlib.sha256((SEEDS / article.path).read_bytes()).hexdigest()


def test_text_is_the_file_decoded_without_newline_translation(seeds_corpus):
    for article in seeds_corpus.articles:
        assert article.text == (SEEDS / article.path).read_bytes().decode("utf-8")


def test_every_paragraph_and_sentence_slice_is_exact(seeds_corpus):
    for article in seeds_corpus.articles:
        assert article.paragraphs, article.id
        for para in article.paragraphs:
            chunk = article.text[para.start:para.end]
            assert chunk == chunk.strip() and chunk
            assert "\n\n" not in chunk.replace("\r\n", "\n")
        sentence_paragraphs = {s.paragraph for s in article.sentences}
        assert sentence_paragraphs == {p.index for p in article.paragraphs}
        for sentence in article.sentences:
            para = article.paragraph(sentence.paragraph)
            assert para.start <= sentence.start < sentence.end <= para.end
            chunk = article.text[sentence.start:sentence.end]
            assert chunk == chunk.strip() and chunk


def test_sentences_cover_each_paragraph(seeds_corpus):
    for article in seeds_corpus.articles:
        for para in article.paragraphs:
            covered = "".join(article.text[s.start:s.end] for s in article.sentences_in(para))
            assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", article.text[para.start:para.end])


@pytest.mark.parametrize("noise", NOISE_LINES)
def test_no_noise_line_survives_in_any_paragraph(seeds_corpus, noise):
    """No line of any paragraph is (or starts with) a line of page furniture."""
    seen_in_text = False
    for article in seeds_corpus.articles:
        seen_in_text |= noise in article.text
        for para in article.paragraphs:
            for line in article.text[para.start:para.end].splitlines():
                assert not line.strip().startswith(noise), (article.id, para.index)
    assert seen_in_text, "the noise line should come from the seeds"


def test_noise_is_recorded_and_the_text_keeps_it(seeds_corpus):
    blog = seeds_corpus.get(BLOG)
    removed = [blog.text[s:e] for s, e, _ in blog.noise]
    assert removed.count("View full page →") == 3
    assert "View full page →" in blog.text


def test_hard_wrapped_lines_are_one_paragraph(seeds_corpus):
    blog = seeds_corpus.get(BLOG)
    para = next(p for p in blog.paragraphs if blog.text[p.start:p.end].startswith("Elsewhere, however"))
    text = blog.text[para.start:para.end]
    assert text.count("\n") == 3 and text.endswith("lose ground, and commanders.")


def test_subheads_are_headings_not_paragraphs(seeds_corpus):
    voa = seeds_corpus.get(VOA_ASSAD)
    headings = [voa.text[h.start:h.end] for h in voa.headings]
    assert headings == ["Kerry, Lavrov meet Friday", "Memo of understanding", "Russian airstrikes"]
    starts = [voa.text[p.start:p.end][:20] for p in voa.paragraphs]
    assert "Memo of understanding" not in starts


def _para_starting(article, prefix):
    return next(p for p in article.paragraphs if article.text[p.start:p.end].startswith(prefix))


def test_live_blog_entries_carry_time_and_author(seeds_corpus):
    blog = seeds_corpus.get(BLOG)
    times = [e.time for e in blog.entries]
    assert times == [None, "2015-10-22T00:02Z", "2015-10-22T00:12Z", "2015-10-21T18:17Z"]
    cases = {
        "LIVE UPDATES: Syrian dictator": (0, None),
        "Furthermore, the Assad regime": (1, None),
        "As a response to continued rebel success": (2, "James Miller"),
        "The bottom line: the rebels": (2, "James Miller"),
        "Most refugees fleeing Syria": (2, "James Miller"),
        "The Russian Ministry of Defence claims": (3, "Pierre Vaux"),
        "Syrian dictator Bashar al-Assad arrived": (3, "Pierre Vaux"),
        "Of course with Russian jets": (3, "Pierre Vaux"),
    }
    for prefix, (entry, author) in cases.items():
        para = _para_starting(blog, prefix)
        assert (para.entry, para.author) == (entry, author), prefix
    # the byline right after the 18:17 timestamp names that entry's author
    assert blog.entries[3].author == "James Miller"


def test_metadata_from_the_text_alone(tmp_path):
    """Without a manifest, what the articles state about themselves."""
    import shutil

    from briefing.corpus import read_corpus

    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    corpus = read_corpus(tmp_path)
    md = {a.id: a.metadata for a in corpus.articles}
    assert md[VOA_ASSAD].title.value == "Assad Visits Putin in Moscow to Discuss Syria Campaign"
    assert md[VOA_ASSAD].authors.value == ("Carla Babb", "Chris Hannas")
    assert md[VOA_ASSAD].published.value == "2015-10-21"
    assert md[VOA_ASSAD].published.origin == "text"
    assert md[VOA_TALKS].authors.value == ("VOA News",)
    assert md[VOA_TALKS].outlet.value == "Voice of America"  # "By VOA News", by its proper name
    assert md[VOA_TALKS].outlet_short.value == "VOA"
    assert md[VOA_TALKS].contributors.value == ("Pam Dockins",)
    assert md[TRT].title.value == "US, Russia set to open military dialogue on Syria"
    assert md[TRT].outlet.value == "TRT World"  # printed "TRTWorld", named as the table names it
    assert (md[TRT].published.value, md[TRT].published.origin) == ("2015-09-18", "file name")
    assert md[BLOG].title.value == "Putin in Syria: Bashar in Moscow"
    assert md[BLOG].published.value == "2015-10-21"
    assert md[BLOG].authors.value == ("James Miller", "Pierre Vaux")
    assert md[NYMAG].title.value == "U.S. and Russia Agree to Keep It \u2018Professional\u2019 in Syria"
    assert (md[NYMAG].published.value, md[NYMAG].published.origin) == ("2015-10-20", "file name")


def test_metadata_spans_point_at_the_text(tmp_path):
    import shutil

    from briefing.corpus import read_corpus

    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    for article in read_corpus(tmp_path).articles:
        title = article.metadata.title
        assert article.text[title.start:title.end] == title.value


def test_manifest_overrides_and_says_so(seeds_corpus):
    md = seeds_corpus.get(TRT).metadata
    assert md.outlet.value == "TRT World" and md.outlet.origin == "manifest"
    assert md.title.origin == "text"
    assert seeds_corpus.get(VOA_ASSAD).metadata.outlet_short.value == "VOA"


def test_manifest_and_text_agree_on_dates_where_both_have_them(seeds_corpus, tmp_path):
    import shutil

    from briefing.corpus import read_corpus

    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    from_text = {a.id: a.metadata.published.value for a in read_corpus(tmp_path).articles}
    compared = 0
    for article in seeds_corpus.articles:
        stated = from_text[article.id]
        if stated:
            assert article.metadata.published.value[:10] == stated[:10], article.id
            compared += 1
    assert compared == 5  # three from the text, two from the date in the file name
