"""A storm's given name is no actor (``people.drop_storms``): "Hurricane Lorena", and the same
name alone later, which the small NER model reads as a person.

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_storm_and_its_name_alone_are_no_actors(resolve: Resolver) -> None:
    text = ("Tropical Storm Lorena grew into a hurricane on Tuesday. Lorena was expected to "
            "reach Jamaica by Thursday, and Jamaican officials closed schools.")
    actors = resolve(text, "2021-09-14")
    assert not [a for a in actors if "Lorena" in a.mention]
    assert find(actors, "Jamaican officials").code == "JAMGOV"


def test_a_person_named_like_a_storm_word_stays_a_person(resolve: Resolver) -> None:
    # no storm word before the given name: "Lorena" is a person here
    text = "Lorena Ortiz, a nurse, said the clinic in Kingston had run out of insulin."
    assert find(resolve(text, "2021-09-14"), "Lorena Ortiz").kind == "person"
