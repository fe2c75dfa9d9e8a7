"""Targets real news leaves outside the pattern's slots: the doer's own forces are the means of
an act, not whom it is aimed at ("withdraw its troops from X"); the place a kept event happened
in; a protest noun's purpose on its light verb — through the real model, on sentences written
for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str, root: str) -> list[Event]:
    found = [e for e in extract_text(text, published="2024-05-02").events
             if e.cameo.startswith(root)]
    assert found, f"no {root} event in {text!r}"
    return found


def test_own_troops_give_way_to_the_place_they_leave() -> None:
    evs = _events("Armenia agreed to withdraw its troops from Georgia on Monday.", "03")
    assert all(e.target is not None and e.target.country == "GEO" for e in evs), [
        e.target for e in evs]


def test_own_weapons_give_way_to_the_place_they_are_laid_down_in() -> None:
    evs = _events("The militia agreed to lay down their weapons in southern Lebanon.", "03")
    assert all(e.target is not None and e.target.country == "LBN" for e in evs), [
        e.target for e in evs]


def test_another_partys_counterparts_stay_the_target() -> None:
    (ev,) = _events("Kenyan police shared evidence with their Ugandan counterparts.", "06")
    assert ev.target is not None and ev.target.country == "UGA"


def test_own_forces_stay_when_no_one_else_is_named() -> None:
    evs = _events("Armenia agreed to withdraw its troops on Monday.", "03")
    assert any(e.target is not None and e.target.code == "ARMMIL" for e in evs)


# --------------------------------------------------------------- the place where it happened

def test_posture_of_the_field_dictionary_takes_the_place_it_is_in() -> None:
    (ev,) = _events("Kenyan troops remained on high alert in Mombasa on Friday.", "15")
    assert ev.target is not None and ev.target.country == "KEN"


def test_place_never_replaces_a_named_target() -> None:
    (ev,) = _events("Kenyan troops remained on alert against Somali militants in Mombasa.", "15")
    assert ev.target is None or ev.target.country != "KEN" or ev.target.sector is not None


# --------------------------------------------------------------- a protest noun's purpose

def test_hunger_strike_takes_whom_its_light_verbs_purpose_protests() -> None:
    (ev,) = _events("Jailed activists launched a hunger strike on Monday to protest the new "
                    "rules imposed by the Egyptian government.", "142")
    assert ev.target is not None and ev.target.code == "EGYGOV"


def test_own_troops_give_way_to_whom_their_purpose_names() -> None:
    evs = _events("Kenya has offered to send 500 soldiers to patrol the villages in Somalia.", "03")
    assert all(e.target is not None and e.target.country == "SOM" for e in evs), [
        e.target for e in evs]


# --------------------------------------------------------------- handed over to

def test_extradition_partner_is_the_state_the_person_goes_to() -> None:
    (ev,) = _events("Spain extradited a Russian businessman to Moscow on Friday.", "063")
    assert ev.source is not None and ev.source.country == "ESP"
    assert ev.target is not None and ev.target.country == "RUS" and "Moscow" in ev.target.mention


def test_extradition_without_a_partner_keeps_the_person() -> None:
    (ev,) = _events("Spain extradited a Russian businessman on Friday.", "063")
    assert ev.target is not None and "businessman" in ev.target.mention


def test_targetless_act_takes_the_place_its_purpose_names() -> None:
    evs = [e for e in _events("Egypt declared a ceasefire to stop the fighting in Libya.", "087")
           if e.trigger.text == "declared"]
    assert evs and evs[0].target is not None and evs[0].target.country == "LBY"


def test_purpose_in_the_doers_own_country_gives_no_target() -> None:
    evs = [e for e in _events("Egypt declared a ceasefire to stop the fighting in Cairo.", "087")
           if e.trigger.text == "declared"]
    assert evs and evs[0].target is None
