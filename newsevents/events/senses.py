"""Word senses and actor types: the last check a coded candidate passes before it is an event.

A trigger word has several senses and the pattern (or dictionary) that matched it knows only
one: "Wales beat Hungary 2-0" is a game, not an assault; "the Nikkei declined 0.3%" is a price,
not a rejection; "officers executed a search warrant" carried out a procedure; "a NASA launch"
sent up a rocket, not a weapon; "drugs seized on the border" is police work, not occupied
territory. The sense is decided by the trigger's objects and the sentence around it, and a code
also needs participants of the right type (a company does not fight a war).

The constraints are data (``newsevents/data/events/senses.yaml``: word classes, rules that
veto or recode a candidate, actor types per code), compiled once per process and indexed by
CAMEO root, so a candidate costs one dict lookup unless a rule of its root exists. They run at
one hook, :func:`apply_senses`, after every coder of the chain has built its candidates, so a
statistical coder added later is held to the same senses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from ..nlp.shared import children_of, lemmas_of, lowers_of, pos_of, text_of
from ..records import Actor
from .explain import note
from .kinds import head_token, kinds_of, noun_kinds, participant_kinds
from .patterns import pattern_book
from .readings import (
    among_private_parties,
    force_without_force,
    generic_advice,
    private_affair,
    question_not_request,
)
from .sense_book import (
    Domain,
    KindRule,
    Rule,
    SenseBook,
    Test,
    sense_book,
)
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


# --------------------------------------------------------------------------- reading the parse

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


def _fits_actor_types(cand: Candidate, book: SenseBook) -> bool:
    for req in book.requires.get(cand.code[:2], ()):
        if not cand.code.startswith(req.codes):
            continue
        parties = [a for a in (cand.source, cand.target) if a is not None]
        if parties and all(a.kind == "organisation" and a.sector in req.not_only
                           for a in parties):
            return False
        doer = cand.source
        if doer is not None and doer.kind == "organisation" and doer.sector in req.not_doer:
            return False
    return True


def _fits_kinds(cand: Candidate, book: SenseBook) -> KindRule | None:
    """The participant rule an uncoded participant's kind breaks, if any."""
    for rule in book.kinds.get(cand.code[:2], ()):
        if not cand.code.startswith(rule.codes):
            continue
        for role in rule.roles:
            if role == "object":
                kinds = None if cand.target is not None else _object_kinds(cand.trigger)
                if kinds and not set(kinds) & rule.kinds:
                    return rule
                continue
            actor = getattr(cand, role)
            kinds = participant_kinds(actor, cand.trigger.doc)
            if rule.first_sense and kinds and _title_cased(actor, cand.trigger.doc):
                continue  # "Action Against Hunger": a name the tagger read as common nouns
            if kinds and not set(kinds[:1] if rule.first_sense else kinds) & rule.kinds:
                return rule
    return None


def _object_kinds(trigger: Token) -> tuple[str, ...] | None:
    """The supersenses of the common noun a verb acts on when the candidate kept no target:
    "police shot dead a bear" names who was shot though no actor was read from it; None when
    there is no such noun or the table lacks it (a name, a number, a pronoun say nothing)."""
    if trigger.pos_ != "VERB":
        return None
    for child in children_of(trigger):
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN" \
                and not child.ent_type_ and not child.like_num:
            return kinds_of(child) or None
    return None


def _title_cased(actor: Actor, doc: Doc) -> bool:
    """A mention of two or more title-cased words ("Action Against Hunger") names someone."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    return len(words) >= 2 and sum(t.is_title for t in words) >= 2


def _adjectival(cand: Candidate, book: SenseBook) -> bool:
    adj = book.adjectival
    tok = cand.trigger
    if adj is None or not cand.code.startswith(adj.codes) or tok.tag_ not in adj.tags \
            or tok.lemma_.lower() in adj.acts:
        return False
    return tok.dep_ in adj.deps or any(c.dep_ == "advmod" and c.lower_ in adj.degree
                                       for c in children_of(tok))


def _named_event(cand: Candidate, book: SenseBook) -> bool:
    """'during the Vietnam War', 'World War II': an event noun inside the name of a past war
    is a point of reference in a biography or a history, not a report of fighting."""
    tok = cand.trigger
    if not cand.code.startswith(book.named_events) or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if not tok.is_title or tok.is_sent_start:
        return False
    return tok.ent_type_ == "EVENT" or any(
        c.dep_ in ("compound", "amod", "nummod", "npadvmod") and (
            c.pos_ in ("PROPN", "NUM") or c.is_title) for c in children_of(tok))


def _date_word(cand: Candidate) -> bool:
    """'on March 13, 2018': a capitalised trigger the parser reads inside a date is the name of
    a month or a day, not an event noun ("a march on the capital" is lower-case)."""
    tok = cand.trigger
    return (tok.ent_type_ in ("DATE", "TIME") and tok.is_title and not tok.is_sent_start
            and tok.pos_ in ("NOUN", "PROPN"))


def _team(cand: Candidate, book: SenseBook) -> bool:
    """'The US team boycotted the ceremony', 'Kenya's squad': a country named as the modifier
    of a team is the team (a national side is not its state)."""
    codes, heads = book.teams
    if not heads or not cand.code.startswith(codes):
        return False
    doc = cand.trigger.doc
    for actor in (cand.source, cand.target):
        if actor is None or actor.code is None or actor.sector is not None:
            continue
        head = head_token(actor, doc)
        if head is not None and head.dep_ in ("compound", "amod", "poss", "nmod") and (
                head.head.lemma_.lower() in heads):
            return True
    return False


def judge(cand: Candidate, ctx: _Context, book: SenseBook) -> tuple[str, Rule | None]:
    """``("keep", None)``, ``("veto", rule)`` or ``("recode", rule)`` for one candidate."""
    if (not _fits_actor_types(cand, book) or _adjectival(cand, book)
            or _named_event(cand, book) or _date_word(cand) or _team(cand, book)
            or generic_advice(cand, *book.addressed) or private_affair(cand, *book.private)
            or among_private_parties(cand, *book.parties)
            or question_not_request(cand, *book.questions)):
        return "veto", None
    rules = book.rules.get(cand.code[:2], ())
    objects: set[str] | None = None  # read once a rule of the candidate's code is reached
    for rule in rules:
        if not cand.code.startswith(rule.codes):
            continue
        if objects is None:
            objects = object_words(cand.trigger)
        if not _holds(rule.when, cand, ctx, objects, book, every=True):
            continue
        if rule.unless is not None and _holds(rule.unless, cand, ctx, objects, book,
                                              every=False):
            continue
        return ("recode" if rule.recode else "veto"), rule
    codes, armed, words = book.force  # after the recodes ("attacked the idea" → 111)
    # the force words are counted only for a code of force (the test is False for the rest)
    if codes and cand.code.startswith(codes) and not (
            book.force_objects and object_words(cand.trigger) & book.force_objects) and (
            force_without_force(cand, codes, armed, ctx.count(words, cand.trigger,
                                                              book.any_pos))):
        return "veto", None
    if _fits_kinds(cand, book) is not None:
        return "veto", None
    return "keep", None


def _political(cand: Candidate, sectors: frozenset[str]) -> bool:
    return any(a is not None and a.sector in sectors for a in (cand.source, cand.target))


def _token_words(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """Every token's lower-cased lemma, lower form and whether its part of speech is a context
    one (``_CONTEXT_POS``), read from ``Doc.to_array`` with each distinct string looked up once."""
    context_ids = {IDS[name] for name in _CONTEXT_POS}
    # the shared columns (nlp.shared): no spaCy Token per word, each string looked up once
    context = [pos_id in context_ids for pos_id in doc.to_array(POS).tolist()]
    lemmas, lowers = lemmas_of(doc), lowers_of(doc)
    return lemmas, lowers, context


def article_domains(doc: Doc, book: SenseBook) -> tuple[Domain, ...]:
    """The domains (sports, markets, shows) the whole article is about: enough of its
    sentences hold enough distinct words of the domain's classes."""
    if not book.domains:
        return ()
    sents = list(doc.sents)
    if not sents:
        return ()
    # each sentence's words read once, for every domain, off the document's arrays (a spaCy
    # Token per word cost more than the whole test)
    lemmas, lowers, context = _token_words(doc)
    nouns: list[set[str]] = []
    every: set[str] = set(lemmas) | set(lowers)
    text = text_of(doc)
    for sent in sents:
        start, end = sent.start, sent.end
        here = set(compress(lemmas[start:end], context[start:end]))
        here.update(compress(lowers[start:end], context[start:end]))
        # the text slice is ``sent.text`` without a spaCy Token per word
        if _SCORE.search(text[sent.start_char : sent.end_char]):
            here.add(SCORE_MARK)
        nouns.append(here)
    found: list[Domain] = []
    for domain in book.domains:
        if domain.unless_words and len(every & domain.unless_words) >= domain.unless_min:
            continue
        distinct: set[str] = set()
        holding = 0
        for here in nouns:
            hits = here & domain.words
            holding += bool(hits)
            distinct |= hits
        if len(distinct) >= domain.min_words and holding / len(sents) >= domain.min_share:
            found.append(domain)
    return tuple(found)


def apply_senses(cands: list[Candidate]) -> list[Candidate]:
    """The candidates whose words and participants fit their code (recoded where a rule says
    so); the hook ``code_events`` calls once all coders have run."""
    book = sense_book()
    contexts: dict[int, _Context] = {}
    domains: dict[int, tuple[Domain, ...]] = {}
    kept: list[Candidate] = []
    for cand in cands:
        root = cand.code[:2]
        if (root not in book.rules and root not in book.requires and root not in book.kinds
                and not cand.code.startswith(book.parties[0])
                and not cand.code.startswith(book.questions[0])):
            kept.append(cand)
            continue
        doc = cand.trigger.doc
        if id(doc) not in domains:
            domains[id(doc)] = article_domains(doc, book)
        if any(cand.code.startswith(d.codes) and not _political(cand, d.unless_sectors)
               for d in domains[id(doc)]):
            note(cand, "dropped: the article's domain (senses.yaml domains)")
            continue
        sent = cand.trigger.sent
        ctx = contexts.get(sent.start)
        if ctx is None:
            ctx = contexts[sent.start] = _Context.of(sent)
        verdict, rule = judge(cand, ctx, book)
        if verdict == "keep":
            kept.append(cand)
        elif verdict == "recode" and rule is not None and rule.recode is not None:
            kept.append(replace(cand, code=rule.recode, method=f"{cand.method}+sense:{rule.id}",
                                notes=[*cand.notes, f"recoded from {cand.code}: {rule.why}"]))
        else:
            note(cand, f"dropped: sense veto ({rule.id if rule is not None else verdict})")
    return kept
