"""Members listed after a group noun: "neighbouring countries including Algeria and Morocco".

A group noun followed by "including" or "such as" names its participants in the list, not in
the noun: the countries that imposed bans are Algeria and Morocco, and "Tunisia's neighbouring
countries" is not Tunisia (which the noun's possessor would otherwise give). The list replaces
the group noun as the participant whenever the noun itself is no coded actor of its own ("the
G7, including Japan" stays the G7). Prepositions are ``member_preps`` in ``arguments.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of
from .actor_finder import ActorFinder
from .arguments import argument_rules


def _member_prep(prep: Token, words: frozenset[str]) -> bool:
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in words:
        return True
    # spaCy hangs "such" under "as": "countries such as France"
    return prep.lower_ == "as" and "such as" in words and any(
        c.lower_ == "such" for c in children_of(prep))


def listed_members(tok: Token) -> list[Token]:
    """The first members listed after ``tok`` ("including Algeria and Morocco" → Algeria; its
    conjuncts come with it through the caller's conjunct walk), or [] when there is no list."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    words = argument_rules().member_preps
    return [g for p in children_of(tok) if _member_prep(p, words)
            for g in children_of(p) if g.dep_ == "pobj"]


def own_actor(finder: ActorFinder, tok: Token) -> bool:
    """Whether a coded actor's mention covers ``tok`` itself (not only its owner or modifier)."""
    actor = finder.at(tok, pronoun_fallback=False)
    return actor is not None and actor.start <= tok.idx < actor.end


def with_members(finder: ActorFinder, toks: list[Token]) -> list[Token]:
    """``toks`` with every group noun that lists its members replaced by the members."""
    out: list[Token] = []
    for tok in toks:
        members = listed_members(tok)
        out += members if members and not own_actor(finder, tok) else [tok]
    return out
