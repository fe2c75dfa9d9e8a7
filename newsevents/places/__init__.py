"""Stage 'places': place mentions geoparsed offline (countries, capitals, cities, regions).

Candidates are spaCy's GPE/LOC/FAC entities and every capitalised run of up to six tokens that
names a gazetteer entry (:mod:`.gazetteer`); the longest reading wins where they overlap.
Demonyms ("Russian", "Polish") are not places: spaCy tags them NORP and the gazetteer holds no
adjectives. Metonyms ("Moscow said") are still place mentions here; it is
:func:`.attach.event_place` that refuses them as the place of an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..records import Place
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
_MAX_TOKENS = 6


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
    """Every place mention of a parsed document, in text order."""
    gaz = gazetteer()
    entity_spans = {(e.start, e.end): e.label_ for e in doc.ents}
    found: list[tuple[int, int, Entry, str]] = []  # token start, token end, entry, method
    n = len(doc)
    i = 0
    while i < n:
        token = doc[i]
        if not token.text[:1].isupper():
            i += 1
            continue
        match: tuple[int, Entry, str] | None = None
        for width in range(min(_MAX_TOKENS, n - i), 0, -1):
            span = doc[i : i + width]
            if span[-1].is_punct or span[-1].is_space:
                continue
            label = entity_spans.get((i, i + width))
            is_place_entity = label in _PLACE_LABELS
            if not is_place_entity and label != "ORG" and any(
                t.ent_type_ in _BLOCKING for t in span
            ):
                # inside a longer name ("the Washington Post", "George Washington") or a
                # demonym; a place the small model mislabels ORG on its own ("Crimea") passes
                continue
            key = fold(span.text)
            if not is_place_entity and key in gaz.ambiguous:
                continue
            if width == 1 and token.is_upper and len(token.text) > 3 and key not in gaz.index:
                continue
            entry = gaz.lookup(span.text)
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
    places = []
    for start, end, entry, method in found:
        span = doc[start:end]
        places.append(_place(entry, span.start_char, span.end_char, method))
    return places


def extract_places(ctx: Context) -> list[Place]:
    """The 'places' stage: every place mention of ``ctx.doc``."""
    return places_of(ctx.doc)
