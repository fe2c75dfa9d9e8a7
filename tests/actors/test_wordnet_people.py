"""People named by a common noun no sector list holds, found through WordNet's noun.person
supersense (actors/people_nouns.py). The sentences are written for these tests and are in no
gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_wordnet_person_noun_is_private_people_placed_by_context(resolve: Resolver) -> None:
    actors = resolve("Neighbors told reporters in Nairobi that the street is usually quiet.",
                     "2019-03-01")
    actor = find(actors, "Neighbors")
    assert (actor.code, actor.kind) == ("KENCVL", "group")


def test_a_nationality_on_the_noun_gives_its_country(resolve: Resolver) -> None:
    actors = resolve("Canadian contestants won three medals at the olympiad.", "2019-03-01")
    assert find(actors, "Canadian contestants").code == "CANCVL"


def test_a_singular_person_noun_needs_a_determiner_and_is_a_person(resolve: Resolver) -> None:
    actors = resolve("His wife called the police in Nairobi.", "2019-03-01")
    actor = find(actors, "wife")
    assert (actor.code, actor.kind) == ("KENCVL", "person")


def test_members_of_a_body_and_an_organisations_people_are_left_to_the_body(
        resolve: Resolver) -> None:
    actors = resolve("Members of the union met NASA customers in Nairobi.", "2019-03-01")
    assert not any(a.mention.endswith(("Members", "customers")) for a in actors)


def test_a_relation_noun_the_data_skips_is_no_actor(resolve: Resolver) -> None:
    actors = resolve("His rivals met in Nairobi on Monday.", "2019-03-01")
    assert not any(a.mention.endswith("rivals") for a in actors)


def test_counted_others_are_people(resolve: Resolver) -> None:
    actors = resolve("Two others were arrested in Nairobi on Monday.", "2019-03-01")
    actor = find(actors, "others")
    assert (actor.code, actor.kind) == ("KENCVL", "group")
    actors = resolve("Others were arrested in Nairobi on Monday.", "2019-03-01")
    assert not any(a.mention.endswith("Others") for a in actors)
