"""People and groups the sector vocabularies did not know: cause groups, ideological
movements, film-makers, outlets of no one country. The sentences are written for these tests
and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_anti_cause_groups_are_ngos(resolve: Resolver) -> None:
    actors = resolve("Since then, anti-immigration groups have grown across Europe.",
                     "2019-03-01")
    assert find(actors, "anti-immigration groups").code == "NGO"


def test_a_group_of_people_is_not_an_ngo(resolve: Resolver) -> None:
    actors = resolve("A group of tourists was robbed near the harbour.", "2019-03-01")
    assert not any(a.code and a.code.endswith("NGO") for a in actors)


def test_supremacists_are_civilians(resolve: Resolver) -> None:
    actors = resolve("Hundreds of white supremacists marched in Charlottesville, Virginia.",
                     "2019-03-01")
    assert find(actors, "supremacists").code == "USACVL"


def test_documentary_maker_is_media(resolve: Resolver) -> None:
    text = ("The abuse is shown in a documentary by Jan Kowalski, which was released in "
            "Poland on Saturday.")
    assert find(resolve(text, "2019-03-01"), "Jan Kowalski").code == "POLMED"


def test_an_outlet_of_no_country_is_media(resolve: Resolver) -> None:
    actor = find(resolve("Wikinews contacted the harbour master.", "2019-03-01"), "Wikinews")
    assert (actor.code, actor.kind) == ("MED", "media")
