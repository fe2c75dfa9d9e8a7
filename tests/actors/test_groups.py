"""Group actors whose country the text says (newsevents/actors/groups.py): a sector noun hidden
behind a complement noun, refugees placed only by their origin, groups of mixed nationality.
The sentences are written for these tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_object_before_hostage_is_the_actor(resolve: Resolver) -> None:
    """The small model reads "state workers hostage" as a compound (the premise, asserted)."""
    text = "The governor of Texas is holding thousands of state workers hostage."
    actors = resolve(text, "2019-03-01")
    assert find(actors, "workers").code == "USALAB"
    assert not any(a.mention.endswith("hostage") for a in actors)


def test_a_bare_hostage_is_no_actor(resolve: Resolver) -> None:
    text = "The union accused the mayor of Chicago of holding city workers hostage."
    actors = resolve(text, "2019-03-01")
    assert not any(a.mention.endswith("hostage") for a in actors)


def test_the_hostages_stay_people_of_their_own(resolve: Resolver) -> None:
    text = "Gunmen in Bamako freed the hostages on Sunday."
    assert find(resolve(text, "2019-03-01"), "the hostages").code == "MLICVL"


def test_migrants_take_the_origin_after_the_verb(resolve: Resolver) -> None:
    text = ("Aid groups in Greece called for more help to shelter migrants from Afghanistan "
            "this winter.")
    assert find(resolve(text, "2019-03-01"), "migrants").code == "AFGREF"


def test_migrants_moved_out_of_a_place_are_not_its_people(resolve: Resolver) -> None:
    text = "Italian coast guards evacuated 90 migrants from Libya on Friday."
    assert find(resolve(text, "2019-03-01"), "migrants").code == "REF"


def test_refugees_take_no_country_from_where_they_are(resolve: Resolver) -> None:
    text = "Police in Athens said refugees protested outside the camp on Tuesday."
    assert find(resolve(text, "2019-03-01"), "refugees").code == "REF"


def test_refugee_origin_casts_no_vote_for_the_story(resolve: Resolver) -> None:
    """Kenya is where the story is; Somalia only where the asylum seekers come from."""
    text = ("Police in Nairobi said asylum seekers from Somalia clashed with farmers on "
            "Tuesday. Doctors at the clinic treated the wounded.")
    actors = resolve(text, "2019-03-01")
    assert find(actors, "asylum seekers").code == "SOMREF"
    assert find(actors, "Doctors").code == "KENHLH"


def test_a_group_of_several_nationalities_has_no_country(resolve: Resolver) -> None:
    text = ("A ferry capsized off the coast of Bali on Sunday, killing six people. Of the 80 "
            "passengers, 51 were Indonesian; the others came from Australia, Japan and Chile.")
    assert find(resolve(text, "2019-03-01"), "passengers").code == "CVL"


def test_most_of_a_group_is_the_group(resolve: Resolver) -> None:
    """"Most of the guests were Indonesian" says the bulk's nationality: no mixed group."""
    text = ("A fire broke out at a hotel in Jakarta, Indonesia on Sunday. Most of the guests "
            "were Indonesian, the police said.")
    assert find(resolve(text, "2019-03-01"), "the guests").code == "IDNCVL"


def test_a_named_community_is_its_people(resolve: Resolver) -> None:
    text = ("Police in Leicester arrested two men on Friday. Members of the Sikh community "
            "criticised the police.")
    actor = find(resolve(text, "2019-03-01"), "community")
    assert (actor.code, actor.kind) == ("GBRCVL", "group")


def test_the_international_community_is_no_civilian_group(resolve: Resolver) -> None:
    text = ("Police in Leicester arrested two men on Friday. The international community and "
            "the business community were silent.")
    assert not any(a.mention.endswith("community") for a in resolve(text, "2019-03-01"))
