"""The default brief on the sample corpus: verbatim, cited, on topic."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import BulletList, Excerpt, SourceList, collapse_ws, iter_notes
from conftest import DEFAULT_CONFIG, SEEDS

# Sentences of the seeds that are on topic for two sections, labelled by
# reading the articles (a sentence's opening words identify it).
ON_TOPIC = {
    "The air-safety memorandum": [
        "U.S. and Russian defense officials have concluded a third round of talks",
        "The U.S. Department of Defense said in a statement that 'progress was made'",
        "The Russian Defense Ministry reported a 'convergence'",
        "Both parties agreed that the talks were 'professional'",
        "On Tuesday, Russia and the United States signed a memorandum",
        "Pentagon spokesman Peter Cook declined to say exactly what that distance is",
        "But he said U.S. crews know exactly what it is",
        "\"It is safe to say that anything",
        "Cook said the Russians requested the full agreement",
        "But he said it contains protocols",
        "He said the ground communication would serve",
        "The agreement covers all types of aircraft",
        "'The Russians now need to abide by these flight safety protocols'",
        "'We don't want miscalculation.'",
        "Pentagon officials have stressed the air guidelines",
        "The Russians asked the United States for talks on \"deconfliction\"",
        "The Pentagon has reported no major incidents in Syrian skies",
        "US Secretary of State John Kerry has announced that the US and Russia are preparing to open military-to-military dialogue",
        "However, Pentagon spokesman Peter Cook said later on Friday",
        "According to the Pentagon’s statement, Carter and Shoigu will further discuss",
        "The initiation of talks comes after Russian Foreign Minister Sergei Lavrov",
        "Separately, Russia's Defense Ministry said one of its fighter jets",
        "Spokesman Igor Konashenkov said the Russian jet came within",
        "Last week the U.S. said the countries’ aircraft came within",
        "On Tuesday, the two sides reached a bare-bones deal",
        "The details of the agreement weren’t released",
        "Russia and the U.S. will also communicate over designated frequencies",
        "The two nations will also set up a working group",
        "The United States made it clear that the terms of the agreement",
        "State Department spokesperson John Kirby told NPR",
        "Russia’s deputy defense minister, Anatoly Antonov",
        "Future consultations between two defence chiefs",
        "The 50-minute conversation was",
        "Russian Foreign Minister Sergei Lavrov said Wednesday that the United States declined",
    ],
    "Refugees and humanitarian impact": [
        "Most refugees fleeing Syria cite",
        "Voice of America reports that this new fighting has sparked",
        "Turkish officials say 50,000 refugees",
        "For months now border gates",
        "The rich can bribe border-gate guards",
        "Russian airstrikes and a Syrian army ground offensive mainly in the countryside",
        "Syria Turkmen Council President Abdurrahman Mustafa",
        "UN figures state that some 250,000 people",
        "Still, between ISIS and Assad advancing on the ground",
        "Over the last few days, he said, “losses are heavy",
        "Unfortunately for civilians there",
        "The Syrian Observatory for Human Rights said Tuesday",
        "Reuters reports that Russia has taken out an opposition-forces commander",
        "A SMART News Agency report",
        "Assad is not known to have traveled abroad since 2011",
        "\"Everybody is seized by the urgency.",
        "But a video uploaded this afternoon by the Idlib regional branch of Civil Defence",
        "Russia’s intervention, it seems, has only made things worse.",
    ],
}


@pytest.fixture(scope="module")
def built():
    from briefing.pipeline import assemble_brief, load_inputs

    loaded, corpus = load_inputs(DEFAULT_CONFIG)
    return assemble_brief(loaded, corpus, "config/brief.yaml", dt.date(2015, 10, 22)), corpus


def _excerpts(brief, include_key_points=False, include_quotes=False):
    for section in brief.sections:
        if section.kind == "quotes" and not include_quotes:
            continue
        for block in section.blocks:
            if isinstance(block, Excerpt):
                yield section, block
            elif isinstance(block, BulletList) and include_key_points:
                for item in block.items:
                    yield section, item


def test_every_citation_is_exact_against_the_source_file(built):
    brief, _ = built
    checked = 0
    for note in iter_notes(brief):
        for cite in note.citations:
            source = brief.source(cite.source)
            text = (SEEDS / source.path).read_bytes().decode("utf-8")
            assert text[cite.start:cite.end] == cite.exact
            assert text[max(0, cite.start - 32):cite.start] == cite.prefix
            assert text[cite.end:cite.end + 32] == cite.suffix
            checked += 1
    assert checked >= 30


def test_excerpt_text_is_the_cited_span_with_whitespace_collapsed(built):
    brief, _ = built
    for _, item in _excerpts(brief, include_key_points=True, include_quotes=True):
        assert item.text == collapse_ws(item.citations[0].exact)


def test_paragraph_and_sentence_numbers_match_the_corpus(built):
    brief, corpus = built
    for note in iter_notes(brief):
        for cite in note.citations:
            article = corpus.get(cite.source)
            para = article.paragraph(cite.paragraph)
            assert para.start <= cite.start and cite.end <= para.end
            sentence = article.sentences[cite.sentence - 1]
            assert sentence.start == cite.start


def test_every_section_of_the_default_config_is_filled(built):
    brief, _ = built
    for section in brief.sections:
        if section.kind == "excerpts":
            count = sum(1 for b in section.blocks if isinstance(b, Excerpt))
            assert count >= 4, section.title
        if section.kind == "summary":
            (bullets,) = [b for b in section.blocks if isinstance(b, BulletList)]
            assert len(bullets.items) == 5
        if section.kind == "sources":
            (listing,) = [b for b in section.blocks if isinstance(b, SourceList)]
            assert {s.id for s in listing.sources} == {s.id for s in brief.sources}


@pytest.mark.parametrize("title", sorted(ON_TOPIC))
def test_labelled_sections_are_precise(built, title):
    brief, _ = built
    (section,) = [s for s in brief.sections if s.title == title]
    items = [b for b in section.blocks if isinstance(b, Excerpt)]
    on_topic = [e for e in items if any(e.text.startswith(collapse_ws(p)) for p in ON_TOPIC[title])]
    precision = len(on_topic) / len(items)
    assert precision >= 0.85, [e.text[:60] for e in items if e not in on_topic]


def test_no_excerpt_is_repeated_in_the_brief(built):
    from rapidfuzz import fuzz

    brief, _ = built
    texts = [e.text for _, e in _excerpts(brief)]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert fuzz.ratio(a, b) < 90, (a, b)


def test_a_fact_two_outlets_report_is_one_excerpt_and_the_other_keeps_its_other_sentences(built):
    brief, _ = built
    (section,) = [s for s in brief.sections if s.title == "The air-safety memorandum"]
    items = [b for b in section.blocks if isinstance(b, Excerpt)]
    ground = "He said the ground communication would serve as a back-up in case mid-air protections failed."
    # New York Magazine's words on the ground line cite VOA's sentence that says it too…
    citing = [e for e in items if any(c.exact == ground for c in e.citations[1:])]
    assert len(citing) == 1 and "establish a ground communication system" in citing[0].text
    # …and VOA's excerpt shows its other sentences, without that one
    assert not any(ground in e.text for e in items)
    assert any(e.text.startswith("Cook said the Russians requested the full agreement")
               and "communication line on the ground" in e.text for e in items)


def test_no_sentence_a_footnote_cites_as_a_copy_is_also_a_themed_excerpt(built):
    brief, _ = built
    themed = [e for section, e in _excerpts(brief) if section.kind == "excerpts"]
    copies = [c for e in themed for c in e.citations[1:]]
    assert copies
    for e in themed:
        shown = e.citations[0]
        assert not any(c.source == shown.source and c.start < shown.end and shown.start < c.end
                       for c in copies), e.text


def test_key_points_are_the_strongest_excerpt_of_each_themed_section(built):
    brief, _ = built
    (bullets,) = [b for s in brief.sections if s.kind == "summary" for b in s.blocks]
    themed = [s for s in brief.sections if s.kind == "excerpts"]
    for point, section in zip(bullets.items, themed):
        best = max((b for b in section.blocks if isinstance(b, Excerpt)), key=lambda e: e.score)
        assert point.text == best.text
        assert point.note is not best.note  # its own footnote marker


def test_analyst_note_lands_on_the_excerpt_it_anchors(built):
    brief, _ = built
    annotated = [(s, e) for s, e in _excerpts(brief) if e.notes]
    assert len(annotated) == 1
    section, excerpt = annotated[0]
    assert section.title == "The air-safety memorandum"
    assert "declined to say exactly what that distance is" in excerpt.text
    assert excerpt.notes[0].author == "Open Source Analysis Cell"


def test_live_blog_excerpts_are_dated_and_bylined_by_their_entry(built):
    brief, _ = built
    for _, item in _excerpts(brief):
        if item.citations[0].source.startswith("2015-10-21-the-interpreter") and item.attribution.date:
            if "T" in item.attribution.date:
                assert item.attribution.date.startswith(("2015-10-21T18:17", "2015-10-22T00:"))


def test_chronological_sections_are_in_the_order_things_happened(built, seeds_corpus):
    from briefing.analysis.events import find_events
    from briefing.model import date_interval

    brief, _ = built
    (section,) = [s for s in brief.sections if s.title == "The air-safety memorandum"]
    happened = {(e.article.id, e.sentence.index): date_interval(e.date)[0].isoformat()
                for a in seeds_corpus.articles for e in find_events(a)}
    dates = []
    for b in section.blocks:
        if isinstance(b, Excerpt):
            cite = b.citations[0]
            inside = [s.index for s in seeds_corpus.get(cite.source).sentences
                      if cite.start <= s.start < cite.end or s.start <= cite.start < s.end]
            found = [happened[(cite.source, i)] for i in inside if (cite.source, i) in happened]
            dates.append(found[0] if found else b.attribution.date)
    assert dates == sorted(dates)


def test_who_said_what_groups_quotations_by_speaker(built):
    from briefing.model import Subheading

    brief, _ = built
    (section,) = [s for s in brief.sections if s.kind == "quotes"]
    speakers = [b.text for b in section.blocks if isinstance(b, Subheading)]
    assert speakers[0].startswith("Peter Cook")  # the most quoted voice of the corpus
    current = None
    for block in section.blocks:
        if isinstance(block, Subheading):
            current = block.text.split(",")[0]
        elif isinstance(block, Excerpt):
            assert block.kind == "quote"
            assert block.attribution.speaker.name == current
    texts = [b.text for b in section.blocks if isinstance(b, Excerpt)]
    assert len(texts) == len(set(texts))


def test_excerpts_with_a_quotation_name_their_speaker(built):
    brief, _ = built
    spoken = {e.text: e.attribution.speaker for _, e in _excerpts(brief) if e.attribution.speaker}
    cook = [t for t in spoken if t.startswith("'The Russians now need to abide")]
    assert cook and spoken[cook[0]].name == "Peter Cook"
