"""One event for a trip and the talks it is for, when they are one act.

"The South Korean minister will travel to Beijing next week for talks with Chinese officials":
the coder gives the trip (042, ``consult.travel-to``) and, through the journey verb
(``journey_verbs`` in ``patterns.yaml``), the talks it is for (040) to the traveller. When the
talks are with the state visited, or name no one, they are the visit told with its purpose:
PETRARCH codes "arrived for talks" as one event, and the guide records one event per (action,
source, target), listing 042 / 046 / 040 as the codes of that one act. The visit is kept; talks
with another party than the host ("arrived in Doha for talks with the Taliban") stay an event of
their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import head_of
from .actor_finder import ActorFinder
from .candidate import Candidate
from .coder import sentence_step
from .patterns import PatternBook


def _journey_of(noun: Token, book: PatternBook) -> Token | None:
    """The journey verb whose for-phrase ``noun`` is ("travelled … for talks"), else None."""
    prep = head_of(noun)
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    verb = head_of(prep)
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in book.journey_verbs else None


def _with_host_or_no_one(talks: Candidate, visit: Candidate) -> bool:
    """The talks name no other party than the host: no target, one of no country, the
    traveller's own side (an office the text leaves unplaced, "the chancellor", read as the
    doer's) or a party of the visited state."""
    target = talks.target
    own = talks.source is not None and target is not None and target.code == talks.source.code
    if target is None or not target.country or own:
        return True
    return visit.target is not None and target.country == visit.target.country


@sentence_step
def one_trip_for_talks(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                       book: PatternBook) -> list[Candidate]:
    """The sentence's candidates without the talks a visit is for when they are the visit."""
    visits = {c.trigger.i: c for c in cands if c.code == "042" and c.source is not None}
    if not visits:
        return cands
    out = []
    for cand in cands:
        verb = _journey_of(cand.trigger, book) if cand.code[:2] == "04" else None
        visit = visits.get(verb.i) if verb is not None else None
        if visit is not None and cand is not visit and cand.source == visit.source and \
                _with_host_or_no_one(cand, visit):
            continue  # "travelled to Seoul for talks with his counterpart": the visit
        out.append(cand)
    return out
