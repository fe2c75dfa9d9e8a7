"""A body named after a locative preposition is a place only when WordNet lets its noun name a
building or site ("died in hospital", "at the embassy"); people organised as a body ("fire at
security forces") stay actors (actors/context.py ``_a_place``). The sentences are written for
these tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_body_of_people_after_at_is_an_actor(resolve: Resolver) -> None:
    actors = resolve("Gunmen opened fire at security forces near Kandahar on Monday.",
                     "2019-03-01")
    assert find(actors, "security forces").code == "AFGCOP"


def test_a_building_after_in_stays_a_place(resolve: Resolver) -> None:
    actors = resolve("Two soldiers died in hospital in Kandahar on Monday.", "2019-03-01")
    assert not any(a.mention.endswith("hospital") for a in actors)
