"""Event coders behind one interface, and the pattern coder ``newsevents.pattern_coder.v1``.

A coder turns a parsed, actor-resolved document into :class:`Candidate` events (trigger, code,
source, target, method, confidence). Coders are registered under versioned names so a
statistical classifier can later replace the pattern step, or back it up, without touching the
stage: ``code_events`` runs the chain in ``DEFAULT_CHAIN`` and merges what they find. Modality,
dates, places, attribution and the codebook lookup happen after coding, the same for every coder.

The pattern coder reads the dependency parse: verb triggers first (their subject, objects and
complements), then event nouns licensed by a possessor/nationality source ("Russia's invasion
of Ukraine") or a light verb ("held talks with", "echoed the plea"), then two discourse steps
that a reader does without noticing — an anaphoric event noun ("a similar request", "the plea")
takes the missing participants of the latest earlier event of its kind, and an answer to a
request ("which was never agreed to") runs from the request's target back to its source — and
finally elided predicates ("Ukraine has agreed …, Moscow has not"). The noun pass and the
anaphoric nouns are :mod:`.noun_coder`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.shared import children_of, deps_of, head_of, lemmas_of, tokens_of
from . import arguments as args
from . import attacks, weapons
from . import participants as parts
from .actor_finder import ActorFinder, participle_agent, political
from .artefacts import attack_noun_targets, topics_only
from .candidate import Candidate
from .dictionary import dictionary_matches, dictionary_verb, has_source, verb_dictionary
from .doers import named_doers
from .event_links import answer_requests, claimed_targets
from .explain import matched_nothing
from .holders import release_holders
from .matching import match, matches
from .noun_coder import _code_noun, _resolve_anaphora
from .obligations import reported_obligations
from .own_modality import own_cues
from .patient_words import addressees, patients
from .patterns import Pattern, PatternBook, pattern_book
from .slots import slot
from .speakers import subject_sources
from .syntax import is_passive, nominalised, objects, subject, verbal_noun
from .targets import actors_at as _actors
from .targets import deep_target as _deep_target
from .targets import (
    not_the_doers,
    reciprocal_candidates,
    reciprocal_partners,
    stative_partner_subject,
)
from .targets import targets as _targets

if TYPE_CHECKING:
    from ..context import Context

PATTERN_CODER = "newsevents.pattern_coder.v1"
ELIDED_HEADS = frozenset({"have", "do", "be", "will", "can", "would", "could", "should"})
#: roots whose dictionary events may take a participant the actors stage did not code
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


Coder = Callable[["Context", ActorFinder], list[Candidate]]
_REGISTRY: dict[str, Coder] = {}


def register(name: str) -> Callable[[Coder], Coder]:
    """Register a coder under a versioned name (``package.coder_name.vN``)."""

    def wrap(fn: Coder) -> Coder:
        _REGISTRY[name] = fn
        return fn

    return wrap


def get_coder(name: str) -> Coder:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no event coder registered as {name!r}; have {sorted(_REGISTRY)}") from None


def coder_names() -> list[str]:
    return sorted(_REGISTRY)


#: A step that revises one sentence's candidates after the verb and noun passes:
#: ``step(candidates, tokens, finder, book) -> candidates``.
SentenceStep = Callable[[list[Candidate], list[Token], ActorFinder, PatternBook], list[Candidate]]
_SENTENCE_STEPS: list[SentenceStep] = []


def sentence_step(fn: SentenceStep) -> SentenceStep:
    """Register a sentence step of ``pattern_coder_v1`` (``embedded.py`` registers one).

    The modules that build on this one's helpers plug in here, so neither imports the other in
    a circle; ``events/__init__.py`` imports them, which registers their steps.
    """
    _SENTENCE_STEPS.append(fn)
    return fn


def _usable(cands: list[Candidate]) -> bool:
    return any(c.target is not None or c.intransitive for c in cands)


# --------------------------------------------------------------------------- the coder

def _code_verb(tok: Token, hit: tuple[Pattern, str, str], finder: ActorFinder,
               absorbed: set[int]) -> list[Candidate]:
    p, code, topic = hit
    override: str | None = None
    patient_of = args.participial_patient(tok)  # "the protesters arrested on Monday"
    if tok.pos_ == "ADJ":
        subj_tok = subject(head_of(tok)) if tok.dep_ == "acomp" else None
    elif patient_of is not None:
        subj_tok = next((g for a in children_of(tok) if a.dep_ == "agent"
                         for g in children_of(a) if g.dep_ == "pobj"), None)
        override = own_cues(tok, pattern_book()) or "asserted"
    elif p.reciprocal and (stative := stative_partner_subject(tok)) is not None:
        subj_tok = stative  # "the US had been allied with Kurdish groups": the US allied
    else:
        subj_tok = participle_agent(tok, finder) or subject(tok)
    subj_tok, sources = subject_sources(subj_tok, code, finder)
    if finder.uncoded and subj_tok is not None:
        sources = args.doers(sources, subj_tok, tok, finder.event_nouns)
        if sources and args.is_implied(sources[0]):
            # "the alleged attack by Israel killed seven": the attack's doer, the attack's cues
            from .nominals import nominal_doer

            doer = nominal_doer(subj_tok, finder)
            if political(doer):
                sources = [doer]  # type: ignore[list-item]
                override = own_cues(subj_tok, pattern_book()) or override
    if not sources and finder.uncoded and args.agentless_passive(tok) and (
            code[:2] not in args.argument_rules().implied_violence_roots
            or args.violence_context(tok, finder.event_nouns)):
        # "were killed in a shootout with police": the event noun names the other side
        opponent = args.violence_opponent(tok, finder, finder.event_nouns)
        sources = [opponent] if opponent is not None else [args.implied_agent(tok)]
    if not sources and tok.dep_ == "conj" and head_of(tok).dep_ == "xcomp":
        # "We urge all countries to condemn this launch and call on the DPRK …": a conjunct
        # the parser hung under the complement often belongs to the governing verb
        outer = subject(head_of(head_of(tok)))
        sources = _actors(finder, [outer]) if outer is not None else []
        if sources:
            from .modality import modality

            override = modality(head_of(head_of(tok)), pattern_book())
    targets = _targets(p, tok, finder, code=code, source=sources[0] if sources else None)
    if p.reciprocal:  # "Colombia and Ecuador agreed to reopen their embassies"
        targets = not_the_doers(targets, sources)
    if patient_of is not None and not targets:
        targets = _actors(finder, [patient_of])
    if not targets and is_passive(tok) and not objects(tok) and head_of(tok) != tok:
        # reduced passive: "Iran threatened to close the strait if attacked by Israel"
        undergoer = subject(head_of(tok))
        targets = _actors(finder, [undergoer]) if undergoer is not None else []
    method = f"rule:{p.kind}:{p.id}" + (f"+topic:{topic}" if topic else "")
    for child in children_of(tok):  # objects are part of this event, not events of their own
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "prep", "dative") and not (
                child.lower_ == "for" and tok.lemma_.lower() in pattern_book().journey_verbs):
            absorbed.add(child.i)
            for g in children_of(child):
                if g.dep_ in ("pobj", "compound", "conj"):
                    absorbed.add(g.i)
    patient: Token | None = None
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that")
                                   for c in children_of(tok)):
        patient = head_of(tok)
    else:
        objs = objects(tok) or slot(tok, "to")
        patient = objs[0] if objs else None
    if not targets and p.family in ("threaten", "demand", "appeal", "reject") and not objects(tok):
        # "threatened to launch an offensive in its war with Iraq": the party the complement
        # acts on, however deep
        src = sources[0] if sources else None
        for comp in children_of(tok):
            if comp.dep_ in ("xcomp", "ccomp") and not targets:
                deep = _deep_target(comp, finder, src)
                if deep is not None:
                    targets = [deep]
    if not targets and p.reciprocal and subj_tok is not None:
        sources = reciprocal_partners(finder, subj_tok, sources)
    if not targets and p.reciprocal and len(sources) > 1:
        return reciprocal_candidates(tok, code, sources, method, p, patient)
    if (not targets and p.code is not None and p.code[:2] in ("03", "04")) or (
            not targets and p.family == "intent"):
        rules = args.argument_rules()
        about = rules.partner_topic_preps if code.startswith(rules.partner_topic_roots) \
            else frozenset()
        deep = _deep_target(tok, finder, sources[0] if sources else None, about)
        if deep is not None:
            targets = [deep]
    if p.reverse:
        # "Iran received military aid from Russia": the party in the slot acts on the subject;
        # with either of them missing there is no one to read the act from
        return [Candidate(tok, code, t, s, method, p.confidence, False, modality=override,
                          patient=patient, notes=["reverse: the slot's party acts on the subject"])
                for s in sources for t in targets if s is not None and t is not None]
    intransitive = p.intransitive
    notes: list[str] = []
    if topics_only(targets, code, tok, finder.event_nouns):
        # "urged calm and patience": what is asked for, not whom; the appeal stands alone
        targets, intransitive = [], True
        notes.append("target: none; the object is what is asked for (.artefacts)")
    out = []
    for s in sources or [None]:  # type: ignore[list-item]
        for t in targets or [None]:  # type: ignore[list-item]
            out.append(Candidate(tok, code, s, t, method, p.confidence, intransitive,
                                 modality=override, patient=patient, notes=list(notes)))
    return out


# A bare auxiliary under one of these is a clause measuring that word ("whatever help we can",
# "as much as they could"), part of the earlier act's own object, not another party's act.
_MEASURED_HEADS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "ADV"})


def _elided(sent_cands: list[Candidate], sent: list[Token], finder: ActorFinder,
            book: PatternBook) -> list[Candidate]:
    """'Ukraine has agreed …, Moscow has not': the bare auxiliary repeats the earlier event."""
    from .own_modality import own_cues

    out: list[Candidate] = []
    lemmas = lemmas_of(sent[0].doc) if sent else []
    deps = deps_of(sent[0].doc) if sent else []
    for tok in sent:
        if lemmas[tok.i] not in ELIDED_HEADS or deps[tok.i] not in (
                "ROOT", "conj", "advcl", "ccomp"):
            continue
        kids = {c.dep_ for c in children_of(tok)}
        if "nsubj" not in kids or kids & {"dobj", "xcomp", "ccomp", "acomp", "attr", "prep",
                                           "oprd", "agent"}:
            continue
        if deps[tok.i] != "conj" and head_of(tok).pos_ in _MEASURED_HEADS:
            continue  # "provide whatever help we can", "as much as it could": a measure
        earlier = [c for c in sent_cands if c.trigger.i < tok.i and c.trigger.pos_ == "VERB"]
        if not earlier:
            continue
        ante = earlier[-1]
        subj = next(c for c in children_of(tok) if c.dep_ == "nsubj")
        source = finder.at(subj)
        if not political(source) or source == ante.source:
            continue
        mod = own_cues(tok, book) or "asserted"
        out.append(replace(ante, trigger=tok, source=source, modality=mod,
                           method=ante.method + "+elided", confidence=ante.confidence - 0.1,
                           notes=["elided predicate repeats the earlier event"]))
    return out


def _second_pass(tok: Token, hits: list[tuple[Pattern, str, str]], finder: ActorFinder,
                 absorbed: set[int]) -> list[Candidate]:
    """Participants nobody coded ("a suicide bomber", "a 57-year-old man", the implied doer of
    "was arrested"): tried only when the coded participants gave no event (see .arguments)."""
    finder.uncoded = True
    try:
        for hit in hits:
            coded = [c for c in _code_verb(tok, hit, finder, absorbed) if args.keep(c)]
            if coded:
                return coded
    finally:
        finder.uncoded = False
    return []


def _dictionary_fallback(tok: Token, finder: ActorFinder, book: PatternBook) -> list[Candidate]:
    """PETRARCH's hits for a verb the team's patterns matched but could not code."""
    if tok.pos_ != "VERB" or not dictionary_verb(tok, book) or not has_source(tok, finder):
        return []
    for hit in dictionary_matches(tok, book):
        # only an event with someone acted on: the team's patterns decide the intransitive
        # readings (an accident's "injuring", a passive with no doer)
        coded = [c for c in _code_verb(tok, hit, finder, set())
                 if args.keep(c) and c.target is not None]
        if coded:
            return coded
    return []


def _nominal(tok: Token, hit: tuple[Pattern, str, str], finder: ActorFinder,
             book: PatternBook) -> list[Candidate]:
    from .nominals import code_nominal

    p, code, _ = hit
    finder.uncoded = True
    try:
        found = code_nominal(tok, hit, finder, book)
    finally:
        finder.uncoded = False
    out = [Candidate(tok, code, s, t, method, p.confidence - 0.1, p.intransitive, modality=mod)
           for s, t, method, mod in found]
    return [c for c in out if args.keep(c)]


_TRIGGER_LEMMAS: dict[int, tuple[PatternBook, frozenset[str]]] = {}


def _trigger_lemmas(book: PatternBook) -> frozenset[str]:
    """Every lemma a pattern of ``book`` or the field dictionary is indexed by: a word with
    another lemma gets nothing from :func:`matches` nor :func:`dictionary_matches`, so the
    coder skips it before any test of its parse (most words of an article)."""
    kept = _TRIGGER_LEMMAS.get(id(book))
    if kept is None or kept[0] is not book:
        lemmas = frozenset(lemma for _, lemma in book.index) | frozenset(verb_dictionary().index)
        kept = _TRIGGER_LEMMAS[id(book)] = (book, lemmas)
    return kept[1]


@register(PATTERN_CODER)
def pattern_coder_v1(ctx: Context, finder: ActorFinder) -> list[Candidate]:
    """Dictionary coder over the dependency parse (patterns.yaml + topics.yaml)."""
    book = pattern_book()
    cands: list[Candidate] = []
    triggers = _trigger_lemmas(book)
    lemmas = lemmas_of(ctx.doc)
    every = tokens_of(ctx.doc)
    for sent in ctx.doc.sents:
        absorbed: set[int] = set()
        sent_cands: list[Candidate] = []
        tokens = every[sent.start : sent.end]
        for tok in tokens:
            if lemmas[tok.i] not in triggers:
                continue  # no pattern, no dictionary entry: nothing below can match
            if (tok.pos_ not in ("VERB", "AUX", "ADJ") and not verbal_noun(tok)) or \
                    nominalised(tok):  # "arrested the accused": a person, not an accusation
                continue
            hits = matches(tok, book)
            field_dictionary = not hits and tok.pos_ == "VERB"
            uncoded_doer = False
            if field_dictionary and dictionary_verb(tok, book):
                if has_source(tok, finder):
                    # PETRARCH's verbs where ours are silent (events/dictionary.py)
                    hits = dictionary_matches(tok, book)
                elif args.uncoded_party(subject(tok), finder):
                    # "the spokesman criticised the government": a person nobody coded acts
                    hits, uncoded_doer = dictionary_matches(tok, book), True
            # a dictionary verb leaves its object nouns to the team's noun patterns
            taken = set() if field_dictionary else absorbed
            # a pattern whose participants are not there gives way to the next one
            # ("agreed … with strings attached" is no accord with anyone)
            for hit in hits:
                coded = _code_verb(tok, hit, finder, taken)
                if _usable(coded):
                    break
            else:
                hit, coded = None, []
            if uncoded_doer:
                # an uncoded doer needs a coded, anchored party it acts on (keep()), named
                # in the text: a pronoun's antecedent is one guess too many ("released them")
                coded = [c for c in _second_pass(tok, hits, finder, taken)
                         if c.target is not None and args.anchored(c.target)
                         and not args.pronoun(c.target, tok.doc)]
            elif field_dictionary:
                if hits and not any(args.keep(c) for c in coded):
                    # a cooperative act on someone nobody coded ("released two followers of
                    # the rebel leader"); conflict stays with coded participants (precision)
                    # — a mention the actors stage found ("released Amado Boudou"), not any noun
                    # ("hosted a show", "discuss the nomination")
                    coop = [h for h in hits if h[1][:2] in COOPERATIVE_ROOTS]
                    coded = [c for c in _second_pass(tok, coop, finder, taken)
                             if c.target is not None and c.target in finder.all_actors] or coded
            elif hits and not any(args.keep(c) for c in coded):
                coded = _second_pass(tok, hits, finder, taken) or coded
            elif hit is not None and all(c.target is None for c in coded) and (
                    hit[1][:2] in args.argument_rules().undergoer_roots
                    or patients(tok) or addressees(tok, hit[0].target)):
                # "Gunmen kill 12", "Libya freed 37 prisoners", "gave aid to 500 families": an
                # intransitive reading keeps the uncoded undergoer or recipient
                coded = _second_pass(tok, [hit], finder, taken) or coded
            if hits and not field_dictionary and not any(args.keep(c) for c in coded):
                # a team pattern whose slots are empty ("extradited a citizen" without "to
                # whom") gives way to PETRARCH's reading of the same verb, as when none matched
                coded = _dictionary_fallback(tok, finder, book) or coded
            if hits and not coded:
                matched_nothing(tok, [h[0].id for h in hits])
            sent_cands += coded
        for tok in tokens:
            if lemmas[tok.i] not in triggers:
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in absorbed or verbal_noun(tok):
                continue
            noun_hit = match(tok, book)
            if noun_hit is not None:
                coded = _code_noun(tok, noun_hit, finder, book)
                if not any(args.keep(c) for c in coded):
                    coded += _nominal(tok, noun_hit, finder, book)
                if not coded:
                    matched_nothing(tok, [noun_hit[0].id])
                sent_cands += coded
        sent_cands += reported_obligations(tokens, finder, book)
        # "a car bomb tore through the convoy": an attack whose subject is its weapon
        sent_cands = weapons.weapon_attacks(tokens, finder, sent_cands)
        for step in _SENTENCE_STEPS:  # embedded acts: control, nominals asked for (embedded.py)
            sent_cands = step(sent_cands, tokens, finder, book)
        sent_cands.sort(key=lambda c: c.trigger.i)
        sent_cands += _elided(sent_cands, tokens, finder, book)
        cands += sent_cands
    _resolve_anaphora(cands)
    cands = attacks.one_attack(cands)
    attack_noun_targets(cands, finder)  # "killed five in an attack on a convoy"
    answer_requests(cands)
    claimed_targets(cands)
    release_holders(cands, finder)  # "the release of hostages held by X": X is asked
    cands = named_doers(cands, finder)
    for cand in cands:  # "Iraqi military says it has seized …": the name, not "it"
        cand.source = parts.named_antecedent(cand.source, finder)
        cand.target = parts.named_antecedent(cand.target, finder)
    return cands
