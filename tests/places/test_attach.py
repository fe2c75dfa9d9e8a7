"""event_place: a locative phrase of the trigger's own clause, else nothing."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.context import Context
from newsevents.places.attach import event_place


def token(ctx: Context, text: str) -> Token:
    return next(t for t in ctx.doc if t.text == text)


def test_in_into_at(context: Callable[..., Context]) -> None:
    ctx = context(
        "Russia was relocating nuclear weapons into Belarus. It is unlikely the U.S. would put "
        "nukes in Poland. Protesters gathered at the embassy in Paris."
    )
    relocating = event_place(ctx, token(ctx, "relocating"))
    put = event_place(ctx, token(ctx, "put"))
    gathered = event_place(ctx, token(ctx, "gathered"))
    assert relocating is not None and relocating.country == "BLR"
    assert put is not None and put.country == "POL"
    assert gathered is not None and gathered.name == "Paris"


def test_noun_trigger(context: Callable[..., Context]) -> None:
    ctx = context("The war in Ukraine has raged for three years.")
    war = event_place(ctx, token(ctx, "war"))
    assert war is not None and war.country == "UKR"


def test_metonyms_and_partners_are_not_event_places(context: Callable[..., Context]) -> None:
    ctx = context("Moscow said it held talks with Washington.")
    assert event_place(ctx, token(ctx, "said")) is None
    assert event_place(ctx, token(ctx, "held")) is None
    assert event_place(ctx, token(ctx, "talks")) is None


def test_places_of_other_clauses_are_not_borrowed(context: Callable[..., Context]) -> None:
    ctx = context("The minister, who was in Berlin, said rebels attacked the town.")
    assert event_place(ctx, token(ctx, "attacked")) is None


def test_targets_are_not_places(context: Callable[..., Context]) -> None:
    ctx = context("Russia launched an attack on Ukraine.")
    assert event_place(ctx, token(ctx, "launched")) is None


def test_a_place_described_by_its_kind_first(context: Callable[..., Context]) -> None:
    # "in the Nigerian city of Kano": the locative phrase is on "city", the place its of-phrase
    ctx = context("Gunmen killed five people in the Nigerian city of Kano on Monday. Three "
                  "soldiers were killed outside of the Iraqi city of Basra.")
    killed = [t for t in ctx.doc if t.text == "killed"]
    kano = event_place(ctx, killed[0])
    basra = event_place(ctx, killed[1])
    assert kano is not None and kano.country == "NGA"
    assert basra is not None and basra.country == "IRQ"


def test_an_of_phrase_of_another_noun_places_nothing(context: Callable[..., Context]) -> None:
    ctx = context("Protesters marched in support of Ukraine.")
    assert event_place(ctx, token(ctx, "marched")) is None
