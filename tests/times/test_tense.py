"""The clause tense that weekday and month names resolve by: infinitives under past verbs,
"could", deadline words and present passives (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsevents.context import Context
from newsevents.records import TimeExpr

MONDAY = dt.date(2025, 10, 20)
TUESDAY = dt.date(2026, 1, 20)


def by_text(times: list[TimeExpr]) -> dict[str, TimeExpr]:
    return {t.text: t for t in times}


def test_an_infinitive_under_a_past_verb_takes_the_nearer_weekday(
    context: Callable[..., Context],
) -> None:
    # published Friday 2025-03-14
    times = by_text(context("The two buyers raised their bids to take over the brewer "
                            "Wednesday.").times)
    assert times["Wednesday"].value == "2025-03-12"
    times = by_text(context("The permit had been due to run out Thursday.").times)
    assert times["Thursday"].value == "2025-03-13"


def test_an_infinitive_under_a_present_verb_still_looks_ahead(
    context: Callable[..., Context],
) -> None:
    times = by_text(context("The union plans to strike Thursday.").times)
    assert times["Thursday"].value == "2025-03-20"


def test_an_infinitive_under_a_past_verb_takes_the_nearer_month(
    context: Callable[..., Context],
) -> None:
    ctx = context("Officials flew to Madrid to attend talks in November.", TUESDAY)
    assert by_text(ctx.times)["November"].value == "2025-11"


def test_could_takes_the_nearer_weekday(context: Callable[..., Context]) -> None:
    times = by_text(context("The mayor could not be reached Wednesday for comment.").times)
    assert times["Wednesday"].value == "2025-03-12"


def test_through_and_effective_mark_dates_that_may_lie_ahead(
    context: Callable[..., Context],
) -> None:
    ctx = context("The bank extended the credit line through January. The board named a new "
                  "treasurer, effective Feb. 1.", MONDAY)
    times = by_text(ctx.times)
    assert times["January"].value == "2026-01"
    assert times["Feb. 1"].value == "2026-02-01"


def test_a_present_passive_is_not_past(context: Callable[..., Context]) -> None:
    # published Friday 2025-03-14
    times = by_text(context("The council says the appeal is heard in May.").times)
    assert times["May"].value == "2025-05"
    times = by_text(context("The verdict is read Monday, the court says.").times)
    assert times["Monday"].value == "2025-03-17"


def test_an_object_raising_infinitive_follows_its_past_verb(
    context: Callable[..., Context],
) -> None:
    # spaCy parses "expected the airline to post … for the quarter" with the infinitive as a ccomp
    ctx = context("One analyst said she expected the airline to post a loss for the quarter.")
    assert by_text(ctx.times)["the quarter"].value == "2024-Q4"  # the last reported quarter


def test_would_under_a_past_report_is_the_nearer_day(context: Callable[..., Context]) -> None:
    # a future seen from a past report: the Wednesday just gone, not next week's
    ctx = context("Forecasters predicted that the storm would reach the coast Wednesday night.")
    assert [t.value for t in ctx.times] == ["2025-03-12"]
    # "would" without a past report before it keeps looking ahead
    ctx = context("The storm would reach the coast Wednesday, forecasters say.")
    assert [t.value for t in ctx.times] == ["2025-03-19"]
