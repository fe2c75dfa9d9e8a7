"""A company a dictionary lists is not a place, and it casts no vote for the country a story is
about: "a Toyota minibus" in a crash report from a parish the gazetteer does not know is no
story about Japan (Toyota is also a city in Aichi). The sentences are written for these tests
and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find

CRASH = ("A Toyota minibus overturned on a hillside road in Clarendon on Sunday morning. "
         "Police said three passengers died and the driver was taken to hospital.")


def test_a_car_maker_does_not_give_the_story_its_country(resolve: Resolver) -> None:
    actors = resolve(CRASH, "2022-04-26")
    assert find(actors, "Police").code == "COP"
    assert find(actors, "passengers").code == "CVL"


def test_the_company_keeps_its_own_code(resolve: Resolver) -> None:
    actors = resolve(CRASH, "2022-04-26")
    assert find(actors, "Toyota").code == "JPNBUS"


def test_a_real_place_still_places_the_police(resolve: Resolver) -> None:
    text = ("A Toyota minibus overturned on a hillside road in Jamaica on Sunday morning. "
            "Police said three passengers died.")
    actors = resolve(text, "2022-04-26")
    assert find(actors, "Police").code == "JAMCOP"
