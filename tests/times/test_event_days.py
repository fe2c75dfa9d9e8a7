"""Event dates are days; participles beside a clause and times closing a coordination date it;
"last <month>" (times12). Sentences written for these tests, in no gold set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.tokens import Token

from newsevents.context import Context
from newsevents.times.attach import event_time
from newsevents.times.normalise import normalise


def token(ctx: Context, text: str) -> Token:
    return next(t for t in ctx.doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # Friday 2025-03-14: Saturday evening is 03-08, midnight on Tuesday the end of 03-11
        ("Farmers blocked the motorway near the port on Saturday evening.", "blocked",
         "2025-03-08"),
        ("The navy seized the tanker shortly before midnight on Tuesday.", "seized",
         "2025-03-11"),
    ],
)
def test_an_event_is_dated_to_its_day(
    context: Callable[..., Context], text: str, trigger: str, value: str
) -> None:
    ctx = context(text)
    date = event_time(ctx, token(ctx, trigger))
    assert date is not None and date.value == value
    assert date.granularity == "day" and date.timex_type == "DATE"
    assert date.method.endswith("+day")
    # the time expression itself keeps its clock or part of day
    assert any("T" in (t.value or "") for t in ctx.times)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("last February", dt.date(1998, 3, 1), "1997-02"),  # the month before: a year back
        ("last March", dt.date(1998, 3, 20), "1997-03"),
        ("last November", dt.date(1998, 3, 1), "1997-11"),
        ("last January", dt.date(1998, 6, 1), "1998-01"),  # months back: this year's
    ],
)
def test_last_month_name(text: str, published: dt.date, value: str) -> None:
    norm = normalise(text, published, "past")
    assert norm is not None and norm.value == value


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Addressing the assembly on Tuesday, the mayor condemned the landlords.", "condemned",
         "2025-03-11"),
        ("The admiral, touring the harbour on Wednesday, praised the dock workers.", "praised",
         "2025-03-12"),
    ],
)
def test_a_participle_beside_the_clause_dates_it(
    context: Callable[..., Context], text: str, trigger: str, value: str
) -> None:
    ctx = context(text)
    date = event_time(ctx, token(ctx, trigger))
    assert date is not None and date.value == value


def test_a_participle_after_a_word_of_sequence_does_not(context: Callable[..., Context]) -> None:
    ctx = context("After inspecting the harbour on Wednesday, the admiral praised the crews.")
    praised = event_time(ctx, token(ctx, "praised"))
    assert praised is not None and praised.type == "publication"


def test_a_trailing_time_dates_the_whole_coordination(context: Callable[..., Context]) -> None:
    ctx = context("Pirates boarded the ferry and robbed the passengers near the strait on Sunday.")
    boarded = event_time(ctx, token(ctx, "boarded"))
    robbed = event_time(ctx, token(ctx, "robbed"))
    assert robbed is not None and robbed.value == "2025-03-09"
    assert boarded is not None and boarded.value == "2025-03-09"


def test_a_conjunct_with_its_own_time_keeps_it(context: Callable[..., Context]) -> None:
    ctx = context("Pirates boarded the ferry in 2019 and robbed the passengers on Sunday.")
    boarded = event_time(ctx, token(ctx, "boarded"))
    assert boarded is not None and boarded.value == "2019"


def test_a_casualty_count_of_passives_shares_its_time(context: Callable[..., Context]) -> None:
    ctx = context("Four miners were trapped and two were hurt in a collapse on Tuesday.")
    trapped = event_time(ctx, token(ctx, "trapped"))
    assert trapped is not None and trapped.value == "2025-03-11"


def test_an_active_clause_with_its_own_subject_hands_nothing_back(
    context: Callable[..., Context],
) -> None:
    ctx = context("Four miners were trapped and the company closed the pit on Tuesday.")
    trapped = event_time(ctx, token(ctx, "trapped"))
    assert trapped is not None and trapped.type == "publication"
