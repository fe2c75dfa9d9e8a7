"""Participants found across sentences and inside modifiers: a yielding act yields to whoever
asked for it (``events.yielded``), "US-led forces" are the leading state's (``actors.generic``).
Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return extract_text(text, published="2020-03-10").events


def test_a_resignation_yields_to_those_who_demanded_it_later_in_the_article() -> None:
    text = ("The governor of Lagos State announced his resignation on Friday. Protesters had "
            "called for his resignation for two weeks.")
    [done] = [e for e in _events(text) if e.cameo == "0831" and e.modality == "asserted"]
    assert done.target is not None and done.target.code == "NGACVL"
    assert "yielded to" in done.target.resolution.reason


def test_a_resignation_nobody_asked_for_keeps_no_target() -> None:
    text = "The Nigerian health minister resigned on Friday, citing family reasons."
    [done] = [e for e in _events(text) if e.cameo_root == "08"]
    assert done.target is None


def test_forces_led_by_a_state_are_that_states() -> None:
    [kill] = [e for e in _events("US-led forces killed three militants in eastern Syria.")
              if e.cameo_root == "18"]
    assert kill.source is not None and kill.source.code == "USAMIL"
    [take] = [e for e in _events("Vietnamese-led forces have retaken a strategic village in "
                                 "western Cambodia.") if e.cameo_root == "19"]
    assert take.source is not None and take.source.code == "VNMMIL"


def test_forces_backed_by_a_state_are_not_that_states() -> None:
    [hit] = [e for e in _events("Iranian-backed militias attacked a US base in Iraq.")
             if e.cameo_root == "19"]
    assert hit.source is None or hit.source.country != "IRN"
