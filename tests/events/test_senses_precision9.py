"""Precision on real news, round 14 (issue 12), through the real spaCy model.

Each rule is shown twice: the false event gone on one sentence and the true event kept on a
near-identical one. The sentences are written for these tests and are in no gold set.
"""

from __future__ import annotations

import pytest

from newsevents import extract_text
from newsevents.records import Event

from .coding import assert_kept, assert_vetoed, codes


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2024-05-02").events)


def _code(actor: object) -> str:
    return getattr(actor, "code", None) or ""


# --------------------------------------------------------------------------- war as a setting

@pytest.mark.parametrize("text", [
    "The United Nations on Sunday appealed for $2.7 billion to help families displaced by the "
    "war in Yemen.",
    "Two bridges destroyed in the war in Ukraine will be rebuilt with Japanese money.",
])
def test_a_war_named_as_a_setting_is_no_act_of_fighting(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_vetoed(text, "19", monkeypatch)


@pytest.mark.parametrize("text", [
    "The war in Yemen has killed thousands of civilians, the United Nations said on Sunday.",
    "Russia launched a war on Ukraine in February 2022.",
])
def test_a_war_the_sentence_tells_is_still_fighting(text: str) -> None:
    assert_kept(text, "19")


# --------------------------------------------------------------------------- fire set

def test_fire_set_by_protesters_is_a_violent_protest_not_a_ceasefire(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Protesters set fire to a police station in the capital on Monday, police said."
    assert_vetoed(text, "0356", monkeypatch)
    assert "145" in codes(text)


def test_fire_set_by_gunmen_is_an_attack_not_a_ceasefire() -> None:
    found = codes("Gunmen set fire to a church in the village on Sunday.")
    assert "0356" not in found and "180" in found, found


def test_agreeing_to_a_ceasefire_is_still_a_ceasefire() -> None:
    assert_kept("Israel agreed to a ceasefire with Hamas on Tuesday.", "0356")


# --------------------------------------------------------------------------- go-betweens

def test_the_broker_of_a_ceasefire_is_not_the_party_agreeing_with() -> None:
    found = [e for e in _events("Israel agreed on Tuesday to a ceasefire with Hamas mediated by "
                                "Egypt and Qatar.") if e.cameo.startswith("03")]
    assert found
    assert all(not _code(e.target).startswith(("EGY", "QAT")) for e in found), [
        (e.cameo, _code(e.target)) for e in found]
    assert any(_code(e.target).startswith("PSE") for e in found)


def test_both_sides_of_a_brokered_ceasefire_are_each_others_partners() -> None:
    found = [e for e in _events("Israel and Hezbollah agreed on Tuesday to a ceasefire brokered "
                                "by the United States and France.") if e.cameo.startswith("03")]
    targets = {_code(e.target)[:3] for e in found}
    assert targets and not targets & {"USA", "FRA"}, targets


def test_the_author_of_a_proposal_stays_its_owner() -> None:
    found = [e for e in _events("Israel rejected a ceasefire plan proposed by Egypt.")
             if e.cameo.startswith("12")]
    assert any(_code(e.target).startswith("EGY") for e in found), [
        (e.cameo, _code(e.target)) for e in found]


# --------------------------------------------------------------------------- hazard warnings

@pytest.mark.parametrize("text", [
    "The agency warned residents to stay indoors on Tuesday because of the heat.",
    "The police warned people to stay away from the forest as the fire spread.",
])
def test_a_warning_about_a_natural_danger_is_no_threat(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_vetoed(text, "13", monkeypatch)


@pytest.mark.parametrize("text", [
    "The army warned residents to leave the town before the airstrikes began.",
    "North Korea warned South Korea on Tuesday that it would respond to the military drills.",
])
def test_a_warning_of_force_is_still_a_threat(text: str) -> None:
    assert_kept(text, "13")


# --------------------------------------------------------------------------- announced intents

def test_an_act_told_by_its_news_source_is_no_announced_intent() -> None:
    # the office reports what the prime minister will do: the signing is future, nobody
    # announced an intent in the sentence
    found = codes("Japan's prime minister will sign a trade agreement with Australia on Friday, "
                  "his office said.")
    assert "057" in found and not any(c.startswith("03") for c in found), found


def test_the_doers_own_word_is_an_announced_intent() -> None:
    found = codes("Japan's prime minister said he will sign a trade agreement with Australia on "
                  "Friday.")
    assert "057" in found and any(c.startswith("03") for c in found), found


def test_a_state_voice_announcing_the_states_act_is_still_an_intent() -> None:
    found = codes("Trump warned that the United States would impose tariffs on Mexico.")
    assert any(c.startswith("13") for c in found), found


# --------------------------------------------------------------------------- routine and rescue

def test_a_police_appeal_for_witnesses_is_routine_procedure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert_vetoed("Detectives are appealing for witnesses to come forward.", "02", monkeypatch)


def test_a_police_appeal_to_a_party_is_still_an_appeal() -> None:
    assert_kept("Police urged protesters to disperse on Sunday.", "02")


@pytest.mark.parametrize("text", [
    "Firefighters rescued two children from the burning building on Saturday.",
    "Authorities evacuated 2,000 residents as the fire approached the town.",
])
def test_a_rescue_from_a_fire_is_no_aid(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_vetoed(text, "07", monkeypatch)


@pytest.mark.parametrize("text", [
    "The army evacuated civilians from the town amid heavy shelling.",
    "Japan sent emergency aid to the Philippines after the typhoon.",
])
def test_aid_given_or_a_rescue_from_fighting_is_still_aid(text: str) -> None:
    assert_kept(text, "07")


# --------------------------------------------------------------------------- appointments

@pytest.mark.parametrize("text", [
    "The president nominated a new defence minister on Wednesday.",
    "The prime minister appointed Jane Smith as finance minister.",
])
def test_appointing_a_minister_is_no_material_cooperation(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_vetoed(text, "06", monkeypatch)


def test_appointing_an_envoy_to_a_country_keeps_its_diplomatic_reading() -> None:
    assert_kept("The UN Secretary-General appointed a special envoy for Yemen.", "05")
