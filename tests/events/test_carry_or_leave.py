"""Travel and talk that is no visit or meeting (senses.yaml): a verb of travel with a direct
object carries someone or leaves a place (``carry-or-leave``, the ``transitive`` test); speaking
to the press is no consultation (``speaking-to-the-press``); an inquiry's call for witnesses is no
appeal (``appeal-for-witnesses``).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.coding import assert_kept, assert_vetoed


def test_flying_the_injured_to_hospital_is_no_visit(monkeypatch: pytest.MonkeyPatch,
                                                    nlp: Any) -> None:
    assert_vetoed("Rescuers flew the injured to a hospital in Manila.", "04", monkeypatch)


def test_the_traveller_s_own_flight_is_still_a_visit(nlp: Any) -> None:
    assert_kept("The French president flew to Berlin on Monday for talks with the chancellor.",
                "042")


def test_speaking_to_reporters_is_no_consultation(monkeypatch: pytest.MonkeyPatch,
                                                  nlp: Any) -> None:
    assert_vetoed("The minister spoke to reporters in Cairo after the vote.", "04", monkeypatch)


def test_speaking_to_a_president_is_still_one(nlp: Any) -> None:
    assert_kept("The German chancellor spoke with the French president by phone on Monday.",
                "04")


@pytest.mark.parametrize("text", [
    "Police appealed for witnesses to come forward.",
    "Police asked the public for information about the missing girl.",
])
def test_an_inquiry_s_call_for_witnesses_is_no_appeal(text: str,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      nlp: Any) -> None:
    assert_vetoed(text, "02", monkeypatch)


def test_an_appeal_to_share_information_between_states_stays(nlp: Any) -> None:
    assert_kept("The UN urged Iran to share information with the inspectors.", "02")
