"""Ethnic groups are coded with the country they live in (CAMEO's BIHSRB, PLOVER's records).

A people noun that is also a nation's name ("Serbs", "Albanians", "Croats") names an
ethnicity; a nationality before it ("Bosnian Serbs") or, after "ethnic", the country the
sentence places the group in ("ethnic Hungarians in Romania") is where it belongs.
"""

from __future__ import annotations

import pytest

from .conftest import Resolver, find


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Bosnian Croats rejected the new map on Friday.", "Bosnian Croats", "BIH"),
        ("Kosovar Albanians marched through the town at dawn.", "Kosovar Albanians", "XKX"),
        ("Kosovo Serbs boycotted the local vote.", "Kosovo Serbs", "XKX"),
        ("Ethnic Hungarians in Romania asked for their own schools.", "Hungarians", "ROU"),
        ("Police said that ethnic Russians living in Latvia had voted early.", "Russians",
         "LVA"),
    ],
)
def test_group_takes_its_country_of_residence(resolve: Resolver, text: str, mention: str,
                                              code: str) -> None:
    assert find(resolve(text), mention).code == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # no residence named: the people noun still stands for its state
        ("Serbs voted on Sunday in a tense election.", "Serbs", "SRB"),
        # "ethnic" with a place of another kind than a country: nothing to move it to
        ("Ethnic Albanians in the hills fired at the patrol.", "Albanians", "ALB"),
    ],
)
def test_without_residence_the_nation_stays(resolve: Resolver, text: str, mention: str,
                                            code: str) -> None:
    assert find(resolve(text), mention).code == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Young Moroccans blocked the avenue on Sunday.", "Moroccans", "MARCVL"),
        ("The march was joined by angry Chileans from the suburbs.", "Chileans", "CHLCVL"),
    ],
)
def test_described_people_are_civilians_not_the_state(resolve: Resolver, text: str,
                                                       mention: str, code: str) -> None:
    assert find(resolve(text), mention).code == code
