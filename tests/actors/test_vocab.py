"""The vocabularies: every ISO country, short forms, demonyms, sources, case-sensitive acronyms."""

from __future__ import annotations

import pycountry

from newsevents.actors.vocab import is_acronym, load, normalise, read_csv

from .conftest import Resolver


def test_every_iso_country_has_a_name() -> None:
    vocab = load()
    for country in pycountry.countries:
        assert country.alpha_3 in vocab.country_names


def test_short_forms_pycountry_lacks() -> None:
    phrases = load().phrases
    for phrase, code in [("the u.s.", "USA"), ("america", "USA"), ("u.k.", "GBR"),
                         ("britain", "GBR"), ("dprk", "PRK"), ("north korea", "PRK"),
                         ("prc", "CHN"), ("rok", "KOR"), ("south korea", "KOR"),
                         ("russia", "RUS"), ("iran", "IRN"), ("türkiye", "TUR")]:
        assert any(e.country == code for e in phrases[normalise(phrase)]), phrase


def test_demonyms_cover_the_countries_in_the_table() -> None:
    rows = read_csv("countries.csv")
    with_demonyms = [r for r in rows if r["demonyms"]]
    assert len(with_demonyms) >= 190
    phrases = load().phrases
    for word, code in [("polish", "POL"), ("russian", "RUS"), ("french", "FRA"),
                       ("american", "USA"), ("north korean", "PRK"), ("ukrainian", "UKR")]:
        assert any(e.type == "demonym" and e.country == code for e in phrases[word]), word


def test_every_data_file_names_its_source() -> None:
    sources = load().sources
    for name in ("countries.csv", "metonyms.csv", "igos.csv", "groups.csv", "media.csv",
                 "sectors.yaml", "titles.yaml", "leaders.csv", "ner.yaml"):
        assert sources.get(name), name


def test_media_table_size() -> None:
    assert len(read_csv("media.csv")) >= 80


def test_acronym_detection() -> None:
    assert is_acronym("US") and is_acronym("U.K.") and is_acronym("WHO")
    assert not is_acronym("Russia") and not is_acronym("the Kremlin")


def test_case_distinguishes_acronyms_and_words(resolve: Resolver) -> None:
    actors = resolve("Let us see who wins, the poles said, and then the WHO and the US spoke.")
    codes = {a.mention: a.code for a in actors}
    assert codes.get("the WHO") == "WHO"
    assert "Let" not in codes
    assert codes.get("US") == "USA"
    assert "us" not in codes and "who" not in codes and "poles" not in codes
