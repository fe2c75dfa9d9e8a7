"""Two attack readings: a drone is an aerial weapon (CAMEO 195, WordNet's pilotless aircraft
in weapons.tsv), never the doer; and an attack that someone thwarted, foiled or prevented is
not the preventer's attack (annotation guide: an act that did not happen is negated or not
coded, and its doer is whoever attempted it).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.modality, e.source.name if e.source else "")
            for e in extract_text(text, published="2025-05-06").events]


@pytest.mark.parametrize("text", [
    "Drones struck a Syrian army base.",
    "A drone hit a Russian military convoy near Kherson.",
])
def test_a_drone_strike_is_an_aerial_attack_by_an_implied_attacker(text: str) -> None:
    [(code, modality, source)] = _events(text)
    assert (code, modality) == ("195", "asserted")
    assert "drone" not in source.lower()


@pytest.mark.parametrize("text", [
    "Security forces thwarted an attempt to bomb a mosque.",
    "The army prevented an attempt to attack the Iraqi embassy.",
    "Iraqi police averted a plan to kill the governor.",
])
def test_a_prevented_attack_is_not_the_preventers(text: str) -> None:
    for code, modality, source in _events(text):
        if code[:2] in ("18", "19", "20"):
            assert modality != "asserted"
            assert source.lower() not in ("security forces", "forces", "the army", "army",
                                          "iraqi police", "police")


def test_an_attempt_of_ones_own_keeps_its_doer() -> None:
    assert any(source == "Rebels" for _, _, source in
               _events("Rebels launched an attempt to attack the Iraqi embassy."))
