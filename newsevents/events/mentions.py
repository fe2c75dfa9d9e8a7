"""Events the article mentions again: "Police arrested the suspect … After his arrest, …".

A news article tells an act once and then refers back to it with a definite event noun ("his
arrest", "the attack", "this killing"). The annotation guide records an act "once, at its first
clear mention"; coding the back-reference again doubles the act in every count users make.
Only event *nouns* are read as back-references, and only when they are definite (a possessive
or a definite determiner) and carry no word that sets them apart from the earlier act
(``distinguishing``: "the second attack", "another arrest", "a new offensive").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor, Event
from .arguments import argument_rules
from .candidate import Candidate
from .patterns import pattern_book

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_POSSESSIVE = frozenset({"poss"})


def _definite_noun(tok: Token) -> bool:
    """A definite event noun with nothing that makes it another act than one told before."""
    rules = argument_rules()
    distinguishing, tags = rules.re_mention_distinguishing, rules.re_mention_noun_tags
    if tok.tag_ not in tags:
        return False
    definite = False
    for child in children_of(tok):
        word = child.lower_
        if child.dep_ in _POSSESSIVE or (child.dep_ == "det" and word in _DEFINITE):
            definite = True
        elif word in distinguishing or child.lemma_.lower() in distinguishing:
            return False
        elif child.dep_ in ("nummod", "amod") and child.tag_ in ("CD", "JJS", "JJR"):
            return False  # "the two attacks", "the latest killing"
    return definite


def _party(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.country


def _compatible(later: Actor | None, earlier: Actor | None) -> bool:
    """The back-reference names no party other than the earlier act's (or none at all): the
    same code, and the same person where both are known ("Rosselló announced his
    resignation" and then "his chief of staff also announced his resignation" are two acts)."""
    party = _party(later)
    if party is None:
        return True
    if earlier is None or party != _party(earlier):
        return False
    if later is not None and later.entity is not None and earlier.entity is not None:
        return later.entity == earlier.entity
    if later is not None and later.name and earlier.name:
        return later.name.lower() == earlier.name.lower()
    return True


def re_mentions(cands: Sequence[Candidate]) -> list[Candidate]:
    """The definite event nouns that refer back to an earlier act of the same code in the
    article ("Police arrested the accused …" then "after his arrest"). The events stage drops
    their events after :func:`~newsevents.events.when_where.date_repeats` has let a dated
    back-reference date the first mention ("called for aid on Thursday … the plea")."""
    ordered = sorted(cands, key=lambda c: c.trigger.i)
    kept: list[Candidate] = []
    again: list[Candidate] = []
    for cand in ordered:
        if cand.trigger.pos_ == "NOUN" and _definite_noun(cand.trigger) and any(
                earlier.code == cand.code and earlier.trigger.i < cand.trigger.i
                and earlier.trigger.sent.start != cand.trigger.sent.start
                and _compatible(cand.source, earlier.source)
                and _compatible(cand.target, earlier.target)
                for earlier in kept):
            again.append(cand)
            continue
        kept.append(cand)
    return again


#: Dependencies that tie a verb to the act it belongs to: its subject ("the attack had killed
#: twelve") or the act it happened in ("were killed in the bombing", "wounded during the raid").
_ACT_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ACT_PREPS = frozenset({"in", "during", "by"})


def tied_acts(tok: Token) -> list[Token]:
    """The nouns a verb's parse ties it to as the act it is part of: its subject, the object of
    its "by" agent, of "in" or "during", its conjuncts' too ("were killed and nine injured in
    the bombing": the phrase hangs on the last verb)."""
    out: list[Token] = []
    for child in (c for verb in (tok, *tok.conjuncts) for c in children_of(verb)):
        if child.dep_ in _ACT_SUBJECTS:
            out.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _ACT_PREPS):
            out += [g for g in children_of(child) if g.dep_ == "pobj"]
    return out


def _same_side(later: Actor | None, earlier: Actor | None) -> bool:
    """The later act names no party, or the earlier act's party by code: the victims of one
    attack are counted again in other words ("six worshippers", "twenty more people")."""
    party = _party(later)
    return party is None or earlier is None or _party(earlier) in (None, party)


def told_again(cands: Sequence[Candidate]) -> list[Candidate]:
    """Violence an earlier sentence already told, named again in a later one: a verb tied to a
    definite act noun ("Officials said *the attack* had wounded twenty more", "two people were
    killed *in the bombing*") or a definite act noun itself, whatever code the earlier act has
    ("A gunman shot dead six worshippers … the attack": 1823 first, the noun reads 190).

    :func:`re_mentions` needs the same code, because "his arrest" can only be an arrest; violence
    is told with words of different codes (killed, shot dead, attack, bombing, blast), so here
    any earlier act of the violent roots (``implied_violence_roots``) in an earlier sentence is
    the one referred to, as long as the later act names no other party. The guide records an act
    once, at its first clear mention. A noun that sets itself apart ("another attack", "the
    second bombing", "a separate raid") is a new act (:func:`_definite_noun`)."""
    rules = argument_rules()
    roots = rules.implied_violence_roots
    nouns = pattern_book().event_nouns | rules.event_subjects
    violent = sorted((c for c in cands if c.code[:2] in roots), key=lambda c: c.trigger.i)
    out: list[Candidate] = []
    for cand in violent:
        tok = cand.trigger
        earlier = [e for e in violent if e.trigger.sent.start < tok.sent.start
                   and e not in out and _same_side(cand.source, e.source)
                   and _same_side(cand.target, e.target)]
        if not earlier:
            continue
        if tok.pos_ == "NOUN":
            if _definite_noun(tok):
                out.append(cand)
        elif any(n.lemma_.lower() in nouns and _definite_noun(n) for n in tied_acts(tok)):
            out.append(cand)
    return out


def drop_re_mentions(cands: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without the back-references of :func:`re_mentions`."""
    again = {id(c) for c in re_mentions(cands)}
    return sorted((c for c in cands if id(c) not in again), key=lambda c: c.trigger.i)


def _same_doer(later: Actor | None, earlier: Actor | None) -> bool:
    """Both coded, the same code, and the same person or entity where that is known."""
    if later is None or earlier is None or not later.code or later.code != earlier.code:
        return False
    if later.entity is not None and earlier.entity is not None:
        return later.entity == earlier.entity
    if later.name and earlier.name:
        return later.name.lower() == earlier.name.lower()
    return True


def _target_fits(later: Actor | None, earlier: Actor | None) -> bool:
    """The retelling names no other party: no coded target, or the earlier act's own (the
    same entity or name: "arrested one person … arrested three" are two acts on civilians)."""
    if later is None or not later.code:
        return True
    return _same_doer(later, earlier)


def verb_lemmas(cands: Sequence[Candidate]) -> dict[int, str]:
    """Trigger offset → lemma of the verb triggers that may retell an act: not those a word of
    ``re_mentions.again`` sets apart ("attacked the town again", "also arrested")."""
    again = argument_rules().re_mention_again
    return {c.trigger.idx: c.trigger.lemma_.lower() for c in cands
            if c.trigger.pos_ in ("VERB", "AUX")
            and not any(w.lower_ in again for w in children_of(c.trigger))}


def retold_acts(events: Sequence[Event], lemmas: dict[int, str]) -> set[int]:
    """Indices of verb events that tell an earlier sentence's act again: "Turkey began a
    military offensive into Syria on Wednesday … On Wednesday, Turkey began a military
    offensive with airstrikes". The same trigger lemma (``lemmas``: trigger offset → lemma,
    from :func:`verb_lemmas`), code and modality, the same coded doer, no other coded target
    and no other date. Noun back-references are :func:`re_mentions`'."""
    kept: list[Event] = []
    retold: set[int] = set()
    for i, ev in enumerate(events):
        lemma = lemmas.get(ev.trigger.start)
        if lemma is not None and any(
                lemmas.get(old.trigger.start) == lemma and old.cameo == ev.cameo
                and old.modality == ev.modality and old.sentence.start != ev.sentence.start
                and _same_doer(ev.source, old.source) and _target_fits(ev.target, old.target)
                and _same_date(ev, old)
                for old in kept):
            retold.add(i)
            continue
        kept.append(ev)
    return retold


def _same_date(a: Event, b: Event) -> bool:
    """No two different dates the text gave (a publication-day default says nothing)."""
    da, db = a.date, b.date
    if da is None or db is None or not da.value or not db.value:
        return True
    if "publication" in (da.type, db.type):
        return True
    return da.value[:len(db.value)] == db.value[:len(da.value)]


#: what ends a sentence of prose; a headline ends in none of these
HEADLINE_FINAL = frozenset(".!?:;\"'”’»)")


def _headline(doc_text: str, ev: Event) -> bool:
    """The event's sentence is the article's headline: the first line of the text, ending in
    no sentence punctuation and set off from what follows by a line break (the sentence
    boundaries of ``nlp/boundaries.py`` start a new sentence after such a line)."""
    text = doc_text.lstrip()
    first = doc_text[len(doc_text) - len(text):]
    line_end = first.find("\n")
    if line_end < 0:
        return False  # a text of one line has no body to tell the act again
    offset = len(doc_text) - len(text)
    line = first[:line_end].rstrip()
    return (ev.sentence.start == offset and bool(line)
            and line[-1] not in HEADLINE_FINAL and ev.sentence.end <= offset + len(line))



def _fits(head: Actor | None, body: Actor | None) -> bool:
    """The headline's party and the body's are the same party or one of them is unknown."""
    a, b = _party(head), _party(body)
    return a is None or b is None or a == b


def headline_repeats(events: Sequence[Event], doc_text: str) -> set[int]:
    """Indices of headline events the article's body tells again: "Driver in New Hampshire
    crash pleads not guilty" over "Zhukovskyy, 23, pleaded not guilty on Tuesday to seven counts
    …". The headline summarises the body's act, and the body's sentence gives its date, place
    and named parties; the annotation guide records an act once. Same CAMEO root, the same
    modality, and parties that do not differ (the headline's "Driver" and the body's
    "Zhukovskyy" are both USACVL; an uncoded or missing side fits any). A headline act the
    body never tells again stays: it is the article's only mention of it."""
    heads = [i for i, ev in enumerate(events) if _headline(doc_text, ev)]
    if not heads:
        return set()
    start = events[heads[0]].sentence.start
    body = [ev for ev in events if ev.sentence.start != start]
    return {i for i in heads if any(
        ev.cameo_root == events[i].cameo_root and ev.modality == events[i].modality
        and _fits(events[i].source, ev.source) and _fits(events[i].target, ev.target)
        for ev in body)}
