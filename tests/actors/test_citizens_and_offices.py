"""Citizens named by their state, people placed by an apposition before their name, and the
other mechanisms of round 10's actors work on real news. The sentences are written for these
tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_national_of_a_state_is_a_private_person(resolve: Resolver) -> None:
    actor = find(resolve("She married a U.S. national whom she met in Boston.", "2019-03-01"),
                 "a U.S. national")
    assert (actor.code, actor.kind) == ("USACVL", "person")


def test_nationals_counted_are_a_group_of_citizens(resolve: Resolver) -> None:
    actor = find(resolve("Two British nationals were arrested in Dubai on Monday.",
                         "2019-03-01"), "Two British nationals")
    assert (actor.code, actor.kind) == ("GBRCVL", "group")

