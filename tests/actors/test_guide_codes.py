"""Codes as the annotation guide writes them (eval/annotation-guide.md, Part 2): a former
official is the country alone, a named armed group is an organisation, IGOs use the guide's
few codes (UNO, WHO, EUR, NATO, AFR, IGO)."""

from __future__ import annotations

from newsevents.plover_codes import plover_actor_code

from .conftest import Resolver, find


def test_former_leader_is_the_country_alone(resolve: Resolver) -> None:
    actor = find(resolve("Barack Obama opened a library in Chicago.", "2019-04-02"),
                 "Barack Obama")
    assert actor.code == "USA" and actor.sector == "ELI"
    assert actor.role == "former President of the United States"


def test_former_title_in_text_is_the_country_alone(resolve: Resolver) -> None:
    text = "Former Polish President Andrzej Duda visited a school in Gdansk."
    actor = find(resolve(text, "2027-01-10"), "Andrzej Duda")
    assert actor.code == "POL"


def test_named_armed_group_is_an_organisation(resolve: Resolver) -> None:
    actors = resolve("Hezbollah denied any role in the blast near the port.", "2019-06-01")
    actor = find(actors, "Hezbollah")
    assert actor.code == "LBNREB" and actor.kind == "organisation"


def test_fighters_of_a_named_group_are_a_group(resolve: Resolver) -> None:
    actors = resolve("Houthi rebels fired on a tanker off the coast.", "2019-06-01")
    actor = find(actors, "Houthi rebels")
    assert actor.code == "YEMREB" and actor.kind == "group"


def test_transnational_group_has_no_country(resolve: Resolver) -> None:
    actors = resolve("Al-Qaeda released a statement about the raid.", "2019-06-01")
    actor = find(actors, "Al-Qaeda")
    assert actor.code == "REB" and actor.kind == "organisation"
    assert plover_actor_code(actor) == "IMG"  # PLOVER's international militarised group


def test_igo_bodies_take_the_guides_codes(resolve: Resolver) -> None:
    text = ("The UN Security Council condemned the raid. The European Commission fined the "
            "bank. The IAEA sent inspectors, and the African Union suspended the junta.")
    actors = resolve(text, "2019-06-01")
    assert find(actors, "UN Security Council").code == "UNO"
    assert find(actors, "European Commission").code == "EUR"
    assert find(actors, "IAEA").code == "IGO"
    assert find(actors, "African Union").code == "AFR"


def test_former_aide_is_the_country_alone(resolve: Resolver) -> None:
    text = "A former advisor for Polish President Andrzej Duda was sentenced on Wednesday."
    actor = find(resolve(text, "2019-03-01"), "A former advisor")
    assert actor.code == "POL" and actor.sector == "ELI"


def test_an_aide_in_office_is_the_government(resolve: Resolver) -> None:
    text = "An advisor for Polish President Andrzej Duda was sentenced on Wednesday."
    assert find(resolve(text, "2019-03-01"), "An advisor").code == "POLGOV"


def test_a_2019_head_of_government_is_known(resolve: Resolver) -> None:
    actors = resolve("Prayuth Chan-o-cha met rice farmers on Tuesday.", "2019-03-01")
    assert find(actors, "Prayuth Chan-o-cha").code == "THAGOV"
