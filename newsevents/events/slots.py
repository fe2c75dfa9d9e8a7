"""The tokens filling a pattern's target slot: dobj, dative, poss, clause or a preposition.

A pattern names where its target sits; this reads that place off the parse — through passives,
small clauses ("found the pilot guilty"), anticipatory "it", possessors and by-phrases of the
object ("Iran's proposal", "the sanctions imposed by the EU"), amounts and containers ("€10
million in aid to X"), for-clauses ("called for Israel to withdraw") and complement clauses.
Split out of ``syntax.py`` (which had reached the 600-line limit): slot filling builds on the
subject and object reading there.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, memo
from .argument_rules import argument_rules
from .extraposed import anticipated_parties
from .misplaced import shifted_objects
from .syntax import is_passive, objects, prep_children, verbal_noun

OBJECT_PREPS = frozenset({"for", "to", "against", "on", "with", "from"})
#: Prepositions linking an amount or container to what it holds ("€10 million in aid",
#: "a shipment of medicine"), whose own phrases belong to the verb's object.
CONTENT_PREPS = frozenset({"in", "of"})
#: the preposition of a phrasal verb of entering a state with someone ("entered into a pact")
ENTERED_PREPS = frozenset({"into"})


def small_clause_subjects(token: Token) -> list[Token]:
    """The logical object of a verb with a verbless complement: spaCy parses "found the pilot
    guilty" and "declared the vote void" as a clausal complement headed by the adjective or noun,
    with the object as that complement's subject."""
    return [s for c in children_of(token)
            if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
            for s in children_of(c) if s.dep_ == "nsubj" and s.i < c.i]


def _small_clause_noun(obj: Token) -> Token:
    """The party of an object spaCy parsed as the small clause's adjective: in "found the customs
    chief innocent of all charges" the adjective is the dobj and "chief" hangs before it, so the
    object is that noun, never the adjective's whole phrase ("all charges" is what he is innocent
    of, no second party of one verdict)."""
    if obj.pos_ != "ADJ":
        return obj
    before = [c for c in children_of(obj) if c.i < obj.i and c.pos_ in ("NOUN", "PROPN", "PRON")
              and c.dep_ in ("nsubj", "amod", "compound", "npadvmod", "nmod")]
    return before[-1] if before else obj


def slot(token: Token, name: str) -> list[Token]:
    """The tokens filling a target slot of a trigger: dobj, dative, poss, clause (the subject of
    its clausal complement) or a preposition.

    Kept per token and slot of the Doc (the coder asks again for every pattern of a verb and
    every step of its target search); each caller gets its own list.
    """
    known = memo(token.doc, "slot")
    key = (token.i, name)
    found = known.get(key)
    if found is None:
        found = known[key] = _slot(token, name)
    return list(found)


def _slot(token: Token, name: str) -> list[Token]:
    if name == "dobj":
        if token.pos_ in ("NOUN", "PROPN") and not verbal_noun(token):
            return []
        objs = objects(token)
        # "called it a mistake for Britain to leave": the anticipated clause's subject
        return anticipated_parties([_small_clause_noun(o) for o in objs] if objs else (
            small_clause_subjects(token) or ([] if is_passive(token) else shifted_objects(token))))
    if name == "dative":
        return [c for c in children_of(token) if c.dep_ == "dative" and c.pos_ != "ADP"]
    if name == "clause":
        # "alleged (that) the government is hiding figures": whom the reported clause is about;
        # a that-clause of an attitude noun ("concern that Serbia would block the deal") and a
        # gerund clause after a preposition ("skeptical about Russia being able to") alike
        comps = [c for c in children_of(token) if c.dep_ == "ccomp" or (
            c.dep_ == "acl" and token.pos_ in ("NOUN", "PROPN") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)))]
        comps += [g for p in children_of(token) if p.dep_ == "prep"
                  for g in children_of(p) if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")]
        return [c for comp in comps
                for c in children_of(comp) if c.dep_ in ("nsubj", "nsubjpass")]
    if name == "poss":
        holders = objects(token) if token.pos_ not in ("NOUN", "PROPN") else [token]
        if not holders:  # "called for a cessation of Hamas' attacks"
            holders = [g for p in prep_children(token, OBJECT_PREPS)
                       for g in children_of(p) if g.dep_ == "pobj"]
        found: list[Token] = []
        go_between = argument_rules().go_between_participles
        for noun in holders:
            # "Iran's proposal", "a U.S. offer", "an Australian ultimatum", "offer from Kabul",
            # "the sanctions imposed by the EU"
            found += [c for c in children_of(noun)
                      if c.dep_ in ("poss", "compound", "amod", "nmod")]
            for p in prep_children(noun, frozenset({"of", "by", "from"})):
                for g in children_of(p):
                    if g.dep_ == "pobj":
                        # "a cessation of Hamas' attacks": the possessor of the inner noun
                        found += [g, *[c for c in children_of(g) if c.dep_ == "poss"]]
            for acl in children_of(noun):  # not a go-between's ("a truce brokered by X")
                if acl.dep_ == "acl" and acl.lemma_.lower() not in go_between:
                    for p in prep_children(acl, frozenset({"by"})):
                        found += [g for g in children_of(p) if g.dep_ == "pobj"]
        if token.pos_ not in ("NOUN", "PROPN") and not is_passive(token):
            # "rejected the proposal by Egypt" with the by-phrase attached to the verb
            for p in prep_children(token, frozenset({"by"})):
                found += [g for g in children_of(p) if g.dep_ == "pobj"]
        return found
    found = []
    names = frozenset({name})
    holders = [token, *objects(token)] if token.pos_ not in ("NOUN", "PROPN") else [token]
    # "provides €10 million in aid to X", "sent a shipment of medicine to X": the phrase hangs
    # on the noun the amount or container is of
    holders += [g for o in holders[1:] for p in prep_children(o, CONTENT_PREPS)
                for g in children_of(p) if g.dep_ == "pobj"]
    if token.pos_ not in ("NOUN", "PROPN"):
        # "entered into an agreement with Syria": the phrase hangs on what the verb enters
        holders += [g for p in prep_children(token, ENTERED_PREPS) for g in children_of(p)
                    if g.dep_ == "pobj"]
    for holder in holders:
        for p in prep_children(holder, names):
            if p.dep_ == "dative" and p.pos_ != "ADP":
                continue
            found += [g for g in children_of(p) if g.dep_ in ("pobj", "pcomp")]
    if name == "for" and token.pos_ not in ("NOUN", "PROPN"):
        # "called for Israel to withdraw": the subject of the for-clause is asked
        found += [c for clause in for_clauses(token) for c in children_of(clause)
                  if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def for_clauses(token: Token) -> list[Token]:
    """Infinitive clauses of ``token`` opened by "for" ("called *for* Israel to withdraw",
    "pushed *for* the law to be revised"): spaCy makes "for" the mark of an adverbial clause,
    not a preposition, so the clause stands where a for-phrase would ("called for talks")."""
    return [c for c in children_of(token) if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in children_of(c))
            and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in children_of(c))]


def complement_slots(token: Token) -> list[Token]:
    """Who a complement clause acts on: "demanded that Hamas …", "threatened to shell Iraqi towns",
    "threatened to break off relations with Congo" — the participants of the embedded act."""
    found: list[Token] = []
    for comp in children_of(token):
        if comp.dep_ not in ("xcomp", "ccomp"):
            continue
        if comp.dep_ == "ccomp":
            found += [c for c in children_of(comp) if c.dep_ in ("nsubj", "nsubjpass")]
        for obj in objects(comp):
            found.append(obj)
            found += [c for c in children_of(obj) if c.dep_ in ("poss", "compound", "amod")]
            for p in prep_children(obj, frozenset({"with", "to", "from", "of", "against"})):
                found += [g for g in children_of(p) if g.dep_ == "pobj"]
        for p in prep_children(comp, frozenset({"with", "to", "against", "on", "from", "into"})):
            for g in children_of(p):
                if g.dep_ == "pobj":
                    # "agreed to help with Mueller's investigation": the owner of the thing
                    # the act bears on
                    found += [g, *[c for c in children_of(g) if c.dep_ == "poss"]]
    return found
