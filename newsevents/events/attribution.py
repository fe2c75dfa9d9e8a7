"""Who reported an event: the speaker and medium of the quote or reporting clause around it.

An event inside a quotation takes the quote's speaker and medium (the quotes stage found them);
an event in reported speech takes the subject of the reporting verb that governs its clause
("Duda told the Financial Times …": speaker Duda, medium Financial Times). A media outlet is
only ever a medium, never the political source or target of the event.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..actors.lookup import actor_for_span
from ..nlp.shared import children_of
from ..records import Actor, Attribution, Quote
from .patterns import PatternBook

MEDIUM_PREPS = frozenset({"with", "to", "in", "on"})


def _media_in(tok: Token, actors: Sequence[Actor]) -> str | None:
    actor = actor_for_span(actors, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge),
                           head=tok.idx, include_media=True)
    if actor is not None and actor.kind == "media":
        return actor.name
    return None


def _medium_of(verb: Token, actors: Sequence[Actor]) -> str | None:
    """The outlet a reporting verb names: "told the FT", "in an interview with RMF FM"."""
    for child in children_of(verb):
        if child.dep_ in ("dobj", "dative"):
            found = _media_in(child, actors)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in MEDIUM_PREPS:
            for g in child.subtree:
                if g.dep_ == "pobj":
                    found = _media_in(g, actors)
                    if found:
                        return found
    return None


def attribution(trigger: Token, quotes: Sequence[Quote], actors: Sequence[Actor],
                book: PatternBook) -> Attribution:
    """The speaker/medium of the quote containing the trigger, else of the governing report."""
    pos = trigger.idx
    for quote in quotes:
        if quote.start <= pos < quote.end:
            return Attribution(speaker=quote.speaker, medium=quote.medium)
    reporting = book.modality["reporting_verbs"]
    cur = trigger
    for _ in range(8):
        head = cur.head
        if head == cur:
            break
        if cur.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in reporting:
            speaker = None
            for child in children_of(head):
                if child.dep_ == "nsubj":
                    speaker = actor_for_span(actors, child.left_edge.idx,
                                             child.right_edge.idx + len(child.right_edge),
                                             head=child.idx)
            return Attribution(speaker=speaker, medium=_medium_of(head, actors))
        if cur.dep_ in ("relcl", "advcl") and cur is not trigger:
            break
        cur = head
    return Attribution()
