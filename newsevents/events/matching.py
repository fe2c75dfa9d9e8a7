"""Which of the team's patterns fit a token: part of speech, particles, objects and topics.

Kept apart from the coder (which turns a fitting pattern into participants and a candidate) so
the dictionary-free question "does this word, with these arguments, name a CAMEO code?" can be
asked and tested on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import memo
from .participants import patients, things
from .patterns import Pattern, PatternBook
from .syntax import argument_lemmas, verbal_noun

#: An ``object`` word of patterns.yaml that any direct object naming people fits ("freed
#: at least 19 Christians", "released a former presidential candidate"): see
#: :func:`.participants.patients`.
PERSON_MARK = "<person>"
#: An ``object`` word that any direct object naming a movable thing fits ("returned 11 oil
#: paintings to the museum"): see :func:`.participants.things`.
THING_MARK = "<thing>"


def _pos_key(tok: Token) -> str | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        return "verb"
    if verbal_noun(tok):  # headline fragment: "Police arrest man after stabbing"
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if tok.pos_ == "ADJ":
        return "adj"
    return None


def time_phrase(prep: Token) -> bool:
    """'on Tuesday', 'upon arrival at noon': a preposition whose object is a date or time."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def fronted(prep: Token, head: Token) -> bool:
    """A preposition before its verb is an adjunct of the clause ("*On* Nov. 2, Tillerson called
    Lavrov"), never the verb's own particle or complement ("called *on* Russia"), unless its
    object is a relative pronoun ("the allies *on whom* it called")."""
    return prep.i < head.i and head.pos_ in ("VERB", "AUX") and not any(
        g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in prep.children)


def _matches(p: Pattern, tok: Token, args: set[str]) -> bool:
    if p.prep and not any(
        c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ in p.prep
        and not time_phrase(c) and not fronted(c, tok) for c in tok.children
    ):  # "called on Tuesday", "On Nov. 2, Tillerson called Lavrov" are no call on anyone
        return False
    if p.objects and not (p.objects & args) and not (
            PERSON_MARK in p.objects and patients(tok)) and not (
            THING_MARK in p.objects and things(tok)):
        return False
    return not (p.without and p.without & args)


def matches(tok: Token, book: PatternBook) -> list[tuple[Pattern, str, str]]:
    """Every pattern that fits ``tok``, in file order, with its code: (pattern, code, topic).

    Kept per token of the Doc and pattern book: the coder asks it of every trigger word, the
    attack-doer pass of every noun again (the answer depends on the parse and the book only).
    """
    known = memo(tok.doc, "matches")
    kept = known.get(tok.i)
    if kept is None or kept[0] is not book:
        kept = known[tok.i] = (book, _matches_uncached(tok, book))
    return list(kept[1])


def _matches_uncached(tok: Token, book: PatternBook) -> list[tuple[Pattern, str, str]]:
    key = _pos_key(tok)
    if key is None:
        return []
    patterns = book.candidates(key, tok.lemma_.lower())
    if not patterns:
        return []
    args = argument_lemmas(tok)
    found: list[tuple[Pattern, str, str]] = []
    for p in patterns:
        if not _matches(p, tok, args):
            continue
        code, topic = p.code, ""
        if p.family is not None:
            hit = book.family_topic(p.family, args, _acts(tok))
            if hit is not None:
                topic, code = hit
        if code is not None:
            found.append((p, code, topic))
    return found


def _acts(tok: Token) -> set[str]:
    """Lemmas of the acts a family verb's complement names: its infinitive or gerund verbs and
    their conjuncts ("urged them to condemn and isolate")."""
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    comps += [g for c in comps for g in c.conjuncts if g.pos_ == "VERB"]
    return {c.lemma_.lower() for c in comps}


_LEMMAS: dict[int, tuple[PatternBook, frozenset[str]]] = {}


def pattern_lemmas(book: PatternBook) -> frozenset[str]:
    """Every lemma a pattern of ``book`` is indexed by, whatever its part of speech: a word
    whose lower-cased lemma is not one of them matches nothing (:func:`matches` answers ``[]``),
    so a pass over every noun of a sentence tests this set before the word's parse."""
    kept = _LEMMAS.get(id(book))
    if kept is None or kept[0] is not book:
        kept = _LEMMAS[id(book)] = (book, frozenset(lemma for _, lemma in book.index))
    return kept[1]


def match(tok: Token, book: PatternBook) -> tuple[Pattern, str, str] | None:
    """The first pattern that fits ``tok`` and the code it gives: (pattern, code, topic id)."""
    found = matches(tok, book)
    return found[0] if found else None
