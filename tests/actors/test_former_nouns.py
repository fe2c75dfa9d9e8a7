"""Former office holders named by a plural sector noun ("two former ministers", "ex-officers")
are coded by the country alone, as a named former official is (annotation guide, Part 2).
The sentences are written for these tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_former_ministers_are_the_country_alone(resolve: Resolver) -> None:
    actors = resolve("A court in Harare freed two former ministers on bail.", "2019-03-01")
    assert find(actors, "ministers").code == "ZWE"
    assert find(actors, "court").code == "ZWEJUD"


def test_ex_with_a_hyphen_is_former_too(resolve: Resolver) -> None:
    actors = resolve("A court in Harare freed two ex-ministers on bail.", "2019-03-01")
    assert find(actors, "ministers").code == "ZWE"


def test_serving_ministers_keep_their_sector(resolve: Resolver) -> None:
    actors = resolve("The ministers met the strikers in Harare.", "2019-03-01")
    assert find(actors, "ministers").code == "ZWEGOV"
