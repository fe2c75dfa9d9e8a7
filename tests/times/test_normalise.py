"""Rule families of the normaliser, one expression at a time (no parsing needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.times.normalise import normalise

FRIDAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "tense", "value", "granularity"),
    [
        ("Thursday", "past", "2025-03-13", "day"),  # news convention: the most recent one
        ("Friday", "past", "2025-03-14", "day"),  # the publication day itself
        ("Monday", "past", "2025-03-10", "day"),
        ("Monday", "future", "2025-03-17", "day"),  # "will meet Monday": the coming one
        ("last Thursday", "past", "2025-03-13", "day"),
        ("next Thursday", "past", "2025-03-20", "day"),
        ("Thursday night", "past", "2025-03-13", "day"),
    ],
)
def test_weekdays_resolve_against_publication(
    text: str, tense: str, value: str, granularity: str
) -> None:
    norm = normalise(text, FRIDAY, tense)
    assert norm is not None
    assert (norm.value, norm.granularity, norm.anchor) == (value, granularity, "published")


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("this week", "2025-W11", "week"),
        ("last week", "2025-W10", "week"),
        ("next week", "2025-W12", "week"),
        ("last month", "2025-02", "month"),
        ("this month", "2025-03", "month"),
        ("last year", "2024", "year"),
        ("next year", "2026", "year"),
        ("this weekend", "2025-W11-WE", "week"),
        ("earlier this year", "2025", "year"),
        ("later this month", "2025-03", "month"),
        ("today", "2025-03-14", "day"),
        ("yesterday", "2025-03-13", "day"),
        ("tomorrow", "2025-03-15", "day"),
        ("three days ago", "2025-03-11", "day"),
        ("two years ago", "2023", "year"),
        ("the third quarter", "2024-Q3", "quarter"),  # past tense: last year's
    ],
)
def test_relative_periods(text: str, value: str, granularity: str) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None and norm.value == value and norm.granularity == granularity


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("2022", "2022", "year"),
        ("October 14, 2023", "2023-10-14", "day"),
        ("14 March 2025", "2025-03-14", "day"),
        ("Oct. 14, 2023", "2023-10-14", "day"),
        ("March 2025", "2025-03", "month"),
        ("2025-03-13", "2025-03-13", "day"),
        ("the 1990s", "199", "decade"),
        ("the 2020s", "202", "decade"),
        ("the early 1980s", "198", "decade"),
        ("the '90s", "199", "decade"),
        ("Q1 2025", "2025-Q1", "quarter"),
        ("the first quarter of 2024", "2024-Q1", "quarter"),
        ("the 20th century", "19", "decade"),
        ("summer 2024", "2024-SU", "quarter"),
        ("fiscal 1989", "1989", "year"),
    ],
)
def test_absolute_dates_need_no_publication_date(text: str, value: str, granularity: str) -> None:
    norm = normalise(text, None)
    assert norm is not None
    assert (norm.value, norm.granularity, norm.anchor) == (value, granularity, "none")
    assert norm.type == "exact"


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("30-day", "P30D", "DURATION"),  # "a 30-day ceasefire": a duration, not a date
        ("more than three years", "P3Y", "DURATION"),
        ("a year", "P1Y", "DURATION"),
        ("24 hours", "PT24H", "DURATION"),
        ("the last twenty four hours", "PT24H", "DURATION"),
        ("two and a half years", "P2Y6M", "DURATION"),
        ("several months", "PXM", "DURATION"),
        ("decades", "PXDE", "DURATION"),
        ("five-hour", "PT5H", "DURATION"),
        ("every week", "P1W", "SET"),
        ("every Thursday", "XXXX-WXX-4", "SET"),
        ("annually", "P1Y", "SET"),
        ("now", "PRESENT_REF", "DATE"),
        ("recently", "PAST_REF", "DATE"),
        ("the future", "FUTURE_REF", "DATE"),
        ("3 p.m.", "2025-03-14T15:00", "TIME"),
        ("this morning", "2025-03-14TMO", "TIME"),
        ("last night", "2025-03-13TNI", "TIME"),
    ],
)
def test_durations_sets_references_and_clock_times(
    text: str, value: str, timex_type: str
) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None and (norm.value, norm.timex_type) == (value, timex_type)


def test_ages_are_not_time_expressions() -> None:
    assert normalise("6-year-old", FRIDAY) is None
    assert normalise("52 years old", FRIDAY) is None


@pytest.mark.parametrize(
    "text", ["Thursday", "this week", "last month", "yesterday", "in 2022 and", "next week",
             "three days ago", "the third quarter", "March 13"]
)
def test_relative_without_publication_date_stays_unresolved(text: str) -> None:
    norm = normalise(text, None, "past")
    if norm is None:
        assert text == "in 2022 and"  # not a time expression at all
        return
    assert norm.value is None and norm.type == "unresolved"


def test_month_without_year_follows_tense() -> None:
    assert normalise("May", FRIDAY, "past", strict=False).value == "2024-05"  # type: ignore[union-attr]
    assert normalise("May", FRIDAY, "future", strict=False).value == "2025-05"  # type: ignore[union-attr]
    assert normalise("January", FRIDAY, "past", strict=False).value == "2025-01"  # type: ignore[union-attr]
    # a date a few weeks ahead in a past-tense clause is a schedule ("ruled … by April 2")
    assert normalise("April 2", FRIDAY, "past").value == "2025-04-02"  # type: ignore[union-attr]
    # a bare "May" is refused unless the context vouches for it ("in May")
    assert normalise("May", FRIDAY, "past") is None


def test_weekday_with_date_picks_the_matching_year() -> None:
    norm = normalise("Monday, Oct. 26", dt.date(1998, 10, 25), "past")
    assert norm is not None and norm.value == "1998-10-26"


def test_relation_to_previous_time() -> None:
    # appositive: "2023, a year after it invaded" -> the invasion was a year before 2023
    after = normalise("a year after", FRIDAY, "past", "2023", True)
    assert after is not None and after.value == "2022" and after.anchor == "previous-time"
    # narrative: "In 2020 … two years later" -> 2022
    later = normalise("two years later", FRIDAY, "past", "2020", False)
    assert later is not None and later.value == "2022"
    # keeps the anchor's precision: "the third quarter … a year earlier"
    earlier = normalise("a year earlier", FRIDAY, "past", "1989-Q3", False)
    assert earlier is not None and earlier.value == "1988-Q3"
    # no previous time: not a relation
    assert normalise("a year after", FRIDAY, "past", None, False) is None


def test_anaphoric_units_follow_previous_time() -> None:
    norm = normalise("the following day", FRIDAY, "past", "2024-05-02")
    assert norm is not None and norm.value == "2024-05-03" and norm.anchor == "previous-time"
    unresolved = normalise("the following day", FRIDAY, "past", None)
    assert unresolved is not None and unresolved.value is None


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("FY2024", "2024", "DATE"),
        ("FY24", "2024", "DATE"),
        ("Q3 FY24", "2024-Q3", "DATE"),
        ("the third quarter of fiscal 2024", "2024-Q3", "DATE"),
        ("twice a week", "P1W", "SET"),
        ("three times a year", "P1Y", "SET"),
        ("the weekend", "2025-W10-WE", "DATE"),  # published Friday: the weekend before
        ("this past weekend", "2025-W10-WE", "DATE"),
        ("last summer", "2024-SU", "DATE"),
        ("June last year", "2024-06", "DATE"),
        ("two decades", "P20Y", "DURATION"),
    ],
)
def test_fiscal_years_frequencies_weekends_and_seasons(
    text: str, value: str, timex_type: str
) -> None:
    norm = normalise(text, FRIDAY, "past", strict=False)
    assert norm is not None and (norm.value, norm.timex_type) == (value, timex_type)


def test_a_past_season_is_the_last_one_that_ended() -> None:
    norm = normalise("this past spring", dt.date(1989, 10, 27), "past", strict=False)
    assert norm is not None and norm.value == "1989-SP"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Thanksgiving Day", dt.date(1999, 11, 26), "1999-11-25"),  # 4th Thursday of November
        ("Election Day", dt.date(1998, 11, 5), "1998-11-03"),  # Tuesday after the 1st Monday
        ("Christmas", FRIDAY, "2024-12-25"),  # the last one, in a past-tense clause
        ("Good Friday", dt.date(2000, 5, 1), "2000-04-21"),  # Easter 2000 was April 23
        ("Memorial Day 2024", None, "2024-05-27"),  # the last Monday of May
        ("midday", FRIDAY, "2025-03-14T12:00"),
    ],
)
def test_named_days(text: str, published: dt.date | None, value: str) -> None:
    norm = normalise(text, published, "past", strict=False)
    assert norm is not None and norm.value == value


def test_month_day_in_the_present_tense_takes_the_nearer_year() -> None:
    # "the dividend is payable Jan. 5" in a November story: the coming January
    assert normalise("Jan. 5", dt.date(2024, 11, 20), "present").value == "2025-01-05"  # type: ignore[union-attr]
    # "under an August agreement" in an October story: the August just past
    assert normalise("August", dt.date(2024, 10, 20), "present", strict=False).value == "2024-08"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("3 1/2 years", "P3Y6M", "DURATION"),
        ("an hour and a half", "PT1H30M", "DURATION"),
        ("1.5 days", "P1DT12H", "DURATION"),
        ("four p.m. CET", None, None),  # spelled-out clock hours are not read
        ("4 p.m. CET", "2025-03-14T16:00", "TIME"),
        ("8:15 a.m. local time", "2025-03-14T08:15", "TIME"),
        ("11 a.m. EDT Thursday", "2025-03-13T11:00", "TIME"),
        ("midnight on March 2", "2025-03-02T24:00", "TIME"),
        ("the second half of 2021", "2021-H2", "DATE"),
        ("the first half of next year", "2026-H1", "DATE"),
        ("the coming weeks", "FUTURE_REF", "DATE"),
        ("the previous weeks", None, "DATE"),  # anaphoric: needs a time before it
        ("in recent months", "PAST_REF", "DATE"),
    ],
)
def test_fractions_zones_halves_and_open_stretches(
    text: str, value: str | None, timex_type: str | None
) -> None:
    norm = normalise(text, FRIDAY, "past")
    if timex_type is None:
        assert norm is None
        return
    assert norm is not None and (norm.value, norm.timex_type) == (value, timex_type)


def test_a_hedged_ago_is_a_date_not_a_length() -> None:
    norm = normalise("a month or so ago", dt.date(2025, 3, 14), "past")
    assert norm is not None and (norm.value, norm.type) == ("2025-02", "approximate")


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("the past decade", "P10Y", "DURATION"),  # "over the past decade": ten years up to now
        ("past century", "P100Y", "DURATION"),
        ("the last decade", "202", "DATE"),  # the previous decade stays a decade
        ("the past year", "2024", "DATE"),  # only decades and centuries are lengths
    ],
)
def test_the_past_decade_is_a_length(text: str, value: str, timex_type: str) -> None:
    norm = normalise(text, dt.date(2035, 3, 14) if text == "the last decade" else FRIDAY)
    assert norm is not None
    assert (norm.value, norm.timex_type) == (value, timex_type)
