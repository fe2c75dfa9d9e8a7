"""Walking a dependency parse up to its clause: the helpers the attachment rules share.

Times (``times/attach.py``) and places (``places/attach.py``) both ask which clause a word
belongs to, to attach a date or a locative phrase to the event of that clause; they ask it here,
so "the clause of a word" means one thing in both. The actors' coreference and the events'
antecedents both ask which object a pronoun repeats (:func:`repeated_object`).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Parts of speech that head a clause.
VERBS = frozenset({"VERB", "AUX"})
#: The most head steps a walk up the tree takes (a parse loop or a very deep tree ends it).
MAX_UP = 12


def clause_verb(token: Token) -> Token | None:
    """The first verb at or above ``token``."""
    for _ in range(MAX_UP):
        if token.pos_ in VERBS:
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def repeated_object(pronoun: Token) -> Token | None:
    """The object a pronoun repeats when it is the object of the second of two conjoined verbs
    whose first has an object of the same number ("obtained the messages … and released them",
    "seized a rifle and destroyed it"): only that object, or a party it names, can be its
    antecedent."""
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in ("them", "it"):
        return None
    verb = pronoun.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    want = "NNS" if pronoun.lower_ == "them" else "NN"
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ == want), None)
