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

What a rule's test reads of the parse and the sentence (object words, context words, the
clause) is :mod:`.sense_tests`'.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import compress
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Token

from ..nlp.shared import children_of, lemmas_of, lowers_of, text_of
from ..records import Actor
from .explain import note
from .kinds import head_token, kinds_of, participant_kinds
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
    sense_book,
)
from .sense_tests import (
    _CONTEXT_POS,
    _SCORE,
    SCORE_MARK,
    _Context,
    _holds,
    object_words,
)

if TYPE_CHECKING:
    from .candidate import Candidate



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
