"""Place mentions in parsed text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from newsevents.context import Context

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt"


def test_countries_capitals_regions(context: Callable[..., Context]) -> None:
    ctx = context(
        "Poland shares a border with Russia's Kaliningrad region. Officials in Warsaw and "
        "Kyiv met in Geneva to discuss Crimea and the South China Sea."
    )
    found = {(ctx.text[p.start : p.end], p.country, p.feature) for p in ctx.places}
    assert ("Poland", "POL", "country") in found
    assert ("Russia", "RUS", "country") in found
    assert ("Kaliningrad region", "RUS", "admin1") in found
    assert ("Warsaw", "POL", "city") in found
    assert ("Geneva", "CHE", "city") in found
    assert ("Crimea", "UKR", "region") in found
    assert ("South China Sea", None, "region") in found
    for p in ctx.places:
        assert p.method.startswith(("gazetteer:", "ner+gazetteer:"))
        assert p.lat is not None and p.lon is not None


def test_demonyms_and_names_are_not_places(context: Callable[..., Context]) -> None:
    ctx = context(
        "The Russian president met Polish officials and George Washington's biographer, "
        "the Financial Times reported."
    )
    assert ctx.places == []


def test_metonyms_are_still_mentions(context: Callable[..., Context]) -> None:
    ctx = context("Moscow said the plan was confrontational.")
    assert [(p.name, p.country) for p in ctx.places] == [("Moscow", "RUS")]


def test_seed_places(context: Callable[..., Context]) -> None:
    ctx = context(SEED.read_text(encoding="utf-8"), published=dt.date(2025, 3, 14))
    by_country = {(p.name, p.country) for p in ctx.places}
    for expected in [("Poland", "POL"), ("Russia", "RUS"), ("Ukraine", "UKR"),
                     ("Belarus", "BLR"), ("Kaliningrad region", "RUS"), ("Warsaw", "POL"),
                     ("France", "FRA")]:
        assert expected in by_country, expected


def test_usual_english_spellings_of_cities(context: Callable[..., Context]) -> None:
    """GeoNames alternate names of major cities: "Basra" is Basrah, "Rangoon" Yangon."""
    ctx = context(
        "Militias shelled Basra overnight, and protesters marched through Rangoon and Bombay. "
        "Rebels attacked the port of Hudaydah."
    )
    found = {ctx.text[p.start : p.end]: (p.name, p.country) for p in ctx.places}
    assert found["Basra"] == ("Basrah", "IRQ")
    assert found["Rangoon"] == ("Yangon", "MMR")
    assert found["Bombay"] == ("Mumbai", "IND")
    assert found["Hudaydah"][1] == "YEM"  # "Al Hudaydah": a dropped article is no fragment


def test_alternate_names_do_not_displace_or_fragment() -> None:
    """A fragment of a city's own name is no alternate ("North" of North Salt Lake), and a
    name with a main reading keeps it ("Kyiv" the capital, not an alternate of anything)."""
    from newsevents.places.gazetteer import gazetteer

    gaz = gazetteer()
    assert gaz.lookup("North") is None
    assert gaz.lookup("Gutierrez") is None
    kyiv = gaz.lookup("Kyiv")
    assert kyiv is not None and kyiv.kind == "capital"
    moscow = gaz.lookup("Moscow")
    assert moscow is not None and moscow.country == "RUS" and moscow.kind == "capital"


def test_alternate_names_need_a_place_reading(context: Callable[..., Context]) -> None:
    """GeoNames lists ordinary words among alternates ("Conception", "Hamas" for Hamm, "The
    White House" for Casablanca): they count only where spaCy reads a place."""
    ctx = context(
        "The White House said the Hamas-run ministry had chartered the Conception, a dive boat."
    )
    assert [p for p in ctx.places if p.name in ("Casablanca", "Hamm", "Concepcion")] == []
