"""The times stage over parsed text: candidates, overlap resolution, context and anaphora."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from newsevents.context import Context
from newsevents.records import TimeExpr

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt"


def by_text(times: list[TimeExpr]) -> dict[str, TimeExpr]:
    return {t.text: t for t in times}


def test_weekday_and_week_in_a_news_story(context: Callable[..., Context]) -> None:
    ctx = context(
        "The minister said Thursday that talks would resume next week. The cabinet met this "
        "week and will meet again on Monday."
    )
    times = by_text(ctx.times)
    assert times["Thursday"].value == "2025-03-13"
    assert times["next week"].value == "2025-W12"
    assert times["this week"].value == "2025-W11"
    assert times["Monday"].value == "2025-03-17"  # future clause: the coming Monday
    for t in ctx.times:
        assert ctx.text[t.start : t.end] == t.text
        assert t.method.startswith(("rule:", "dateparser"))


def test_year_phrases_and_ranges(context: Callable[..., Context]) -> None:
    ctx = context(
        "A similar request was made in 2022. Russia moved the weapons beginning in 2023, a year "
        "after it invaded Ukraine. Prices have risen since 2019."
    )
    times = by_text(ctx.times)
    assert times["2022"].value == "2022" and times["2022"].type == "exact"
    assert times["2023"].value == "2023" and times["2023"].type == "range"
    assert times["2019"].type == "range"
    relation = times["a year after"]
    assert relation.value == "2022" and relation.anchor == "previous-time"


def test_durations_are_not_dates(context: Callable[..., Context]) -> None:
    ctx = context(
        "Ukraine agreed to a 30-day ceasefire in a war that has raged for more than three years."
    )
    times = by_text(ctx.times)
    assert times["30-day"].timex_type == "DURATION" and times["30-day"].value == "P30D"
    assert times["more than three years"].value == "P3Y"
    assert times["more than three years"].type == "duration"


def test_decades_quarters_and_months(context: Callable[..., Context]) -> None:
    ctx = context(
        "Sales fell in Q1 2025 to levels last seen in the 1990s. The plant closed in May and "
        "earlier this year the firm cut jobs."
    )
    times = by_text(ctx.times)
    assert times["Q1 2025"].value == "2025-Q1"
    assert times["the 1990s"].value == "199" and times["the 1990s"].granularity == "decade"
    assert times["May"].value == "2024-05"  # past tense, month after March: last year's
    assert times["earlier this year"].value == "2025"
    assert times["earlier this year"].type == "approximate"


def test_verbs_and_names_are_not_months(context: Callable[..., Context]) -> None:
    ctx = context("Protesters may march to the capital, Theresa May said.")
    assert all(t.value is None or "2025" not in t.value for t in ctx.times)
    assert not any(t.text.lower() in ("may", "march") for t in ctx.times)


def test_absolute_dates(context: Callable[..., Context]) -> None:
    ctx = context("The deal was signed on October 14, 2023 and took effect on 14 March 2025.")
    times = by_text(ctx.times)
    assert times["October 14, 2023"].value == "2023-10-14"
    assert times["14 March 2025"].value == "2025-03-14"


def test_no_publication_date_leaves_relative_times_unresolved(
    context: Callable[..., Context],
) -> None:
    ctx = context("The minister said Thursday that talks would resume next week, as in 2022.",
                  published=None)
    times = by_text(ctx.times)
    assert times["Thursday"].value is None and times["Thursday"].type == "unresolved"
    assert times["next week"].value is None
    assert times["2022"].value == "2022"  # absolute: still resolved


def test_seed_times(context: Callable[..., Context]) -> None:
    text = SEED.read_text(encoding="utf-8")
    ctx = context(text, published=dt.date(2025, 3, 14))
    values = [(t.text, t.value) for t in ctx.times]
    assert ("Thursday", "2025-03-13") in values
    assert ("2022", "2022") in values
    assert ("2023", "2023") in values
    assert ("this week", "2025-W11") in values
    assert ("a year after", "2022") in values
    assert ("30-day", "P30D") in values
    undated = context(text, published=None)
    assert all(t.value is None for t in undated.times if t.text in ("Thursday", "this week"))


def test_financial_periods_and_months_of_named_years(context: Callable[..., Context]) -> None:
    ctx = context(
        "Profit in the third quarter rose to $5 million from $3 million a year ago. Sales in the "
        "year-earlier quarter were flat. The plant opened in June last year and spent two "
        "decades in planning.",
        published=dt.date(1989, 11, 2),
    )
    times = by_text(ctx.times)
    assert times["the third quarter"].value == "1989-Q3"
    assert times["a year ago"].value == "1988-Q3"  # the reported quarter, a year before
    assert times["the year-earlier quarter"].value == "1988-Q3"
    assert times["June last year"].value == "1988-06"
    assert times["two decades"].value == "P20Y"


def test_participles_and_modal_perfects_look_back(context: Callable[..., Context]) -> None:
    ctx = context(
        "The relatives said they would appeal the decision, announced Wednesday by the agency. "
        "Reports said that in a call in late July he might have urged an inquiry.",
        published=dt.date(2019, 9, 25),
    )
    times = by_text(ctx.times)
    assert times["Wednesday"].value == "2019-09-25"  # not the coming Wednesday
    assert times["late July"].value == "2019-07"  # not next July


def test_unit_words_that_are_not_lengths_of_time(context: Callable[..., Context]) -> None:
    ctx = context(
        "It would be a second betrayal, she said. Iraq imports about three-quarters of its food. "
        "He spoke on 60 Minutes. Losses rose in the 1988 second quarter. The flash lasted a "
        "second."
    )
    times = by_text(ctx.times)
    assert not {"a second betrayal", "three-quarters", "60 Minutes"} & set(times)
    assert [t.text for t in ctx.times if t.value == "PT1S"] == ["a second"]
    assert times["the 1988 second quarter"].value == "1988-Q2"


def test_a_clock_time_keeps_its_zone_and_day(context: Callable[..., Context]) -> None:
    ctx = context(
        "The offer expires at 5 p.m. EST March 21, and the board meets at noon Monday. "
        "Rescuers worked for two and a half days."
    )
    times = by_text(ctx.times)
    assert times["5 p.m. EST March 21"].value == "2025-03-21T17:00"
    assert times["noon Monday"].value == "2025-03-17T12:00"
    assert times["two and a half days"].value == "P2DT12H"


def test_deadlines_possessives_seasons_and_month_modifiers(
    context: Callable[..., Context],
) -> None:
    # published Friday 2025-03-14
    ctx = context(
        "The court gave the company until Monday to respond. The shares traded above "
        "Wednesday's closing price. Farmers lost crops over the summer and in the winter of "
        "2023. The January report says output fell."
    )
    times = by_text(ctx.times)
    assert times["Monday"].value == "2025-03-17"  # a deadline set in the past, still ahead
    assert times["Wednesday"].value == "2025-03-12"
    assert times["the summer"].value == "2024-SU"
    assert times["the winter of 2023"].value == "2023-WI"
    assert times["January"].value == "2025-01"


def test_a_fall_that_is_not_a_season(context: Callable[..., Context]) -> None:
    ctx = context("Prices rose after the fall of the government in the spring of 2019.")
    texts = [t.text for t in ctx.times]
    assert "the fall" not in texts
    assert by_text(ctx.times)["the spring of 2019"].value == "2019-SP"


def test_a_reporting_period_is_a_length(context: Callable[..., Context]) -> None:
    ctx = context("Profit for the year ended June 30 rose 4%, and the year ahead looks weaker.")
    years = [t for t in ctx.times if t.text == "the year"]
    assert (years[0].value, years[0].timex_type) == ("P1Y", "DURATION")
    assert all(t.timex_type == "DATE" for t in years[1:])  # "the year ahead" is a date


def test_a_yearless_day_in_a_background_paragraph_takes_the_narratives_year(
    context: Callable[..., Context],
) -> None:
    # an obituary paragraph about 2021, published in March 2025: "October 8" is 2021's, the
    # first one on or after the paragraph's written date, not the most recent (2024)
    ctx = context("Lena Borg was elected to the regional council in 2021. She stepped down on "
                  "October 8, after a dispute over the budget.")
    times = by_text(ctx.times)
    assert times["October 8"].value == "2021-10-08"
    assert times["October 8"].method.endswith("+narrative-year")
    ctx = context("In November 2021, Lena Borg took her council seat. She stepped down in "
                  "February, after a dispute over the budget.")
    assert by_text(ctx.times)["February"].value == "2022-02"
    # a new paragraph, a time inside a noun phrase, or a future clause: the usual reading
    ctx = context("Lena Borg was elected to the regional council in 2021.\n\nShe stepped down "
                  "on October 8, after a dispute over the budget.")
    assert by_text(ctx.times)["October 8"].value == "2024-10-08"
    ctx = context("Lena Borg recalled the 2021 council vote. She stepped down on October 8.")
    assert by_text(ctx.times)["October 8"].value == "2024-10-08"
    ctx = context("Lena Borg was elected to the regional council in 2021. She will step down "
                  "on October 8.")
    assert by_text(ctx.times)["October 8"].value == "2025-10-08"


def test_a_sentence_opening_now_with_a_comma_is_a_discourse_marker(
    context: Callable[..., Context],
) -> None:
    ctx = context("The plant closed in 2019. Now, the mayor says, the town must find new work.")
    assert [t.text for t in ctx.times] == ["2019"]
    # "now" inside the clause is the present
    ctx = context("The plant closed in 2019. The town now needs new work.")
    assert by_text(ctx.times)["now"].value == "PRESENT_REF"


def test_four_digits_before_a_time_zone_are_a_clock_time(
    context: Callable[..., Context],
) -> None:
    # "(1930 UTC)" is half past seven in the evening, not the year 1930
    ctx = context("The ferry left Tallinn on Wednesday at 9:30 pm (1930 UTC), officials said.")
    times = by_text(ctx.times)
    assert times["1930"].value == "2025-03-12T19:30"
    assert times["1930"].timex_type == "TIME"
    # without a zone after it, a four-digit number is still a year
    ctx = context("The ferry line has run since 1930.")
    assert by_text(ctx.times)["1930"].value == "1930"


def test_two_vague_lengths_joined_are_one_time(context: Callable[..., Context]) -> None:
    ctx = context("The ferry could stay idle for weeks or months, and pilots warned that the "
                  "coming days and weeks would be hard.", dt.date(2025, 3, 14))
    found = {t.text: t.value for t in ctx.times}
    assert found.get("weeks or months") == "PXW"
    assert "months" not in found
    assert found.get("the coming days and weeks") == "FUTURE_REF"
