"""Abbreviations an article defines with an ampersand in them ("PG&E", "AT&T"): every later bare
use is the long form's actor (actors/abbrev.py). The sentences are written for these tests and
are in no gold set."""

from __future__ import annotations

from .conftest import Resolver


def test_an_abbreviation_with_an_ampersand_takes_the_long_forms_code(resolve: Resolver) -> None:
    text = ("United States public utility Pacific Gas and Electric Company (PG&E) began turning "
            "off electricity in California. PG&E stated it scheduled the blackouts in response "
            "to forecasts for high winds.")
    actors = resolve(text, "2019-10-09")
    later = [a for a in actors if a.mention == "PG&E" and a.start > text.index("stated") - 6]
    assert [a.code for a in later] == ["USABUS"]
