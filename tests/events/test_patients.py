"""Whom an act was done to when the pattern's slots are empty: people as direct objects
(``patient_words.patients``, the ``<person>`` object mark), things given back (``<thing>``),
the party inside the topic of an attitude (``topic_roots``) and two generic actors of one
sector (``events._two_generics``).

Behaviour through the real model on sentences written for these tests (in no gold set); the
rule logic on hand-built Docs, where the parse is the premise.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.events.patient_words import (
    addressees,
    patients,
    purpose_beneficiaries,
    things,
    with_recipients,
)
from newsevents.events.slots import slot
from newsevents.records import Actor
from tests.events.coding import events_of as _events

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
         lemmas: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


# ----------------------------------------------------------------------- through the real model

def test_released_captives_are_the_target_as_civilians_of_the_country() -> None:
    # "captives" was uncoded until WordNet's person nouns became actors (actors/people_nouns.py):
    # now, like "40 prisoners" below, civilians of the sentence's country
    [event] = _events("Tunisia freed the captives on Friday.", "08")
    assert event.cameo == "0841"
    assert event.target is not None and event.target.mention == "the captives"
    assert event.target.code == "TUNCVL"


def test_released_prisoners_are_civilians_of_the_country() -> None:
    # prisoners are people the actors stage codes (CVL, sectors.yaml)
    [event] = _events("Tunisia freed 40 prisoners on Friday.", "08")
    assert event.cameo == "0841"
    assert event.target is not None and "prisoners" in event.target.mention
    assert event.target.code == "TUNCVL"


def test_any_people_freed_make_a_release() -> None:
    [event] = _events("The rebel army released nine teachers near the border.", "08")
    assert event.cameo == "0841"
    assert event.target is not None and "teachers" in event.target.mention


def test_people_given_aid_are_its_target_though_nobody_coded_them() -> None:
    [event] = _events("The charity gave emergency food aid to about 300 households on Monday.",
                      "07")
    assert event.target is not None and event.target.mention == "about 300 households"


def test_things_given_back_to_a_party_are_returned_property() -> None:
    [event] = _events("The Italian government returned the stolen statues to Greece.", "08")
    assert event.cameo == "0842"
    assert event.target is not None and event.target.code == "GRCGOV"


def test_returning_fire_or_home_is_no_returned_property() -> None:
    assert not [e for e in _events("The Italian soldiers returned fire.", "08")
                if e.cameo == "0842"]
    assert _events("The Italian minister returned to Greece on Monday.", "08") == []


def test_an_attitude_about_a_topic_is_directed_at_the_party_inside_it() -> None:
    [event] = _events("The Dutch foreign minister voiced optimism about the reforms "
                      "announced by the Kenyan government.", "01")
    assert event.cameo == "013"
    assert event.target is not None and event.target.code == "KENGOV"


def test_skeptical_of_a_partys_plan_is_directed_at_the_party() -> None:
    [event] = _events("The Dutch minister is skeptical of Turkey's plan to build a dam.", "01")
    assert event.target is not None and event.target.code == "TURGOV"


def test_weighing_an_act_is_directed_at_the_party_of_the_act() -> None:
    events = _events("The Dutch government is considering sending tents to Malawi.", "01")
    [event] = [e for e in events if e.cameo == "014"]
    assert event.target is not None and event.target.code == "MWIGOV"


def test_an_attitude_about_a_mere_topic_has_no_target() -> None:
    [event] = _events("The Dutch minister is skeptical of the plan.", "01")
    assert event.target is None


def test_the_agent_of_a_weapon_subject_is_the_doer() -> None:
    [event] = _events("The shells fired by the Ethiopian army struck a depot of the Eritrean "
                      "army.", "19")
    assert event.source is not None and event.source.code == "ETHMIL"
    assert event.target is not None and event.target.code == "ERIMIL"


def test_coded_people_freed_are_the_target() -> None:
    [event] = _events("Iran let free British sailors on Friday.", "08")
    assert event.cameo == "0841"
    assert event.target is not None and event.target.code == "GBRMIL"


def test_setting_people_free_is_a_release() -> None:
    [event] = _events("The junta let free dozens of students on Friday.", "08")
    assert event.cameo == "0841"


def test_a_cessation_of_hostilities_is_a_ceasefire() -> None:
    [event] = _events("The Chadian government declared a cessation of hostilities in the east.",
                      "08")
    assert event.cameo == "0871"


def test_a_released_thing_is_no_release_of_people() -> None:
    assert _events("Kenya released a detailed report on Monday.", "08") == []


def test_two_people_of_one_generic_sector_are_two_parties() -> None:
    [event] = _events("Police arrested a police officer in the capital.", "17")
    assert event.source is not None and event.target is not None
    assert event.target.mention.endswith("police officer")


def test_a_verbal_act_to_another_mention_of_the_own_party_stands_without_addressee() -> None:
    [event] = _events("The Kenyan president paid a visit to the Kenyan foreign minister on "
                      "Monday.", "04")
    assert event.source is not None and event.source.code == "KENGOV"
    assert event.target is None


def test_force_on_another_mention_of_the_own_party_is_still_dropped() -> None:
    assert _events("The Kenyan army attacked the Kenyan army on Monday.", "19") == []


def test_a_head_of_conjoined_owners_is_one_actor_per_owner() -> None:
    events = _events("The navies of Chile and Peru attacked the pirates off the coast.", "19")
    assert {e.source.code for e in events if e.source is not None} == {"CHLMIL", "PERMIL"}


def test_an_organisation_among_the_owners_is_no_state_body() -> None:
    events = _events("The humanitarian branches of the Government of Chile and the United "
                     "Nations today launched an appeal for money.", "02")
    assert all(e.source is None or e.source.code != "UNOGOV" for e in events)


# ----------------------------------------------------------------------- rule logic on the parse

def test_patients_are_the_direct_objects_naming_people() -> None:
    # "Army freed prisoners" / "Army freed documents"
    people = _doc(["Army", "freed", "prisoners"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                  ["PROPN", "VERB", "NOUN"], ["army", "free", "prisoner"])
    things = _doc(["Army", "freed", "documents"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                  ["PROPN", "VERB", "NOUN"], ["army", "free", "document"])
    assert [t.text for t in patients(people[1])] == ["prisoners"]
    assert patients(things[1]) == []
    assert patients(people[2]) == []  # a noun has no direct object


def test_a_quantity_of_people_is_its_members() -> None:
    doc = _doc(["Army", "freed", "dozens", "of", "students"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"],
               ["PROPN", "VERB", "NOUN", "ADP", "NOUN"], ["army", "free", "dozen", "of", "student"])
    assert [t.text for t in patients(doc[1])] == ["students"]


def test_addressees_are_people_in_the_patterns_own_slots() -> None:
    # "Japan sent aid to farmers" / "Japan sent aid to Asia"
    words = ["Japan", "sent", "aid", "to", "farmers"]
    heads, deps = [1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NOUN"]
    doc = _doc(words, heads, deps, pos, ["japan", "send", "aid", "to", "farmer"])
    assert [t.text for t in addressees(doc[1], ("dative", "to"))] == ["farmers"]
    assert addressees(doc[1], ("dative", "for")) == []
    place = _doc([*words[:4], "Asia"], heads, deps, [*pos[:4], "PROPN"],
                 ["japan", "send", "aid", "to", "asia"])
    assert addressees(place[1], ("to",)) == []


def test_things_are_direct_objects_naming_movable_things() -> None:
    doc = _doc(["Italy", "returned", "statues"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               ["PROPN", "VERB", "NOUN"], ["italy", "return", "statue"])
    favour = _doc(["Italy", "returned", "favour"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                  ["PROPN", "VERB", "NOUN"], ["italy", "return", "favor"])
    assert [t.text for t in things(doc[1])] == ["statues"]
    assert things(favour[1]) == []


def _actor(start: int, code: str | None, country: str | None = None,
           entity: str | None = None) -> Actor:
    return Actor(mention="x", start=start, end=start + 1, name="x", kind="group",
                 country=country, sector=code if country is None else None, code=code,
                 entity=entity)


def test_generic_actors_differ_by_mention_unless_one_entity() -> None:
    from newsevents.events import _two_generics

    assert _two_generics(_actor(0, "CVL"), _actor(10, "CVL"))
    assert not _two_generics(_actor(0, "CVL", entity="e1"), _actor(10, "CVL", entity="e1"))
    assert not _two_generics(_actor(0, "CVL"), _actor(0, "CVL"))
    # a state's government is one party however many mentions
    assert not _two_generics(_actor(0, "USAGOV", "USA"), _actor(10, "USAGOV", "USA"))


# ----------------------------------------------------------------------- recipients of aid

def test_aid_given_to_help_a_party_is_given_to_it() -> None:
    [event] = [e for e in _events("Norway donated 40 tonnes of medical equipment to assist "
                                  "Malawi with its vaccination campaign.", "07")
               if e.trigger.text == "donated"]
    assert event.target is not None and event.target.code == "MWI"


def test_the_one_helped_to_cope_is_the_recipient() -> None:
    [event] = [e for e in _events("Norway has earmarked 3 million crowns to help Malawi cope "
                                  "with the drought.", "07") if e.trigger.text == "earmarked"]
    assert event.target is not None and event.target.code == "MWI"


def test_the_object_of_supplying_with_something_receives_it() -> None:
    # "Norway supplied the army with trucks" / "Norway supplied trucks"
    doc = _doc(["Norway", "supplied", "army", "with", "trucks"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "NOUN"],
               ["norway", "supply", "army", "with", "truck"])
    bare = _doc(["Norway", "supplied", "trucks"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                ["PROPN", "VERB", "NOUN"], ["norway", "supply", "truck"])
    assert [t.text for t in with_recipients(doc[1])] == ["army"]
    assert with_recipients(bare[1]) == []


def test_a_phrase_on_what_an_amount_holds_belongs_to_the_object() -> None:
    # "Norway gives millions in aid to Malawi": "to" hangs on "aid"
    doc = _doc(["Norway", "gives", "millions", "in", "aid", "to", "Malawi"],
               [1, 1, 1, 2, 3, 4, 5], ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
               ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
               ["norway", "give", "million", "in", "aid", "to", "malawi"])
    assert [t.text for t in slot(doc[1], "to")] == ["Malawi"]


def test_purpose_beneficiaries_on_the_parse() -> None:
    # "Norway sent tents to help Malawi" / "Norway sent tents to protect Malawi"
    words = ["Norway", "sent", "tents", "to", "help", "Malawi"]
    heads, deps = [1, 1, 1, 4, 1, 4], ["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj"]
    pos = ["PROPN", "VERB", "NOUN", "PART", "VERB", "PROPN"]
    doc = _doc(words, heads, deps, pos, ["norway", "send", "tent", "to", "help", "malawi"])
    assert [t.text for t in purpose_beneficiaries(doc[1])] == ["Malawi"]
    other = _doc(words, heads, deps, pos, ["norway", "send", "tent", "to", "protect", "malawi"])
    assert purpose_beneficiaries(other[1]) == []
