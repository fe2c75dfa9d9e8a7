"""Acts a reader of the output catches at once as coded wrong (issue 12, part 2). Sentences
written for these tests; in no gold set."""

from __future__ import annotations

from .coding import codes, events_of


def test_declining_to_say_is_declining_comment_not_a_rejection() -> None:
    found = codes("The ministry declined to say whether it would expel the diplomats.")
    assert "011" in found and "120" not in found, found


def test_refusing_to_elaborate_is_declining_comment() -> None:
    found = codes("The government refused to elaborate on the plan.")
    assert "011" in found and "120" not in found, found


def test_refusing_an_act_stays_a_refusal() -> None:
    assert "1243" in codes("Iran refused to release the sailors who say they were lost.")


def test_an_acquitting_verdict_is_told_once() -> None:
    found = events_of("A court in Lagos found the customs chief innocent of all charges.", "11")
    assert [(e.cameo, e.modality) for e in found] == [("116", "negated")], found
    assert found[0].target is not None and "chief" in found[0].target.mention


def test_a_past_act_in_an_after_phrase_is_not_under_the_threat() -> None:
    found = events_of("Israel threatened to shell Hezbollah after accusing it of firing rockets.",
                      "11")
    assert [(e.cameo, e.modality) for e in found] == [("112", "asserted")], found


def test_an_after_phrase_under_a_plan_stays_planned() -> None:
    found = events_of("Israel plans to shell Hezbollah after accusing it of firing rockets.",
                      "11")
    assert found and all(e.modality != "asserted" for e in found), found


def test_saying_beside_a_rejection_keeps_the_rejection() -> None:
    found = codes("The opposition leader rejected the announcement that the president had won, "
                  "saying he would file a complaint.")
    assert "120" in found and "011" not in found, found


def test_a_court_acquitting_an_official_of_a_charge_is_an_event() -> None:
    found = events_of("A court in Cairo acquitted the former minister of corruption.", "08")
    assert [(e.cameo, e.source.code if e.source else None) for e in found] == [
        ("080", "EGYJUD")], found
