"""Whom a protest is against when its slots name nobody (``participants.protest_target``), and
whom force used "to disperse" someone is used on (``patient_words.purpose_patients``).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _protests(text: str) -> list[Event]:
    return [e for e in extract_text(text, published="2025-05-06").events if e.cameo_root == "14"]


def test_the_party_inside_the_purpose_clause_is_the_target() -> None:
    events = _protests("Fishermen in Chile blocked a harbour road to show their anger at the "
                       "Argentine government's new quotas.")
    assert events and all(e.target is not None and e.target.country == "ARG" for e in events)


def test_a_protest_with_no_addressee_is_against_the_state_where_it_happened() -> None:
    events = _protests("Hundreds of Palestinian workers rioted at a factory in southern Israel "
                       "on Tuesday.")
    assert events and all(e.target is not None and e.target.code == "ISRGOV" for e in events)
    assert all(e.target.resolution.method in ("metonymy", "dictionary")
               for e in events if e.target is not None)


def test_the_protesters_own_state_is_never_their_target() -> None:
    events = _protests("Peru staged a protest in Lima on Friday.")
    assert all(e.target is None or e.target.country != "PER" for e in events)


def test_force_used_to_disperse_people_is_used_on_them() -> None:
    text = "Sudanese troops fired shots in the air to scare away the crowd in Khartoum."
    events = [e for e in extract_text(text, published="2025-05-06").events
              if e.cameo_root in ("18", "19", "20")]
    assert events and all(e.target is not None and e.target.code == "SDNCVL" for e in events)


def test_the_purpose_of_force_is_never_a_thing_or_an_event() -> None:
    text = "Zambian police fired tear gas to break up protests in Lusaka on Monday."
    events = [e for e in extract_text(text, published="2025-05-06").events
              if e.cameo_root in ("18", "19", "20")]
    assert all(e.target is None or "protests" not in e.target.mention for e in events)
