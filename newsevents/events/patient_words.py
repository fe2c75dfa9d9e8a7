"""The tokens that name whom or what a trigger acts on, where its pattern's slots do not.

A pattern names where its target sits; news also puts the one acted on in a verb's direct
object the pattern reads as a thing ("freed 37 prisoners"), in a quantity's of-phrase ("dozens
of activists"), in a purpose infinitive ("opened fire to disperse the demonstrators") or in a
with-phrase of supplying ("provided the army with aircraft"). These functions read such tokens
off the parse (people by name or by their head noun's WordNet supersense, things by theirs);
turning tokens into coded actors is :mod:`.participants`' and :mod:`.targets`' work. Split out
of ``participants.py`` (which had reached the 600-line limit): token finding, not actor coding.
Vocabularies are in ``arguments.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of
from . import arguments as args
from .kinds import kinds_of
from .slots import slot
from .syntax import objects, prep_children


def _pobjs(holder: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for p in prep_children(holder, preps):
        for g in children_of(p):
            if g.dep_ == "pobj":
                out += [g, *g.conjuncts]
    return out


def _pobjs_by_prep(holders: list[Token]) -> dict[str, list[Token]]:
    """``_pobjs(h, {name})`` over ``holders`` for every preposition name at once, each list in
    the order holder by holder would give it."""
    out: dict[str, list[Token]] = {}
    for holder in holders:
        for p in children_of(holder):
            if p.dep_ not in _PREP_DEPS:
                continue
            pobjs = [x for g in children_of(p) if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
            if pobjs:
                out.setdefault(p.lower_, []).extend(pobjs)
    return out


_PREP_DEPS = ("prep", "prt", "agent", "dative")


def _holders(tok: Token) -> list[Token]:
    """The trigger and, for a verb, its objects ("imposed sanctions on X": on hangs on either);
    for a noun, its of-phrase ("the withdrawal of forces from Panama")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        objs = [g for p in prep_children(tok, frozenset({"of"})) for g in children_of(p)
                if g.dep_ == "pobj"]
    else:
        objs = objects(tok)
    return [tok, *objs]


def _participles(tok: Token) -> list[Token]:
    """Participles describing the trigger's objects: "sanctions imposed on Eritrea", "power
    lines leading into Kabul" (only their on/against/into phrases: "an attack ascribed to the
    Taliban" names the doer, not the target)."""
    return [c for o in _holders(tok)[1:] for c in children_of(o) if c.dep_ == "acl"]


def partitives(toks: list[Token]) -> list[Token]:
    """A quantity's of-phrase names who ("some of the U.N. peacekeepers", "hundreds of
    banks", "four of the country's states"): the quantity is replaced by its members."""
    out: list[Token] = []
    for tok in toks:
        members = [g for p in prep_children(tok, frozenset({"of"})) for g in children_of(p)
                   if g.dep_ == "pobj"] if _quantity(tok) else []
        out += members or [tok]
    return out


def _people(toks: list[Token]) -> list[Token]:
    """The tokens naming people or groups: a person's or nationality's name, or a common noun
    whose first WordNet supersense is one of ``patient_kinds`` (quantities by their members)."""
    out: list[Token] = []
    for tok in partitives(toks):
        if tok.ent_type_ in ("PERSON", "NORP") or (
                tok.pos_ == "NOUN" and not tok.ent_type_ and args.people_noun(tok)):
            out.append(tok)
    return out


def patients(tok: Token) -> list[Token]:
    """A verb's direct objects that are people or groups ("freed 37 prisoners", "released at
    least 19 Christians", "dozens of activists"): whom the act was done to, though the pattern
    reads the verb as intransitive or names its target elsewhere. By the head noun's WordNet
    supersenses (``patient_kinds``) or a person's or nationality's name; never a noun's slot."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return []
    return _people(objects(tok))


def things(tok: Token) -> list[Token]:
    """A verb's direct objects that are movable things by their head noun's first WordNet
    supersense (``thing_kinds``: "returned 11 oil paintings", "the wild monkeys")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return []
    kinds = args.argument_rules().thing_kinds
    return [o for o in partitives(objects(tok))
            if o.pos_ == "NOUN" and (kinds_of(o) or ("",))[0] in kinds]


def with_recipients(tok: Token) -> list[Token]:
    """The direct objects of a verb of supplying with a with-phrase ("provided the Lebanese
    army with aircraft"): they receive, the with-phrase is what is given."""
    if tok.lemma_.lower() not in args.argument_rules().with_recipient_verbs or not any(
            True for _ in prep_children(tok, frozenset({"with"}))):
        return []
    return objects(tok)


def purpose_beneficiaries(tok: Token) -> list[Token]:
    """Who a purpose infinitive helps ("donated ventilators to assist Ethiopia", "earmarked
    aid to help Haiti cope"): the objects of its verbs of helping."""
    verbs = args.argument_rules().purpose_beneficiary_verbs
    out: list[Token] = []
    for clause in children_of(tok):
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            continue
        # "to help Haiti cope": the subject of the bare infinitive is the one helped
        out += objects(clause) or [s for c in children_of(clause) if c.dep_ in ("ccomp", "xcomp")
                                   for s in children_of(c) if s.dep_ == "nsubj"]
    return out


def addressees(tok: Token, slots: tuple[str, ...]) -> list[Token]:
    """People or groups in a pattern's own prepositional or dative slots ("provided financial
    assistance *to about 550 households*"): the act's target though nobody coded them."""
    return _people([t for name in slots if name not in ("dobj", "poss") for t in slot(tok, name)])


def _quantity(tok: Token) -> bool:
    words = args.argument_rules().quantity_words  # listed as written: "dozens" (lemma "dozen")
    return tok.pos_ == "NUM" or tok.lemma_.lower() in words or tok.lower_ in words


def purpose_patients(tok: Token) -> list[Token]:
    """Whom force used "to" do something is used on ("opened fire to disperse the
    demonstrators", "fired shots to scare away the crowd"): the objects of the trigger's purpose
    infinitive that are people or groups (never a thing or an event: "to break up protests",
    "to alleviate the challenges"), for the roots of ``purpose_patient_roots``."""
    out: list[Token] = []
    for clause in children_of(tok):
        if clause.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            out += patients(clause)
    return out
