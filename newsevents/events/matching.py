"""Which of the team's patterns fit a token: part of speech, particles, objects and topics.

Kept apart from the coder (which turns a fitting pattern into participants and a candidate) so
the dictionary-free question "does this word, with these arguments, name a CAMEO code?" can be
asked and tested on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, memo
from .argument_words import argument_lemmas, fronted, time_phrase
from .dictionary import verb_dictionary
from .extraposed import extraposed_clauses
from .patient_words import patients, things
from .patterns import Pattern, PatternBook, pattern_book
from .slots import for_clauses
from .syntax import verbal_noun

#: An ``object`` word of patterns.yaml that any direct object naming people fits ("freed
#: at least 19 Christians", "released a former presidential candidate"): see
#: :func:`.patient_words.patients`.
PERSON_MARK = "<person>"
#: An ``object`` word that any direct object naming a movable thing fits ("returned 11 oil
#: paintings to the museum"): see :func:`.patient_words.things`.
THING_MARK = "<thing>"
#: An ``object`` word that a weighed act fits: the verb's gerund or infinitive complement, or
#: the act of its object's of-phrase ("is considering *giving* money", "explores the
#: possibility of *transferring* helicopters"), when that act is itself a trigger word of the
#: team's patterns or the field dictionary: see :func:`weighed_acts`.
ACT_MARK = "<act>"


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


def _particle(c: Token, verb: Token) -> bool:
    """A particle the parser read as an adverb: "stepped *down* on Tuesday" (``advmod``, RB,
    right after its verb when a phrase follows) is the particle of "step down"."""
    return c.dep_ == "advmod" and c.i == verb.i + 1 and c.tag_ in ("RB", "RP")


def _matches(p: Pattern, tok: Token, args: set[str]) -> bool:
    if p.no_object and any(c.dep_ == "dobj" for c in children_of(tok)):
        return False  # "withdrew the US from the treaty" is no retreat (yield.withdraw-armed)
    if p.prep and not any(
        (c.dep_ in ("prep", "prt", "agent", "dative") or _particle(c, tok)) and c.lower_ in p.prep
        and not time_phrase(c) and not fronted(c, tok) for c in children_of(tok)
    ) and not ("for" in p.prep and any(c.i not in extraposed_clauses(tok)
                                       for c in for_clauses(tok))):
        # "called on Tuesday", "On Nov. 2, Tillerson called Lavrov" are no call on anyone;
        # "called for Israel to withdraw" is a call for (spaCy: "for" marks the clause), but
        # "called it a mistake for Britain to leave" is not: that clause is what "it" stands for
        return False
    if p.objects and not (p.objects & args) and not (
            PERSON_MARK in p.objects and patients(tok)) and not (
            THING_MARK in p.objects and things(tok)) and not (
            ACT_MARK in p.objects and weighed_acts(tok)):
        return False
    # "<person>" / "<thing>" in `without`: the trigger carries someone or something ("flies
    # fighters and cargo to Syria" is no trip of its own)
    return not (p.without and (p.without & args or (PERSON_MARK in p.without and patients(tok))
                               or (THING_MARK in p.without and things(tok))))


def weighed_acts(tok: Token) -> list[Token]:
    """The acts a verb of deliberation weighs: its gerund or infinitive complement ("Peru is
    considering *sending* troops"), else the act in the of-phrase of its object ("explored the
    possibility of *extraditing* him"); only verbs that are trigger words themselves, so
    "considering running late" or "the possibility of having conditions" weigh no act."""
    comps = [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
             and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in children_of(c)))]
    for obj in children_of(tok):
        if obj.dep_ == "dobj" and obj.lemma_.lower() in pattern_book().weighed_nouns:
            comps += [g for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in children_of(p) if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    if not comps:
        return []
    book = pattern_book()
    known = verb_dictionary()
    return [c for c in comps if book.candidates("verb", c.lemma_.lower())
            or known.entries(c.lemma_.lower())]


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
    asked = asked_only(tok, book)
    found: list[tuple[Pattern, str, str]] = []
    for p in patterns:
        # a pattern of its own act (not a family's appeal) reads no object word out of what
        # the verb only asks for: "called on its members to strike" calls no strike
        if not _matches(p, tok, args - asked if p.family is None and asked else args):
            continue
        code, topic = p.code, ""
        if p.family is not None:
            hit = book.family_topic(p.family, args, _acts(tok))
            if hit is not None:
                topic, code = hit
        if code is not None:
            found.append((p, code, topic))
    return found


def asked_only(tok: Token, book: PatternBook) -> frozenset[str]:
    """Words found only in the clause a requesting verb asks for (``requesting_verbs``:
    "called on its members *to strike*", "called on both sides *to resume talks*"): the act
    asked of the addressee is not the asker's, so a pattern of the verb's own act ("called a
    strike": 143, "called off talks": 164) must not read its object there. The family
    patterns of the appeal read it as their topic, and the asked act is coded on its own verb
    (``requested``). A verb asking for nothing, or a word also outside the clause ("called a
    strike to demand …"), keeps every word."""
    if tok.lemma_.lower() not in book.modality["requesting_verbs"]:
        return frozenset()
    comps = [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp")] + for_clauses(tok)
    if not comps:
        return frozenset()
    inside = {t.i for c in comps for t in c.subtree}
    words_in: set[str] = set()
    words_out: set[str] = set()
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        into = words_in if t.i in inside else words_out
        into.add(t.lemma_.lower())
        into.add(t.lower_)
    return frozenset(words_in - words_out)


def _acts(tok: Token) -> set[str]:
    """Lemmas of the acts a family verb's complement names: its infinitive or gerund verbs and
    their conjuncts ("urged them to condemn and isolate")."""
    comps = [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    comps += [c for c in for_clauses(tok) if c.pos_ == "VERB"]  # "called for X to condemn"
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
