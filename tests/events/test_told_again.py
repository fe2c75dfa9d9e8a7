"""Violence told once and named again in a later sentence is one event (``mentions.told_again``).

The annotation guide records an act once, at its first clear mention. A later verb tied to a
definite act noun ("the attack had wounded …", "killed … in the bombing") or the definite noun
itself is that act again, whatever code its words carry. Through the real model, on sentences
written for these tests (in no gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

import newsevents.events as events_stage
from newsevents import extract_text


def _violent(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in extract_text(text, published="2025-05-06").events
            if e.cameo_root in ("18", "19", "20")]


@pytest.mark.parametrize("text", [
    # the subject of the later verb is the act told before
    "A bomb exploded at a bus station in Kabul on Monday. Police said the blast killed nine "
    "commuters.",
    # the act the later verbs happened in ("in the bombing" hangs on the last conjunct)
    "Two people were killed in a bomb blast at a market in Peshawar on Friday. Reportedly, two "
    "people were killed and nine injured in the bombing.",
])
def test_violence_named_again_is_told_once(text: str, monkeypatch: pytest.MonkeyPatch,
                                           nlp: Any) -> None:
    told = _violent(text)
    with monkeypatch.context() as m:
        m.setattr(events_stage, "told_again", lambda cands: [])
        raw = _violent(text)
    assert len(raw) == 2 and len(told) == 1, (raw, told)
    assert told == raw[:1]


@pytest.mark.parametrize("text", [
    # "a separate attack": another act
    "Gunmen killed four villagers in northern Mali on Monday. In a separate attack on Tuesday, "
    "gunmen killed three farmers near the border.",
    # an act of the same sentence is not told before
    "Gunmen killed four villagers in a village in Mali on Monday and wounded six in the attack.",
    # another party: soldiers are not the earlier act's doers
    "Gunmen killed four villagers in northern Mali on Monday. Soldiers killed two of the "
    "gunmen during the attack.",
])
def test_other_acts_stay(text: str, nlp: Any) -> None:
    assert len(_violent(text)) == 2, _violent(text)


# ------------------------------------------------- a doer named by its act (agent_nouns.py)

def _all(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in extract_text(text, published="2025-05-06").events]


@pytest.mark.parametrize(("text", "verb"), [
    ("A suicide bomber killed eleven soldiers at a checkpoint near Kandahar on Tuesday.",
     "killed"),
    ("A suicide bomber blew himself up outside a mosque in Quetta on Friday, police said.",
     "blew"),
])
def test_a_bomber_s_act_is_one_suicide_bombing(text: str, verb: str,
                                                monkeypatch: pytest.MonkeyPatch,
                                                nlp: Any) -> None:
    with monkeypatch.context() as m:
        m.setattr(events_stage, "merge_agent_nouns", list)
        # and without same_act's one-act check, which would keep the verb's 1823 alone
        m.setattr(events_stage, "told_outcomes", lambda events, ties: (list(events), set()))
        raw = _all(text)
    assert len(raw) == 2 and ("1831", verb) not in raw, raw
    assert _all(text) == [("1831", verb)]



def test_a_bomber_named_with_his_group_still_tells_one_bombing(nlp: Any) -> None:
    # the doer is the agent noun's own modifier ("Boko Haram suicide bombers"), not a phrase
    # holding the noun: the bombing is still the killing, and it keeps the victims
    found = [(e.cameo, e.trigger.text, e.target.code if e.target else None) for e in extract_text(
        "Boko Haram suicide bombers have killed at least 81 people in Nigeria since April.",
        published="2025-05-06").events]
    assert found == [("1831", "killed", "NGACVL")], found
