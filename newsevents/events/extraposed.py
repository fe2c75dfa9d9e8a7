"""Anticipatory "it": the pronoun that stands for a clause moved to the end of the sentence.

In "the king considered *it* inappropriate for Thai royals to run for office" or "the minister
called *it* a mistake for Britain to leave the union", "it" refers to nothing said before: it
holds the place of the extraposed clause ("for Thai royals to run …", "that the president
ignored Congress"), and the party that clause is about is who the judgement is aimed at.
Read as an ordinary pronoun, "it" took the nearest organisation before it as its antecedent
(the palace that issued the king's statement), so the king's criticism came out aimed at his
own palace (THAGOV → THAGOV). CAMEO 111 codes a criticism against the party criticised; the
English grammar of extraposition (Quirk et al. 1985, §18.33–18.36, "anticipatory it") says
which clause that is.

Kept apart from :mod:`.syntax` (the participant slots and the pronoun fallback both ask it).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of

#: Dependencies of the label a verb gives its "it" ("considered it *inappropriate*", "called
#: it *a mistake*"): spaCy makes the label a complement of the verb, or the head of a small
#: clause whose subject is "it".
_LABEL_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})
#: Dependencies an extraposed clause hangs by, on the label or on the verb.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "acl", "csubj"})


def _label(it: Token) -> Token | None:
    """The label "it" is given: the adjective or noun it is the small-clause subject of
    ("considered [it inappropriate]"), or the verb's complement after it ("called it a
    mistake")."""
    head = it.head
    if it.dep_ == "nsubj" and head.dep_ in _LABEL_DEPS and head.pos_ in ("ADJ", "NOUN"):
        return head
    if it.dep_ == "dobj":
        return next((c for c in children_of(head) if c.dep_ in _LABEL_DEPS
                     and c.pos_ in ("ADJ", "NOUN") and c.i > it.i), None)
    return None


def _extraposed(clause: Token) -> bool:
    """A clause that can be what "it" anticipates: an infinitive ("to leave", "for X to
    run") or a that-clause ("that the president ignored Congress")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    return any((c.dep_ == "mark" and c.lower_ in ("for", "that"))
               or (c.dep_ == "aux" and c.lower_ == "to") for c in children_of(clause))


def anticipated_clause(it: Token) -> Token | None:
    """The verb of the clause an anticipatory "it" stands for, or None when "it" is an
    ordinary pronoun ("called it a sham" with no clause after: "it" is something said
    before)."""
    if it.lower_ != "it":
        return None
    label = _label(it)
    if label is None:
        return None
    for holder in (label, it.head if label is not it.head else label.head):
        for c in children_of(holder):
            if c.dep_ in _CLAUSE_DEPS and c.i > label.i and _extraposed(c):
                return c
    return None


def anticipated_subject(it: Token) -> Token | None:
    """The subject of the clause an anticipatory "it" stands for ("Thai royals" in "considered
    it inappropriate for Thai royals to run"), None when the clause has none or "it" is an
    ordinary pronoun."""
    clause = anticipated_clause(it)
    if clause is None:
        return None
    return next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)


def anticipated_parties(found: list[Token]) -> list[Token]:
    """A verb's object slot with an anticipatory "it" read as the subject of the clause it
    stands for ("called it a mistake for Britain to leave" → Britain); an "it" whose clause
    has no subject ("considered it wrong to leave") fills the slot with nobody."""
    out: list[Token] = []
    for tok in found:
        if anticipated_clause(tok) is None:
            out.append(tok)
        elif (subj := anticipated_subject(tok)) is not None:
            out.append(subj)
    return out


def extraposed_clauses(verb: Token) -> frozenset[int]:
    """Indices of the clauses an anticipatory "it" of ``verb`` stands for: "called it a
    mistake *for Britain to leave*" is no call for anything (``appeal.call-for``)."""
    its = [c for c in children_of(verb) if c.lower_ == "it"]
    its += [g for c in children_of(verb) if c.dep_ in _LABEL_DEPS
            for g in children_of(c) if g.lower_ == "it"]
    return frozenset(clause.i for it in its if (clause := anticipated_clause(it)) is not None)
