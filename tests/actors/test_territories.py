"""Overseas territories named by the forms their own press uses ("BVI", "USVI", "the
Caymans"; countries.csv) are states of their own ISO code, so their premiers and police are
not coded by the country a story's arrest or trip took place in. The sentences are written for
these tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_territory_premier_arrested_abroad_keeps_the_territory(resolve: Resolver) -> None:
    text = ("BVI Premier Harold Quashie was arrested in Miami on Thursday. "
            "Quashie denied the charges.")
    actors = resolve(text, "2022-05-02")
    assert find(actors, "Harold Quashie").code == "VGBGOV"
    assert find(actors, "Quashie", 2).code == "VGBGOV"


def test_territory_abbreviations_are_states(resolve: Resolver) -> None:
    actors = resolve("The USVI signed a fisheries pact with the Caymans.", "2022-05-02")
    assert find(actors, "USVI").code == "VIR"
    assert find(actors, "Caymans").code == "CYM"
