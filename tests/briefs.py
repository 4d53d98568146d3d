"""Briefs built in code, for renderer tests (renderers never need a corpus).

The text is realistic news prose with the characters renderers trip on:
curly quotes, dashes, ellipses, non-Latin scripts and markup look-alikes.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.model import (
    AnalystNote,
    Attribution,
    Brief,
    BulletList,
    Cell,
    Citation,
    Excerpt,
    Note,
    Paragraph,
    Section,
    Source,
    SourceList,
    Speaker,
    Subheading,
    Table,
    Text,
    Timeline,
    TimelineEntry,
)

VOA = Source(
    id="voa-assad",
    path="voa-assad.txt",
    sha256="de02e84e9d278bfd25d8440d6c74bb777b80ad593a136a5bcea4804031f944b8",
    title="Assad Visits Putin in Moscow to Discuss Syria Campaign",
    outlet="Voice of America",
    outlet_short="VOA",
    authors=("Carla Babb", "Chris Hannas"),
    published="2015-10-21",
    url="https://www.example.org/voa/assad-visits-putin",
)
TRT = Source(
    id="trt-dialogue",
    path="trt-dialogue.txt",
    sha256="8deee3ecc8317597db2b45713189939d820a4000f652b95c86d2259c91f232c6",
    title="US, Russia set to open military dialogue on Syria",
    outlet="TRT World",
    outlet_short="TRT World",
    published="2015-09-18",
)


def cite(source: Source, exact: str, start: int = 0, paragraph: int = 1, sentence: int = 1) -> Citation:
    return Citation(
        source=source.id,
        start=start,
        end=start + len(exact),
        exact=exact,
        prefix="",
        suffix="",
        paragraph=paragraph,
        sentence=sentence,
    )


def excerpt(source: Source, text: str, paragraph: int = 1, speaker: Speaker | None = None,
            notes: tuple[AnalystNote, ...] = (), date: str | None = None, kind: str = "excerpt") -> Excerpt:
    return Excerpt(
        text=" ".join(text.split()),
        note=Note((cite(source, text, paragraph=paragraph),)),
        attribution=Attribution(
            speaker=speaker, outlet=source.outlet_short, date=date or source.published
        ),
        score=1.0,
        matched=("memorandum",),
        notes=notes,
        kind=kind,
    )


def cell_excerpt(source: Source, text: str, paragraph: int = 1) -> Excerpt:
    """An excerpt shown in a table cell: cited, with no attribution line."""
    return Excerpt(text=" ".join(text.split()), note=Note((cite(source, text, paragraph=paragraph),)),
                   kind="cell")


def discrepancy_table() -> Table:
    """Two outlets' figures for one measure, each with its footnoted words."""
    return Table(
        header=("Value", "Outlet", "Date", "In their words"),
        rows=(
            (Cell((Text("250,000 people (about)"),)), Cell((Text("TRT World"),)),
             Cell((Text("18 Sep 2015"),)),
             Cell(excerpt=cell_excerpt(TRT, "The war has killed some 250,000 people, according to "
                                            "UN figures."))),
            (Cell((Text("240,000 people (at least)"),)), Cell((Text("VOA"),)),
             Cell((Text("21 Oct 2015"),)),
             Cell(excerpt=cell_excerpt(VOA, "The conflict has left at least 240,000 people dead.", 3))),
        ),
        caption="People killed in the Syrian civil war",
    )


def key_point(item: Excerpt) -> Excerpt:
    """The same excerpt as a key point: its own footnote (a fresh Note)."""
    return replace(item, note=Note(item.note.citations), notes=(), kind="key_point")


COOK = Speaker("Peter Cook", "Pentagon spokesman", 0.9)


def sample_brief(marking: str | None = "UNCLASSIFIED") -> Brief:
    """A small brief with every block kind, two sources and an analyst note."""
    memo = excerpt(
        VOA,
        "On Tuesday, Russia and the United States signed a memorandum of understanding "
        "providing a framework for both countries' aircraft to maintain a 'safe distance' "
        "from one another while operating over Syria.",
        paragraph=9,
        notes=(AnalystNote("Terms were withheld at Russia\u2019s request.", anchor="safe distance",
                           author="Open Source Analysis Cell"),),
    )
    cook = excerpt(
        VOA,
        "'The Russians now need to abide by these flight safety protocols' in Syria, Cook said.",
        paragraph=12,
        speaker=COOK,
        kind="quote",
    )
    kerry = excerpt(
        TRT,
        "US Secretary of State John Kerry has announced that the US and Russia are preparing to "
        "open military-to-military dialogue \"very shortly\" in the hope of finding a solution "
        "to the worsening crisis in Syria.",
        paragraph=1,
        speaker=Speaker("John Kerry", "US Secretary of State"),
    )
    tricky = excerpt(
        TRT,
        "Text that looks like markup stays text: <b>bold</b> <a href=\"file:///etc/passwd\">x</a> "
        "&amp; 1 < 2 \u2014 \u041c\u043e\u0441\u043a\u0432\u0430, \u0391\u03b8\u03ae\u03bd\u03b1, "
        "caf\u00e9, \u0141\u00f3d\u017a \u2026 \u2192 \u201cquoted\u201d.",
        paragraph=2,
    )
    return Brief(
        title="US\u2013Russia Deconfliction over Syria",
        subtitle="Open-source reporting, September\u2013October 2015",
        author="Open Source Analysis Cell",
        date="2015-10-22",
        marking=marking,
        keywords=("Syria", "Russia", "deconfliction"),
        sources=(VOA, TRT),
        sections=(
            Section("key-points", "Key points", "summary",
                    (BulletList((key_point(memo), key_point(kerry))),)),
            Section(
                "memorandum",
                "The air-safety memorandum",
                "excerpts",
                (
                    Paragraph((Text("Analyst prose introducing the section."),)),
                    memo,
                    cook,
                    Subheading("Diplomatic track"),
                    kerry,
                    tricky,
                ),
            ),
            Section("sources", "Sources", "sources", (SourceList((VOA, TRT)),)),
        ),
    )


def timeline_block() -> Timeline:
    """Two dated events: a day and a week, each with how its date was worked out."""
    signed = excerpt(VOA, "On Tuesday, Russia and the United States signed a memorandum of "
                          "understanding providing a framework for both countries' aircraft.",
                     paragraph=9, kind="event")
    talks = excerpt(TRT, "The initiation of talks comes after Russian Foreign Minister Sergei "
                         "Lavrov last week called on Moscow and Washington to revive communications.",
                    paragraph=4, kind="event")
    return Timeline((
        TimelineEntry("2015-09-07/2015-09-13", "week", "week of 7 Sep 2015",
                      "\u201clast week\u201d in an article published Fri 18 Sep 2015", talks),
        TimelineEntry("2015-10-20", "day", "Tue 20 Oct 2015",
                      "\u201cTuesday\u201d in an article published Wed 21 Oct 2015", signed),
    ))
