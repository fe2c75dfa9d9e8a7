"""Argument choices that decide which phrase an event's participant points at — through the
real model, on sentences written for these tests (in no gold set): two-word demonyms, the
subject of what is hoped for, the place a state's restriction covers, and an unnamed doer
ranking below an event that names both sides."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.events.nationality import demonym
from newsevents.nlp import parse
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2024-05-02").events)


def _best(events: list[Event]) -> Event:
    return max(events, key=lambda e: (e.evidence.confidence, -e.trigger.start))


def test_a_two_word_demonym_is_read_whole() -> None:
    doc = parse("Kenya turned back South Sudanese refugees and North Korean sailors.")
    found = {t.text: demonym(t) for t in doc if t.text in ("Sudanese", "Korean")}
    assert found["Sudanese"] is not None and found["Sudanese"][1] == "SSD"  # not Sudan
    assert found["Korean"] is not None and found["Korean"][1] == "PRK"
    assert found["Korean"][0].text == "North"  # the phrase starts at its first word


def test_a_two_word_nationality_gives_the_target_its_country() -> None:
    evs = [e for e in _events("Pyongyang threatened to shell South Korean border posts.")
           if e.cameo_root == "13"]
    assert evs and evs[0].target is not None and evs[0].target.country == "KOR"


def test_the_subject_of_what_is_hoped_for_is_the_target() -> None:
    evs = [e for e in _events("Germany hopes that Poland will accept the plan.")
           if e.cameo == "013"]
    assert evs and evs[0].target is not None and evs[0].target.code == "POLGOV"


def test_a_restriction_on_a_place_of_its_own_points_at_the_place() -> None:
    text = "The Iraqi government imposed a curfew on Kirkuk on Sunday."
    evs = [e for e in _events(text) if e.cameo == "1723"]
    assert evs and evs[0].target is not None
    target = evs[0].target
    assert target.code == "IRQCVL"  # the people of its own country, as before
    assert text[target.start:target.end] == "Kirkuk" == target.mention


def test_a_restriction_naming_no_place_stays_empty_spanned() -> None:
    evs = [e for e in _events("The Iraqi government imposed a curfew on Sunday.")
           if e.cameo == "1723"]
    assert evs and evs[0].target is not None
    assert evs[0].target.code == "IRQCVL" and evs[0].target.mention == ""


def test_an_unnamed_doer_ranks_below_an_event_naming_both_sides() -> None:
    evs = _events("Opposition leader Kizza Besigye was released on Saturday after "
                  "President Museveni pardoned him.")
    unnamed = [e for e in evs if e.source is not None and not e.source.mention]
    assert unnamed, "premise: the release has an implied doer"
    best = _best(evs)
    assert best.source is not None and best.source.mention and best.target is not None


def test_a_restriction_on_the_states_own_country_acts_on_its_people() -> None:
    # the pattern's own slot reads "in Bolivia" as the state: not a self-directed act
    evs = [e for e in _events("The Bolivian government declared a state of siege in Bolivia.")
           if e.cameo.startswith("172")]
    assert evs and evs[0].target is not None
    assert evs[0].target.code == "BOLCVL" and evs[0].target.mention == "Bolivia"


def test_force_on_the_states_own_country_is_still_dropped() -> None:
    # only restrictions (172) read their own country as its people
    assert not [e for e in _events("The Bolivian government shelled Bolivia.")
                if e.cameo_root in ("19", "20")]
