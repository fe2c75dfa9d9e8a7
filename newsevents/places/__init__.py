"""Stage 'places': place mentions geoparsed offline (countries, capitals, cities, regions).

Candidates are spaCy's GPE/LOC/FAC entities and every capitalised run of up to six tokens that
names a gazetteer entry (:mod:`.gazetteer`); the longest reading wins where they overlap.
Demonyms ("Russian", "Polish") are not places: spaCy tags them NORP and the gazetteer holds no
adjectives. Metonyms ("Moscow said") are still place mentions here; it is
:func:`.attach.event_place` that refuses them as the place of an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from ..nlp.shared import ents_of, starts_of, text_of, words_of
from ..records import Place
from .described import described_capitals, described_names
from .gazetteer import Entry, fold, gazetteer

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["extract_places", "places_of"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity types a place name inside of is part of another name ("George Washington", "the
#: Financial Times", "Russian") and not a mention of the place.
_BLOCKING = frozenset(
    {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "MONEY"}
)
#: Entity types the small model gives a whole gazetteer name it did not read as a place:
#: "Crimea" as ORG, "Tunis" as NORP or LANGUAGE. The gazetteer holds no demonyms or languages
#: ("Tunisian", "Arabic"), so an entity of these types that is exactly a gazetteer name is the
#: place; one merely containing it ("the Washington Post") stays blocked.
_MISLABELS = frozenset({"ORG", "NORP", "LANGUAGE"})
_MAX_TOKENS = 6
#: ``doc.user_data`` key of the places found in a Doc (dropped by ``nlp.shared.release``).
_KEPT = "newsevents.places"


def _place(entry: Entry, start: int, end: int, method: str) -> Place:
    return Place(
        name=entry.name,
        start=start,
        end=end,
        country=entry.country,
        feature=entry.feature,  # type: ignore[arg-type]
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        method=method,
    )


def places_of(doc: Doc) -> list[Place]:
    """Every place mention of a parsed document, in text order.

    Computed once per Doc (kept in ``doc.user_data``): the actors stage geoparses the document
    to place generic mentions, and the places stage returns the same list.
    """
    kept = doc.user_data.get(_KEPT)
    if kept is None:
        kept = doc.user_data[_KEPT] = tuple(_places_of(doc))
    return list(kept)


def _places_of(doc: Doc) -> list[Place]:
    """One pass over token arrays (``Doc.to_array``) and plain strings: a capitalised word whose
    first letters start no gazetteer name is dismissed with one set test, and every candidate
    string is first tested against the index keys before any span is built.
    """
    gaz = gazetteer()
    n = len(doc)
    if n == 0:
        return []
    entity_spans = {(e.start, e.end): e.label_ for e in ents_of(doc)}
    flags = doc.to_array([IS_PUNCT, IS_SPACE, ENT_TYPE])
    strings = doc.vocab.strings
    skip_end = ((flags[:, 0] + flags[:, 1]) > 0).tolist()
    ent_ids = flags[:, 2].tolist()
    blocking = {eid: strings[eid] in _BLOCKING for eid in set(ent_ids)}
    words = words_of(doc)
    starts = starts_of(doc)
    text = text_of(doc)
    found: list[tuple[int, int, Entry, str]] = []  # token start, token end, entry, method
    i = 0
    while i < n:
        word = words[i]
        if not word[:1].isupper() or not gaz.may_start(word):
            i += 1
            continue
        match: tuple[int, Entry, str] | None = None
        for width in range(min(_MAX_TOKENS, n - i), 0, -1):
            last = i + width - 1
            if skip_end[last]:
                continue
            surface = text[starts[i] : starts[last] + len(words[last])]
            key = fold(surface)
            if not gaz.has(key):
                continue
            label = entity_spans.get((i, i + width))
            is_place_entity = label in _PLACE_LABELS
            if not is_place_entity and label not in _MISLABELS and any(
                blocking[ent_ids[k]] for k in range(i, i + width)
            ) and not (label == "PERSON" and _capital_destination(doc, i + width - 1, surface)):
                # inside a longer name ("the Washington Post", "George Washington") or a
                # demonym; a place the small model mislabels on its own passes (_MISLABELS),
                # as does a capital it calls a person after "to" or "in" ("to Kyiv")
                continue
            if not is_place_entity and key in gaz.ambiguous:
                continue
            if width == 1 and word.isupper() and len(word) > 3 and key not in gaz.index:
                continue
            entry = gaz.lookup(surface, ner=is_place_entity)
            if entry is not None:
                method = f"{'ner+' if is_place_entity else ''}gazetteer:{entry.kind}"
                match = (width, entry, method)
                break
        if match is None:
            i += 1
            continue
        width, entry, method = match
        found.append((i, i + width, entry, method))
        i += width
    found += described_names(doc, found, gaz)
    found += described_capitals(doc, found, gaz)
    found.sort(key=lambda f: f[0])
    places = []
    for start, end, entry, method in found:
        start_char = starts[start]
        end_char = starts[end - 1] + len(words[end - 1])
        places.append(_place(entry, start_char, end_char, method))
    return places


def _capital_destination(doc: Doc, last: int, surface: str) -> bool:
    """A whole entity tagged PERSON that is exactly a capital's name, as the object of a
    preposition of destination or location ("travelled to Kyiv", "arrived in Kiev"): the
    small model's person is the capital (``person_capital_preps`` in aliases.yaml)."""
    gaz = gazetteer()
    tok = doc[last]
    if tok.dep_ != "pobj" or tok.head.text.lower() not in gaz.person_capital_preps:
        return False
    entry = gaz.lookup(surface)
    return entry is not None and entry.kind == "capital"


def extract_places(ctx: Context) -> list[Place]:
    """The 'places' stage: every place mention of ``ctx.doc``."""
    return places_of(ctx.doc)
