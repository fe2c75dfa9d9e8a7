"""Phrases the parser puts in the wrong place, put back for the event coder.

en_core_web_sm attaches some phrases of news syntax one level off, in ways that lose an event's
participant: the agent of a passive inside the charge ("was accused of corruption by
lawmakers"), a label as an appositive of the object ("called the ambassador a stupid guy"), a
heavy object shifted after its as-phrase ("denounced as a crime Serbia's suppression of …").
Each helper reads the misplaced phrase back where English grammar puts it; ``syntax`` asks them
where it reads subjects, objects and argument words.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of

#: entity types of a by-phrase that measures or dates rather than acts ("by 2020", "by 10%")
_NO_AGENT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


#: the complement of a verb of judging ("accused of", "blamed for", "criticised for"): a
#: by-phrase hung inside it is the passive's agent; other phrases ("destroyed, with estimates by
#: the Red Cross …") keep theirs
_JUDGED_PREPS = frozenset({"of", "for"})


def stranded_agent(verb: Token) -> Token | None:
    """The agent of a passive that the parser hung inside the verb's own complement: in "was
    accused of corruption by doctors" or "was accused of misusing funds by officials" the
    by-phrase lands on "corruption" / "misusing", but a passive verb without an agent of its
    own reads it as the one accusing (the phrase comes after the complement, where English
    puts the agent of a passive with a prepositional complement). Looked for one level down:
    the complement's noun or gerund and the gerund's object."""
    if any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    inner: list[Token] = []
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in _JUDGED_PREPS:
            continue
        for g in children_of(prep):
            if g.dep_ in ("pobj", "pcomp"):
                inner.append(g)
                if g.pos_ == "VERB":
                    inner += [o for o in children_of(g) if o.dep_ == "dobj"]
    for holder in inner:
        for by in children_of(holder):
            if by.dep_ != "prep" or by.lower_ != "by":
                continue
            for g in children_of(by):
                if (g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                        and g.ent_type_ not in _NO_AGENT_ENTS):
                    return g
    return None


def label_appositives(verb: Token) -> list[Token]:
    """The name a naming verb gives its object when the parser hung it as the object's
    appositive: "called Britain's ambassador *a very stupid guy*". Only an indefinite phrase
    right after the object is a label; "the minister, Ms Lee" names who it is."""
    found: list[Token] = []
    for obj in children_of(verb):
        if obj.dep_ not in ("dobj", "oprd"):
            continue
        for app in children_of(obj):
            if app.dep_ == "appos" and any(
                    d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(app)):
                found.append(app)
    return found


def shifted_objects(token: Token) -> list[Token]:
    """A heavy object moved after its as-phrase: in "denounced as an ugly crime Serbia's
    suppression of the unrest" spaCy makes the object an appositive of "crime" (or a second
    object of "as"); a verb with no object of its own takes it back (the caller asks for
    active verbs only)."""
    if token.pos_ != "VERB" or any(c.dep_ == "dobj" for c in children_of(token)):
        return []
    found: list[Token] = []
    for p in children_of(token):
        if p.dep_ != "prep" or p.lower_ != "as":
            continue
        pobjs = [g for g in children_of(p) if g.dep_ == "pobj"]
        # "… as a shameful crime Turkey's treatment …" also comes as a second object of "as"
        found += pobjs[1:] + [a for g in pobjs[:1] for a in children_of(g)
                              if a.dep_ == "appos" and a.i > g.i]
    return found
