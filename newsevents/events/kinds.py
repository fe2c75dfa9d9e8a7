"""What kind of thing a participant nobody coded is: its head noun's WordNet supersenses.

A pattern that matched "struck", "rounded up" or "apprehend" knows the verb, not what was
struck: "the driver struck the pillars", "workers rounded up the goats", "apprehend a truth"
are no assault and no arrest, because a pillar, a goat and a truth are not parties (CAMEO codes
interactions of political actors; Schrodt 2012, CAMEO manual ch. 2). A participant the actors
stage coded is an actor by definition; one it did not code is judged by its head noun's kinds
(``noun.person``, ``noun.group``, ``noun.animal``, ``noun.cognition`` …), from WordNet 3.0
(``data/events/noun_kinds.tsv``, converted by ``tools/convert_wordnet_kinds.py``). A noun the
table does not hold, a name, a pronoun or a number tells nothing, and never vetoes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..datafiles import read_text
from ..records import Actor

_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT",
                    "WORK_OF_ART", "LAW"})


@lru_cache(maxsize=1)
def noun_kinds() -> dict[str, tuple[str, ...]]:
    """``noun_kinds.tsv`` read once per process: lemma → supersenses, most frequent first."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_text("events/noun_kinds.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, _, kinds = line.partition("\t")
        table[lemma] = tuple(kinds.split())
    return table


def kinds_of(tok: Token) -> tuple[str, ...]:
    """A noun's supersenses, most frequent first, by its lemma, else its lower-cased form
    (empty when the table lacks both)."""
    table = noun_kinds()
    return table.get(tok.lemma_.lower()) or table.get(tok.lower_) or ()


def head_token(actor: Actor, doc: Doc) -> Token | None:
    """The syntactic head of an actor's mention (None for an implied, empty mention)."""
    if actor.end <= actor.start:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def participant_kinds(actor: Actor | None, doc: Doc) -> tuple[str, ...] | None:
    """The supersenses of an uncoded participant's head noun; None when they say nothing
    (a coded actor, a name, a pronoun, a number, a noun the table lacks, no participant)."""
    if actor is None or actor.code is not None or actor.sector is not None:
        return None
    head = head_token(actor, doc)
    if head is None or head.pos_ != "NOUN" or head.ent_type_ in _NAMED or head.like_num:
        return None
    return kinds_of(head) or None
