"""Codes outside a sentence's CAMEO class that were wrong readings of their trigger (issue 12,
round 14): a strike called off is no call to strike, handed-over weapons are no extradition, a
team of doctors or engineers sent is no delegation sent to talk, a wrong committed is no pledge,
and agreeing with what someone proposed is no intent to cooperate. Sentences written for these
tests, in no gold set; each premise (the old reading fired) is checked where it can be."""

from __future__ import annotations

import pytest

import newsevents.events as events_stage
from newsevents import extract_text

from .coding import assert_kept, assert_vetoed, codes, with_and_without_senses


# ------------------------------------------------------------------ call off a strike
@pytest.mark.parametrize("text", [
    "The union called off the strike on Monday.",
    "Police have been pressuring the dock workers to call off the strike.",
])
def test_calling_off_a_strike_is_no_call_to_strike(text: str) -> None:
    found = codes(text)
    # the strike noun may stay (negated or requested); the verb "call" is no 143 of its own
    assert found.count("143") <= 1, found


def test_calling_a_strike_is_still_a_strike() -> None:
    assert_kept("The teachers' union called a strike over unpaid wages.", "143")


# ------------------------------------------------------------------ hand over
@pytest.mark.parametrize("text", [
    "The rebels said they will hand over their weapons to the army next month.",
    "The militia handed over its rifles to the police on Sunday.",
])
def test_handed_over_weapons_disarm_and_extradite_no_one(text: str) -> None:
    found = codes(text)
    assert "063" not in found and "0873" in found, found


@pytest.mark.parametrize("text", [
    "Kenya handed over the suspect to Uganda.",
    "Kenya handed him over to Uganda on Friday.",
])
def test_handing_over_a_person_is_still_an_extradition(text: str) -> None:
    assert "063" in codes(text), text


def test_handing_over_power_is_no_extradition() -> None:
    assert "063" not in codes("The junta agreed to hand over power to a civilian government.")


# ------------------------------------------------------------------ send a team
def test_a_team_of_doctors_sent_is_aid(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("China's health ministry sent a team of medical experts and drugs to the hospital "
            "in Kathmandu.")
    raw, gated = with_and_without_senses(text, monkeypatch)
    assert "036" in raw, raw  # the premise: PETRARCH's SEND * TEAM
    assert "036" not in gated and "073" in gated, gated


@pytest.mark.parametrize("text", [
    "Germany sent a team of engineers to Kenya to inspect the collapsed bridge.",
    "The Mine Safety and Health Administration sent a team of experts to Alabama to "
    "investigate the collapse.",
])
def test_a_team_of_experts_sent_is_no_intent_to_meet(text: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    gated = assert_vetoed(text, "036", monkeypatch)
    assert "073" not in gated, gated  # "Health" in a name makes no medical team


def test_a_delegation_sent_is_still_a_diplomatic_act() -> None:
    found = codes("Russia sent a delegation to Ankara for talks on the pipeline.")
    assert any(c[:2] in ("03", "04", "05") for c in found), found


# ------------------------------------------------------------------ commit
def test_a_wrong_committed_is_no_pledge(monkeypatch: pytest.MonkeyPatch) -> None:
    # the parser hangs "committed" on "reports", so the wrong is not its governor
    text = ("The ombudsman will examine any reports of human-rights violations being committed "
            "by the police in the capital.")
    assert_vetoed(text, "03", monkeypatch)


@pytest.mark.parametrize("text", [
    "Britain committed 500 troops to the NATO mission.",
    "The $2 billion committed by donors will go to Haiti.",
    # an infinitive under a noun of intent is the pledge sense, not a participle
    "Kenya criticised Britain's refusal to commit to the new climate fund.",
])
def test_money_and_troops_committed_are_pledged(text: str) -> None:
    assert_kept(text, "03")


# ------------------------------------------------------------------ agree with
def test_agreeing_with_what_someone_proposed_is_no_intent(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Germans said they agree with what the European Commission was proposing to do on "
            "migration.")

    def triggers() -> list[str]:
        return [e.trigger.text for e in extract_text(text, published="2024-05-02").events]

    with monkeypatch.context() as m:
        m.setattr(events_stage, "apply_senses", lambda cands: cands)
        raw = triggers()
    assert "agree" in raw, raw  # the premise: intent.agree-to read the opinion as an intent
    assert "agree" not in triggers()


def test_agreeing_with_a_party_to_act_stays() -> None:
    found = codes("Iran agreed with the European Union to resume nuclear talks.")
    assert any(c[:2] in ("01", "03", "04") for c in found), found
