"""Whether a test of ``senses.yaml`` holds of a candidate: the parse and sentence it reads.

A sense rule asks of a candidate's trigger its objects' head words ("beat Hungary *2-0*", "a
*NASA* launch"), its modifiers, the words of its sentence (counted without the trigger), its
clause (a stated fact, an infinitive), whom its object names and its participants' sectors and
kinds. These readers and the test of one rule's ``when`` / ``unless`` are here; the verdict over
all rules, the vetoes by actor type and the article's domains are :mod:`.senses`'. Split out
of ``senses.py`` (which had reached the 600-line limit): reading the parse for a test, apart
from deciding with it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..nlp.shared import children_of, lemmas_of, lowers_of, pos_of, text_of
from .kinds import noun_kinds, participant_kinds
from .patterns import pattern_book
from .sense_book import SenseBook, Test
from .visited import attended_other, place_at_home

if TYPE_CHECKING:
    from .candidate import Candidate

SCORE_MARK = "<score>"
NUMBER_MARK = "<number>"
#: in a ``prep_object`` word class: the preposition governs a clause ("agree with *what the
#: Republicans proposed*"), which names a proposition, never a party
CLAUSE_MARK = "<clause>"
STATE_MARK = "<state>"  # in a `sectors` test: a participant coded as a state (no sector)
UNCODED_MARK = "<uncoded>"  # in a `source_sectors` test: no source, or one with no code
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# complements that make "agree" an agreement to something: "agreed to talks", "agreed on a
# truce", "agreed to withdraw"
_AGREED_TO = frozenset({"to", "on", "upon"})
# "2-0", "3 – 1"; not dates or ranges of years ("2019-20"), ratios in URLs or times
_SCORE = re.compile(r"(?<![\w./:–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w./:%–-])")
_NUMBER_WORDS = frozenset({"%", "percent", "pct", "percentage", "point", "points", "per"})
_QUANTITY_HEADS = _NUMBER_WORDS | frozenset({"kg", "kilogram", "kilograms", "kilo", "kilos",
                                             "gram", "grams", "pound", "pounds", "ton", "tons",
                                             "tonne", "tonnes", "bag", "bags", "package",
                                             "packages", "share", "quantity", "amount", "lot"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "npadvmod", "dative", "nsubjpass", "dep"})
_CONTEXT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", "SYM"})


def _is_number(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM" or tok.lower_ in _NUMBER_WORDS


def object_heads(tok: Token) -> list[Token]:
    """The heads of the trigger's objects: direct, attribute, prepositional, and a noun
    trigger's compound ("a NASA launch", "a culture war")."""
    heads = [c for c in children_of(tok) if c.dep_ in _OBJECT_DEPS]
    for prep in (c for c in children_of(tok) if c.dep_ in ("prep", "agent")):
        heads += [g for g in children_of(prep) if g.dep_ == "pobj"]
    heads += [c for c in children_of(tok) if c.dep_ == "compound"]
    return heads


def object_words(tok: Token) -> set[str]:
    """The heads of the trigger's objects (direct, attribute, prepositional), not their
    modifiers; the "of" object under a quantity; ``<number>`` when an object is a number."""
    words: set[str] = set()
    for head in object_heads(tok):
        words |= {head.lemma_.lower(), head.lower_}
        # a compound noun is one word of its own: "war games" (WordNet's "war game", a
        # simulated battle) is not a game
        words |= {f"{c.lower_} {w}" for c in children_of(head) if c.dep_ == "compound"
                  for w in (head.lemma_.lower(), head.lower_)}
        if _is_number(head) or any(c.dep_ == "nummod" and c.lower_ in _NUMBER_WORDS
                                   for c in children_of(head)):
            words.add(NUMBER_MARK)
        if _is_number(head) or head.lower_ in _QUANTITY_HEADS:
            for prep in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"):
                for g in children_of(prep):
                    if g.dep_ == "pobj":
                        words |= {g.lemma_.lower(), g.lower_}
    return words


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def modifier_words(tok: Token) -> set[str]:
    """The words that say what kind of thing a noun trigger is ("a *culture* war", "a *price*
    war", "a *tacit* indictment"): its compound, adjective and noun modifiers. A verb trigger
    has none of its own; a light verb's act is its direct object ("waged *a culture war*"), so
    that object's modifiers are read."""
    heads = [tok]
    if tok.pos_ in ("VERB", "AUX"):
        heads = [c for c in children_of(tok) if c.dep_ == "dobj"]
    words: set[str] = set()
    for head in heads:
        for c in children_of(head):
            if c.dep_ in _MODIFIER_DEPS:
                words |= {c.lemma_.lower(), c.lower_}
    return words


@dataclass
class _Context:
    """Context words of one sentence, counted per token so the trigger can be left out."""

    noun_words: Counter[str]
    all_words: Counter[str]
    score: bool

    @classmethod
    def of(cls, sent: Span) -> _Context:
        doc = sent.doc  # the Doc's columns, not a Token per word
        lemmas, lowers, pos = lemmas_of(doc), lowers_of(doc), pos_of(doc)
        # each word's lemma and (when it differs) its lower form, counted once per token; one
        # ``Counter`` over a flat list counts in C, a ``Counter.update`` per token did not
        every: list[str] = []
        nouns: list[str] = []
        for i in range(sent.start, sent.end):
            lemma, lower = lemmas[i], lowers[i]
            words = (lemma,) if lemma == lower else (lemma, lower)
            every += words
            if pos[i] in _CONTEXT_POS:
                nouns += words
        text = text_of(doc)[sent.start_char:sent.end_char]
        return cls(Counter(nouns), Counter(every), bool(_SCORE.search(text)))

    def count(self, words: frozenset[str], trigger: Token, any_pos: frozenset[str]) -> int:
        """How many of ``words`` the sentence holds besides the trigger (the score mark counts
        two). A rule's word class is long and a sentence short: the class meets the sentence's
        words in one set intersection (C walks the smaller side), so the cost is the
        sentence's, not the class's."""
        scored, anywhere, nouns_only = _split(words, any_pos)
        n = 2 * self.score if scored else 0
        own: set[str] | None = None
        for pool, counts in ((anywhere, self.all_words), (nouns_only, self.noun_words)):
            hits = counts.keys() & pool
            if not hits:
                continue
            if own is None:
                own = {trigger.lemma_.lower(), trigger.lower_}
            n += sum(1 for w in hits if counts[w] - (w in own) > 0)
        return n


@lru_cache(maxsize=512)
def _split(words: frozenset[str], any_pos: frozenset[str]) -> tuple[bool, frozenset[str],
                                                                      frozenset[str]]:
    """A context class split once: has the score mark, words counted in any part of speech,
    words counted only as nouns (the classes are fixed for the process)."""
    plain = words - {SCORE_MARK}
    return SCORE_MARK in words, plain & any_pos, plain - any_pos


_PARTY_OR_PLACE = frozenset({"person", "group", "location", "artifact"})


def _only_a_thing(kinds: tuple[str, ...], things: frozenset[str]) -> bool:
    """The noun's most frequent sense is one of ``things`` and none of its senses can be a
    party or a place ("the capital" is money first, but also a city)."""
    return bool(kinds) and kinds[0] in things and not _PARTY_OR_PLACE & set(kinds)


def _holds(test: Test, cand: Candidate, ctx: _Context, objects: set[str], book: SenseBook,
           *, every: bool) -> bool:
    """``every``: all given fields hold (a rule's ``when``); else any one (its ``unless``).

    The fields are asked in order and only until the answer is known (the first that fails a
    ``when``, the first that holds an ``unless``): most candidates fail a rule on its trigger
    words, before the sentence's context words are counted. Every test reads the parse only,
    so skipping the rest changes nothing but the time."""
    results = _results(test, cand, ctx, objects, book)
    return all(results) if every else any(results)


def _results(test: Test, cand: Candidate, ctx: _Context, objects: set[str],
             book: SenseBook) -> Iterator[bool]:
    """Each given field of ``test``, in the book's order, asked when the caller reaches it."""
    tok = cand.trigger
    if test.lemmas is not None:
        yield tok.lemma_.lower() in test.lemmas or tok.lower_ in test.lemmas
    if test.objects is not None:
        yield bool(objects & test.objects)
    if test.context is not None:
        words, least = test.context
        yield ctx.count(words, tok, book.any_pos) >= least
    if test.sectors is not None:
        yield (any(a is not None and (a.sector in test.sectors or (
            STATE_MARK in test.sectors and a.code is not None and a.sector is None))
            for a in (cand.source, cand.target)))
    if test.object_kinds is not None:
        table = noun_kinds()
        yield (any(_only_a_thing(found, test.object_kinds) for t in object_heads(tok)
                   if t.pos_ == "NOUN" and (found := table.get(t.lemma_.lower()))))
    if test.governors is not None:
        yield tok.head.i != tok.i and tok.head.lemma_.lower() in test.governors
    if test.modifiers is not None:
        yield bool(modifier_words(tok) & test.modifiers)
    if test.deps is not None:
        yield tok.dep_ in test.deps
    if test.direct_object is not None:
        yield (any(c.dep_ == "dobj" and (c.lemma_.lower() in test.direct_object
                                         or c.lower_ in test.direct_object)
                   for c in children_of(tok)))
    if test.prep_object is not None:
        preps, words = test.prep_object
        yield (any((g.dep_ == "pobj" and (g.lemma_.lower() in words or g.lower_ in words))
                   or (g.dep_ == "pcomp" and CLAUSE_MARK in words)
                   for p in children_of(tok) if p.dep_ == "prep" and p.lower_ in preps
                   for g in children_of(p)))
    if test.stated_clause is not None:
        yield _stated_clause(tok) == test.stated_clause
    if test.infinitive is not None:
        yield (any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                   for c in children_of(tok)) == test.infinitive)
    if test.complement is not None:
        yield (any(c.dep_ == "xcomp" and c.lemma_.lower() in test.complement
                   for c in children_of(tok)))
    if test.source_sectors is not None:
        src = cand.source
        uncoded = src is None or src.code is None
        yield ((uncoded and UNCODED_MARK in test.source_sectors)
               or (src is not None and src.sector in test.source_sectors))
    if test.suspect is not None:
        yield suspect_named(tok) == test.suspect
    if test.has_target is not None:
        yield (cand.target is not None) == test.has_target
    if test.target_coded is not None:
        yield (cand.target is not None and cand.target.code is not None) == test.target_coded
    if test.target_at_home is not None:
        yield _at_home(cand) == test.target_at_home
    if test.place_at_home is not None:
        yield place_at_home(tok, cand.source, cand.target) == test.place_at_home
    if test.attended_other is not None:
        yield attended_other(tok, test.attended_other)
    if test.transitive is not None:
        yield any(c.dep_ == "dobj" for c in children_of(tok)) == test.transitive
    if test.target_kinds is not None:
        found = participant_kinds(cand.target, tok.doc)
        yield found is not None and _only_a_thing(found, test.target_kinds)


def _at_home(cand: Candidate) -> bool:
    """The candidate's target lies in its source's own country ("the Kenyan president flew to
    Mombasa"): both carry a country and it is the same one."""
    src, tgt = cand.source, cand.target
    return (src is not None and tgt is not None and bool(src.country)
            and src.country == tgt.country)


def _stated_clause(tok: Token) -> bool:
    """The trigger's complement is a finite clause stating a fact, with no modal and no
    infinitive or "to"/"on" phrase beside it: "agrees that students feel abandoned" concurs
    with a view; "agreed that the troops would leave", "agreed to talks" settle something."""
    if any(c.dep_ == "xcomp" or (c.dep_ in ("prep", "dative") and c.lower_ in _AGREED_TO)
           for c in children_of(tok)):
        return False
    modal = _modal_words()
    for clause in children_of(tok):
        if clause.dep_ != "ccomp" or not any(c.dep_ in _SUBJECTS for c in children_of(clause)):
            continue
        if any(c.dep_ == "aux" and c.lower_ in modal for c in children_of(clause)):
            continue  # "agreed that the inspectors could return": a settlement
        if clause.tag_ in ("VB", "TO") or (clause.tag_ == "VBP" and tok.tag_ == "VBD" and not any(
                c.dep_ in ("aux", "auxpass") for c in clause.children)):
            continue  # "agreed that it be postponed", "insisted that they lift": subjunctive
        return True
    return False


@lru_cache(maxsize=1)
def _modal_words() -> frozenset[str]:
    m = pattern_book().modality
    return m["future_aux"] | m["hypothetical_aux"] | m["requested_aux"]


_NAMES = frozenset({"PERSON", "ORG"})


def _names_a_party(tok: Token) -> bool:
    """A person's or organisation's name heads the phrase or stands in apposition to its head
    ("Australian VC recipient Ben Roberts-Smith")."""
    return tok.ent_type_ in _NAMES or any(
        c.ent_type_ in _NAMES for c in children_of(tok) if c.dep_ in ("compound", "appos", "flat"))


def suspect_named(tok: Token) -> bool:
    """The trigger's object phrase names whom it is about: a named person or organisation as
    its object ("investigated Mr Delaney", "an inquiry into Ben Carter"), or after "against"
    anywhere inside it ("an investigation into allegations made against the singer Tom
    Reyes"). CAMEO 09 is an investigation of a party (Schrodt 2012, 091-094), so such an
    object is no mere incident even when the words around it name one; "the death of X"
    names whom it befell, not a suspect, so an of-phrase does not count."""
    heads = object_heads(tok)
    if any(_names_a_party(h) for h in heads):
        return True
    return any(prep.dep_ == "prep" and prep.lower_ == "against"
               and any(_names_a_party(g) for g in children_of(prep) if g.dep_ == "pobj")
               for head in heads for prep in head.subtree)
