"""Whom a targetless act is aimed at, read off its purpose, and the civilians of a state's own
place under its restrictions (``participants.purpose_target``, ``place_target``).

Sentences written for these tests (in no gold set), through the real model.
"""

from __future__ import annotations

from tests.events.coding import events_of as _events


def _target(text: str, root: str) -> str | None:
    codes = [e.target.code for e in _events(text, root) if e.target is not None]
    return codes[0] if codes else None


def test_a_protest_aimed_at_a_state_through_its_purpose() -> None:
    text = ("Truck drivers in Lyon blocked roads on Monday to show their disapproval of "
            "Spain's new tolls.")
    assert _target(text, "14") == "ESPGOV"
    text = "Workers in Lille blocked a highway to protest against Belgium's new border checks."
    assert [e.target.code for e in _events(text, "14") if e.target is not None] == [
        "BELGOV", "BELGOV"]


def test_force_used_to_disperse_a_crowd_is_aimed_at_the_crowd() -> None:
    text = "Kenyan police opened fire to disperse student demonstrators in Nairobi."
    assert _target(text, "19") == "KENCVL"


def test_a_posture_for_a_war_against_a_state() -> None:
    text = "Australia mobilized naval reservists for a possible war against Indonesia."
    assert _target(text, "15") == "IDN"


def test_the_purpose_never_makes_the_source_its_own_target() -> None:
    # "their" is the drivers themselves: the purpose names nobody else, so the protest falls
    # back on the state where it happened (participants.protest_target), never the drivers
    text = "Truck drivers in Lyon blocked roads on Monday to show their anger."
    [event] = _events(text, "14")
    assert event.target is None or event.target.code == "FRAGOV"
    assert event.target is None or event.target.mention != "Truck drivers"


def test_a_curfew_a_government_extends_over_its_own_city_is_on_its_civilians() -> None:
    text = "President Akufo-Addo of Ghana said he would extend the curfew in Kumasi."
    events = [e for e in _events(text, "17") if e.cameo.startswith("172")]
    assert events and any(e.target is not None and e.target.code == "GHACVL" for e in events)


def test_a_foreign_place_stays_the_foreign_state() -> None:
    text = "Serbia lifted the night curfew in Sarajevo on Sunday."
    [event] = _events(text, "08")
    assert event.target is not None and event.target.code == "BIH"


def test_a_participle_of_demanding_names_whom_a_protest_is_aimed_at() -> None:
    text = ("Taxi drivers blocked roads in Nairobi on Monday demanding lower fuel taxes from "
            "the Kenyan government.")
    assert _target(text, "14") == "KENGOV"


def test_prisoners_and_supporters_are_people_who_can_protest() -> None:
    text = "Inmates in Lagos rioted over food on Sunday."
    [event] = _events(text, "14")
    assert event.source is not None and event.source.code == "NGACVL"
    text = "Hundreds of supporters of the jailed mayor marched through Ankara on Friday."
    [event] = _events(text, "14")
    assert event.source is not None and event.source.code == "TURCVL"


def test_gathering_for_a_protest_makes_the_gatherers_its_source() -> None:
    text = "Students assembled for a demonstration against the Chilean government."
    [event] = _events(text, "14")
    assert event.source is not None and event.source.code == "CHLEDU"
    assert event.target is not None and event.target.code == "CHLGOV"
    assert not _events("Police gathered evidence at the scene of the protest.", "14")


# ------------------------------------------------------------ the rule on a hand-built parse

def test_an_infinitive_on_a_protest_noun_names_its_target() -> None:
    """'a rally to protest abuses by Togolese soldiers', the infinitive parsed as a relative
    clause of the noun (as the model parses it in long sentences): the soldiers are the
    target of the rally."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.events import participants as parts
    from newsevents.events.actor_finder import ActorFinder
    from newsevents.records import Actor, Resolution

    words = ["a", "rally", "to", "protest", "abuses", "by", "Togolese", "soldiers"]
    doc = Doc(spacy.blank("en").vocab, words=words,
              heads=[1, 1, 3, 1, 3, 4, 7, 5],
              deps=["det", "ROOT", "aux", "relcl", "dobj", "prep", "amod", "pobj"],
              pos=["DET", "NOUN", "PART", "VERB", "NOUN", "ADP", "ADJ", "NOUN"])
    start = doc[6].idx
    soldiers = Actor(mention="Togolese soldiers", start=start, end=doc[7].idx + 8,
                     name="soldiers", kind="organisation", country="TGO", sector="MIL",
                     code="TGOMIL", resolution=Resolution("dictionary", "test"))
    ghanaians = Actor(mention="Ghanaians", start=0, end=0, name="Ghanaians", kind="group",
                      country="GHA", sector="CVL", code="GHACVL",
                      resolution=Resolution("dictionary", "test"))
    finder = ActorFinder([soldiers])
    found = parts.purpose_target(doc[1], "141", finder, ghanaians)
    assert [a.code for a in found] == ["TGOMIL"]
    assert parts.purpose_target(doc[1], "111", finder, ghanaians) == []  # not a listed root
