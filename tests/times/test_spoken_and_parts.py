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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two more weeks", "P2W"),
        ("an additional year", "P1Y"),
        ("three extra days", "P3D"),
        ("day-long", "P1D"),
        ("year-long", "P1Y"),
    ],
)
def test_added_and_hyphenated_lengths(text: str, value: str) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None and (norm.value, norm.timex_type) == (value, "DURATION")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("the fiscal year", "future", "2025"),
        ("the latest fiscal year", "past", "2024"),
        ("the next fiscal year", "future", "2026"),
        ("Easter week 2023", "past", "2023-W14"),  # Easter 2023 was April 9
        ("Christmas week", "future", "2025-W52"),
    ],
)
def test_fiscal_years_and_holiday_weeks(text: str, tense: str, value: str) -> None:
    norm = normalise(text, FRIDAY, tense)
    assert norm is not None and norm.value == value


@pytest.mark.parametrize(
    ("text", "prev", "value"),
    [
        ("the previous Friday", "2025-03-14", "2025-03-07"),
        ("the following Monday", "2025-02-05", "2025-02-10"),
        ("the previous Friday", None, "2025-03-07"),  # no day before: from publication
        ("the preceding Sunday", "2025", "2025-03-09"),  # a year anchors no weekday
    ],
)
def test_anaphoric_weekdays(text: str, prev: str | None, value: str) -> None:
    norm = normalise(text, FRIDAY, "past", prev)
    assert norm is not None and norm.value == value


def test_days_listed_after_a_month(context: Callable[..., Context]) -> None:
    ctx = context("The ministers will meet in Oslo on April 24 and 25. The talks ended on June 3, "
                  "12 days after they began.")
    times = {t.text: t.value for t in ctx.times}
    assert times["April 24"] == "2025-04-24"
    assert times["25"] == "2025-04-25"
    assert "12" not in times


def test_terms_and_listed_years(context: Callable[..., Context]) -> None:
    ctx = context("The ferry line lost money in 2011, 2013 and 2016. Its owners expect more "
                  "losses in the near term.")
    times = {t.text: t.value for t in ctx.times}
    assert times["2013"] == "2013" and times["2016"] == "2016"
    assert times["the near term"] == "FUTURE_REF"


def test_plural_weekdays_recur(context: Callable[..., Context]) -> None:
    ctx = context("The museum is closed on Mondays. A night bus now runs on Friday nights.")
    times = {t.text: (t.value, t.timex_type) for t in ctx.times}
    assert times["Mondays"] == ("XXXX-WXX-1", "SET")
    assert times["Friday nights"] == ("XXXX-WXX-5TNI", "SET")


def test_a_years_period_after_a_quarter(context: Callable[..., Context]) -> None:
    ctx = context("The brewer's sales rose in the second quarter. In the 2024 period, costs were "
                  "lower.")
    times = {t.text: t.value for t in ctx.times}
    assert times["the second quarter"] == "2024-Q2"
    assert times["the 2024 period"] == "2024-Q2"


def test_a_planned_day_may_lie_ahead(context: Callable[..., Context]) -> None:
    ctx = context("The dockers' union planned a march through the port on Sunday. On Monday, "
                  "the ministry planned to cut fuel prices.")
    times = {t.text: t.value for t in ctx.times}
    assert times["Sunday"] == "2025-03-16"  # the nearer Sunday, two days ahead
    assert times["Monday"] == "2025-03-10"  # the day of the planning itself


@pytest.mark.parametrize(
    ("text", "value"),
    [("the next couple of years", "P2Y"), ("a couple of days", "P2D"),
     ("a couple of weeks ago", "2025-W09"), ("a few days", "PXD")],
)
def test_a_couple_is_two(text: str, value: str) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None and norm.value == value


def test_a_frequency_adjective_recurs_except_a_reports_kind(
    context: Callable[..., Context],
) -> None:
    # "daily"/"weekly"/"hourly" before a noun still recur (TimeBank: SET); "quarterly" before a
    # noun names a report's kind in business news (set_words_report_adjectives), no time
    ctx = context(
        "The mayor spoke about the roadworks in her weekly radio address. Average hourly wages "
        "rose, and the city checks the bridge on a daily basis. The company raised its "
        "quarterly dividend."
    )
    times = {t.text: (t.value, t.timex_type) for t in ctx.times}
    assert times["weekly"] == ("P1W", "SET")
    assert times["hourly"] == ("PT1H", "SET")
    assert times["daily"] == ("P1D", "SET")
    assert "quarterly" not in times
