"""One act, one event (``events/same_act.py``), through the real spaCy model.

A reciprocal act is one event from the first-named party to the other (the shared annotation
guide: "'A and B met' are one event with source A, target B"); a killing told with the violent
act's noun as its subject ("a bombing … killed") is one act, told by the verb. The sentences
are written for these tests and are in no gold set.
"""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2021-05-04").events)


def _side(actor: object) -> str:
    return (getattr(actor, "country", None) or getattr(actor, "code", None) or "")[:3]


def _pairs(text: str, root: str) -> list[tuple[str, str]]:
    return [(_side(e.source), _side(e.target)) for e in _events(text) if e.cameo_root == root]


def test_talks_of_two_conjoined_states_are_one_event_from_the_first_named() -> None:
    assert _pairs("Iran and Iraq held talks in Baghdad on Tuesday.", "04") == [("IRN", "IRQ")]


def test_a_ceasefire_agreed_by_two_states_is_one_event() -> None:
    pairs = _pairs("Bosnia and Slovenia agreed to a ceasefire on Monday.", "03")
    assert pairs == [("BIH", "SVN")], pairs


def test_a_truce_violated_by_two_states_is_one_event_whatever_level_each_side_reads() -> None:
    # the two readings are ARMMIL → AZE and AZEMIL → ARM: one act by country
    pairs = _pairs("Armenia and Azerbaijan violated the truce within hours.", "19")
    assert pairs == [("ARM", "AZE")], pairs


def test_one_sided_acts_of_conjoined_doers_stay_one_event_each() -> None:
    pairs = _pairs("Algeria and Morocco imposed bans on niqabs.", "17")
    assert sorted(s for s, _ in pairs) == ["DZA", "MAR"], pairs


def test_a_bombing_that_killed_is_one_act_told_by_its_verb() -> None:
    evs = _events("A bombing by militants killed twelve soldiers in Maiduguri on Monday.")
    violent = [(e.cameo_root, e.trigger.text) for e in evs if e.cameo_root in ("18", "19")]
    assert violent == [("18", "killed")], violent
    assert evs[0].target is not None and evs[0].target.sector == "MIL"


def test_conjoined_acts_of_one_doer_stay_one_event_each() -> None:
    evs = _events("Gunmen killed five people and wounded 40 others in Kano on Friday.")
    assert sorted(e.trigger.text for e in evs if e.cameo_root == "18") == ["killed", "wounded"]


def test_two_members_of_one_body_acting_alike_are_no_mirror_of_each_other() -> None:
    evs = _events("Senator Mark Warner and Senator Tim Kaine both criticised the President's "
                  "decision on Tuesday.")
    doers = sorted(e.source.mention for e in evs if e.cameo_root == "11" and e.source)
    assert len(doers) == 2, [(e.cameo, e.source, e.target) for e in evs]
