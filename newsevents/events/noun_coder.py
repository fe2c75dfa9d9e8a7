"""The pattern coder's event nouns: who does an act a noun names, and whom it is done to.

"Held talks with Iran", "echoed the plea", "Russia's invasion of Ukraine", "talks between
Serbia and Kosovo": an event noun takes its doer from the light verb it is the object of, from
its possessor or nationality (:func:`.doers.noun_source`), or its parties from a between-phrase;
an anaphoric noun ("a similar request", "the plea") takes the missing participants of the latest
earlier event of its kind. Split out of ``coder.py`` (which had reached the 600-line limit): the
noun pass of :func:`.coder.pattern_coder_v1`, apart from its verb pass and the registry.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from ..records import Actor
from . import arguments as args
from . import participants as parts
from .actor_finder import ActorFinder, political
from .candidate import Candidate
from .doers import noun_source
from .matching import match
from .modal_governors import phrasal_lemma
from .modality import background_adjunct
from .patterns import Pattern, PatternBook
from .slots import slot
from .speakers import subject_sources
from .syntax import is_passive, subject
from .targets import actors_at as _actors
from .targets import deep_target as _deep_target
from .targets import targets as _targets

ANAPHORIC_MODIFIERS = frozenset(
    {"similar", "same", "renewed", "new", "fresh", "another", "second", "repeated", "earlier",
     "previous", "latest"}
)
ECHO_VERBS = frozenset({"echo", "reiterate", "repeat", "renew", "reaffirm", "second", "back"})


def _light_governor(tok: Token, book: PatternBook) -> Token | None:
    """The light verb an event noun is the object of ("held talks", "been in talks")."""
    head = head_of(tok)
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in book.light_verbs:
        return head
    if background_adjunct(tok, book.modality):
        return None  # "sent condolences following the assault": the sender did not do it
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        gov = head_of(head)
        if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in book.light_verbs:
            # "began a hunger strike in protest against …": an in-phrase is the doer's own act
            return None if head.lower_ != "in" and _own_act_noun(gov, tok, book) else gov
        if (head.lower_ == "to" and phrasal_lemma(gov) in book.returning_verbs) or (head.lower_ ==
                "for" and gov.pos_ == "VERB" and gov.lemma_.lower() in book.journey_verbs):
            return gov  # "returned to negotiations" (resumed), "travelled there for talks"
        if gov.pos_ == "VERB" and head.lower_ == "with" and \
                gov.lemma_.lower() in args.argument_rules().response_verbs:
            return gov  # "responded with air strikes": the responder's own act
    return None


def _own_act_noun(light: Token, tok: Token, book: PatternBook) -> bool:
    """Whether ``light`` already has an event noun of its own as its direct object.

    A light verb names the doer of one act. When its object is an event noun ("opened an
    investigation", "launched a probe", "staged a protest"), an event noun in a phrase the
    parser hung on the verb ("… into the killing of the journalist", "… against the arrest")
    is what that act is about, not a second act of the same doer: the prosecutors opened an
    inquiry, they killed no one. An in-phrase is not asked ("began a strike in protest")."""
    return any(c.dep_ == "dobj" and c is not tok and c.pos_ in ("NOUN", "PROPN")
               and match(c, book) is not None for c in children_of(light))


def _passive_participant(tok: Token, light: Token) -> Token | None:
    """'Kokesh has been involved in demonstrations', 'troops were engaged in talks': the
    grammatical subject of a passive light verb takes part in the event noun of its in-phrase
    (the agent, if any, was :func:`subject`'s answer)."""
    if tok.dep_ != "pobj" or head_of(tok).lower_ != "in" or not is_passive(light):
        return None
    return next((c for c in children_of(light) if c.dep_ == "nsubjpass"), None)


def _between(tok: Token, finder: ActorFinder) -> list[Actor]:
    """'talks between Serbia and Kosovo': the parties, in order."""
    for p in children_of(tok):
        if p.dep_ == "prep" and p.lower_ == "between":
            return _actors(finder, [g for g in children_of(p) if g.dep_ == "pobj"])
    return []


def _is_anaphoric(tok: Token, light: Token | None) -> bool:
    if light is not None and light.lemma_.lower() in ECHO_VERBS:
        return True
    dets = [c for c in children_of(tok) if c.dep_ in ("det", "poss")]
    mods = {c.lemma_.lower() for c in children_of(tok) if c.dep_ == "amod"}
    if mods & ANAPHORIC_MODIFIERS:
        return True
    return any(d.lower_ in ("the", "this", "that", "these", "those", "such", "his", "her",
                            "its", "their") for d in dets)


def _code_noun(tok: Token, hit: tuple[Pattern, str, str], finder: ActorFinder,
               book: PatternBook) -> list[Candidate]:
    p, code, topic = hit
    light = _light_governor(tok, book)
    if p.light_only and light is None:
        return []
    source: Actor | None = None
    targets: list[Actor] = []
    parties = _between(tok, finder)
    method = f"rule:noun-pattern:{p.id}" + (f"+topic:{topic}" if topic else "")
    if light is not None:
        _, sources = subject_sources(subject(light) or _passive_participant(tok, light),
                                      code, finder)
        if len(sources) > 1 and not _targets(p, tok, finder, "poss") and (
                p.reciprocal or code[:2] in args.argument_rules().reciprocal_noun_roots):
            # "Ukraine and Russia held talks": each party acts on the other
            return [Candidate(tok, code, s, t, method, p.confidence, p.intransitive)
                    for s in sources for t in sources if s is not t]
        if len(sources) > 1:
            # "Algeria and Morocco imposed bans on niqabs": each bans, neither bans the other
            cands: list[Candidate] = []
            for src in sources:
                found = _targets(p, tok, finder, skip="poss", code=code, source=src)
                cands += [Candidate(tok, code, src, t, method, p.confidence, p.intransitive)
                          for t in (found or [None])]  # type: ignore[list-item]
            return cands
        source = sources[0] if sources else None
        if source is None and light.lemma_.lower() not in ECHO_VERBS:
            source = noun_source(tok, finder)
        targets = _targets(p, tok, finder, skip="poss", code=code, source=source)
        if not targets:
            targets = _actors(finder, [g for spec in ("to", "with", "against", "on")
                                       for g in slot(light, spec)])
        if not targets:
            # "launched a hunger strike to protest the policy of the Interior Ministry": the
            # purpose of a protest noun hangs on its light verb
            targets = parts.protest_target(light, code, finder, source)
    elif len(parties) > 1:
        return [Candidate(tok, code, s, t, method, p.confidence - 0.05, p.intransitive)
                for s in parties for t in parties if s is not t]
    else:
        if args.possessor_patient(tok) is not None:
            return []  # "his arrest": the possessor was arrested (see .nominals)
        source = noun_source(tok, finder, p)
        if source is None:
            return []
        targets = [t for t in _targets(p, tok, finder, skip="poss", code=code, source=source)
                   if t is not source]
    if source is None and not _is_anaphoric(tok, light):
        return []
    if not targets and code[:2] in ("03", "04") and light is not None:
        deep = _deep_target(tok, finder, source)
        if deep is not None:
            targets = [deep]
    anaphoric = _is_anaphoric(tok, light)
    conf = p.confidence - (0.05 if light is None else 0.0)
    return [
        Candidate(tok, code, source, t, method, conf, p.intransitive, anaphoric=anaphoric)
        for t in (targets or [None])  # type: ignore[list-item]
    ]


def _resolve_anaphora(cands: list[Candidate]) -> None:
    """'A similar request', 'the plea': fill missing participants from the latest such event."""
    for i, cand in enumerate(cands):
        if not cand.anaphoric or (cand.source is not None and cand.target is not None):
            continue
        sent_start = cand.trigger.sent.start
        for prev in reversed(cands[:i]):
            if prev.code[:2] != cand.code[:2] or prev is cand:
                continue
            if cand.trigger.idx - prev.trigger.idx > 5000 or prev.trigger.sent.start > sent_start:
                continue
            if not political(prev.source) or (cand.target is None
                                              and not political(prev.target)):
                continue  # an uncoded participant is no antecedent ("anyone's permission")
            if cand.source is None:
                cand.source = prev.source
                cand.notes.append("source from earlier event")
            if cand.target is None and prev.target is not None and \
                    prev.target.country != (cand.source.country if cand.source else None):
                cand.target = prev.target
                cand.notes.append("target from earlier event")
            cand.confidence -= 0.1
            break
