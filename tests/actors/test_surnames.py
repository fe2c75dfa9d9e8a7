"""A surname alone is the person named in full earlier, by one rule for everyone: compared
without accents ("Pinera" after "Sebastián Piñera"), whatever label the small NER model gives
the lone surname (ORG, NORP, GPE; a country or demonym a dictionary knows is not a surname).

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_an_unaccented_surname_is_the_leader_named_with_accents(resolve: Resolver) -> None:
    text = ("Chilean President Sebastián Piñera met miners in Antofagasta on Monday. Pinera said "
            "the mine would reopen.")
    pinera = find(resolve(text, "2019-06-01"), "Pinera")
    assert pinera.code == "CHLGOV" and pinera.resolution.method == "coreference"


def test_a_surname_labelled_norp_is_the_private_person(resolve: Resolver) -> None:
    text = "Spanish police arrested Tomás Ibáñez in Madrid on Monday. Ibanez denied the charges."
    ibanez = find(resolve(text), "Ibanez")
    assert ibanez.code == "ESPCVL" and ibanez.kind == "person"


def test_a_demonym_is_never_taken_for_a_surname(resolve: Resolver) -> None:
    text = ("Brazilian striker Marta Russo scored twice in Lyon on Sunday. French fans "
            "applauded the team.")
    actors = resolve(text)
    assert all(a.mention != "French" or a.kind != "person" for a in actors)


def test_a_name_labelled_org_joined_to_a_person_is_a_person(resolve: Resolver) -> None:
    text = ("The prizes went to Ivan Shelyagin and Valentina Sidorenko from Tyumen State "
            "Medical University.")
    assert find(resolve(text), "Ivan Shelyagin").kind == "person"


def test_two_joined_names_share_the_phrase_after_them(resolve: Resolver) -> None:
    text = "These were Pavel Morozko and Elena Kirova from the Perm Medical Academy."
    actors = resolve(text)
    assert find(actors, "Pavel Morozko").code == "RUSEDU"
    assert find(actors, "Elena Kirova").code == "RUSEDU"
