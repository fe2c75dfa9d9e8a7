"""Modality of an event: did it happen, or was it denied, hoped, asked for, planned, hedged?

Cues are read where the parse puts them, never by searching the sentence for keywords:

1. the trigger's own clause — ``neg`` children and negative adverbs, modal and future
   auxiliaries, an inverted "should/had/were" (conditional), ``mark`` subordinators (if, unless,
   whether), evidential adverbs (reportedly), and for event nouns their modifiers (upcoming,
   alleged, possible) and determiner "no";
2. the predicates that govern it, walking up through complement links only (xcomp, ccomp,
   pcomp/prep, conj without its own subject, acl, object-of-light-verb): a requesting governor
   ("urged X to …") makes it ``requested``, a planning or committing one ``future``, a refusing
   one ``negated``, a hedging one or "it is unlikely that …" ``hypothetical``, "is said to" /
   "allegedly" ``reported_unverified``, "contingent on …" ``conditional``.

The walk stops at relative and adverbial clause boundaries ("did not hesitate when they were
relocating …" leaves the relocating asserted) and at reporting verbs, which are transparent.

This module is the walk (step 2) and the modality it returns; step 1 is
:mod:`.own_modality`, and what each governor means is :mod:`.modal_governors`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ..dates import timex_period
from ..nlp.shared import children_of, head_of
from ..records import TimeExpr
from .clause_cues import (
    SUBJ,
    condition_noun,
    earlier_gerund,
    set_off,
    unconfirmed_evidence,
)
from .modal_governors import (
    _anonymous_speaker,
    _bare_infinitive,
    _governing,
    _governor_class,
    _hedged_adverb,
    _hypothetical_frame,
    _noun_frame,
    _prep_governor,
    _reported_would,
    _request_noun,
    _sentence_evidential,
    _subjunctive,
    occurrence_verb,
)
from .own_modality import ASSERTED, _strongest, conditional_consequent, own_cues
from .patterns import PatternBook


def background_adjunct(noun: Token, m: dict[str, frozenset[str]]) -> bool:
    """Is ``noun`` the object of a temporal/causal adjunct of a verb ("sent condolences
    following the assault", "imposed sanctions in response to the invasion")? Such an event
    happened before the clause: the clause's verb, as a light verb, does not name its doer
    (``background_preps``, ``background_nouns``; used by the coder's light-verb test)."""
    if noun.dep_ not in ("pobj", "dobj") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = head_of(noun)
    if prep == noun:
        return False
    gov = head_of(prep)
    if prep.lower_ in m.get("background_preps", frozenset()):
        # the parser also hangs "following" on a verb as a participle clause (advcl, xcomp)
        return prep.dep_ in ("prep", "advcl", "xcomp") and gov.pos_ in ("VERB", "AUX")
    if prep.dep_ != "prep":
        return False
    # "in response to X", "in the wake of X": the frame noun is the adjunct's object
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for", "of"):
        return False
    if gov.lemma_.lower() not in m.get("background_nouns", frozenset()) or gov.dep_ != "pobj":
        return False
    outer = head_of(gov)
    return outer.dep_ == "prep" and outer.lower_ in ("in", "after") and \
        head_of(outer).pos_ in ("VERB", "AUX")


def modality(tok: Token, book: PatternBook, *, light: frozenset[str] = frozenset()) -> str:
    """The modality of the event whose trigger is ``tok``.

    The trigger's own cues decide when they negate or condition it; a weaker own cue (will,
    would, must) still lets a stronger governor win ("it is unlikely that Poland will send …"
    is hypothetical, not future).
    """
    own = own_cues(tok, book)
    if own in ("conditional", "negated"):
        return own
    if own == "hypothetical" and open_question(tok, book.modality):
        return own  # "declined to comment on whether it would expel …": the question is open
    if own == "hypothetical" and _reported_would(tok, book) and not _hedged_adverb(tok, book):
        # "stated he would leave if the Senate voted against him"
        own = "conditional" if conditional_consequent(tok, book) else "future"
        if own == "conditional":
            return own
    governed = _governed(tok, book, light, own)
    if own is None or own == "reported_unverified":
        return governed
    if governed in (ASSERTED, "reported_unverified"):
        return own
    return _strongest([own, governed]) or own


def open_question(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """The trigger's clause is an indirect question ("whether it would expel …"): what the
    verbs above it refuse, deny or ask bears on the answer, not on the act, so the act stays
    only possible (the guide's ``hypothetical``) however its governors are framed."""
    return any(c.dep_ == "mark" and c.lower_ in m["hypothetical_marks"] for c in children_of(tok))


def _governed(tok: Token, book: PatternBook, light: frozenset[str], own: str | None) -> str:
    m = book.modality
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and head_of(tok) != tok:
        # "may be willing to assist": the copula carries the clause's cues
        return modality(head_of(tok), book, light=light)
    hedged = own == "reported_unverified"
    cur = tok
    below = tok  # the token the walk came up from
    for _ in range(10):
        head = head_of(cur)
        dep = cur.dep_
        if head == cur:
            break
        cls: str | None = None
        if dep == "xcomp":
            cls = _governing(head, book)
            if cls == "requested" and head.lemma_.lower() in m["wishing_verbs"] and not any(
                    c.dep_ in ("dobj", "dative") for c in children_of(head)):
                cls = "hypothetical"  # "Sudan wants to meet Chad": a wish, not a request
            if head.lemma_.lower() in ("be", "have", "remain") and any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(head)):
                cls = "negated"  # "Russia has yet to withdraw", "is yet to"
            if cls is None and head.lemma_.lower() == "be" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)):
                cls = "future"  # "May is to step down today"
        elif dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)):
            # a purpose clause shares its head's modal cues, not the head verb's meaning
            # ("blocked roads to protest": the protest is not blocked) — unless the parser
            # hung a request noun's complement on the verb ("rejected calls to release")
            prev = cur.doc[cur.i - 2] if cur.i >= 2 else None
            has_object = any(c.dep_ == "dobj" for c in children_of(head))
            if prev is not None and head_of(prev) == head and prev.dep_ == "dobj" and \
                    _request_noun(prev, m):
                cls = "requested"
            elif cur.i > head.i and (not has_object or
                                     head.lemma_.lower() in m["requested_governors"]):
                # "threatened on Monday to impose …": the parser makes a control complement
                # an adverbial clause when a phrase comes between ("blocked roads to
                # protest", with its own object, stays a purpose clause)
                cls = _governing(head, book)
            else:
                cls = own_cues(head, book)
        elif dep == "advcl" and cur.tag_ == "VBG" and cur.i > head.i and not any(
                c.dep_ == "mark" or c.dep_ in SUBJ for c in children_of(cur)) and not (
                set_off(cur, head)):
            # "ruled out sending troops": the parser makes a gerund complement an adverbial
            # clause; it is governed only by a governing verb ("killed two, sending …" is not)
            cls = _governor_class(head, book) and _governing(head, book)
            if cls is None:
                break
        elif dep == "ccomp":
            if head.lower_ in m["conditional_heads"]:
                return "conditional"  # "provided that Moscow withdraws"
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)) or \
                    head.lemma_.lower() in m["permissive_governors"] or _bare_infinitive(cur):
                # "would allow the government to detain", "told Iran to release", "did not let
                # the monitors enter": an infinitive (or bare) complement with its own subject is
                # controlled like an xcomp — it shares the governor's cues and meaning, and the
                # walk goes on up ("refused to allow inspectors to visit")
                cls = own_cues(head, book) or _governor_class(head, book)
            elif _hypothetical_frame(head, book):
                cls = "hypothetical"
            elif unconfirmed_evidence(head, m):
                return "reported_unverified"  # "unverified videos appear to show X shelling …"
            elif head.lemma_.lower() in m["requested_governors"] and _subjunctive(cur):
                cls = "requested"  # "insisted that Washington lift the sanctions"
            elif head.lemma_.lower() in m["reporting_verbs"]:
                cls = None if head.lemma_.lower() not in ("claim",) else "reported_unverified"
                if cls is None and _anonymous_speaker(head, m):
                    cls = "reported_unverified"  # "its source said three were killed"
                if cls is None:
                    break
            else:
                gov = _governor_class(head, book)
                cls = gov if gov in ("hypothetical", "negated", "reported_unverified",
                                     "requested") else None
                if cls is None:
                    break
        elif dep in ("pcomp", "pobj", "prep"):
            if dep == "prep" and earlier_gerund(cur, below, m):
                break  # "threatened to shell X after accusing it": the accusation was made
            if head.lemma_.lower() in m["conditional_heads"] or \
                    head.lower_ in m["conditional_heads"]:
                return "conditional"  # "contingent on …", "provided that Peru withdrew"
            if dep == "prep" and cur.lower_ in ("of", "for") and head.lemma_.lower() in m.get(
                    "accusing_governors", frozenset()):
                hedged = True  # "accused X of attacking …": alleged
            if dep == "pobj" and head_of(head).lemma_.lower() in m["conditional_heads"]:
                return "conditional"
            if dep == "pobj" and condition_noun(head_of(head), m):
                return "conditional"  # "in the event of an attack"
            if dep in ("pcomp", "pobj") and head.dep_ == "prep":
                cls = _prep_governor(head, m)
            if dep == "prep" and cur.lower_ in ("of", "for", "to") and (
                    below == tok or below.pos_ in ("VERB", "AUX")):  # not "… for the leader on
                # the charge of …": the frame holds the act itself, not another noun's phrase
                # "plans for talks", "the threat of sanctions"; the noun's own negation first
                # ("had no intention of attacking")
                own_noun = own_cues(head, book)
                cls = own_noun if own_noun == "negated" else _noun_frame(head, m)
            if dep == "prep" and cur.lower_ in m["topic_preps"] and \
                    head.pos_ in ("NOUN", "PROPN") and _noun_frame(head, m) is None:
                break  # "called off their protest against the killing": what a protest or
                # an outcry is against happened; the verbs above govern the protest
            if cls is None:
                cls = own_cues(head, book) if dep != "pobj" else None
        elif dep == "conj":
            if any(c.dep_ in SUBJ for c in children_of(cur)):
                if _sentence_evidential(head, m):
                    hedged = True  # "Reportedly, two were killed and eight were injured"
                break
            cls = own_cues(head, book)
            if cls == "negated":
                cls = None  # "did not X but Y-ed": negation is not shared by a conjunct
        elif dep in ("dobj", "nsubjpass", "attr", "oprd", "appos", "compound"):
            if tok.pos_ not in ("NOUN", "PROPN") and cur == tok:
                break
            gov = head.lemma_.lower()
            if gov in light or dep in ("appos", "compound"):
                cls = own_cues(head, book)
            elif gov in m["ending_governors"] and tok.pos_ in ("NOUN", "PROPN"):
                break  # "halted the incursion", "was unable to stop the attack": under way
            else:
                cls = _governing(head, book)
        elif dep in ("acl", "relcl") and condition_noun(head, m) and not any(
                c.dep_ in SUBJ | {"dobj"} and c.lower_ in ("which", "that", "who")
                for c in children_of(cur)):
            return "conditional"  # "on condition that …", "in the event that …"
        elif dep == "acl":
            noun = head.lemma_.lower()
            if noun in m["unverified_nouns"]:
                if head.dep_ == "dobj" and _governor_class(head_of(head), book) == "negated":
                    return "negated"  # "denied charges that it attacked …": denied (the guide)
                cls = "reported_unverified"
                hedged = True
                break
            if noun in m["hypothetical_nouns"]:
                return "hypothetical"
            if _request_noun(head, m):
                return "requested"  # "calls for Iran to release …", "the demand that …"
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)) and (
                    frame := _noun_frame(head, m)) is not None:
                # "plans to visit", "a pledge to send", "its refusal to meet"; the noun's own
                # negation first ("has no plans to invade": not planned, so not done)
                return "negated" if own_cues(head, book) == "negated" else frame
            cls = own_cues(head, book)
            if cls is None and any(c.dep_ == "mark" and c.lower_ == "that"
                                   for c in children_of(cur)):
                break  # "cannot change the fact that …": a noun's content clause is not
                # governed by the verb that governs the noun
        elif dep == "nsubj" and cur == tok and tok.pos_ in ("NOUN", "PROPN") and \
                occurrence_verb(head, m):
            # "talks may take place in May", "the summit will begin on Friday": a verb of
            # occurrence only says the noun's act happens; its modals and governors are the act's
            said = modality(head, book, light=light)
            return "reported_unverified" if hedged and said == ASSERTED else said
        elif dep in ("relcl", "advcl", "parataxis", "ROOT", "nsubj"):
            break
        else:
            break
        if cls is not None and cls != "reported_unverified":
            return cls
        if cls == "reported_unverified":
            hedged = True
        below, cur = cur, head
    return "reported_unverified" if hedged else ASSERTED


def hedged(tok: Token, book: PatternBook) -> bool:
    """'apparently', 'evidently' on the trigger's clause (or its light verb): lower confidence."""
    words = book.modality.get("hedging_adverbs", frozenset())
    for holder in (tok, head_of(tok), head_of(head_of(tok))):
        if any(c.dep_ == "advmod" and c.lower_ in words for c in children_of(holder)):
            return True
        if holder.pos_ in ("VERB", "AUX") and holder != tok:
            break
    return False


def dated_future(mod: str, tok: Token, date: TimeExpr | None, published: dt.date | None) -> str:
    """'Next week's summit', 'Biden visits Beijing on Friday' (in Wednesday's paper): an act the
    text dates after publication has not happened yet — ``future``, when no cue said otherwise
    and the trigger is no past form ("met on Friday" with a misread Friday stays asserted)."""
    if mod != ASSERTED or date is None or published is None or not date.text:
        return mod
    if date.type == "publication" or tok.tag_ in ("VBD", "VBN"):
        return mod
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in children_of(tok)):
        return mod  # "was held on …", "had agreed …"
    period = timex_period(date.value)
    return "future" if period is not None and period.first > published else mod
