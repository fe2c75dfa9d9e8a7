"""An act decided, agreed or pledged on a day is not dated by that day (issue 13).

"The cabinet decided on Wednesday to close the border": Wednesday is when the cabinet decided;
the closing has not happened then, so it takes no date unless its own clause names one.
Sentences written for this file (in no gold set).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.context import Context
from newsevents.times.attach import event_time


def token(ctx: Context, text: str) -> Token:
    return next(t for t in ctx.doc if t.text == text)


def test_decided_act_does_not_take_the_deciding_day(context: Callable[..., Context]) -> None:
    ctx = context("The cabinet decided on Wednesday to close the border with its neighbour.")
    decided = event_time(ctx, token(ctx, "decided"))
    close = event_time(ctx, token(ctx, "close"))
    assert decided is not None and decided.value == "2025-03-12"
    assert close is not None and close.value is None and close.type == "unresolved"
    assert close.method == "rule:intended-act"


def test_agreed_act_and_its_conjunct_stay_undated(context: Callable[..., Context]) -> None:
    ctx = context("The two ministers agreed Tuesday to reopen the consulates and resume flights.")
    for word in ("reopen", "resume"):
        found = event_time(ctx, token(ctx, word))
        assert found is not None and found.value is None, word
    agreed = event_time(ctx, token(ctx, "agreed"))
    assert agreed is not None and agreed.value == "2025-03-11"


def test_the_intended_act_keeps_a_time_of_its_own(context: Callable[..., Context]) -> None:
    ctx = context("The council voted on Monday and pledged to hold the referendum in June.")
    hold = event_time(ctx, token(ctx, "hold"))
    assert hold is not None and hold.text == "June"


def test_a_present_or_passive_governor_still_hands_on_its_time(
        context: Callable[..., Context]) -> None:
    # a present "plans on Monday to …" announces the act for that day: the day is the act's own
    ctx = context("The government plans on Monday to lift the curfew.")
    lift = event_time(ctx, token(ctx, "lift"))
    assert lift is not None and lift.value == "2025-03-17"
    # a verb of trying is no decision: its infinitive happened on its day
    ctx2 = context("Protesters tried on Sunday to storm the parliament building.")
    storm = event_time(ctx2, token(ctx2, "storm"))
    assert storm is not None and storm.value == "2025-03-09"


def test_a_requested_act_does_not_take_the_asking_day(context: Callable[..., Context]) -> None:
    ctx = context("Chile asked on Monday to join the talks.")
    join = event_time(ctx, token(ctx, "join"))
    asked = event_time(ctx, token(ctx, "asked"))
    assert asked is not None and asked.value == "2025-03-10"
    assert join is not None and join.value is None and join.method == "rule:intended-act"
