"""The attack verbs' senses by their objects (patterns.yaml): people shot vs a film shot,
"shot dead" and "gunned down" as killings, riot-control weapons as violent repression (175,
not 193 shooting or 2041 chemical weapons), and medical operations that are no attack.

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in extract_text(text, published="2025-05-06").events]


@pytest.mark.parametrize(("text", "code"), [
    ("Israeli soldiers shot two Palestinian men near Hebron on Monday.", "180"),
    ("Gunmen shot dead three soldiers in the northern province of Kunar.", "1823"),
    ("Three soldiers were shot dead by gunmen in Kunar.", "1823"),
    ("Masked men gunned down a judge in Karachi.", "1823"),
])
def test_people_shot_are_assaulted_or_killed(text: str, code: str) -> None:
    assert _codes(text) == [code]


def test_a_shot_victim_is_the_target() -> None:
    [event] = extract_text("Israeli soldiers shot two Palestinian men near Hebron.",
                           published="2025-05-06").events
    assert event.target is not None and event.target.code == "PSECVL"


@pytest.mark.parametrize("text", [
    "The director shot a film in Morocco last year.",
    "The striker shot the ball over the bar in the second half.",
    "Tiger Woods shot a 66 in the final round.",
    "The photographer shot the president for a magazine cover.",
])
def test_shooting_a_film_ball_or_score_is_no_event(text: str) -> None:
    assert not [c for c in _codes(text) if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text", [
    "Israeli police fired tear gas at protesters in Jerusalem.",
    "Israeli police used tear gas against protesters in Jerusalem.",
    "Kenyan police dispersed protesters with tear gas in Nairobi.",
    "Riot police fired rubber bullets at the demonstrators in Lima.",
])
def test_riot_control_weapons_are_violent_repression(text: str) -> None:
    assert _codes(text) == ["175"]


@pytest.mark.parametrize("text", [
    "Soldiers used excessive force against demonstrators in Khartoum, witnesses said.",
    "Riot police employed disproportionate force against the marchers in Minsk.",
])
def test_excessive_force_is_violent_repression(text: str) -> None:
    assert "175" in _codes(text)


def test_excessive_language_is_no_repression() -> None:
    assert "175" not in _codes("The minister used excessive language in the debate.")


def test_chemical_weapons_stay_2041() -> None:
    assert _codes("The Syrian army used chemical weapons against rebels in Douma.") == ["2041"]


def test_surgical_operations_are_no_attack() -> None:
    assert "190" not in _codes(
        "The Kenyan army carried out surgical operations on refugees at the camp.")


def test_a_military_operation_stays_an_attack() -> None:
    assert _codes("The Kenyan army launched an operation against al-Shabaab in Lamu.") == ["190"]


@pytest.mark.parametrize("text", [
    "A suicide bomber rammed an explosives-laden truck into a military checkpoint in Kirkuk.",
    "Islamic State militants drove a truck bomb into an Iraqi army checkpoint near Mosul.",
])
def test_a_bomb_driven_into_the_target_is_a_vehicular_bombing(text: str) -> None:
    assert "1832" in _codes(text)


def test_a_planted_bomb_stays_a_bombing() -> None:
    assert _codes("Militants detonated a bomb at a police station in Peshawar.") == ["183"]
