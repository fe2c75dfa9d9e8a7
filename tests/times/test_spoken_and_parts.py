"""Parts of the day after weekdays, spelled-out years, rates and other TempEval-3 level readings
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.context import Context
from newsevents.times.normalise import normalise

FRIDAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("Wednesday evening", "2025-03-12TEV", "TIME"),
        ("Tuesday afternoon", "2025-03-11TAF", "TIME"),
        ("Wednesday night", "2025-03-12", "DATE"),  # night keeps the bare day
        ("Wednesday morning", "2025-03-12", "DATE"),
    ],
)
def test_weekday_with_a_part_of_the_day(text: str, value: str, timex_type: str) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None
    assert (norm.value, norm.timex_type) == (value, timex_type)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nineteen seventy-nine", "1979"),
        ("the year two thousand", "2000"),
        ("two thousand and one", "2001"),
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("nineteen oh five", "1905"),
    ],
)
def test_years_spoken_in_words(text: str, value: str) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None and norm.value == value


def test_spoken_years_in_a_transcript(context: Callable[..., Context]) -> None:
    ctx = context(
        "The old bridge could have used repairs in nineteen eighty-one, when the river rose. "
        "The mayor promised a new one by the year two thousand. About two thousand people "
        "crossed it daily."
    )
    times = {t.text: t.value for t in ctx.times}
    assert times["nineteen eighty-one"] == "1981"
    assert times["the year two thousand"] == "2000"
    assert not any("thousand people" in t for t in times)


def test_since_looks_back_in_a_present_clause(context: Callable[..., Context]) -> None:
    # present clause: the nearer Sunday would be the coming one (2025-03-16); "since" looks back
    ctx = context("The harbour index is up 5% since Sunday.")
    assert {t.text: t.value for t in ctx.times}["Sunday"] == "2025-03-09"


def test_current_as_an_adjective_is_the_present(context: Callable[..., Context]) -> None:
    ctx = context("The storm deepened the current shortage of grain. A strong current took the "
                  "boat. The current month was dry.")
    times = {t.text: t.value for t in ctx.times}
    assert times["current"] == "PRESENT_REF"
    assert times["The current month"] == "2025-03"
    assert len(ctx.times) == 2  # not the noun "a strong current"
