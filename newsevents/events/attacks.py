"""One attack, one event: violent verbs whose doer is an event noun of violence fold into it.

Kept apart from :mod:`.participants` because it matches event nouns against the pattern book
(:mod:`.matching`), which itself reads participants' object kinds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor
from . import arguments as args
from .actor_finder import political
from .matching import match
from .patterns import pattern_book
from .syntax import subject

if TYPE_CHECKING:
    from .candidate import Candidate


#: prepositions after which a passive of violence names the event that did it ("were killed in
#: a suicide bombing", "by a roadside bomb", "during the raid")
_DOING_EVENT_PREPS = frozenset({"in", "by", "during"})


def _doing_events(trigger: Token) -> list[Token]:
    """Tokens that may name the event doing a violent verb: its subject ("a car bombing killed
    five"), else the event after in/by/during of the verb or of its conjuncts ("two were killed
    and eight injured in a bombing"), or the subject of their adverbial clause ("were killed
    after a car bomb struck a bus")."""
    out: list[Token] = []
    subj = subject(trigger)
    if subj is not None:
        out.append(subj)
    for holder in (trigger, *trigger.conjuncts):
        for prep in children_of(holder):
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _DOING_EVENT_PREPS:
                out += [g for g in children_of(prep) if g.dep_ == "pobj"]
            elif prep.dep_ == "advcl":  # "were killed after a car bomb struck a bus"
                out += [g for g in children_of(prep) if g.dep_ == "nsubj"]
    return out


def one_attack(cands: list[Candidate]) -> list[Candidate]:
    """One attack, one event: "a car bombing killed five and wounded 110" is the bombing, done
    to the five — the killing and the wounding tell what the bombing did (the annotation guide
    records an action once, at its first clear mention, with the most specific code).

    A violent verb whose doer is implied by an event noun of violence (its subject, or the event
    after in/by/during of a passive) is folded into that noun: into the noun's own event when
    the coder kept one (which takes the verb's victims when it has none but a place), else the
    first such verb carries the noun's code and the later ones are dropped. A named doer
    ("gunmen killed five and wounded 20") leaves every verb its own event."""

    violent = args.argument_rules().implied_violence_roots
    nominal: dict[int, Candidate] = {}
    for cand in cands:
        if cand.code[:2] in violent and cand.trigger.pos_ in ("NOUN", "PROPN") and \
                args.keep(cand):
            nominal.setdefault(cand.trigger.i, cand)
    book = pattern_book()
    folded: set[int] = set()
    for cand in cands:
        if cand.code[:2] not in violent or not args.is_implied(cand.source) or \
                cand.trigger.pos_ not in ("VERB", "AUX") or not args.keep(cand):
            continue
        for tok in _doing_events(cand.trigger):
            event = nominal.get(tok.i)
            if event is not None:
                if political(cand.target) and (event.target is None or _is_place(event.target)):
                    event.target = cand.target
                    event.notes.append(f"target: the victims of '{cand.trigger.text}'")
                folded.add(id(cand))
                break
            hit = match(tok, book) if tok.pos_ in ("NOUN", "PROPN") else None
            if hit is None or hit[1][:2] not in violent:
                continue
            nominal[tok.i] = cand  # the first verb tells the attack; later ones repeat it
            if hit[1][:2] == cand.code[:2] and hit[1] != cand.code:
                cand.notes.append(f"code {hit[1]} of '{tok.text}', the attack it tells")
                cand.code = hit[1]
            break
    return [c for c in cands if id(c) not in folded]


def _is_place(actor: Actor) -> bool:
    """A target read off a place ("in Kabul" → AFG), which the victims say better."""
    return actor.resolution.method == "metonymy" and actor.kind == "state"
