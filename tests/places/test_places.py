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


def test_a_city_the_model_tags_as_a_nationality_or_language_is_a_place() -> None:
    # the small model reads some capitals as NORP or LANGUAGE ("Tunis"); a demonym or language
    # is never a gazetteer name, so an entity that is exactly one is the place (the parse is
    # the premise here: hand-built entities)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.places import places_of

    for label in ("NORP", "LANGUAGE"):
        doc = Doc(Vocab(), words=["Two", "bombs", "exploded", "in", "Tunis", "and", "Nairobi"],
                  ents=["O", "O", "O", "O", f"B-{label}", "O", "B-GPE"])
        assert [(p.name, p.country) for p in places_of(doc)] == [
            ("Tunis", "TUN"), ("Nairobi", "KEN")]
    # a demonym or a language of that type stays no place
    doc = Doc(Vocab(), words=["Tunisian", "and", "Arabic", "speakers"],
              ents=["B-NORP", "O", "B-LANGUAGE", "O"])
    assert places_of(doc) == []
    # a gazetteer name inside a longer entity of that type stays blocked
    doc = Doc(Vocab(), words=["the", "Tunis", "Arabs", "met"], ents=["O", "B-NORP", "I-NORP", "O"])
    assert places_of(doc) == []


def test_iso_subdivisions_in_text(context: Callable[..., Context]) -> None:
    ctx = context(
        "Farmers in Helmand province lost their crops, and the floods reached Kano State "
        "after two weeks of rain."
    )
    found = {(ctx.text[p.start : p.end], p.country, p.feature) for p in ctx.places}
    assert ("Helmand province", "AFG", "admin1") in found
    assert ("Kano State", "NGA", "admin1") in found
