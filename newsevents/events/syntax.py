"""Reading a trigger's participants off spaCy's dependency parse.

The coder asks three questions of the parse: who is the subject of this predicate (through
control, coordination, relative clauses and passives), which tokens are its arguments (to check
a pattern's object constraints and to find a topic), and which token fills a named target slot
("dobj", "dative", "poss" or a preposition). Actor lookup is by character offsets over the
actors stage's mentions, so this module never re-parses anything.

This module answers the first two (subjects, objects, passives, verbal nouns); the actor a
token names is :mod:`.actor_finder`'s, the tokens of a named slot :mod:`.slots`'.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..nlp.clauses import relative_antecedent
from ..nlp.shared import (
    children_of,
    deps_of,
    head_of,
    lowers_of,
    per_token,
)
from .argument_rules import argument_rules
from .intent_owner import infinitive_owner
from .misplaced import stranded_agent
from .modal_governors import controlling_verb, phrasal_lemma
from .patterns import pattern_book

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
ARG_DEPS = frozenset(
    {"dobj", "dative", "xcomp", "ccomp", "prep", "prt", "attr", "oprd", "acomp", "agent",
     "pobj", "pcomp", "compound", "amod", "nsubjpass", "advcl", "conj", "acl", "npadvmod",
     "advmod", "poss", "nmod", "det", "neg"}
)


@per_token("passive")
def is_passive(verb: Token) -> bool:
    """Passive voice, including reduced passives ("if attacked by Israel") and participles
    completing a passive ("twenty people were reported killed", "have been confirmed killed":
    the people are the ones killed, not the killers).

    Kept per token of the Doc: the coder asks it of the same verbs for every pattern and slot.
    """
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        return True
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in children_of(verb)):
        return True
    head = head_of(verb)
    if any(c.dep_ == "aux" and c.lower_ in ("to", "have") for c in children_of(verb)):
        return False  # "is believed to have supplied": a perfect infinitive is active
    if verb.dep_ == "advcl" and head != verb and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "aux", "dobj", "expl") for c in children_of(verb)):
        # a bare past participle adjoined to a clause is a reduced passive: in "X appeared in
        # court, charged with murder" (or "…, when questioned by police") X is the one charged
        return True
    if verb.dep_ == "conj" and head != verb and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "aux", "dobj", "expl") for c in children_of(verb)) and \
            is_passive(head):
        # a bare participle coordinated with a passive shares its voice: in "was arrested on
        # Monday and charged with murder" he was charged too, by someone unnamed
        return True
    return (verb.dep_ in ("xcomp", "oprd") and head != verb
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(head)))


def verbal_noun(token: Token) -> bool:
    """A verb the tagger read as a noun, as it does in headline fragments ("Police arrest man
    after stabbing"): a noun never takes a direct object, nor a subject of its own at the root."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    deps = {c.dep_ for c in children_of(token)}
    return "dobj" in deps or ("nsubj" in deps and token.dep_ == "ROOT")


#: the slots a noun phrase fills; a participle or adjective in one, with a determiner and no
#: object of its own, is a person ("arrested the accused", "the injured were taken")
_NOMINAL_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj"})


def nominalised(token: Token) -> bool:
    """A participle or adjective used as a noun — "the accused", "the wounded", "the detained":
    the tagger reads it as a verb, but a verb takes no determiner and fills no noun slot."""
    if token.pos_ not in ("VERB", "ADJ") or token.dep_ not in _NOMINAL_SLOTS:
        return False
    if token.dep_ == "conj" and head_of(token).pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(children_of(token))
    return any(c.dep_ == "det" and c.i < token.i for c in kids) and not any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp")
        for c in kids)


def prep_children(token: Token, names: frozenset[str] | set[str]) -> Iterator[Token]:
    doc = token.doc
    deps, lowers = deps_of(doc), lowers_of(doc)  # the columns, not a string look-up per child
    for child in children_of(token):
        if deps[child.i] in _PREP_DEPS and lowers[child.i] in names:
            yield child


_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative"})


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Bosnia and Slovenia")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


@per_token("objects", copy=list)  # asked ~6 times per verb: every pattern, slot, test
def objects(token: Token) -> list[Token]:
    """Direct objects; for a passive verb, its grammatical subject (for a reduced passive
    adjoined to a clause, "appeared in court, charged with murder", the clause's subject)."""
    if not is_passive(token):
        return [c for c in children_of(token) if c.dep_ == "dobj"]
    # "the soldiers, who were attacked by …": a relative pronoun is the noun its clause describes
    found = [relative_antecedent(c) for c in children_of(token) if c.dep_ == "nsubjpass"]
    if not found and token.dep_ == "advcl" and token.tag_ == "VBN":
        undergoer = subject(head_of(token))
        found = [undergoer] if undergoer is not None else []
    if not found and token.dep_ == "xcomp":  # "X is expected / agreed to be sentenced": X
        found = [c for c in children_of(head_of(token)) if c.dep_ in ("nsubjpass", "nsubj")]
    if not found and token.dep_ == "conj" and head_of(token) != token and is_passive(
            head_of(token)):
        # "was arrested and (was) charged with murder": the passives' one grammatical subject
        found = objects(head_of(token))
    return found


def _requesting_verbs() -> frozenset[str]:
    """Verbs whose addressee does what they ask (``requesting_verbs`` in ``modality.yaml``)."""
    return pattern_book().modality["requesting_verbs"]


def headline_subject(verb: Token) -> bool:
    """A past verb the parser hung as a participle on a noun that heads the whole sentence:
    "The Iraqi air force carried out three strikes …" read as a noun phrase "force [carried
    out strikes]". A participle describing a noun takes no direct object of its own (the
    protesters *arrested* on Monday), so one with an object, under a root noun, is the
    sentence's verb and the noun its subject."""
    head = head_of(verb)
    return (verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in children_of(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "mark")
                        for c in children_of(verb)))


@per_token("subject")  # asked ~2 times per verb; the walk's recursion (depth > 0) is not kept
def subject(verb: Token, depth: int = 0) -> Token | None:
    """The token naming who does ``verb``: its subject, or the controller/antecedent of it."""
    if depth > 6:
        return None
    if verb.pos_ in ("NOUN", "PROPN") and not verbal_noun(verb):
        return None
    passive = is_passive(verb)
    if passive:
        for child in children_of(verb):
            if child.dep_ == "agent":
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return g
        return stranded_agent(verb)
    for child in children_of(verb):
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return head_of(verb)
            return child
    head = head_of(verb)
    if head == verb:
        return None
    if verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
        # a predicate participle or adjective: "they are committed to …", "the army was guilty
        # of violating …" (through the pcomp below): the copula's subject
        return subject(head, depth + 1)
    if verb.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        # "The government rejects and condemns …": the first verb, tagged as a noun, keeps the
        # clause's subject
        for child in children_of(head):
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < head.i:
                return child
    if headline_subject(verb):
        return head  # "The Iraqi air force carried out strikes …" parsed as one noun phrase
    if verb.dep_ == "xcomp" and is_passive(head):
        # raising: "Norway is expected to pledge", "North Korea is said to have supplied"
        for child in children_of(head):
            if child.dep_ == "nsubjpass":
                return child
    if verb.dep_ == "xcomp":
        # object control: "urged Iran to …", "called on the U.S. to …"
        for child in children_of(head):
            if child.dep_ == "dobj":
                return child
            if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                for g in children_of(child):
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                        return g  # not "threatened on Monday to impose": a day asks nothing
            if child.dep_ == "prep" and child.lower_ in ("to", "with") and child.i < verb.i \
                    and head.lemma_.lower() in _requesting_verbs():
                # "appealed to Western leaders to impose", "pleaded with Iran to release"
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return g
        if head.pos_ == "ADJ":  # "willing to assist": the adjective's subject
            return subject(head_of(head), depth + 1) if head.dep_ == "acomp" else None
        return subject(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head_of(head).dep_ == "dobj" and \
            controlling_verb(head, pattern_book().modality) != head_of(head):
        # "accused [the army of killing]", "blocked [the EU from sending]" as the parser hangs
        # them: the object, not the accuser's or blocker's subject, does it
        return head_of(head)
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for"):
        # "accused Ukraine of attacking", "blamed Hamas for firing": the object does it
        for child in children_of(head_of(head)):
            if child.dep_ == "dobj":
                return child
        noun = head_of(head)
        if noun.pos_ in ("NOUN", "PROPN"):
            # "had no intention of attacking", "Chile's plan of annexing": the noun's owner
            owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if noun.dep_ in ("dobj", "attr") and head_of(noun).pos_ in ("VERB", "AUX"):
                return subject(head_of(noun), depth + 1)
            return None
    if verb.dep_ in ("conj", "advcl") and is_passive(head):
        # "was indicted by the court and will resign": an active verb sharing a passive's
        # subject shares its grammatical subject, never the passive's agent
        for child in children_of(head):
            if child.dep_ == "nsubjpass":
                return child
    if verb.dep_ == "advcl" and verb.i > head.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)) and \
            phrasal_lemma(head) in pattern_book().modality["requested_governors"]:
        # "petitioned the government to ban …" parsed as an adverbial clause: the one asked
        # does it, as in the object-control complement above
        for child in children_of(head):
            if child.dep_ == "dobj":
                return child
            if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < verb.i:
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return g
    if verb.dep_ in ("conj", "advcl", "pcomp", "xcomp"):
        if verb.dep_ == "pcomp":
            head = head_of(head)
        return subject(head, depth + 1)
    if verb.dep_ == "relcl" and head_of(verb).dep_ in ("dobj", "nsubj", "pobj"):
        return None
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        governor = head_of(head)
        if argument_rules().nominal_governors.get(governor.lemma_.lower()) == "negated":
            # "security forces thwarted an attempt to bomb a mosque": who prevents an act is
            # not who attempted it (the text leaves the doer unnamed here)
            return None
        if (owner := infinitive_owner(verb, head)) is not None:
            return owner  # "Russia's threat to invade Ukraine": the intent's owner acts
        if head.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX"):
            return subject(governor, depth + 1)
    return None


