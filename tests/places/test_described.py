"""Places named by description: "the Tunisian capital", "the country's capital", "the Nigerian
city of Kano" (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.context import Context


def _found(ctx: Context) -> set[tuple[str, str, str | None]]:
    return {(ctx.text[p.start : p.end], p.name, p.country) for p in ctx.places}


@pytest.mark.parametrize(
    ("text", "mention", "capital", "country"),
    [
        ("Protesters marched through the Tunisian capital on Friday.",
         "Tunisian capital", "Tunis", "TUN"),
        ("Gunmen attacked the Afghan capital on Sunday, killing five.",
         "Afghan capital", "Kabul", "AFG"),
        ("Tunisia held an election. Tunisia's president spoke. Police in the country's capital "
         "arrested ten people.", "country's capital", "Tunis", "TUN"),
        ("Tunisia held an election. Tunisia's president spoke. Police in the capital arrested "
         "ten people.", "capital", "Tunis", "TUN"),
    ],
)
def test_described_capitals(context: Callable[..., Context], text: str, mention: str,
                            capital: str, country: str) -> None:
    assert (mention, capital, country) in _found(context(text))


@pytest.mark.parametrize(
    "text",
    [
        "The company raised the capital it needed.",  # money
        "Milan is the financial capital of Italy.",  # another modifier
        "Police in the capital arrested ten people.",  # no story country
        "Tunisia held an election. Tunisia's president spoke. He arrived in the capital, "
        "Tunis, on Monday.",  # the name follows and is the mention
    ],
)
def test_not_described_capitals(context: Callable[..., Context], text: str) -> None:
    assert all(p.method != "described:capital" for p in context(text).places)


def test_a_city_the_phrase_places_in_a_country(context: Callable[..., Context]) -> None:
    ctx = context("The Nigerian city of Kano was hit by a bomb.")
    place = next(p for p in ctx.places if ctx.text[p.start : p.end] == "Kano")
    assert (place.country, place.feature, place.method) == ("NGA", "city", "described:name")
    assert place.lat is not None  # the gazetteer's Kano


def test_a_small_town_the_phrase_places_is_kept_without_coordinates(
    context: Callable[..., Context],
) -> None:
    ctx = context("Rebels seized the Syrian town of Kafr Nabudah overnight.")
    place = next(p for p in ctx.places if ctx.text[p.start : p.end] == "Kafr Nabudah")
    assert (place.country, place.feature, place.lat) == ("SYR", "city", None)
