"""UN organs and programmes that only Phoenix's international actors list keep the UN's code
(``tools/convert_phoenix_international.py`` writes the parent the guide reports, UNO, WHO, EUR,
AFR, from the Phoenix code); its specialised agencies stay a plain IGO, as in igos.csv.

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents.actors import vocab

from .conftest import Resolver, find


def test_a_un_programmes_abbreviation_is_the_un(resolve: Resolver) -> None:
    text = "UNDP said on Tuesday that the drought in Somalia had destroyed half the harvest."
    undp = find(resolve(text), "UNDP")
    assert undp.code == "UNO" and "international.csv" in undp.resolution.reason


def test_a_un_office_named_by_the_ner_is_the_un(resolve: Resolver) -> None:
    text = "OHCHR criticised the mass arrests in Minsk on Wednesday."
    assert find(resolve(text), "OHCHR").code == "UNO"


def test_a_specialised_agency_stays_a_plain_igo(resolve: Resolver) -> None:
    text = "The International Labour Organization said on Monday that wages fell in Peru."
    assert find(resolve(text), "International Labour Organization").code == "IGO"


def test_the_table_gives_each_un_programme_its_parent() -> None:
    table = vocab.load().international
    assert table["unicef"] == ("IGO", "UNO")
    assert table["world health assembly"] == ("IGO", "WHO")
    assert table["international labour organization"] == ("IGO", None)
