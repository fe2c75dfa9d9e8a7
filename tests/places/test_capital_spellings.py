"""Other spellings of capitals (issue 12, visits): the spellings the actors' country table
lists for a capital that GeoNames also gives among that capital's alternate names; a capital the
GeoNames country table names by another spelling than its city record ("Brasilia", "Nur-Sultan");
a capital named like a larger city abroad; and a capital the small model tags PERSON after "to"
or "in" (hand-built Docs: the model's entity is the premise)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.places import places_of
from newsevents.places.gazetteer import gazetteer


@pytest.mark.parametrize(("name", "country", "capital"), [
    ("Kiev", "UKR", "Kyiv"),          # the older transliteration of Kyiv
    ("Peking", "CHN", "Beijing"),
    ("Teheran", "IRN", "Tehran"),
    ("Sana'a", "YEM", "Sanaa"),
    ("Naypyidaw", "MMR", "Nay Pyi Taw"),
    ("Nur-Sultan", "KAZ", "Astana"),   # the capital's name in 2019-2022
    ("Ulaanbaatar", "MNG", "Ulan Bator"),
])
def test_a_capital_s_other_spelling_is_the_capital(name: str, country: str,
                                                    capital: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None, name
    assert (entry.name, entry.country, entry.kind) == (capital, country, "capital")


def test_the_country_table_s_spelling_of_a_capital_marks_its_city() -> None:
    # GeoNames' country table says "Brasilia" and "Nur-Sultan"; the city records are
    # "Brasília" and "Astana": both are their country's capital
    assert gazetteer().capitals["BRA"].name == "Brasília"
    assert gazetteer().capitals["KAZ"].name == "Astana"
    # a town that lists the capital's name among its alternates is not made the capital
    assert gazetteer().capitals["IRN"].name == "Tehran"
    assert gazetteer().capitals["IND"].name == "New Delhi"


def test_a_seat_that_is_another_city_is_not_the_capital() -> None:
    # the country table lists Putrajaya as a seat of Malaysia's government; GeoNames does not
    # give it as a name of Kuala Lumpur, so the capital does not take it
    entry = gazetteer().lookup("Putrajaya")
    assert entry is None or entry.name != gazetteer().capitals["MYS"].name


def test_a_small_capital_named_like_a_larger_city_abroad_is_not_guessed() -> None:
    assert gazetteer().lookup("Hamilton") is None    # Bermuda's capital, or Ontario's city
    assert gazetteer().lookup("Plymouth") is None    # Montserrat's, or England's
    assert gazetteer().lookup("Kingston").country == "JAM"  # type: ignore[union-attr]


def _doc(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents)


def test_a_capital_tagged_as_a_person_after_to_or_in_is_the_place() -> None:
    doc = _doc(["The", "envoy", "travelled", "to", "Kiev", "on", "Monday"],
               [1, 2, 2, 2, 3, 2, 5], ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
               ["O", "O", "O", "O", "B-PERSON", "O", "B-DATE"])
    assert [(p.name, p.country) for p in places_of(doc)] == [("Kyiv", "UKR")]


def test_a_person_tag_elsewhere_stays_a_person() -> None:
    # the subject, or the object of another preposition, is the person the model read
    doc = _doc(["Kingston", "spoke", "with", "Lima"], [1, 1, 1, 2],
               ["nsubj", "ROOT", "prep", "pobj"], ["B-PERSON", "O", "O", "B-PERSON"])
    assert places_of(doc) == []
    # a person's name that is no capital stays a person after "to"
    doc = _doc(["He", "wrote", "to", "Smith"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["O", "O", "O", "B-PERSON"])
    assert places_of(doc) == []
