"""Announced intents: an act its own actor says it will do is a CAMEO 03 or 13 act of its own.

CAMEO codes the statement of a future act apart from the act: "Colombia's rebels said they will
release three hostages" is 0353 (express intent to release), "Iran said it would retaliate
against any attack" is 138 (threaten with military force), "Finland is ready to contribute
troops" 0334. The act itself stays what it is — ``future`` or ``hypothetical``, never asserted —
and the announcement is what the actor did, so it is ``asserted``; the refusals step
(``refusals.py``) does the same for "will not" (12). The pairs of codes are those of
``data/events/plover_stance.yaml`` (the PLOVER view reads the same stance), so there is no
second table.

Only an **own** announcement counts: the act's doer is the one who says it ("X said it will …",
the speaker's pronoun), or the doer's readiness is asserted of it ("X is ready / willing to …").
A forecast by someone else ("officials said Russia will send troops", "is expected to") is no
intent of the doer's; a committing verb the patterns already coded as 03 or 13 ("pledged to
send", "threatened to strike") is not doubled.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of
from .actor_finder import ActorFinder
from .coder import Candidate, sentence_step
from .modality import modality
from .patterns import PatternBook
from .plover_view import paired_code, stance, stance_table
from .syntax import subject

INTENT = "+intent"
#: roots whose candidates already are the statement (an intent, a threat, a refusal)
_STATEMENT_ROOTS = frozenset({"01", "02", "03", "12", "13"})


def _same_party(a: object, b: object) -> bool:
    from ..records import Actor

    if not isinstance(a, Actor) or not isinstance(b, Actor):
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    return (a.code or a.country or "") == (b.code or b.country or "") != ""


def _voice_of_state(speaker: object, doer: object) -> bool:
    """Whether ``speaker`` speaks for the state ``doer`` is: an executive (``state_voices`` of
    plover_stance.yaml) of the country the doer, a bare state, names ("Trump warned that the
    United States would impose tariffs")."""
    from ..records import Actor

    if not isinstance(speaker, Actor) or not isinstance(doer, Actor):
        return False
    return doer.kind == "state" and not doer.sector and doer.country is not None and \
        speaker.country == doer.country and speaker.sector in stance_table()["state_voices"]


def _announcer(tok: Token, source: object, finder: ActorFinder, book: PatternBook,
               state_speaks: bool = False) -> Token | None:
    """The token that carries the actor's own announcement of ``tok``'s act, else None:
    the reporting verb whose subject is the doer ("Iran said it will …") or, with
    ``state_speaks``, the voice of the state the doer is; or the readiness word of the doer
    ("is ready to contribute")."""
    head = tok.head
    if tok.dep_ == "ccomp" and head.pos_ == "VERB" and \
            head.lemma_.lower() in book.modality["reporting_verbs"]:
        speaker = subject(head)
        actor = finder.at(speaker) if speaker is not None else None
        # "the Taliban said they will …" is the doer's own word, and so is a state's executive
        # saying what the state will do; "the minister will travel to Beijing, the ministry
        # said" names another person or body as the doer in the clause the speaker reports:
        # the speaker is where the news comes from, and the act is told as future, not announced
        doer = subject(tok)
        named = finder.at(doer) if doer is not None and doer.pos_ != "PRON" else None
        told = named is not None and named.kind != "state"
        own = (_same_party(actor, source) and not told) or (
            state_speaks and _voice_of_state(actor, source))
        return head if own else None
    if tok.dep_ == "xcomp":
        readiness = stance_table()["readiness"]
        if head.lemma_.lower() in readiness:
            return head
        if any(c.dep_ == "acomp" and c.lemma_.lower() in readiness for c in children_of(head)):
            return head
    return None


@sentence_step
def intents(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
            book: PatternBook) -> list[Candidate]:
    """The sentence's candidates and, for each act its actor announces, the asserted 03/13."""
    out = list(cands)
    statements = {c.trigger.i for c in cands if c.code[:2] in _STATEMENT_ROOTS}
    made: set[tuple[int, str]] = set()
    for cand in cands:
        tok = cand.trigger
        if cand.source is None or cand.code[:2] in _STATEMENT_ROOTS or \
                tok.pos_ not in ("VERB", "AUX"):
            continue
        paired = paired_code(cand.code, "intent")
        if paired is None:
            continue
        mod = cand.modality or modality(tok, book, light=book.light_verbs)
        if mod not in ("future", "hypothetical") or stance(tok, mod, book) != "intent":
            continue
        # a threat (13) may be voiced by the state's executive for the state
        where = _announcer(tok, cand.source, finder, book, state_speaks=paired[:2] == "13")
        if where is None or where.i in statements or tok.i in statements:
            continue
        if (where.i, paired) in made:
            continue
        made.add((where.i, paired))
        # the statement is the announcing word's act ("said", "ready"), as a refusal is the
        # refusing word's: one trigger, one reading
        out.append(Candidate(where, paired, cand.source, cand.target, cand.method + INTENT,
                             cand.confidence - 0.05, cand.intransitive, modality="asserted",
                             notes=[f"announced intent of {cand.code} ({where.text})"]))
    return out


#: verbs by which a doer owns an act it did ("claimed / admitted that it had attacked …")
_OWNING = frozenset({"claim", "admit", "acknowledge", "confirm"})
#: the act's modalities that leave it something done (a claim of a future act is a threat)
_DONE = frozenset({"asserted", "reported_unverified"})


@sentence_step
def claimed_acts(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                 book: PatternBook) -> list[Candidate]:
    """'The Houthis claimed that they had attacked the airport': the doer's own claim of a
    material conflict act is a claim of responsibility (``claim`` in arguments.yaml: CAMEO
    015, towards the act's target), beside the act itself."""
    from .arguments import argument_rules

    rule = argument_rules()
    out = list(cands)
    made: set[int] = set()
    owned = {c.trigger.i for c in cands if c.code.startswith(rule.claim_code)}
    for cand in cands:
        tok = cand.trigger
        head = tok.head
        if cand.source is None or cand.code[:2] not in rule.claimed_roots or \
                tok.dep_ != "ccomp" or head.lemma_.lower() not in _OWNING or \
                head.i in owned or head.i in made:
            continue
        if (cand.modality or modality(tok, book, light=book.light_verbs)) not in _DONE:
            continue
        speaker = subject(head)
        claimer = finder.at(speaker) if speaker is not None else None
        if not _same_party(claimer, cand.source):
            continue
        made.add(head.i)
        out.append(Candidate(head, rule.claim_code, claimer, cand.target,
                             cand.method + "+claimed", cand.confidence - 0.05, True,
                             modality="asserted",
                             notes=[f"claims its own act {cand.code} ({tok.text})"]))
    return out


#: the aid root (07) and the intent root that states it (033: express intent to provide aid)
_AID_ROOT, _AID_PLEDGE = "07", "033"


@sentence_step
def pledged_aid(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                book: PatternBook) -> list[Candidate]:
    """'Japan pledged to provide $10 million in aid': the pledge (0331, express intent to
    provide economic aid) is CAMEO's whole coding of a promised sum; the aid it promises,
    still to come (``future``), is the same act and not a second event (one event per action,
    source and target). Only a sum: "pledged to send troops" keeps its future act beside the
    statement, as every announced intent does. An aid act already given stays."""
    pledges = {c.trigger.i: c for c in cands if c.code.startswith(_AID_PLEDGE)}
    if not pledges:
        return cands
    out: list[Candidate] = []
    for cand in cands:
        tok = cand.trigger
        pledge = pledges.get(tok.head.i) if tok.dep_ == "xcomp" else None
        if pledge is not None and cand.code.startswith(_AID_ROOT) and _names_sum(tok) and (
                cand.source is None or _same_party(cand.source, pledge.source)) and \
                (cand.modality or modality(tok, book, light=book.light_verbs)) in (
                    "future", "hypothetical"):
            continue
        out.append(cand)
    return out


def _names_sum(tok: Token) -> bool:
    """The aid act's own object is a sum of money ("to provide $20 million")."""
    return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in children_of(tok))
