"""One act, one event: the second reading of an act the events stage has already coded.

The annotation guide records "one event per (action, source, target)" and writes a reciprocal
act as one ``symmetric`` event. Two readings of one act in one sentence double it in every count
users make (and cost precision on every gold set). This module finds two such readings that the
other repeat checks (:mod:`.mentions`: acts told again in a later sentence) do not:

- **the other direction of a reciprocal act** ("Bosnia and Slovenia agreed to a ceasefire",
  "Iran and Iraq held talks"): the coders emit one candidate per ordered pair of conjoined doers
  (``targets.reciprocal_candidates``); the events stage keeps the first-named doer's and drops
  the mirror image, the same trigger and code with source and target swapped
  (:func:`reciprocal_mirrors`);
- **the outcome of a violent act named by its noun** ("the massacres saw thousands killed",
  "the second attack was in Linwood, killing eight", "three soldiers were killed in the
  bombing"): the killing *is* the attack's outcome, one act, and the guide's gold codes it
  once, at the act's noun (:func:`outcome_ties`, :func:`told_outcomes`). When the noun is the
  verb's own subject ("a bombing by militants killed twelve soldiers") the verb's event tells
  the act with its doer and victims, and the noun's is the one dropped. Conjoined acts of one
  doer ("killed five and wounded 40") are not outcomes of a noun and stay one event each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor, Event
from .arguments import argument_rules
from .candidate import Candidate
from .mentions import tied_acts
from .patterns import pattern_book

#: how a verb's clause names the act it is the outcome of, besides :func:`.mentions.tied_acts`:
#: the act noun is the subject of the verb that governs it ("the massacres *saw* thousands
#: killed", "the attack *left* 40 dead", "the second attack *was* in Linwood, killing eight")
_GOVERNED = frozenset({"advcl", "xcomp", "ccomp", "oprd", "conj", "acl"})


def _code(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.country


def _side(actor: Actor | None) -> str | None:
    """The party an actor is on, by country where it has one: a reciprocal act's two events
    may read each side at another level ("Armenia and Azerbaijan violated the truce": ARMMIL
    → AZE and AZEMIL → ARM are one act)."""
    if actor is None:
        return None
    return actor.country or actor.code or actor.name or None


def reciprocal_mirrors(events: Sequence[Event]) -> set[int]:
    """Indices of events that mirror an earlier one: the same trigger and CAMEO code with the
    two sides (:func:`_side`) swapped. A reciprocal act ("A and B met") is one event, from the
    first-named doer to the other, as the guide's gold writes it (``symmetric``); a one-sided
    act has no mirror, so nothing else is touched."""
    seen: dict[tuple[int, str, str | None, str | None], int] = {}
    out: set[int] = set()
    for i, ev in enumerate(events):
        src, tgt = _side(ev.source), _side(ev.target)
        if src == tgt:
            # two parties of one country ("Trump and Pelosi met": USAGOV ↔ USALEG) are told
            # apart by code; two members acting alike ("Durbin and Schiff both questioned the
            # President's power": USALEG → USAGOV twice) are no mirror of each other
            src, tgt = _code(ev.source), _code(ev.target)
        mirror = seen.get((ev.trigger.start, ev.cameo, tgt, src))
        if src is not None and tgt is not None and mirror is not None:
            # the pair's event whose doer the text names first stays ("US President Biden and
            # Turkish President Erdoğan spoke": USA → TUR, whichever the parse made the subject)
            out.add(i if _named_at(events[mirror]) <= _named_at(ev) else mirror)
            continue
        seen[(ev.trigger.start, ev.cameo, src, tgt)] = i
    return out


def _named_at(event: Event) -> int:
    """Where the event's doer is named (its mention's start), to keep the first-named side."""
    return event.source.start if event.source is not None else event.trigger.start


def _subject_acts(tok: Token) -> set[int]:
    """Indices of the act nouns that are the verb's own subject ("a bombing killed twelve"),
    its conjuncts' too: the verb's event already tells the act with its doer and victims."""
    return {c.i for verb in (tok, *tok.conjuncts) for c in children_of(verb)
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"}


def _act_nouns(tok: Token) -> list[Token]:
    """The nouns a violent verb's clause names as the act it is part of: those of
    :func:`.mentions.tied_acts` (its subject, "in/during/by" the act), and the subject of the
    verb that governs it ("the massacres saw thousands of people killed")."""
    nouns = tied_acts(tok)
    if tok.dep_ in _GOVERNED and tok.head is not tok:
        nouns += [c for c in children_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass")]
    return nouns


def outcome_ties(cands: Sequence[Candidate]) -> dict[int, dict[int, bool]]:
    """Violent verb trigger offset → {offset of a violent act noun of its own sentence that its
    clause names as the act it is the outcome of: whether that noun is the verb's subject}
    (``implied_violence_roots``; event nouns of patterns.yaml and ``event_subjects``). Read on
    the candidates (the parse), used on the events (:func:`told_outcomes`), because only an act
    noun that became an event can stand for the verb's, or the verb's for the noun's."""
    rules = argument_rules()
    roots = rules.implied_violence_roots
    words = pattern_book().event_nouns | rules.event_subjects
    nouns = {c.trigger.i for c in cands if c.code[:2] in roots and c.trigger.pos_ == "NOUN"}
    out: dict[int, dict[int, bool]] = {}
    for cand in cands:
        tok = cand.trigger
        if cand.code[:2] not in roots or tok.pos_ not in ("VERB", "AUX"):
            continue
        subjects = _subject_acts(tok)
        tied = {n.idx: n.i in subjects for n in _act_nouns(tok)
                if n.i in nouns and n.lemma_.lower() in words and n.sent.start == tok.sent.start}
        if tied:
            out[tok.idx] = tied
    return out


def _fits(outcome: Actor | None, act: Actor | None) -> bool:
    """The outcome names no party, or the act's own by code, or the act names none."""
    a, b = _code(outcome), _code(act)
    return a is None or b is None or a == b


def told_outcomes(events: list[Event], ties: dict[int, dict[int, bool]]
                  ) -> tuple[list[Event], set[int]]:
    """One event for a violent verb and the act noun :func:`outcome_ties` ties it to, when the
    noun is an event of the same sentence naming no other party. Where the noun is the verb's
    subject ("a bombing by militants killed twelve soldiers") the verb's event already tells the
    act with its doer and victims, and the noun's is dropped; otherwise ("the massacres saw
    thousands killed", "were killed in the bombing") the act is coded at its noun, which takes
    the verb's victims when it names none. Returns the events (a noun's possibly completed)
    and the indices dropped."""
    roots = argument_rules().implied_violence_roots
    by_start = {ev.trigger.start: i for i, ev in enumerate(events)
                if ev.cameo_root in roots}
    out = list(events)
    dropped: set[int] = set()
    for i, ev in enumerate(events):
        if ev.cameo_root not in roots or ev.trigger.start not in ties:
            continue
        if i in dropped:
            continue
        for start, subject in sorted(ties[ev.trigger.start].items()):
            j = by_start.get(start)
            if j is None or j in dropped or events[j].sentence.start != ev.sentence.start:
                continue
            act = out[j]
            if not (_fits(ev.source, act.source) and _fits(ev.target, act.target)):
                continue
            if subject and ev.source is not None:
                dropped.add(j)  # "a bombing killed twelve": the verb's event is the act
                break
            if act.target is None and ev.target is not None:
                out[j] = replace(act, target=ev.target)
            dropped.add(i)
            break
    return out, dropped
