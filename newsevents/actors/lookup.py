"""Finding the actor behind a stretch of text: used by the events and quotes stages.

The actors stage returns every resolved mention (names, metonyms, pronouns and short forms linked
by coreference). Later stages hold a token or a phrase (a subject, an object, an attribution's
source) and need the actor it denotes; this module answers that from character offsets only, so
it works on any stage's records without touching spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..offsets import OffsetIndex
from ..records import Actor


class ActorIndex(OffsetIndex[Actor]):
    """Actors indexed by offset: :func:`actor_for_span` given one looks only at the actors that
    overlap the phrase instead of scanning every actor of the document (the events stage asks
    it for several tokens per candidate verb), with the same answers."""


def actors_in(actors: Sequence[Actor], start: int, end: int) -> list[Actor]:
    """Actor mentions lying inside ``[start, end)``, in text order."""
    return [a for a in actors if a.start >= start and a.end <= end]


def actor_for_span(
    actors: Sequence[Actor],
    start: int,
    end: int,
    head: int | None = None,
    *,
    include_media: bool = False,
) -> Actor | None:
    """The actor a phrase ``[start, end)`` denotes, or None.

    Preference: the innermost mention that covers the phrase's head character (``head``; so in
    "Duda's advisor …, Wojciech Kolarski" the head "advisor" gives Kolarski and the head "Duda"
    gives Duda), then the innermost mention that covers the whole phrase, then the longest
    coded mention inside it ("Russia's invasion" gives Russia). Media mentions are skipped
    unless ``include_media`` (an outlet is a channel, never an event's source or target).
    """
    pool = actors.overlapping(start, end) if isinstance(actors, ActorIndex) else actors
    candidates = [
        a
        for a in pool
        if a.start < end and a.end > start and (include_media or a.kind != "media")
    ]
    if not candidates:
        return None
    if head is not None:
        covering = [a for a in candidates if a.start <= head < a.end]
        if covering:
            return min(covering, key=lambda a: (a.code is None, a.end - a.start))
    whole = [a for a in candidates if a.start <= start and a.end >= end]
    if whole:
        return min(whole, key=lambda a: a.end - a.start)
    return max(candidates, key=lambda a: (a.code is not None, a.end - a.start, -a.start))
