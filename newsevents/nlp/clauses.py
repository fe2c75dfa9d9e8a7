"""Walking a dependency parse up to its clause: the helpers the attachment rules share.

Times (``times/attach.py``) and places (``places/attach.py``) both ask which clause a word
belongs to, to attach a date or a locative phrase to the event of that clause; they ask it here,
so "the clause of a word" means one thing in both. The actors' coreference and the events'
antecedents both ask which object a pronoun repeats (:func:`repeated_object`); the events'
objects ask which noun a relative pronoun stands for (:func:`relative_antecedent`) and which
object two conjoined verbs share (:func:`shared_objects`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .shared import children_of

#: Parts of speech that head a clause.
VERBS = frozenset({"VERB", "AUX"})
#: Penn tags of the relative pronouns that can be a clause's object or passive subject ("who",
#: "whom", "which", "that"; "whose" is WP$, an owner, not the party itself).
RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: Dependents by which a verb has a complement of its own: it shares none with its conjunct.
OWN_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep", "prt", "attr", "acomp",
                             "oprd", "agent", "auxpass", "nsubjpass"})
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
    return next((c for c in children_of(verb.head) if c.dep_ == "dobj" and c.tag_ == want), None)


def relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for when it is the object or the passive subject of a
    relative clause ("the man *whom* protesters had beaten", "the soldiers, *who* were attacked
    by Taliban fighters", "the activists *that* police had detained"): who the clause's act is
    done to is the noun the clause describes, as a reader takes it. Any other token is itself."""
    verb = token.head
    if token.tag_ not in RELATIVE_TAGS or verb.dep_ != "relcl" or verb.i <= token.i:
        return token
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < token.i else token


def shared_objects(verb: Token) -> list[Token]:
    """The direct objects a verb with no complement of its own shares with the verb conjoined
    right after it ("Police arrested and charged two men": the men were arrested too), as the
    parser hangs the shared object on the second verb only. Only two verbs joined by nothing but
    a coordinator, the second with no subject of its own ("Russia withdrew and Ukraine attacked
    the city" shares nothing), and only an object after both."""
    if verb.pos_ != "VERB" or any(c.dep_ in OWN_COMPLEMENTS for c in children_of(verb)):
        return []
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc":
        return []
    conj = doc[verb.i + 2]
    if conj.dep_ != "conj" or conj.head.i != verb.i or conj.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(conj)):
        return []
    return [c for c in children_of(conj) if c.dep_ == "dobj" and c.i > conj.i]
