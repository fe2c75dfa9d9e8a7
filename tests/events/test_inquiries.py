"""Inquiries opened or ordered: an investigation opened "into the fire" is no opening of fire
(``fight.open-fire`` gives way to an inquiry noun), and ordering or commissioning an inquiry is
investigating, not a demand (``investigate.order`` before ``demand.verb`` in ``patterns.yaml``).

Through the real spaCy model on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from newsevents import extract_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in extract_text(text, published="2024-05-02").events]


def test_an_inquiry_into_a_fire_opens_no_fire() -> None:
    assert not any(c.startswith("19") for c in _codes(
        "Police in Mombasa opened an investigation into the warehouse fire on Tuesday."))


def test_opening_fire_is_still_fighting() -> None:
    assert "193" in _codes("Kenyan soldiers opened fire on protesters in Nairobi.")


def test_ordering_an_inquiry_is_investigating() -> None:
    codes = _codes("The Kenyan prime minister ordered an inquiry into corruption allegations "
                   "against the Ugandan trade minister.")
    assert any(c.startswith("09") for c in codes), codes
    assert not any(c.startswith("10") for c in codes), codes


def test_ordering_troops_is_still_a_demand() -> None:
    assert any(c.startswith("10") for c in _codes(
        "The Kenyan president ordered the troops to leave the border town."))
