"""Who did an attack the text first leaves unnamed: the group a later phrase names.

News names the perpetrator of an attack after the attack itself: "Gunmen killed three soldiers
… Boko Haram claimed responsibility", "officials blamed the attack on the Taliban", "another
attack ascribed to the Taliban". A reader takes the group as the doer of the attack told
before; the coder, reading one clause at a time, kept the unidentified armed actor ("gunmen" →
``UAF``). This step runs over the whole document's candidates after the claims got their
targets (:func:`.event_links.claimed_targets`). Rules live in ``arguments.yaml``
(``named_doers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.shared import children_of, lemmas_of, tokens_of
from ..records import Actor
from . import arguments as args
from .actor_finder import ActorFinder, political
from .argument_rules import ArgumentRules
from .matching import match, pattern_lemmas
from .noun_doers import attributed_to, doer_participles
from .patterns import Pattern, pattern_book
from .syntax import objects

if TYPE_CHECKING:
    from .candidate import Candidate


def _unnamed(actor: Actor | None, rules: ArgumentRules) -> bool:
    """No doer, an uncoded one, or one known only as an unidentified armed actor."""
    return not political(actor) or (actor is not None and actor.sector in rules.unnamed_sectors)


def _named(actor: Actor | None, rules: ArgumentRules) -> bool:
    return political(actor) and not _unnamed(actor, rules)


def _window_start(tok: Token, sentences_back: int) -> int:
    doc, floor = tok.doc, tok.sent.start
    for _ in range(sentences_back):
        floor = doc[floor - 1].sent.start if floor > 0 else 0
    return floor


def _attack_noun(tok: Token, rules: ArgumentRules) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    hit = match(tok, pattern_book())
    return hit is not None and hit[1][:2] in rules.doer_roots


def _by_prep(verb: Token, prep: str, finder: ActorFinder) -> Actor | None:
    """The actor after ``prep`` of ``verb`` ("blamed … on the Taliban", "carried out by …")."""
    for child in children_of(verb):
        if child.dep_ in ("prep", "agent") and child.lower_ == prep:
            for g in children_of(child):
                if g.dep_ == "pobj":
                    return finder.at(g)
    return None


def _attributed(noun: Token, finder: ActorFinder,
                rules: ArgumentRules) -> tuple[Actor, Token] | None:
    """The doer a phrase on an attack noun names, with the verb naming it: the noun's
    participle ("another attack ascribed to X", "the attack, carried out by X") or the verb it
    is the object or passive subject of ("blamed the attack on X", "the attack was carried out
    by X")."""
    verbs = [(c, c) for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ in ("dobj", "nsubjpass"):
        # the parser often hangs "on X" on the noun: "blamed [the attack on the Taliban]"
        verbs += [(noun.head, noun.head), (noun.head, noun)]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "died in the attack, reportedly carried out by X": the participle of the clause
        clause = noun.head.head
        verbs += [(c, c) for c in children_of(clause) if c.dep_ in ("advcl", "acl")
                  and c.tag_ == "VBN" and c.i > noun.i]
    for verb, holder in verbs:
        for prep, lemmas in rules.doer_verbs.items():
            if verb.lemma_.lower() in lemmas:
                actor = _by_prep(holder, prep, finder)
                if _named(actor, rules):
                    return actor, verb  # type: ignore[return-value]
    return None


def _retold(noun: Token, verb: Token, attack: Candidate, cands: list[Candidate],
            rules: ArgumentRules) -> list[Candidate]:
    """Events that only retell ``attack``: "Militants attacked a station. The attack was
    carried out by al-Shabaab" — the definite noun ("the / this / that attack") of a later
    sentence refers back to the attack told before, so the light verb naming its doer
    ("carried out", "conducted") and the noun itself are no second event. An indefinite noun
    ("an attack was carried out …") may be a new attack and is kept."""
    if noun.sent == attack.trigger.sent or not any(
            c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in children_of(noun)):
        return []
    return [c for c in cands if c is not attack and c.code[:2] in rules.doer_roots
            and c.trigger in (noun, verb)]


#: determiners of a noun that refers back to something already told
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def _give(attack: Candidate, cands: list[Candidate], doer: Actor, why: str,
          rules: ArgumentRules) -> None:
    """The doer goes to every unnamed violent event of the attack's sentence: one attack told
    in several clauses ("a suicide bomber killed nine")."""
    sent = attack.trigger.sent
    for cand in cands:
        if cand.trigger.sent == sent and cand.code[:2] in rules.doer_roots and \
                _unnamed(cand.source, rules) and cand.target is not doer:
            cand.source = doer
            cand.notes.append(why)


def _latest_attack(cands: list[Candidate], before: int, floor: int,
                   rules: ArgumentRules) -> Candidate | None:
    found = [c for c in cands if c.code[:2] in rules.doer_roots and floor <= c.trigger.i <= before]
    return max(found, key=lambda c: c.trigger.i) if found else None


def named_doers(cands: list[Candidate], finder: ActorFinder) -> list[Candidate]:
    """Give an attack with an unnamed doer the group a claim or an attribution names; drop
    the events that only retell an attack told before (:func:`_retold`)."""
    rules = args.argument_rules()
    if not any(c.code[:2] in rules.doer_roots for c in cands):
        return cands
    for claim in cands:
        claimant = claim.source
        if claimant is None or not claim.code.startswith(rules.claim_code) or \
                not _named(claimant, rules):
            continue
        if not any(o.lemma_.lower() in rules.claim_bare_objects
                   for o in objects(claim.trigger)):
            continue  # a plea or an admission is no claim of an attack
        floor = _window_start(claim.trigger, rules.claim_window)
        attack = _latest_attack(cands, claim.trigger.i, floor, rules)
        if attack is not None and _unnamed(attack.source, rules):
            _give(attack, cands, claimant, "source: who claimed the attack", rules)
    doc = cands[0].trigger.doc
    retold: list[Candidate] = []
    indexed, tokens = pattern_lemmas(pattern_book()), tokens_of(doc)
    for i, lemma in enumerate(lemmas_of(doc)):
        if lemma not in indexed:
            continue  # no pattern of the word, so no attack noun
        noun = tokens[i]
        if not _attack_noun(noun, rules):
            continue
        found = _attributed(noun, finder, rules)
        if found is None:
            continue
        doer, verb = found
        floor = _window_start(noun, rules.claim_window)
        attack = _latest_attack(cands, noun.i - 1, floor, rules)
        if attack is None:
            continue
        if attack.trigger.sent == noun.sent:
            # "a car bombing killed five, another attack ascribed to the Taliban": the noun's
            # own event (coded with the doer its participle names) retells the attack before it
            retold += [c for c in cands if c.trigger == noun]
        if _unnamed(attack.source, rules):
            _give(attack, cands, doer, "source: who the attack is ascribed to", rules)
        retold += _retold(noun, verb, attack, cands, rules)
    return [c for c in cands if not any(c is r for r in retold)]


NOUN_SOURCE_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: roots of intransitive event nouns whose of-phrase is the doer ("the resignation of")
DOER_OF_ROOTS = frozenset({"08", "14"})


def place_modifier(child: Token, actor: Actor, finder: ActorFinder) -> bool:
    """"the Ankara terrorist attack", "the Paris bombings": a capital modifying an event noun
    (compound, or the adjective the parser makes of it) is where it happened — a place of the
    places stage — not the government that did it; the actors stage reads a capital as its
    government (metonymy) wherever it stands, and a modifier names no act. "Moscow's attack"
    (a possessor) and "U.S. strikes" (a country, not a metonymy) keep their doer."""
    return child.dep_ != "poss" and actor.resolution.method == "metonymy" and any(
        p.country and p.start <= child.idx < p.end for p in finder.places)


def noun_source(tok: Token, finder: ActorFinder, p: Pattern | None = None) -> Actor | None:
    """Who did an event told as a noun: its possessor or modifier ("Russia's invasion"), a
    by-phrase on it or on a participle naming its doer, the of-phrase of an act done by no one
    to anyone, or the one it is pinned on; None when none of them is a political actor."""
    for child in children_of(tok):
        if child.dep_ in NOUN_SOURCE_DEPS:
            actor = finder.at(child)
            if actor is not None and political(actor) and not place_modifier(
                    child, actor, finder):
                return actor
    # the of-phrase of an act done by no one to anyone names its doer: "the resignation of
    # the governor", "the withdrawal of Russian troops", "protests of farmers"
    doer_of = p is not None and p.intransitive and "of" not in p.target and (
        p.code or "")[:2] in DOER_OF_ROOTS
    # "an attack (reportedly) carried out by the Taliban": the agent of a light verb's
    # participle does the noun, as in "the attack was carried out by the Taliban"
    holders = [tok, *doer_participles(tok, pattern_book())]
    for holder in holders:
        for child in children_of(holder):
            if child.dep_ in ("prep", "agent") and (child.lower_ == "by" or (
                    doer_of and holder is tok and child.lower_ == "of")):
                for g in children_of(child):
                    actor = finder.at(g)
                    if political(actor):
                        return actor
    # "a bombing blamed on Boko Haram": the one it is pinned on is its (alleged) doer
    for child in children_of(tok):
        if child.dep_ == "acl" and (doer := attributed_to(child)) is not None:
            actor = finder.at(doer)
            if political(actor):
                return actor
    return None
