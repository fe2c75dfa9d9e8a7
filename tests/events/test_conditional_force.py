"""Conditional, vowed and refused force is found with its modality, never asserted and never
dropped (issue 12; the annotation guide: "if-clauses and 'unless' → conditional"). Sentences
written for these tests (in no gold set), through the real pipeline."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str, root: str) -> list[Event]:
    return [e for e in extract_text(text, published="2024-05-02").events
            if e.cameo_root == root]


def test_a_day_between_the_threat_and_its_act_is_not_who_acts() -> None:
    # "threatened on Friday to impose": the phrase "on Friday" is no "call on X to"
    (ev,) = _events("Canada threatened on Friday to impose sanctions on Iran if Tehran does "
                    "not release the detained journalists.", "16")
    assert ev.source is not None and ev.source.country == "CAN", ev.source
    assert ev.modality == "conditional"


def test_force_with_no_object_is_aimed_at_the_party_of_its_condition() -> None:
    (ev,) = [e for e in _events("Iran will retaliate if it is attacked by Israel.", "19")
             if e.trigger.text == "retaliate"]
    assert ev.source is not None and ev.source.country == "IRN"
    assert ev.target is not None and ev.target.country == "ISR", ev.target
    assert ev.modality == "conditional"


def test_using_force_is_force_and_its_refusal_is_negated() -> None:
    found = _events("The Serbian president said his government would not use force to "
                    "retake Kosovo.", "19")
    found = [e for e in found if e.trigger.text == "use"]
    assert [e.modality for e in found] == ["negated"], found
    assert found[0].source is not None and found[0].source.country == "SRB"


def test_an_inverted_were_opens_a_condition() -> None:
    found = {e.trigger.text: e.modality
             for e in extract_text("Were China to blockade Taiwan, Japan would send warships "
                                   "to the strait.", published="2024-05-02").events}
    assert found.get("blockade") == "conditional", found
    assert found.get("send") == "conditional", found


def test_in_case_of_makes_the_consequent_conditional_but_in_the_case_of_does_not() -> None:
    (ev,) = _events("NATO will deploy warships to Estonia in case of an attack.", "15")
    assert ev.modality == "conditional", ev
    (aid,) = _events("In the case of Greece, the European Union will send aid to Athens.", "07")
    assert aid.modality == "future", aid


def test_the_attack_a_vow_answers_happened() -> None:
    found = _events("The Indian army vowed to retaliate after the attack on its post.", "19")
    attacks = [e for e in found if e.trigger.text == "attack"]
    assert attacks and all(e.modality == "asserted" for e in attacks), found


def test_a_team_attacking_on_a_condition_is_no_event() -> None:
    assert not extract_text("Liverpool will attack if Chelsea sit deep, the coach said.",
                            published="2024-05-02").events
