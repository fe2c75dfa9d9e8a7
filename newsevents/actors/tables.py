"""The actor data files: their schemas and the readers every actors module uses.

Kept apart from :mod:`.vocab` (the phrase tables) and :mod:`.leaders` (office holders by date) so
both read their files the same way without importing each other.
"""

from __future__ import annotations

from typing import Any

from .. import datafiles
from ..datafiles import ANY, optional


def data_text(name: str) -> str:
    """The whole text of an actor data file (its header lines included)."""
    return datafiles.read_text(f"actors/{name}")


def source_line(text: str) -> str:
    """The ``# source:`` line of a data file's header, without the marker."""
    for line in text.splitlines():
        if line.startswith("# source:"):
            return line[len("# source:") :].strip()
    return ""


#: Schemas of the actor data files (docs/data-files.md): the columns/keys this module reads, open
#: to more (``...``). A file without an entry here is read with an open schema.
SCHEMAS: dict[str, Any] = {
    "countries.csv": {"iso3": str, "aliases": str, "demonyms": str, "capitals": str, ...: str},
    "phoenix_groups.csv": {"name": str, "aliases": str, "country": str, "sector": str,
                           "start": str, "end": str, "note": str},
    "groups.csv": {"name": str, "aliases": str, "country": str, "sector": str, "start": str,
                   "end": str, "note": str, ...: str},
    "igos.csv": {"code": str, "parent": str, "name": str, "aliases": str, ...: str},
    "leaders.csv": {"name": str, "aliases": str, "country": str, "sector": str, "office": str,
                    "start": str, "end": str, ...: str},
    "phoenix_people.csv": {"name": str, "aliases": str, "country": str, "sector": str,
                           "start": str, "end": str},
    "media.csv": {"name": str, "aliases": str, "country": str, ...: str},
    "institutions.csv": {"name": str, "aliases": str, "country": str, "sector": str, ...: str},
    "companies.csv": {"name": str, "aliases": str, "country": str, "sector": str, ...: str},
    "international.csv": {"name": str, "aliases": str, "type": str, "country": str},
    "metonyms.csv": {"phrase": str, "iso3": str, "sector": str, "note": str, ...: str},
    "agencies.csv": {"phrase": str, "iso3": str, "sector": str, "note": str},
    "agents.csv": {"phrase": str, "sector": str, "secondary": str, ...: str},
    "sectors.yaml": {
        "source": str,
        optional("country_from"): [str],
        optional("phoenix_sectors"): {str: str},
        optional("phoenix_skip"): [str], optional("private_counsel"): [str],
        optional("foreign_words"): [str], optional("regional_words"): [str],
        optional("mission_nouns"): [str],
        optional("capitalised_generic"): [str],
        optional("groups"): {optional("complement_nouns"): [str],
                             optional("removal_verbs"): [str]},
        "sectors": {str: {optional("kind"): str, optional("label"): str,
                          optional("nouns"): [str], optional("phrases"): [str],
                          optional("people"): [str], optional("people_kind"): str,
                          optional("persons"): [str],
                          optional("country_from"): [str], optional("generic_nouns"): [str],
                          optional("people_country_from"): [str],
                          ...: ANY}},
        ...: ANY,
    },
    "titles.yaml": {"source": str, "titles": {str: [str]}, optional("honorifics"): [str],
                    optional("former"): [str], optional("body_titles"): [str], ...: ANY},
    "ner.yaml": {"source": str, optional("outlet_words"): [str], optional("ignore"): [str],
                 optional("company_words"): [str], optional("sports_verbs"): [str],
                 optional("institution_heads"): {str: str},
                 optional("named_for_heads"): {str: str},
                 optional("intercap_name_prefixes"): [str], optional("descriptors"): {str: str},
                 optional("news_descriptors"): [str], optional("legislature_words"): [str],
                 optional("committee_heads"): [str],
                 optional("sports_nouns"): [str], optional("rebel_name_words"): [str],
                 optional("outlets_needing_context"): [str], optional("outlet_verbs"): [str],
                 optional("outlet_nouns"): [str], optional("motion_verbs"): [str],
                 optional("visit_verbs"): [str],
                 optional("governing_nouns"): [str], optional("ship_prefixes"): [str],
                 optional("authority_verbs"): [str], optional("authority_sectors"): [str],
                 optional("leading_verbs"): [str], optional("receiving_verbs"): [str],
                 ...: ANY},
}


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a data CSV; lines starting with '#' are the source and column notes."""
    return datafiles.load_csv(f"actors/{name}", SCHEMAS.get(name, {...: str}))


def read_yaml(name: str) -> dict[str, Any]:
    """A data YAML file checked against its schema (an empty dict when it holds no mapping)."""
    loaded = datafiles.load_yaml(f"actors/{name}", SCHEMAS.get(name, ANY))
    return loaded if isinstance(loaded, dict) else {}


def split(cell: str) -> list[str]:
    """The ``|``-separated values of a CSV cell (aliases, demonyms …)."""
    return [part.strip() for part in cell.split("|") if part.strip()]
