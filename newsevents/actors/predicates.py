"""Predicate nominals: "X was a refugee", "X and his mother were among eleven migrants".

A copular clause says what its subject is. When a private person (coded CVL or by country
alone) is said to be a refugee, a soldier or a priest, that noun's sector is their role, as an
apposition's would be ("X, a refugee"). The role goes to every mention of the same person.
Only sectors that name what a person *is* count; CVL nouns ("a man", "a victim") add nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of, lemmas_of, tokens_of
from .mentions import DocState, Mention

#: Sectors a copular complement can give a private person ("a refugee", "a soldier").
_ROLE_SECTORS = frozenset({"REF", "MIL", "COP", "REL", "MED", "EDU", "HLH", "LAB", "OPP",
                           "REB", "INS", "UAF"})
#: Prepositions of a copular clause that put the subject in a class ("among eleven migrants").
_CLASS_PREPS = frozenset({"among"})


def _complements(verb: Token) -> list[Token]:
    """The nouns a copular verb says its subject is: "was a refugee", "were among migrants"."""
    found: list[Token] = []
    for child in children_of(verb):
        if child.dep_ == "attr":
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _CLASS_PREPS:
            found += [t for t in children_of(child) if t.dep_ == "pobj"]
    return found


def _subjects(verb: Token) -> list[Token]:
    """The subject of ``verb`` and the words conjoined with it ("Kurdi, his brother and …")."""
    out: list[Token] = []
    for child in children_of(verb):
        if child.dep_ == "nsubj":
            out.append(child)
            out += [t for t in child.subtree if t.dep_ == "conj" and head_of(t).i != t.i]
    return out


def predicate_roles(state: DocState) -> None:
    """Give a private person the sector a copular clause states ("X was a refugee")."""
    doc = state.doc
    nouns = state.vocab.sector_nouns
    tokens = tokens_of(doc)
    for i, lemma in enumerate(lemmas_of(doc)):
        # the lower-cased lemma column first: a Token only for a form of "be" (most words not)
        if lemma != "be":
            continue
        verb = tokens[i]
        if verb.lemma_ != "be" or verb.dep_ not in ("ROOT", "conj", "ccomp", "relcl"):
            continue
        sector = next((nouns[t.lemma_.lower()] for t in _complements(verb)
                       if nouns.get(t.lemma_.lower()) in _ROLE_SECTORS), None)
        if sector is None:
            continue
        for subject in _subjects(verb):
            m = state.mention_at(subject)
            if m is None or m.kind != "person" or m.sector not in (None, "CVL"):
                continue
            _recode(state, m, sector, verb)


def _recode(state: DocState, m: Mention, sector: str, verb: Token) -> None:
    """Recode ``m`` and every mention of the same person."""
    same = [o for o in state.mentions if o is m or (
        m.person is not None and o.person == m.person and o.kind == "person")]
    for o in same:
        plain = (None, o.country, (o.country or "") + (o.sector or ""))
        if o.sector not in (None, "CVL") or o.code not in plain:
            continue
        o.sector, o.code = sector, None
        o.reason += (f"; '{verb.sent.text[:60]}…' says what they are: {sector}")
