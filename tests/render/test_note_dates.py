"""Dates in notes and attribution lines: the zone a time was printed in is kept."""

from __future__ import annotations

from briefing.render.notes import format_date, format_date_short


def test_a_publication_time_keeps_the_outlets_day_and_zone():
    assert format_date("2014-12-18T22:21-05:00") == "December 18, 2014"
    assert format_date_short("2014-12-18T22:21-05:00") == "18 Dec 2014, 22:21 UTC-5"
    assert format_date_short("2016-05-05T17:53-04:00") == "5 May 2016, 17:53 UTC-4"
    assert format_date_short("2021-03-02T09:15+05:30") == "2 Mar 2021, 09:15 UTC+5:30"


def test_utc_times_are_gmt_and_a_bare_time_is_shown_as_printed():
    assert format_date_short("2015-10-22T00:02Z") == "22 Oct 2015, 00:02 GMT"
    assert format_date_short("2015-10-22T00:02:00+00:00") == "22 Oct 2015, 00:02 GMT"
    assert format_date_short("2010-02-20T17:26") == "20 Feb 2010, 17:26"
    assert format_date_short("2015-10-21") == "21 Oct 2015"
