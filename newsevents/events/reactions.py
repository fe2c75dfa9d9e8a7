"""Reactions drawn: "the president's remarks drew criticism from the opposition".

A verb of drawing or receiving (``drawing_verbs`` in ``modality.yaml``: draw, attract,
receive, earn, spark, provoke …) turns the reaction noun it takes as object around: the one
who criticises, condemns or sues is in the noun's from-phrase, and the one criticised is the
verb's subject — or, when the subject is a thing (remarks, a plan, a decision), its owner, as
CAMEO codes "criticised the government's decision" against the government. The noun pass
cannot see this: the noun's own phrases name only its doer, never whom it is against.

Only reactions of the roots in ``drawn_roots`` (disapproval, 11) are read this way; "drew
praise from" is as common, but the team's gold sets do not yet measure it. The modality is the
drawing verb's ("could draw criticism" is hypothetical).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, lemmas_of, pos_of
from ..records import Actor
from .actor_finder import ActorFinder, political
from .coder import Candidate, sentence_step
from .embedded import told_by_verb
from .matching import match
from .modality import modality
from .patterns import PatternBook
from .syntax import subject, with_conjuncts

DRAWN = "+drawn"


def _reaction_nouns(verb: Token) -> list[Token]:
    """The verb's object nouns and their conjuncts ("drew criticism and a lawsuit")."""
    return [n for c in children_of(verb) if c.dep_ == "dobj"
            for n in with_conjuncts(c) if n.pos_ == "NOUN"]


def _from_party(verb: Token, noun: Token, finder: ActorFinder) -> Actor | None:
    """Who reacts: the from/by-phrase of the noun, else of the verb ("drew from X criticism")."""
    for holder in (noun, verb):
        for prep in children_of(holder):
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by"):
                continue
            for g in children_of(prep):
                actor = finder.at(g) if g.dep_ == "pobj" else None
                if political(actor):
                    return actor
    return None


def _reacted_to(verb: Token, finder: ActorFinder) -> Actor | None:
    """Whom the reaction is against: the verb's subject, or the owner of the thing it names."""
    subj = subject(verb)
    if subj is None:
        return None
    actor = finder.at(subj)
    if political(actor):
        return actor
    for child in children_of(subj):
        if child.dep_ == "poss":
            owner = finder.at(child)
            if political(owner):
                return owner
    return None


@sentence_step
def drawn_reactions(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                    book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, with the reactions its drawing verbs take as objects."""
    if not tokens:
        return cands
    m = book.modality
    verbs, roots = m.get("drawing_verbs", frozenset()), m.get("drawn_roots", frozenset())
    poses, lemmas = pos_of(tokens[0].doc), lemmas_of(tokens[0].doc)
    coded = {c.trigger.i for c in cands}
    out = list(cands)
    for tok in tokens:
        if poses[tok.i] != "VERB" or lemmas[tok.i] not in verbs:
            continue
        for noun in _reaction_nouns(tok):
            if noun.i in coded:
                continue
            hit = match(noun, book)
            if hit is None or hit[0].pos != "noun" or hit[1][:2] not in roots:
                continue
            source = _from_party(tok, noun, finder)
            target = _reacted_to(tok, finder) if source is not None else None
            if source is None or target is None or source == target:
                continue
            p, code, topic = hit
            out = [c for c in out if not told_by_verb(c, tok, code)]
            method = f"rule:noun-pattern:{p.id}" + (f"+topic:{topic}" if topic else "") + DRAWN
            out.append(Candidate(noun, code, source, target, method, p.confidence - 0.1,
                                 p.intransitive, modality=modality(tok, book),
                                 notes=[f"drawn by the {lemmas[tok.i]!r} subject"]))
            coded.add(noun.i)
    return out
