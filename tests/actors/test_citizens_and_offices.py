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


def test_a_noun_phrase_opening_the_sentence_is_the_names_apposition(resolve: Resolver) -> None:
    text = 'A member of the Tunisian Parliament, Samir Dilou said, "Tunisia is facing attacks".'
    actor = find(resolve(text, "2019-07-05"), "Samir Dilou")
    assert (actor.code, actor.resolution.method) == ("TUNLEG", "apposition")


def test_a_fronted_research_post_ties_the_name_to_its_body(resolve: Resolver) -> None:
    text = "A researcher at University College London, Mary Jones said the data were clear."
    assert find(resolve(text, "2019-07-05"), "Mary Jones").code == "GBREDU"


def test_a_fronted_prepositional_phrase_is_no_apposition(resolve: Resolver) -> None:
    text = "After the vote in the Kenyan Parliament, John Mbeki said he was pleased."
    assert find(resolve(text, "2019-07-05"), "John Mbeki").code == "KENCVL"


def test_a_hyphenated_surname_cut_by_the_ner_is_the_earlier_person(resolve: Resolver) -> None:
    text = ("Prime Minister Prayuth Chan-o-cha met the king. The party did not say whom they "
            "would support against Chan-o-cha.")
    actor = find(resolve(text, "2019-03-01"), "Chan-o-cha", 2)
    assert (actor.mention, actor.code) == ("Chan-o-cha", "THAGOV")
    assert actor.resolution.method == "coreference"


def test_a_name_before_a_hyphenated_modifier_stays_a_name(resolve: Resolver) -> None:
    text = "Fans of John Smith cheered. The Smith-led team won."
    assert all(a.mention != "Smith-led" for a in resolve(text, "2019-03-01"))


def test_the_plural_of_an_abbreviation_is_a_common_noun(resolve: Resolver) -> None:
    actor = find(resolve("Several NGOs criticised the law in Kenya.", "2019-03-01"), "NGOs")
    assert (actor.code, actor.kind) == ("KENNGO", "organisation")



def test_an_embassy_casts_no_vote_for_the_storys_country(resolve: Resolver) -> None:
    text = ("A fire killed 17 people at a hotel in Delhi on Tuesday.\n\nThe Myanma embassy said "
            "two Burmese pilgrims died. Police arrested a manager.")
    actors = resolve(text, "2019-02-12")
    assert find(actors, "Myanma embassy").code == "MMRGOV"
    assert find(actors, "Police").code == "INDCOP"
