"""The shared parsers of dates and names: every module that reads a date or folds a name uses
these, so their views (store columns, time anaphora, actor and place keys) agree."""

from __future__ import annotations

import datetime as dt

from newsevents.actors.vocab import normalise
from newsevents.dates import parse_day, timex_period
from newsevents.names import fold, straighten, without_article
from newsevents.places.gazetteer import fold as place_key
from newsevents.store.rows import period
from newsevents.times.calendar import parse_value


def test_one_parser_gives_each_view_its_period() -> None:
    found = timex_period("2025-H2")
    assert found is not None
    assert (found.first, found.last, found.granularity) == (
        dt.date(2025, 7, 1), dt.date(2025, 12, 31), "half")
    assert period("2025-H2") is None  # no column holds half a year
    assert parse_value("2025-H2") == (dt.date(2025, 1, 1), "year")
    assert timex_period("202") == (dt.date(2020, 1, 1), dt.date(2029, 12, 31), "decade")
    assert parse_value("202") is None  # a decade anchors no "a year later"
    week = (dt.date(2025, 3, 10), dt.date(2025, 3, 16))
    assert period("2025-W11") == week and parse_value("2025-W11") == (week[0], "week")


def test_malformed_values_are_no_period_anywhere() -> None:
    for value in ("2025-02-30", "2025-13", "2025-W54", "2025-03-1", "PAST_REF", "P3D"):
        assert timex_period(value) is None, value
        assert parse_value(value) is None, value
        assert period(value) is None, value


def test_publication_day_reads_iso_dates_and_timestamps_only() -> None:
    assert parse_day("2025-03-13T08:00:00Z") == dt.date(2025, 3, 13)
    assert parse_day("13 March 2025") is None
    assert parse_day("2025-02-29") is None


def test_actor_and_place_keys_share_the_folding() -> None:
    assert normalise("The  Kremlin’s") == "kremlin's"
    assert normalise("Côte d’Ivoire") == "côte d'ivoire"  # actor phrases keep accents
    assert place_key("Côte d’Ivoire") == fold("Cote d'Ivoire") == "cote d'ivoire"
    assert place_key("The Hague") == "the hague"  # the gazetteer drops "the" itself
    assert straighten("d’Ivoire") == "d'Ivoire"
    assert without_article("THE Hague") == "Hague" and without_article("Theresa") == "Theresa"


def test_ascii_fast_path_folds_like_unicode_normalisation() -> None:
    """``fold`` skips NFKD for ASCII names; the keys must equal the full path's."""
    import unicodedata

    for name in ["The  Hague", "Port-au-Prince", "O'Hare\tAirport", "Sao Tome", "ABC"]:
        slow = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(ch))
        assert fold(name) == " ".join(slow.split()).lower()
    assert fold("São Tomé and Príncipe") == "sao tome and principe"
    assert fold("Ｔｏｋｙｏ") == "tokyo"  # full-width letters still go through NFKD
