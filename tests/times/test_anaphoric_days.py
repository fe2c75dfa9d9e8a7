""""the next morning", "the next day", "the previous night": of the day the story is at, not of
the publication day (times15, issue 13). Sentences written for this file (in no gold set),
through the real parser and the times stage.
"""

from __future__ import annotations

from collections.abc import Callable

from newsevents.context import Context
from newsevents.times.attach import event_time


def _time(ctx: Context, text: str) -> tuple[str | None, str]:
    found = next(t for t in ctx.times if t.text == text)
    return found.value, found.anchor


def test_the_next_morning_follows_the_previous_day(context: Callable[..., Context]) -> None:
    ctx = context("The president asked for her resignation on Monday night, and the minister "
                  "quit the next morning.")
    assert _time(ctx, "the next morning") == ("2025-03-11TMO", "previous-time")
    quit_ = event_time(ctx, next(t for t in ctx.doc if t.text == "quit"))
    assert quit_ is not None and quit_.value == "2025-03-11"


def test_the_previous_night_precedes_it(context: Callable[..., Context]) -> None:
    ctx = context("Police arrived on Wednesday; the suspect had fled the previous night.")
    assert _time(ctx, "the previous night") == ("2025-03-11TNI", "previous-time")


def test_the_next_day_is_anaphoric_but_next_week_is_not(
        context: Callable[..., Context]) -> None:
    ctx = context("He was arrested on Sunday and charged the next day.")
    assert _time(ctx, "the next day")[0] == "2025-03-10"
    ctx2 = context("He was arrested on Sunday and will be charged next week.")
    assert _time(ctx2, "next week")[0] == "2025-W12"


def test_this_morning_is_still_the_publication_day(context: Callable[..., Context]) -> None:
    ctx = context("The storm hit the coast this morning.")
    assert _time(ctx, "this morning") == ("2025-03-14TMO", "published")
