"""event_time: the time of the trigger's own clause, else the publication date."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.context import Context
from newsevents.times.attach import event_time

DUDA = (
    "\u201cRussia did not even hesitate when they were relocating their nuclear weapons into "
    "Belarus,\u201d Duda told the Financial Times in reference to actions Russia took beginning "
    "in 2023, a year after it invaded Ukraine."
)


def token(ctx: Context, text: str, nth: int = 0) -> Token:
    return [t for t in ctx.doc if t.text == text][nth]


def test_each_clause_gets_its_own_time(context: Callable[..., Context]) -> None:
    ctx = context(DUDA)
    took = event_time(ctx, token(ctx, "took"))
    invaded = event_time(ctx, token(ctx, "invaded"))
    told = event_time(ctx, token(ctx, "told"))
    assert took is not None and took.value == "2023"
    assert invaded is not None and invaded.value == "2022"
    assert invaded.anchor == "previous-time"
    # "told" has no time of its own: it is dated by the publication, not by 2023
    assert told is not None and told.type == "publication" and told.value == "2025-03-14"
    assert (told.text, told.start, told.end, told.anchor) == ("", -1, -1, "published")


def test_time_on_a_framing_noun(context: Callable[..., Context]) -> None:
    ctx = context(
        "Kolarski echoed the plea and, in a Thursday interview with RMF FM radio, argued that "
        "the steps were important."
    )
    echoed = event_time(ctx, token(ctx, "echoed"))
    argued = event_time(ctx, token(ctx, "argued"))
    assert echoed is not None and echoed.value == "2025-03-13"
    assert argued is not None and argued.value == "2025-03-13"


def test_time_in_a_relative_clause_of_the_framing_noun(context: Callable[..., Context]) -> None:
    ctx = context(
        "He addressed his appeal to the Trump administration during an interview with the "
        "Financial Times that was published Thursday."
    )
    addressed = event_time(ctx, token(ctx, "addressed"))
    assert addressed is not None and addressed.value == "2025-03-13"


def test_times_of_other_clauses_are_not_borrowed(context: Callable[..., Context]) -> None:
    ctx = context("The ministry said Monday that rebels had attacked the town.")
    said = event_time(ctx, token(ctx, "said"))
    attacked = event_time(ctx, token(ctx, "attacked"))
    assert said is not None and said.value == "2025-03-10"
    assert attacked is not None and attacked.type == "publication"


def test_chained_verbs_share_the_time(context: Callable[..., Context]) -> None:
    ctx = context(
        "The Trump administration this week took steps to try and bring about an end to the war."
    )
    bring = event_time(ctx, token(ctx, "bring"))
    assert bring is not None and bring.value == "2025-W11"
    # a conjunct with its own subject is a new occasion
    ctx2 = context("The request was made in 2022, but Duda has not given up on the idea.")
    given = event_time(ctx2, token(ctx2, "given"))
    assert given is not None and given.type == "publication"


def test_noun_trigger_with_its_own_time(context: Callable[..., Context]) -> None:
    ctx = context("Officials recalled the 2014 annexation of Crimea on Friday.")
    annexation = event_time(ctx, token(ctx, "annexation"))
    assert annexation is not None and annexation.value == "2014"


def test_no_publication_date(context: Callable[..., Context]) -> None:
    ctx = context("The ministry said that rebels had attacked the town.", published=None)
    result = event_time(ctx, token(ctx, "attacked"))
    assert result is not None and result.value is None and result.type == "unresolved"
