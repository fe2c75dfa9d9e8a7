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


def test_two_people_under_one_name_are_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    """The small model sometimes reads "Tomasz and Marek Wisniewski" as one PERSON entity
    (set by hand here, the premise): two people, a group."""
    import datetime as dt

    from spacy.tokens import Span

    from newsevents.actors import resolve_doc

    doc = nlp("It is a documentary by Tomasz and Marek Wisniewski, which is about Polish schools.")
    start = next(t.i for t in doc if t.text == "Tomasz")
    doc.ents = [Span(doc, start, start + 4, label="PERSON")]
    actors = resolve_doc(doc, dt.date(2019, 3, 1))
    pair = find(actors, "Tomasz and Marek Wisniewski")
    assert (pair.code, pair.kind) == ("POLMED", "group")


def test_the_opposition_is_an_organisation(resolve: Resolver) -> None:
    actors = resolve("The Venezuelan opposition disputed the result. Dissidents were jailed.",
                     "2019-03-01")
    assert find(actors, "Venezuelan opposition").kind == "organisation"
    assert find(actors, "Dissidents").kind == "group"
