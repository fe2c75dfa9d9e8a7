"""Participants nobody coded, passives, places, nominals and headlines through the real model.

Sentences written for these tests (in no gold set). Each states what a reader would code.
"""

from __future__ import annotations

from tests.events.coding import events_of as _events


def test_an_uncoded_doer_keeps_the_event_with_its_mention_and_reason() -> None:
    # "a stranger" is a private person since the actors stage reads WordNet person nouns
    # (actors/people_nouns.py); a figure WordNet does not make a person stays uncoded
    [event] = _events("Two Turkish journalists were detained by a masked figure.", "17")
    assert event.source is not None and event.source.code is None
    assert event.source.mention == "a masked figure"
    assert "no actor code" in event.source.resolution.reason
    assert event.target is not None and "journalists" in event.target.mention
    assert event.modality == "asserted"


def test_conjoined_verbs_are_two_events_with_the_shared_subject() -> None:
    text = "A gunman killed three villagers and wounded 20 near the market."
    killed, wounded = _events(text, "18")
    assert (killed.trigger.text, wounded.trigger.text) == ("killed", "wounded")
    assert killed.source == wounded.source
    assert wounded.target is not None and wounded.target.mention == "20"


def test_agentless_passive_has_an_implied_doer() -> None:
    [event] = _events("A teacher was arrested in Nairobi on Tuesday.", "17")
    assert event.source is not None and event.source.mention == ""
    assert event.source.resolution.reason.startswith("implied agent")
    assert (event.source.code, event.source.resolution.method) == ("KENCOP", "implied")
    assert event.target is not None and "teacher" in event.target.mention  # uncoded or EDU
    assert event.modality == "asserted"


def test_passive_modality_is_never_lost() -> None:
    [maybe] = _events("The teacher may be arrested.", "17")
    assert maybe.modality == "hypothetical"
    [denied] = _events("The teacher was not arrested.", "17")
    assert denied.modality == "negated"


def test_participial_passive_names_who_was_acted_on() -> None:
    [event] = _events("The protesters arrested on Monday were released.", "17")
    assert event.target is not None and event.target.code == "CVL"
    assert event.source is not None and event.source.resolution.reason.startswith("implied agent")
    assert event.modality == "asserted"  # the matrix verb's voice is not the arrest's modality


def test_a_city_acted_on_is_its_country_and_the_place_is_kept() -> None:
    [event] = _events("Rebel fighters shelled the city of Kharkiv.", "19")
    assert event.target is not None and event.target.code == "UKR"
    assert "Kharkiv" in event.target.mention
    assert event.place is not None and event.place.name == "Kharkiv"


def test_conjoined_nationalities_are_two_sources() -> None:
    events = _events("The Chinese and Indian ministries criticized the plan.", "11")
    assert {e.source.code for e in events if e.source is not None} == {"CHNGOV", "INDGOV"}


def test_event_nominal_with_its_undergoer() -> None:
    [event] = _events("The detention of three lawyers angered the bar association.", "17")
    assert event.trigger.text == "detention"
    assert event.target is not None and "lawyers" in event.target.mention  # uncoded or JUD
    assert event.source is not None and event.source.resolution.reason.startswith("implied agent")


def test_a_requested_nominal_is_never_asserted() -> None:
    text = "Activists called for the arrest of the mayor."
    assert not [e for e in _events(text, "17") if e.modality == "asserted"]


def test_headline_fragment_without_auxiliary() -> None:
    [event] = _events("Police arrest man after stabbing", "17")
    assert event.source is not None and event.source.code == "COP"
    assert event.target is not None and event.target.mention == "man"


def test_speech_verb_with_a_predicate_label_is_a_criticism() -> None:
    [event] = _events("The Kremlin called the verdict a farce.", "11")
    assert event.source is not None and event.source.code == "RUSGOV"
    assert event.target is not None and event.target.mention == "the verdict"


def test_natural_causes_are_no_political_event() -> None:
    assert _events("A fire killed 14 people.", "18") == []
    [blast] = _events("The blast killed 12 soldiers.", "18")
    assert blast.source is not None and "is an event" in blast.source.resolution.reason


def test_a_passive_killing_with_no_sign_of_violence_has_no_doer() -> None:
    assert _events("Twenty people were killed on the island, officials said.", "18") == []
    [attack] = _events("Twenty Afghan villagers were killed in an attack on the island.", "18")
    assert attack.source is not None and attack.source.resolution.reason.startswith("implied")


def test_an_implied_police_acts_where_the_arrest_took_place() -> None:
    [event] = _events("A Canadian missionary was arrested in Lebanon on Monday.", "17")
    assert event.source is not None and event.source.code == "LBNCOP"  # not CAN: the place wins
    assert (event.source.sector, event.source.country) == ("COP", "LBN")


def test_a_nominal_event_someone_faces_or_prevented_is_not_asserted() -> None:
    text = "The rebels were given 72 hours to surrender or face an assault on the capital."
    assert not [e for e in _events(text, "19") if e.modality == "asserted"]
    text = "Police prevented an attack on the embassy."
    assert not [e for e in _events(text, "19") if e.modality == "asserted"]


def test_an_event_subject_lends_its_doer_and_its_hedge() -> None:
    [event] = _events("The alleged attack by Israel on the consulate killed seven people.", "18")
    assert event.source is not None and event.source.code == "ISR"
    assert event.modality == "reported_unverified"
