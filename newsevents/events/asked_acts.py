"""An appeal, demand or promise of several acts is one of each: "called for an immediate
cessation of the attacks and the release of all hostages" appeals for de-escalation (0256) and
for the release of persons (0253).

A family verb takes its code from the topic its arguments name (``topics.yaml``, see
:meth:`.patterns.PatternBook.family_topic`), read from all of them at once, so the first topic
in file order wins and the other acts asked for are lost. This step (a ``sentence_step`` of
``pattern_coder_v1``) reads the topic of each coordinated head of the verb's object phrase on
its own — the verb's object, the objects of its own prepositions and their conjuncts — and adds
the event of every other topic it names, with the same source.

The people whose release is asked for are what is asked, not whom (CAMEO 0253/1053): such an
event is addressed to the holder a participle of holding names ("held by the militants",
:func:`.holders.holder_of`), else to no one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp.shared import children_of
from .actor_finder import ActorFinder
from .argument_words import concessive
from .candidate import Candidate
from .coder import sentence_step
from .holders import holder_of, holder_rules
from .kinds import head_token
from .matching import matches
from .patterns import PatternBook

#: Dependencies of a phrase head whose words say which act it names ("the release *of
#: hostages*", "an *immediate* cessation").
_OWN_DEPS = frozenset({"compound", "amod", "prep", "pobj", "nmod"})


def _heads(trigger: Token) -> list[Token]:
    """The nouns heading the trigger's object phrase: its object, the objects of its own
    prepositions, and their conjuncts ("the cessation … and the release …")."""
    top = [c for c in children_of(trigger) if c.dep_ == "dobj"]
    top += [g for p in children_of(trigger) if p.dep_ == "prep" and not concessive(p)
            for g in children_of(p) if g.dep_ == "pobj"]
    found: list[Token] = []
    for tok in top:
        for t in (tok, *tok.conjuncts):
            if t.pos_ == "NOUN" and t not in found:
                found.append(t)
    return found


def _own_lemmas(head: Token) -> set[str]:
    words = {head.lemma_.lower(), head.lower_}
    frontier = [c for c in children_of(head) if c.dep_ in _OWN_DEPS]
    for _ in range(2):
        words |= {t.lemma_.lower() for t in frontier} | {t.lower_ for t in frontier}
        frontier = [g for t in frontier for g in children_of(t) if g.dep_ in _OWN_DEPS]
    return words


#: Note of a candidate whose target was the people whose release is asked for: no later step
#: fills its target from the object phrase again (those people are coded since WordNet's
#: person nouns count as actors).
RELEASED_NOTE = "target: not the people whose release is asked for"


def _people(head: Token) -> Token | None:
    """The people a release noun's of-phrase names ("the release of all hostages")."""
    return next((g for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in children_of(p) if g.dep_ == "pobj"), None)


def _family(cand: Candidate, book: PatternBook) -> str | None:
    pattern_id = cand.method.split(":", 2)[-1].split("+", 1)[0]
    return next((p.family for p, _code, _topic in matches(cand.trigger, book)
                 if p.id == pattern_id), None)


def _not_the_released(cand: Candidate, heads: list[Token], finder: ActorFinder,
                      book: PatternBook, family: str) -> None:
    """An appeal among whose acts is a release is never addressed to the people released:
    the holder a participle of holding names is, else no one (the slots of "called for"
    read through the coordination down to the people)."""
    if cand.target is None:
        return
    held = head_token(cand.target, cand.trigger.doc)
    for head in heads:
        hit = book.topic_code(family, _own_lemmas(head))
        if hit is None or not hit[1].startswith(holder_rules().codes) or held is None or (
                held != _people(head)):
            continue
        found = holder_of(held, finder, cand.source)
        cand.target = found[0] if found is not None else None
        cand.notes.append(f"{RELEASED_NOTE} ('{held.text}')")
        return


@sentence_step
def conjoined_asks(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                   book: PatternBook) -> list[Candidate]:
    """Add one event per further topic the coordinated heads of a family verb's object name."""
    added: list[Candidate] = []
    have = {(c.trigger.i, c.code) for c in cands}
    for cand in cands:
        if "+topic:" not in cand.method or cand.source is None:
            continue
        family = _family(cand, book)
        if family is None:
            continue
        base = cand.method.split("+topic:", 1)[0]
        heads = _heads(cand.trigger)
        _not_the_released(cand, heads, finder, book, family)
        for head in heads:
            hit = book.topic_code(family, _own_lemmas(head))
            if hit is None or (cand.trigger.i, hit[1]) in have:
                continue
            topic, code = hit
            target, why = None, f"target: none; '{head.text}' names what is asked for"
            people = _people(head) if code.startswith(holder_rules().codes) else None
            found = holder_of(people, finder, cand.source) if people is not None else None
            if found is not None:
                target, why = found[0], f"target: the holder of '{people}' ({found[1]} by)"
            have.add((cand.trigger.i, code))
            added.append(replace(
                cand, code=code, target=target, method=f"{base}+topic:{topic}",
                intransitive=True, patient=None,
                notes=[f"a further act asked for: '{head.text}' ({topic})", why]))
    return cands + added
