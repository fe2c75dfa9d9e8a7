"""Is this name an actor here? Senses the dictionaries cannot settle alone.

A capital is a government only as a participant ("Moscow rejected …", "talks with Moscow"),
never as a place ("flown to Moscow", "the mayor of London") or a team ("Washington beat
Boston 4-2"); an outlet name that is an ordinary word needs outlet context ("told the
Guardian", not "over the Atlantic"); counted people are civilians, not the state; an envoy
"to Ukraine" is not Ukraine's; "its" refers to the nearest state or organisation. Each answer
reads the parse around one token; the word lists come from ``ner.yaml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp.shared import children_of, head_of
from .matching import Match
from .mentions import DocState, Mention


def outlet_context(state: DocState, start: int, end: int) -> bool:
    """Does the text around an ambiguous outlet name show it is the outlet ("told the
    Guardian", "according to Bloomberg", "the Times reported", "the Atlantic magazine")?"""
    doc = state.doc
    vocab = state.vocab
    if any(t.lower_ in vocab.outlet_nouns for t in doc[end : end + 2]):
        return True
    first = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if first >= 2 and doc[first - 2].lower_ == "according" and doc[first - 1].lower_ == "to":
        return True  # "according to Bloomberg", "according to The Guardian"
    last = doc[end - 1]
    gov = head_of(last)
    if last.dep_ == "pobj" and gov.dep_ in ("prep", "agent"):
        gov = head_of(gov)
    return gov.lemma_.lower() in vocab.outlet_verbs and last.dep_ in (
        "nsubj", "dative", "pobj", "dobj")


def part_of_longer_name(doc: Doc, match: Match) -> bool:
    """Is an outlet name only the start of a longer capitalised name ("the Independent
    National Electoral Commission", "The Hill Country Council")?"""
    if match.end >= len(doc):
        return False
    nxt = doc[match.end]
    return (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_iob_ == "I"
            and doc[match.end - 1].ent_iob_ in ("B", "I"))


def ends_longer_name(doc: Doc, match: Match) -> bool:
    """Is an ambiguous one-word outlet name ("Times", "Star") only the end of a longer
    capitalised name ("the Hindustan Times", "Asia Times", "the Irish Times")? A capitalised
    modifier of it, right before it, makes another outlet than the one the bare word means."""
    first = doc[match.start]
    if first.lower_ == "the" or match.start == 0:
        return False
    prev = doc[match.start - 1]
    return (prev.text[:1].isupper() and prev.is_alpha and prev.dep_ in ("compound", "amod")
            and match.start <= head_of(prev).i < match.end)


def part_of_person_name(state: DocState, match: Match) -> bool:
    """Is an outlet name the end of a person's name ("Mayor Don Guardian", "Senator Kelly
    Fox") or a name right after a title ("Councillor Fox")? Then it is the person, not the
    outlet."""
    doc = state.doc
    first = doc[match.start]
    if first.lower_ == "the" or match.start == 0:
        return False
    if first.ent_type_ == "PERSON" and first.ent_iob_ == "I":
        return True
    prev = doc[match.start - 1]
    return (prev.text[:1].isupper() and prev.lower_ in state.vocab.titles
            and prev.dep_ == "compound" and match.start <= head_of(prev).i < match.end)


#: Roles in which a capital acts (is a government), and the prepositions whose object acts
#: ("talks with Moscow", "sanctions against Beijing", "pressure on Kyiv", "by Washington");
#: as the object of any other preposition ("in", "to", "from", "of") or in apposition it is a
#: place: "flown to Moscow", "mayor of London", "the country's capital, Tunis".
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "ROOT"})
_ACTING_PREPS = frozenset({"by", "with", "against", "between", "on", "toward", "towards",
                           "over", "than", "and"})


def acts(token: Token, motion_verbs: frozenset[str]) -> bool:
    """Is this capital a participant (subject, object, "with/against/by" object, recipient of
    "to" after a verb that is not of motion), not a place?"""
    while token.dep_ == "conj" and head_of(token).i != token.i:
        token = head_of(token)
    if token.dep_ in _ACTING_DEPS:
        return True
    if token.dep_ == "poss":  # "Moscow's objections", not "London's Hyde Park"
        return head_of(token).pos_ != "PROPN"
    if token.dep_ == "pobj":
        prep = head_of(token)
        if prep.lower_ == "to":
            gov = head_of(prep)
            return gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() not in motion_verbs
        return prep.lower_ in _ACTING_PREPS
    return False


_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


def not_political(state: DocState, token: Token) -> bool:
    """A city name that acts in a sports or other non-political sense: the subject or object of
    a sports verb, or in a sentence with a score ("4-2")."""
    verb = head_of(token)
    while verb.dep_ in ("conj", "appos", "compound") and head_of(verb).i != verb.i:
        verb = head_of(verb)
    if token.dep_ in ("nsubj", "dobj", "nsubjpass", "conj", "pobj") and \
            verb.lemma_.lower() in state.vocab.sports_verbs:
        return True
    sent = state.sent_of(token.i)
    return any(_SCORE.match(t.text) for t in sent) or any(
        t.lower_ in state.vocab.sports_nouns for t in sent)


_QUANTITY = frozenset({"thousands", "hundreds", "dozens", "millions", "tens", "scores",
                       "many", "some", "several", "few", "most", "number", "group", "crowd",
                       "crowds", "majority"})


def counted(token: Token) -> bool:
    """"two Americans", "thousands of Serbians", "many Poles": counted people."""
    if any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in _QUANTITY)
           for c in children_of(token)):
        return True
    if token.dep_ == "pobj" and head_of(token).lower_ == "of":
        owner = head_of(head_of(token))
        return owner.lower_ in _QUANTITY or owner.pos_ == "NUM" or owner.like_num
    return False


#: Prepositions after a posting title that name where the official is sent, not whose
#: official they are ("U.S. special envoy to Ukraine", "the ambassador in Kyiv").
_POSTED = frozenset({"to", "in"})
#: Titles whose "to/in" phrase is a posting (titles.yaml "posted"); "adviser to Duda" is not.
POSTED_TITLES = frozenset({"envoy", "ambassador", "representative", "emissary", "consul",
                            "delegate", "delegation", "mission", "attaché", "attache",
                            "ambassadors", "envoys", "diplomat", "diplomats"})


def destination(tok: Token) -> bool:
    """Is this country word the destination of a posting ("envoy to Ukraine")?"""
    head = tok
    while head.dep_ in ("compound", "amod", "det", "poss") and head_of(head).i != head.i:
        head = head_of(head)
    return (head.dep_ == "pobj" and head_of(head).lower_ in _POSTED
            and head_of(head_of(head)).lower_ in POSTED_TITLES)


def its_antecedent(state: DocState, tok: Token) -> Mention | None:
    """The state or organisation "its" refers to: the nearest earlier one in this or the
    previous sentence ("The Nigerian Senate passed the bill. Its president …")."""
    here = state.sent_index[tok.i]
    best = None
    for m in state.mentions:
        if (m.start < tok.i and m.kind in ("state", "organisation") and m.country
                and here - state.sent_index[m.head] <= 1
                and (best is None or m.start > best.start)):
            best = m
    return best


def private_person(span: Span, locative: frozenset[str]) -> bool:
    """Is this untitled name a person for sure (PERSON to the model, not "in Kyiv")?"""
    root = span.root
    if (root.dep_ == "pobj" and head_of(root).lower_ == "to"
            and head_of(head_of(root)).lower_ == "according"):
        return all(t.ent_type_ == "PERSON" for t in span)  # "according to John Smith"
    return (all(t.ent_type_ == "PERSON" for t in span)
            and not (root.dep_ == "pobj" and head_of(root).lower_ in locative | {"to", "from"}))
