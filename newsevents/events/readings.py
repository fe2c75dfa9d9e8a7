"""Readings of an event from its participants and its page, not from its trigger's words.

A trigger's sense (senses.yaml's rules) is not enough: "refuse", "war", "criticize" are used
in their political sense on pages where nobody political acts. These checks ask who takes part
and to whom the text speaks: rules told to the reader of a service page, private affairs
with no political participant, and fighting with no force in it. They are called by
:func:`newsevents.events.senses.judge` with the compiled data of ``senses.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..nlp.shared import children_of
from ..records import Actor
from .arguments import uncoded_speaker
from .kinds import head_token, noun_kinds

if TYPE_CHECKING:
    from .candidate import Candidate

_OPEN_QUOTES = frozenset({"“", "‘", "«"})
_CLOSE_QUOTES = frozenset({"”", "’", "»"})
_SPECIFIC = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _addresses_reader(sent: Span, pronouns: frozenset[str]) -> bool:
    """The sentence speaks to its reader ("you may", "your pram") outside any quotation."""
    quoted = False
    for t in sent:
        if t.text == '"' or t.text == "''" or t.text == "``":
            quoted = not quoted
        elif t.text in _OPEN_QUOTES:
            quoted = True
        elif t.text in _CLOSE_QUOTES and t.dep_ != "case":
            quoted = False
        elif not quoted and t.lower_ in pronouns:
            return True
    return False


def _specific(actor: Actor | None, doc: Doc) -> bool:
    """A participant the text names (a person, a state, an organisation), not a role."""
    if actor is None or actor.end <= actor.start:
        return False
    head = head_token(actor, doc)
    return head is not None and (head.pos_ == "PROPN" or head.ent_type_ in _SPECIFIC)


def generic_advice(cand: Candidate, codes: tuple[str, ...], pronouns: frozenset[str]) -> bool:
    """Rules of a service page or advice told to the reader: "the driver has the right to
    refuse travel if your pram exceeds …", "you may be arrested if …". Nobody in particular
    acted; only a named participant or a past act makes it a report."""
    if not pronouns or not cand.code.startswith(codes):
        return False
    tok = cand.trigger
    if tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                for c in children_of(tok)):
        return False  # a past act told in passing to the reader ("as you may have read")
    if _specific(cand.source, tok.doc) or _specific(cand.target, tok.doc):
        return False
    return _addresses_reader(cand.trigger.sent, pronouns)


def private_affair(cand: Candidate, codes: tuple[str, ...], sectors: frozenset[str],
                   methods: frozenset[str]) -> bool:
    """Neither participant is political: each is absent, uncoded (a celebrity, "the job
    offer") or a private role, not named, whose country the article lent it ("the man",
    "researchers", "the people" → USACVL only because the page is about the US). "Dion
    criticized the people", "the man turned down the job offer" are private life, not
    CAMEO's interactions of political actors."""
    if not codes or not cand.code.startswith(codes):
        return False
    doc = cand.trigger.doc
    for actor in (cand.source, cand.target):
        if actor is None or (actor.code is None and actor.sector is None):
            continue
        if (actor.sector in sectors and actor.resolution.method in methods
                and not _specific(actor, doc)):
            continue
        return False
    return True


def among_private_parties(cand: Candidate, codes: tuple[str, ...], sectors: frozenset[str],
                          named_codes: tuple[str, ...] = (),
                          state_words: frozenset[str] = frozenset()) -> bool:
    """Cooperation, talk and inquiry with no political party in it: every participant is
    absent, uncoded, an organisation of a private sector (``sectors``: companies, media,
    schools, hospitals), named or not, or a person or group of such a sector whom the text
    does not name. "Boeing is collaborating with NASA on spacecraft", "she met her husband
    while studying at MIT", "the employees were concerned", "Ford started its own
    investigation" are business, private life and interviews: CAMEO's statements,
    consultations, cooperation and inquiries are interactions of political actors. A state, a
    government body, a party, an armed group, an NGO or an IGO on either side keeps the event
    ("Ford is cooperating with the government"). A named person keeps it too — the actors
    stage codes a governor or a commissioner it does not know as a citizen ("Gov. Murphy
    declined to comment") — except for the codes of ``named_codes`` (meetings and
    cooperation: "the actress talked with her co-star", "the candidate spoke with
    Wikinews"), where a citizen's name does not make a private meeting political. A word of
    the state among the trigger's words (``state_words``: "the bank's optimism about the
    reforms taken by the Egyptian government") keeps it: the act is about the state even
    where the coder's slots found no participant there."""
    if not codes or not cand.code.startswith(codes) or uncoded_speaker(cand):
        return False  # "a virus expert says he is pessimistic" (arguments.uncoded_speaker)
    if state_words and any(t.lemma_.lower() in state_words or t.lower_ in state_words
                           for t in cand.trigger.subtree):
        return False
    doc = cand.trigger.doc
    named_private = bool(named_codes) and cand.code.startswith(named_codes)
    for actor in (cand.source, cand.target):
        if actor is None or (actor.code is None and actor.sector is None):
            continue
        if actor.sector is not None and actor.sector in sectors and (
                named_private or actor.kind == "organisation" or not _specific(actor, doc)):
            continue
        return False
    return True


_ADDRESSEES = frozenset({"person", "group"})


def _thing_asked(obj: Token, questions: frozenset[str]) -> bool:
    """A common-noun object whose commonest sense is no person or group is what is asked for
    ("asking help from the army", "asked permission"), except a question itself ("asked a
    question")."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in questions:
        return False
    kinds = noun_kinds().get(obj.lemma_.lower())
    return kinds is not None and bool(kinds) and kinds[0] not in _ADDRESSEES


def _requests(verb: Token, preps: frozenset[str], marks: frozenset[str],
              questions: frozenset[str]) -> bool:
    """The asking verb asks for something: an act ("asked the UN to send troops": xcomp, or a
    clause with "to" or "that"), or a thing ("asked the US for aid", "asking help")."""
    for child in children_of(verb):
        if child.dep_ == "xcomp":
            return True
        if child.dep_ == "prep" and child.lower_ in preps:
            return True
        if child.dep_ == "dobj" and _thing_asked(child, questions):
            return True
        if child.dep_ == "ccomp" and any(
                (g.dep_ == "mark" and g.lower_ in marks) or (g.dep_ == "aux" and g.lower_ == "to")
                for g in children_of(child)):
            return True
    return False


def question_not_request(cand: Candidate, codes: tuple[str, ...], lemmas: frozenset[str],
                         preps: frozenset[str], marks: frozenset[str],
                         questions: frozenset[str] = frozenset()) -> bool:
    """"Asked about sustainability, the company noted …", "when asked at conventions",
    "was asked whether the talks would continue": a question put to someone is no appeal
    (CAMEO 02 asks for an act or a thing). Only an asking verb with nothing asked for is
    read as a question."""
    if not codes or not cand.code.startswith(codes):
        return False
    tok = cand.trigger
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lemmas:
        return False
    return not _requests(tok, preps, marks, questions)


def force_without_force(cand: Candidate, codes: tuple[str, ...], sectors: frozenset[str],
                        force_words: int) -> bool:
    """Fighting with nobody armed and no weapon or wound in the sentence: "the first big
    battle between Trump and Pelosi", "officials grappled to respond", "girls who push back
    on what their societies expect". CAMEO 19-20 are acts of armed force; their words are
    also the commonest metaphors of contest. A participant of an armed sector (army, police,
    rebels, gunmen), a state (a code with no sector: "Turkey attacked Syria") or one word of
    force besides the trigger ("troops", "shelling", "killed", "gun"; ``force_words`` counts
    them) keeps the event."""
    if not codes or not cand.code.startswith(codes):
        return False
    for actor in (cand.source, cand.target):
        if actor is None:
            continue
        if actor.sector in sectors or (actor.code is not None and actor.sector is None):
            return False
    return force_words == 0
