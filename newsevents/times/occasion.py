"""Which clause's occasion an event shares: the syntactic tests :mod:`newsevents.times.attach`
asks before it hands a time from one clause (or noun) to another event.

Kept apart from ``attach.py`` (at the size limit) and free of state: each test reads only the
parse around one token, so each can be tested on an invented sentence.

- :func:`requested_object`: an act named as the object of a past request ("demanded on Monday
  the release of the prisoners", "called on Tuesday for an inquiry", "asked for Bolton's
  resignation Monday night"). Like the infinitive of ``attach._intended`` ("urged Iran on Monday
  to free …") it has not happened on the asking day, so it takes no date from the request
  (a time of its own phrase still dates it: "called for elections in June").
- :func:`before_phrase`: a time inside a phrase that places another event before the clause
  ("After an honorary discharge in 2006, he was given a general discharge in 2007") is that
  earlier event's, so it yields to any other time of the clause.
- :func:`means_clause`: a gerund of means ("killed his sister by strangling her in 2016")
  tells how the act above it was done: one occasion, so its time dates that act too.
- :func:`trailing_time`: a bare time noun phrase written after an object noun ("asked for
  Bolton's resignation Monday night") that the parser hung on that noun modifies the verb:
  English puts a noun's own time before it ("Monday's resignation", "the 2016 election").
- :func:`coordinated_owner`: the noun of a coordinated premodifier ("the 2008 and 2012
  campaigns": "2012" is a conjunct of "2008", which modifies "campaigns").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.clauses import VERBS
from ..nlp.shared import children_of

__all__ = ["before_phrase", "coordinated_owner", "means_clause", "requested_object",
           "trailing_time"]

#: Words that place a nominal event or clause before the clause it hangs on.
_BEFORE_WORDS = frozenset({"after", "following", "since", "before", "until", "till", "post"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Premodifier dependencies a time takes inside a noun phrase (as in ``attach._PREMODIFIERS``).
_PREMODIFIERS = frozenset({"compound", "nummod", "amod", "poss", "nmod", "npadvmod", "quantmod"})
#: Prepositions that introduce what a request asks for ("called for", "pressed for").
_ASKED_PREPS = frozenset({"for"})


def _past_active(verb: Token) -> bool:
    """A past, active verb ("demanded", "has called"), as ``attach._intended`` asks of its
    governor: a present request ("calls for talks on Monday") may give the act its own day."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))


def requested_object(trigger: Token) -> bool:
    """Is the nominal event ``trigger`` what a past request asks for (module docstring)? Its
    object ("demanded the release of …", for the ``asked_object_verbs`` of rules.yaml) or the
    object of its "for" ("called for an inquiry"), or a conjunct of either ("the release of X
    and the return of Y")."""
    if trigger.pos_ not in _NOUNS:
        return False
    token = trigger
    for _ in range(3):
        if token.dep_ != "conj":
            break
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _ASKED_PREPS:
        verb = head.head
        if verb.pos_ not in VERBS or not _past_active(verb):
            return False
        from ..events.modal_governors import phrasal_lemma
        from ..events.patterns import pattern_book

        asking = pattern_book().modality["requested_governors"]
        return phrasal_lemma(verb) in asking or verb.lemma_.lower() in asking
    if token.dep_ != "dobj" or head.pos_ not in VERBS or not _past_active(head):
        return False
    from .rules import rules

    return head.lemma_.lower() in rules().asked_object_verbs


def before_phrase(path: list[Token], verb: Token | None) -> bool:
    """Does the walk from a time up to its clause verb pass through a phrase that places
    another event before the clause ("After an honorary discharge in 2006, …")?"""
    return any(t.lower_ in _BEFORE_WORDS and t.dep_ in ("prep", "mark", "advmod")
               and (verb is None or t.i != verb.i) for t in path)


def means_clause(verb: Token) -> Token | None:
    """The act a gerund of means completes: "killing … by strangling her in 2016" →
    "killing"; ``None`` for any other clause."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "by" or prep == verb:
        return None
    act = prep.head
    return act if act.pos_ in VERBS and act != prep else None


def trailing_time(root: Token, inside: set[int]) -> bool:
    """A bare time noun phrase after the noun the parser hung it on ("asked for Bolton's
    resignation Monday night"), not written inside that noun's phrase."""
    return (root.dep_ == "npadvmod" and root.head.pos_ in _NOUNS and root.head.i < root.i
            and root.head.i not in inside and root.head.dep_ in ("dobj", "pobj"))


def coordinated_owner(root: Token, inside: set[int]) -> Token | None:
    """The noun a coordinated premodifier belongs to ("the 2008 and 2012 campaigns")."""
    first = root.head
    if root.dep_ != "conj" or first.i in inside or first.dep_ not in _PREMODIFIERS:
        return None
    noun = first.head
    return noun if noun.pos_ in _NOUNS and noun.i > root.i else None
