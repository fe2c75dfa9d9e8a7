"""Walking a dependency parse up to its clause: the helpers the attachment rules share.

Times (``times/attach.py``) and places (``places/attach.py``) both ask which clause a word
belongs to, to attach a date or a locative phrase to the event of that clause; they ask it here,
so "the clause of a word" means one thing in both.
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
