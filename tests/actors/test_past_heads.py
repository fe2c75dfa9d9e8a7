"""Past heads of government of the UK, Germany and France (leaders.csv rows from gov.uk,
bundeskanzler.de, elysee.fr) are coded by their country, never as private people of the
country an article is mainly about. The sentences are written for these tests and are in no
gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_past_british_prime_minister_in_a_us_story_is_gbr(resolve: Resolver) -> None:
    text = ("Senators in Washington debated the tax bill on Tuesday. Economists in Ohio said "
            "the plan echoed the policies of Margaret Thatcher. Thatcher cut taxes in the 1980s.")
    actors = resolve(text, "2019-06-01")
    assert find(actors, "Margaret Thatcher").code == "GBR"
    assert find(actors, "Thatcher", 2).code == "GBR"


def test_a_past_prime_minister_in_office_on_the_date(resolve: Resolver) -> None:
    actors = resolve("Tony Blair met union leaders in London.", "2003-02-10")
    assert find(actors, "Tony Blair").code == "GBRGOV"


def test_a_past_chancellor_in_a_us_story_is_deu(resolve: Resolver) -> None:
    text = ("The museum in Chicago opened an exhibition on Tuesday. Visitors saw letters "
            "written by Adolf Hitler before the war.")
    actors = resolve(text, "2021-04-01")
    assert find(actors, "Adolf Hitler").code == "DEU"
