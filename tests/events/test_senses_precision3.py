"""Senses that keep events out of text that does not report them (ev-prec3): economic aid goes
to someone (``money-with-no-recipient``, the ``has_target`` test); a policy against a kind of
crime is no war (``abstract_foes``); moving people out of a disaster's way is rescue, no aid
(``disaster-evacuation``).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text
from tests.events.coding import assert_kept, assert_vetoed


@pytest.mark.parametrize("text", [
    "The Senate approved the budget on Tuesday.",
    "The city council approved funding for a new bridge across the river.",
])
def test_money_with_no_recipient_is_no_aid(text: str, monkeypatch: pytest.MonkeyPatch,
                                           nlp: Any) -> None:
    assert_vetoed(text, "071", monkeypatch)


@pytest.mark.parametrize(("text", "code"), [
    ("Spain's government will give 200 million euros to farmers affected by the drought.",
     "071"),
    # humanitarian aid is another code: the rule is about money alone
    ("The European Union has provided 50 million euros in humanitarian aid.", "073"),
])
def test_aid_with_a_recipient_or_of_another_kind_stays(text: str, code: str, nlp: Any) -> None:
    assert_kept(text, code)


# ------------------------------------ a policy against a kind of crime is no war (senses.yaml)

@pytest.mark.parametrize("text", [
    "The United States lifted sanctions against Sudan, saying it had made progress fighting "
    "terrorism.",
    "The police are fighting drug trafficking in the capital.",
])
def test_fighting_a_kind_of_crime_is_no_war(text: str, monkeypatch: pytest.MonkeyPatch,
                                            nlp: Any) -> None:
    assert_vetoed(text, "19", monkeypatch)


def test_fighting_a_party_is_still_war(nlp: Any) -> None:
    assert_kept("The army fought the rebels in the north of the country on Monday.", "19")


# ------------------------------------------- moving people out of a disaster's way (senses.yaml)

def test_a_disaster_evacuation_is_no_aid(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    assert_vetoed("Authorities evacuated 3,000 residents as the wildfire spread towards the "
                  "town of Paradise, California.", "07", monkeypatch)


def test_an_evacuation_from_fighting_stays(nlp: Any) -> None:
    assert_kept("The UN evacuated aid workers from the city after rebels shelled the airport.",
                "07")


def test_a_terror_attack_is_still_an_attack(nlp: Any) -> None:
    """"terror" is no abstract foe: the modifier of an attack is not what is fought."""
    found = extract_text("A police helicopter attacked the Supreme Court building in Caracas, in "
                         "what the president described as a terror attack by people seeking a "
                         "coup.", published="2025-05-06").events
    assert ("190", "attack") in [(e.cameo, e.trigger.text) for e in found]
