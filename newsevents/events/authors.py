"""The author of a text that speaks: "the committee issued a report that calls on the
government …", "a UNSC resolution demands …", "a statement from the ministry condemned …".

A text is never an actor of its own (``arguments.yaml`` lists reports and documents among the
``not_actors``), so an event whose grammatical subject is a text used to be dropped for want of a
source. CAMEO codes a statement as its maker's (Schrodt 2012, CAMEO 1.1b3): the source is the
coded actor the text belongs to — its owner or compound ("the ministry's statement", "a UNSC
resolution"), its by/from/of phrase, or the subject of the verb that issued it. Data in
``authors.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor
from .actor_finder import political
from .patterns import _load, _words
from .syntax import subject

if TYPE_CHECKING:
    from .actor_finder import ActorFinder

_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


@dataclass(frozen=True, slots=True)
class AuthorRules:
    nouns: frozenset[str]
    author_preps: frozenset[str]
    issuing_verbs: frozenset[str]


@lru_cache(maxsize=1)
def author_rules() -> AuthorRules:
    """``authors.yaml``, loaded once per process."""
    raw = _load("authors.yaml")
    return AuthorRules(nouns=_words(raw["nouns"]), author_preps=_words(raw["author_preps"]),
                       issuing_verbs=_words(raw["issuing_verbs"]))


def _coded(finder: ActorFinder, tok: Token) -> Actor | None:
    actor = finder.at(tok, pronoun_fallback=False)
    return actor if political(actor) else None


def text_author(text: Token, finder: ActorFinder) -> Actor | None:
    """The coded actor who issued the text ``text`` names, or ``None`` when ``text`` is no text
    noun or its author is not a coded actor. The actor is returned with a note of the text in
    its resolution reason (its mention and span stay the author's)."""
    rules = author_rules()
    if text.pos_ not in ("NOUN", "PROPN") or text.lemma_.lower() not in rules.nouns:
        return None
    found: Actor | None = None
    for child in children_of(text):  # "the ministry's statement", "a UNSC resolution"
        if child.dep_ in _OWNER_DEPS and (found := _coded(finder, child)) is not None:
            break
    if found is None:
        for prep in children_of(text):  # "a statement from the ministry"
            if prep.dep_ == "prep" and prep.lower_ in rules.author_preps:
                found = next((a for g in children_of(prep) if g.dep_ == "pobj"
                              if (a := _coded(finder, g)) is not None), None)
                if found is not None:
                    break
    head = text.head
    if found is None and text.dep_ == "dobj" and head.pos_ == "VERB" and \
            head.lemma_.lower() in rules.issuing_verbs:
        # "the committee issued a report that …"
        issuer = subject(head)
        found = _coded(finder, issuer) if issuer is not None else None
    if found is None:
        return None
    reason = f"author of the {text.lower_} '{text.text}' that is the event's subject"
    return replace(found, resolution=replace(
        found.resolution, reason=f"{found.resolution.reason}; {reason}".lstrip("; ")))
