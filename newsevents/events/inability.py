"""Acts the writer says did not come about because their doer could not do them.

"Police could not arrest him", "officers were unable to detain the gunman", "the two sides
could not agree on a budget": told in the writer's own voice, the act was attempted or wanted
and did not happen. The annotation guide records a denied act as ``negated`` (someone says it
was not done: "we did not attack anyone"), but an inability the narrative reports is no act of
anyone towards anyone, so such a candidate is dropped rather than kept as a negated event.
Inside a quotation or reported speech ("we could not accept this," the minister said) the
words are a party's own stance and stay with the modality walk (a refusal there is news).

The cue words are data (``modality.yaml``: ``inability_aux``, ``inability_governors``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..records import Quote
from .patterns import PatternBook

#: links from a reported clause up to the verb that reports it
_REPORTED = frozenset({"ccomp", "parataxis"})
#: links through which an inability reaches the act ("unable to detain", "failed to agree")
_CONTROLLED = frozenset({"xcomp"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _could_not(tok: Token, aux: frozenset[str]) -> bool:
    """"could not arrest": a past modal of ability and a negation on the act."""
    return _negated(tok) and any(
        c.dep_ == "aux" and (c.lower_ in aux or c.lemma_.lower() in aux) for c in tok.children)


def _unable(tok: Token, governors: frozenset[str]) -> bool:
    """"were unable to detain": the act is the infinitive of an inability (a negated "was not
    unable to" is the opposite and is left alone)."""
    head = tok.head
    return (tok.dep_ in _CONTROLLED and head.i != tok.i
            and head.lemma_.lower() in governors and not _negated(head))


def _reported(tok: Token, quotes: Sequence[Quote], reporting: frozenset[str]) -> bool:
    """Inside a quotation, or in a clause a reporting verb governs ("said police could not")."""
    if any(q.start <= tok.idx < q.end for q in quotes):
        return True
    cur = tok
    for _ in range(8):
        # "police could not hold him, the minister said": the report hangs below the clause
        if any(c.dep_ in _REPORTED and c.lemma_.lower() in reporting for c in cur.children):
            return True
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ in _REPORTED and head.lemma_.lower() in reporting:
            return True
        cur = head
    return False


def unrealised(tok: Token, quotes: Sequence[Quote], book: PatternBook) -> bool:
    """The narrative says the trigger's act could not be done (see the module docstring)."""
    m = book.modality
    aux = m.get("inability_aux", frozenset())
    governors = m.get("inability_governors", frozenset())
    if not (_could_not(tok, aux) or _unable(tok, governors)):
        return False
    return not _reported(tok, quotes, m["reporting_verbs"])
