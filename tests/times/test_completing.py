"""A subject-less complement and the verb it completes are one occasion (times15, issue 13):
"began deploying … yesterday" dates the beginning, "tried to storm … on Sunday" is the past
Sunday. Sentences written for this file (in no gold set), through the real parser.
"""

from __future__ import annotations

from collections.abc import Callable

from newsevents.context import Context
from newsevents.times.attach import event_time


def _value(ctx: Context, word: str) -> str | None:
    found = event_time(ctx, next(t for t in ctx.doc if t.text == word))
    assert found is not None
    return found.value


def test_the_complement_s_time_dates_the_verb_it_completes(
        context: Callable[..., Context]) -> None:
    ctx = context("Government troops began deploying into the northern towns yesterday.")
    assert _value(ctx, "began") == "2025-03-13"
    ctx2 = context("Rebels started shelling the airport on Monday.")
    assert _value(ctx2, "started") == "2025-03-10"


def test_a_decision_is_not_dated_by_the_decided_act(context: Callable[..., Context]) -> None:
    ctx = context("The cabinet decided to close the border next month.")
    decided = event_time(ctx, next(t for t in ctx.doc if t.text == "decided"))
    assert decided is not None and decided.text != "next month"


def test_an_infinitive_under_a_past_verb_of_trying_is_past(
        context: Callable[..., Context]) -> None:
    # published on Friday 2025-03-14: the nearer Sunday would be the coming one (03-16)
    ctx = context("Protesters tried to storm the parliament building on Sunday.")
    sunday = next(t for t in ctx.times if t.text == "Sunday")
    assert sunday.value == "2025-03-09"
    ctx2 = context("The army plans to withdraw from the city on Sunday.")
    assert next(t for t in ctx2.times if t.text == "Sunday").value == "2025-03-16"
