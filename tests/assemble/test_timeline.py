"""The timeline section: dated events in date order, shown in every format.

Dates checked here are facts of the sample corpus known by reading it: the
memorandum was signed on Tuesday 20 October 2015 (VOA, 21 Oct: "On Tuesday,
Russia and the United States signed a memorandum"), Assad was in Moscow the
evening before the live blog of 21 October.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import re
import zipfile

import pytest

from briefing.analysis.events import find_events
from briefing.assemble import assemble
from briefing.assemble.excerpts import order_spans
from briefing.config import load_config
from briefing.errors import ConfigError
from briefing.model import Timeline
from briefing.render.chart import timeline_chart
from conftest import DEFAULT_CONFIG, config_copy

BRIEF_DATE = _dt.date(2015, 10, 22)


@pytest.fixture(scope="module")
def built(seeds_corpus):
    loaded = load_config(DEFAULT_CONFIG)
    return assemble(loaded, seeds_corpus, BRIEF_DATE)


def _timeline(brief) -> Timeline:
    return next(b for s in brief.sections for b in s.blocks if isinstance(b, Timeline))


def test_the_memorandum_signing_is_dated_tuesday_20_october(built):
    entry = next(e for e in _timeline(built).entries
                 if "signed a memorandum of understanding" in e.excerpt.text)
    assert (entry.date, entry.granularity, entry.label) == ("2015-10-20", "day", "Tue 20 Oct 2015")
    assert entry.how == "\u201cTuesday\u201d in an article published Wed 21 Oct 2015"
    cite = entry.excerpt.citations[0]
    assert "On Tuesday" in cite.exact


def test_events_are_in_date_order_and_cite_the_words_they_show(built, seeds_corpus):
    entries = _timeline(built).entries
    assert 3 <= len(entries) <= 14
    starts = [e.date[:10] for e in entries]
    assert starts == sorted(starts)
    for entry in entries:
        for cite in entry.excerpt.citations:
            text = seeds_corpus.get(cite.source).text
            assert text[cite.start:cite.end] == cite.exact
        assert " ".join(entry.excerpt.citations[0].exact.split()) == entry.excerpt.text


def test_datelines_bylines_and_since_are_not_events(seeds_corpus):
    for a in seeds_corpus.articles:
        for event in find_events(a):
            assert not event.expression.rule.startswith("since")
            assert event.sentence.start >= a.paragraphs[0].start  # body, not the header


def test_from_to_and_granularity_filter_events(tmp_path, seeds_corpus):
    path = config_copy(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        "    granularity: week\n", "    granularity: day\n    from: 2015-10-19\n    to: 2015-10-21\n")
    path.write_text(text, encoding="utf-8")
    brief = assemble(load_config(path), seeds_corpus, BRIEF_DATE)
    entries = _timeline(brief).entries
    assert entries
    assert all(e.granularity in ("day", "time") for e in entries)
    assert all("2015-10-19" <= e.date[:10] <= "2015-10-21" for e in entries)


def test_from_after_to_is_a_config_error_naming_the_line(tmp_path):
    path = config_copy(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        "    granularity: week\n", "    granularity: week\n    from: 2015-10-30\n    to: 2015-10-01\n")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "brief.yaml:" in str(caught.value) and "'from'" in str(caught.value)


def test_chronological_excerpts_follow_the_event_date_not_the_publication_date():
    class FakeSpan:
        def __init__(self, written, happened):
            self.written, self.happened_on = written, happened
            self.article = type("A", (), {"id": written})()
            self.start = 0

        def when(self):
            return self.written

    # written on the 21st about the 20th; written on the 20th about the 20th; on the 14th
    later_report = FakeSpan("2015-10-21", _dt.date(2015, 10, 20))
    same_day = FakeSpan("2015-10-20", None)
    early = FakeSpan("2015-10-14", _dt.date(2015, 10, 13))
    undated = FakeSpan("2015-10-19", None)
    ordered = order_spans([later_report, same_day, early, undated], "chronological", [],
                          lambda s: s.happened_on)
    assert ordered == [early, undated, same_day, later_report]


def test_the_chart_is_the_same_bytes_each_time_and_says_what_it_shows(built):
    block = _timeline(built)
    first, second = timeline_chart(block, 6.3), timeline_chart(block, 6.3)
    assert first.png == second.png and first.png.startswith(b"\x89PNG")
    assert b"tIME" not in first.png and b"Software" not in first.png
    assert f"{len(block.entries)} dated events" in first.alt


def test_every_format_shows_the_timeline(default_brief):
    manifest = json.loads(default_brief["json"].read_bytes())
    events = [i for s in manifest["sections"] for i in s["items"] if i["kind"] == "event"]
    assert events and all(set(i["event"]) == {"date", "granularity", "label", "how"} for i in events)
    signed = next(i for i in events if "signed a memorandum" in i["text"])
    assert signed["event"]["label"] == "Tue 20 Oct 2015"
    if "md" in default_brief:
        md = default_brief["md"].read_text(encoding="utf-8")
        assert "| # | Date | Event | How the date was worked out |" in md
        row = next(line for line in md.splitlines() if "signed a memorandum" in line and line.startswith("|"))
        assert "| Tue 20 Oct 2015 |" in row and "published Wed 21 Oct 2015" in row
    if "docx" in default_brief:
        with zipfile.ZipFile(default_brief["docx"]) as package:
            document = package.read("word/document.xml").decode("utf-8")
            assert any(n.startswith("word/media/") and n.endswith(".png") for n in package.namelist())
        descr = re.search(r'<wp:docPr [^>]*descr="([^"]*)"', document)
        assert descr and "Timeline chart of" in descr.group(1)
        assert "Tue 20 Oct 2015" in document
    if "pdf" in default_brief:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(default_brief["pdf"].read_bytes()))
        pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
        page = next(i for i, t in enumerate(pages) if "Timeline chart of" in t)
        assert any("/XObject" in str(reader.pages[i].get("/Resources", {})) for i in (page, page - 1))
        assert any("Tue 20 Oct 2015" in t and "published Wed 21 Oct 2015" in t for t in pages)


def test_the_chronology_reads_dated_candidates_beyond_the_articles_kept_per_theme(tmp_path, monkeypatch):
    """On a large corpus a theme's best sentences are spread one per article: the
    articles kept per theme may hold none of its dated sentences. The chronology
    also reads the articles of candidates that may hold a date."""
    import briefing.assemble.context as context
    from briefing.corpus import read_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-background.txt").write_text(
        "Reservoir levels\n\nPublished: 2021-06-02\n\nThe reservoir drought has cut reservoir levels "
        "and the reservoir authority warns that reservoir water rationing may follow.\n", encoding="utf-8")
    (corpus / "b-news.txt").write_text(
        "Rationing begins\n\nPublished: 2021-06-04\n\nThe water authority began rationing reservoir "
        "water on Tuesday in three districts.\n", encoding="utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text(
        "version: 1\nbrief:\n  title: Water\n  date: 2021-06-10\ncorpus:\n  path: corpus\n"
        "themes:\n  water:\n    title: Reservoir and rationing\n    description: Water rationing.\n"
        "    keywords: [reservoir, rationing, water]\n"
        "sections:\n  - kind: timeline\n    title: Chronology\n    themes: [water]\n", encoding="utf-8")
    monkeypatch.setattr(context, "ARTICLES_PER_THEME", 1)  # the corpus in miniature
    brief = assemble(load_config(config), read_corpus(corpus), _dt.date(2021, 6, 10))
    entries = _timeline(brief).entries
    assert [(e.date, e.excerpt.citations[0].source) for e in entries] == [("2021-06-01", "b-news")]


def test_a_sentence_reprinted_later_is_dated_once_by_its_first_publication(tmp_path):
    from briefing.analysis.events import merge
    from briefing.corpus import read_corpus

    sentence = "Last week, the harbour council approved the dredging budget after a long debate."
    for name, published in (("late", "2021-05-20"), ("early", "2021-03-10"), ("same-day", "2021-03-10")):
        (tmp_path / f"{name}.txt").write_text(f"Harbour news\n\nPublished: {published}\n\n{sentence}\n",
                                              encoding="utf-8")
    events = [e for a in read_corpus(tmp_path).articles for e in find_events(a)]
    assert len({e.date for e in events}) == 2  # the late copy's "last week" is another week
    groups = merge(events)
    assert len(groups) == 1
    assert {e.article.id for e in groups[0]} == {"early", "same-day"}
    assert groups[0][0].date == next(e.date for e in events if e.article.id == "early")


def test_dates_are_read_up_to_the_last_ranked_paragraph_and_a_later_sentence_reads_the_rest(tmp_path):
    """A brief dates each article from its start to the paragraph of its last ranked
    sentence; a sentence past that, asked for by a ranking no section declared,
    has its article read whole, with the date a whole reading gives."""
    from briefing.assemble.context import BuildContext, Span
    from briefing.corpus import read_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "port.txt").write_text(
        "Port strike\n\nPublished: 2021-03-10\n\n"
        "Dockworkers at the container terminal began a port strike on Monday over the new contract.\n\n"
        "Talks with the shipping companies are to resume, officials said.\n\n"
        "A ferry service reopened on Tuesday after repairs to its engines.\n", encoding="utf-8")
    config = tmp_path / "brief.yaml"
    config.write_text(
        "version: 1\nbrief:\n  title: Port\n  date: 2021-03-12\ncorpus:\n  path: corpus\n"
        "themes:\n  strike:\n    title: The port strike\n    description: Dockworkers on strike.\n"
        "    keywords: [strike, dockworkers]\n"
        "sections:\n  - kind: timeline\n    title: Chronology\n    themes: [strike]\n", encoding="utf-8")
    loaded = load_config(config)
    article = read_corpus(corpus).articles[0]
    ctx = BuildContext(loaded.config, read_corpus(corpus), str(config), None)
    whole = {e.sentence.index: e.date for e in find_events(article)}
    ferry = next(s for s in article.sentences if "ferry" in article.text[s.start:s.end])
    assert ferry.index in whole  # a dated sentence, past the strike's paragraph
    assert {e.sentence.index for e in ctx.events} == {1}  # the strike's sentence only
    span = Span(ctx.corpus.get(article.id), [ferry], 0.0, ())
    assert ctx.happened(span) is not None
    assert ctx.event_at(article.id, ferry.index).date == whole[ferry.index]
