"""Intentions (CAMEO 03) only from verbs that offer something, and a loan's purpose is the loan
(issue 12, precision): "undertakes reforms" does them, "as he proposed" points back to an act
told elsewhere, "lent money to aid the refugees" is one act of aid. Sentences written for these
tests, in no gold set."""

from __future__ import annotations

import pytest

from .coding import codes, events_of


@pytest.mark.parametrize("text", [
    "The embargo will stay until Venezuela undertakes democratic and economic reforms.",
    "The Kenyan interior ministry undertook a review of the police contracts last year.",
])
def test_undertaking_a_task_is_no_intent(text: str) -> None:
    assert not any(c.startswith("03") for c in codes(text)), codes(text)


def test_undertaking_to_act_is_an_intent() -> None:
    found = codes("The Kenyan government undertook to withdraw its troops from Somalia by June.")
    assert any(c.startswith("03") for c in found), found


@pytest.mark.parametrize("text", [
    "Senators questioned the President's power to do as he proposed.",
    "The troops left the border town on Monday, as the Ethiopian minister had promised.",
])
def test_an_as_clause_offers_nothing(text: str) -> None:
    assert not any(c.startswith("03") for c in codes(text)), codes(text)


def test_a_promise_of_an_act_stays() -> None:
    found = codes("The Ethiopian minister promised to withdraw the troops.")
    assert any(c.startswith("03") for c in found), found


@pytest.mark.parametrize("text", [
    "Canada will lend $300 million to Haiti to aid Haitian farmers.",
    "The World Bank loaned $50 million to Malawi to aid Malawian refugees.",
])
def test_a_loan_s_purpose_is_the_loan(text: str) -> None:
    found = codes(text)
    assert any(c.startswith("07") for c in found), found
    assert not any(c.startswith("06") for c in found), found


def test_undertaking_under_an_intent_verb_is_left_to_it() -> None:
    """The rule reads "undertake" used on its own; under "agreed to" the complement's reading
    is not the rule's business."""
    found = [e for e in events_of("Kenya and Uganda have agreed to undertake joint military "
                                  "exercises.", "03")]
    assert any(e.trigger.text == "undertake" for e in found), found
