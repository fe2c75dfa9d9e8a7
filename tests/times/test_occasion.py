"""Which clause's occasion an event shares (``times/occasion.py``, issue 13): an act asked for
as a noun, a time inside an "after …" phrase, a gerund of means, a time written after an object
noun, a coordinated year before a noun.

Sentences written for this file (in no gold set), through the real parser.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.context import Context
from newsevents.times.attach import event_time


def token(ctx: Context, text: str) -> Token:
    return next(t for t in ctx.doc if t.text == text)


def value(ctx: Context, word: str) -> str | None:
    found = event_time(ctx, token(ctx, word))
    assert found is not None
    return found.value


def test_an_act_demanded_on_a_day_is_not_dated_by_the_demand(
        context: Callable[..., Context]) -> None:
    ctx = context("The opposition demanded on Monday the release of the detained reporters.")
    release = event_time(ctx, token(ctx, "release"))
    demanded = event_time(ctx, token(ctx, "demanded"))
    assert demanded is not None and demanded.value == "2025-03-10"
    assert release is not None and release.value is None
    assert release.method == "rule:intended-act"
    ctx2 = context("On Tuesday, rights groups called for an independent inquiry into the deaths.")
    inquiry = event_time(ctx2, token(ctx2, "inquiry"))
    assert inquiry is not None and inquiry.value is None


def test_an_asked_for_act_keeps_a_time_of_its_own(context: Callable[..., Context]) -> None:
    ctx = context("On Tuesday the party called for elections next month.")
    elections = event_time(ctx, token(ctx, "elections"))
    assert elections is not None and elections.text == "next month"


def test_objects_that_are_no_asked_for_act_keep_the_clause_day(
        context: Callable[..., Context]) -> None:
    # "press charges" is no request for charges; a present request is not past
    ctx = context("Prosecutors pressed charges against the mayor on Monday.")
    assert value(ctx, "charges") == "2025-03-10"
    ctx2 = context("The union criticised the arrest of its leader on Monday.")
    assert value(ctx2, "arrest") == "2025-03-10"


def test_a_time_after_an_earlier_event_yields_to_the_clause_time(
        context: Callable[..., Context]) -> None:
    ctx = context("After a first ceasefire in 2014, the rebels signed a second accord "
                  "with the army in 2016.")
    assert value(ctx, "signed") == "2016"
    assert value(ctx, "ceasefire") == "2014"
    # the only time of the sentence still dates the clause
    ctx2 = context("After the vote on Monday, the prime minister resigned.")
    assert value(ctx2, "resigned") == "2025-03-10"


def test_a_gerund_of_means_dates_the_act_it_completes(context: Callable[..., Context]) -> None:
    ctx = context("The man admitted to killing his neighbour by poisoning him in 2019.")
    assert value(ctx, "killing") == "2019"


def test_a_time_after_an_object_noun_dates_the_verb(context: Callable[..., Context]) -> None:
    ctx = context("The president said he had asked for the minister's resignation "
                  "Monday night.")
    assert value(ctx, "asked") == "2025-03-10"
    # and the resignation asked for is not dated by the asking
    assert value(ctx, "resignation") is None


def test_a_coordinated_year_before_a_noun_is_the_noun_s(
        context: Callable[..., Context]) -> None:
    ctx = context("Politically, the senator backed the 2008 and 2012 campaigns of his party.")
    found = event_time(ctx, token(ctx, "backed"))
    assert found is not None and found.text not in ("2008", "2012")
