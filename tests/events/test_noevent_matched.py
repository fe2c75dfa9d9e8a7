"""Events a trigger matched and a later check dropped (issue 12): the check now reads the
context that tells the political sense from the everyday one. Sentences written for these
tests, in no gold set."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text
from tests.events.coding import codes as _codes
from tests.events.coding import with_and_without_senses as _both


@pytest.mark.parametrize("text", [
    "Police have launched an investigation into war hero Ben Castell over allegations of "
    "bribery.",
    "Detectives in Toronto launched an investigation into allegations made against the singer "
    "Tom Reyes.",
])
def test_an_investigation_of_a_named_party_is_no_incident(text: str, nlp: Any,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    raw, gated = _both(text, monkeypatch)
    assert "090" in raw  # the premise: the pattern fires
    assert "090" in gated, (text, gated)


@pytest.mark.parametrize("text", [
    "Police in Ohio are investigating the crash that killed the cyclist Anna Marsh.",
    "Police in Ohio are investigating the fire at the Harlow Group warehouse.",
])
def test_an_incident_that_names_a_victim_or_place_stays_an_incident(text: str, nlp: Any
                                                                    ) -> None:
    assert not [c for c in _codes(text) if c.startswith("09")], (text, _codes(text))


@pytest.mark.parametrize("text, target", [
    ("Moscow carried out a cyberattack on the Estonian parliament.", "ESTLEG"),
    ("Israel has launched cyber warfare against Iran.", "IRN"),
])
def test_a_cyber_attack_is_coercion_not_fighting(text: str, target: str, nlp: Any) -> None:
    """CAMEO 2.0 176 'attack cybernetically' (PETRARCH2), under 170 in CAMEO 1.1b3."""
    found = [e for e in extract_text(text, published="2024-05-02").events if e.cameo == "170"]
    assert found and found[0].target is not None and found[0].target.code == target, text
    assert not [c for c in _codes(text) if c.startswith("19")]


@pytest.mark.parametrize("text", [
    "Brazil launched a cyber security review of its banks.",
    "Brazil launched an attack on cyber crime in its banks.",
])
def test_cyber_words_alone_are_no_attack(text: str, nlp: Any) -> None:
    assert "170" not in _codes(text), (text, _codes(text))


@pytest.mark.parametrize("text, target", [
    ("The Turkish foreign minister defended Qatar over accusations of funding terrorism.",
     "QATGOV"),
    ("The Greek prime minister defended Germany's handling of the debt crisis.", "DEUGOV"),
])
def test_defending_a_party_in_words_is_052(text: str, target: str, nlp: Any) -> None:
    found = [e for e in extract_text(text, published="2024-05-02").events if e.cameo == "052"]
    assert found and found[0].target is not None and found[0].target.code == target, text


@pytest.mark.parametrize("text", [
    "Ukrainian troops defended Kharkiv against the Russian offensive.",
    "The Kenyan army defended the border town for three days.",
    "The boxer from Ghana defended his title in Accra.",
])
def test_defence_by_arms_or_in_a_contest_is_no_verbal_support(text: str, nlp: Any) -> None:
    assert "052" not in _codes(text), (text, _codes(text))


def test_an_assault_defended_against_stays_an_assault(nlp: Any) -> None:
    assert "190" in _codes("The French president defended the city against the rebels' "
                           "assault.")


def test_a_right_defended_in_words_stays_052_among_words_of_force(nlp: Any) -> None:
    assert "052" in _codes("Canada defended the right of Latvian troops to fire on the "
                           "smugglers at the border.")


def test_a_strike_by_workers_is_a_protest_not_an_attack(nlp: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    raw, gated = _both("Kenyan dock workers launched a strike on Monday.", monkeypatch)
    assert "190" in raw  # the premise: the attack pattern reads the strike
    assert "143" in gated and "190" not in gated, gated


@pytest.mark.parametrize("text", [
    "The Kenyan army launched a strike on rebel positions.",
    "Kenyan farmers struck the police officers with sticks.",
])
def test_a_strike_by_armed_men_or_a_blow_stays_force(text: str, nlp: Any) -> None:
    assert "190" in _codes(text), (text, _codes(text))


def test_war_games_are_a_military_exercise_not_a_product(nlp: Any) -> None:
    text = "The Chilean navy and its allies launched war games off the coast of Peru."
    gated = _codes(text)
    assert "150" in gated and not [c for c in gated if c.startswith("19")], gated


def test_games_launched_by_a_company_stay_products(nlp: Any) -> None:
    assert not [c for c in _codes("Nintendo launched two new video games in Korea on Monday.")
                if c[:2] in ("15", "19")]


def test_a_word_of_the_military_does_not_make_a_defence_armed(nlp: Any) -> None:
    assert "052" in _codes("The Japanese envoy defended Japan's plan to build military "
                           "airstrips on the islands.")


def test_a_defence_in_fierce_fighting_is_no_verbal_support(nlp: Any) -> None:
    assert "052" not in _codes("The mayor of Kharkiv defended the city in fierce fighting.")


def test_a_territory_defended_is_no_verbal_support(nlp: Any) -> None:
    assert "052" not in _codes("Britain said it would defend the islands if Argentina invaded.")
