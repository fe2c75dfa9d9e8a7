"""What a visit goes to and what an attendance attends, read from the parse for the senses.

Two questions of ``senses.yaml`` about the thing a visiting or attending verb takes:

* ``place_at_home``: "President Trump visited El Paso" goes to a place (a name the gazetteer
  knows, tagged a place by the NER) in the visitor's own country. CAMEO 042 is a visit to
  another party; a trip at home meets no one by its place (a visit to people or a body there is
  told by its own words: "visited the wounded in hospital" keeps its 042).
* ``attended_other``: "the competition was attended by 46 people" attends a common noun that is
  no gathering of political actors (a summit, talks, a ceremony of state); PETRARCH's bare
  "attend" → 042 assumes one.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor

#: NER labels of a place name (spaCy's OntoNotes scheme)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions that name where a trip goes ("travelled to", "arrived in", "stopped at")
_TO_PREPS = frozenset({"to", "in", "at"})


def _place_text(tok: Token) -> tuple[str, bool] | None:
    """The whole name ``tok`` belongs to ("El Paso") and whether the NER tagged it a place, or
    None when it is no proper name. The small model tags some cities persons ("visited
    Marseille"), so a name of another label is asked of the gazetteer too, under its rules for
    names not tagged places (ambiguous names like "Jordan" stay unknown)."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text, ent.label_ in _PLACE_LABELS
    return None


def _destinations(tok: Token) -> Iterator[Token]:
    """The trigger's direct object and the objects of its to/in/at phrases."""
    for child in children_of(tok):
        if child.dep_ == "dobj":
            yield child
        elif child.dep_ == "prep" and child.lower_ in _TO_PREPS:
            yield from (g for g in children_of(child) if g.dep_ == "pobj")


def place_at_home(tok: Token, source: Actor | None, target: Actor | None) -> bool:
    """A place name the trigger goes to lies in the source's own country (gazetteer). The whole
    name is looked up, so a person ("visited Jordan Peterson") is no place; ``target`` is not
    asked: the actors stage may have made a mistagged city a person ("Marseille")."""
    if source is None or not source.country:
        return False
    from ..places.gazetteer import gazetteer

    gaz = gazetteer()
    for dest in _destinations(tok):
        found = _place_text(dest)
        entry = gaz.lookup(found[0], ner=found[1]) if found else None
        if entry is not None and entry.country == source.country:
            return True
    return False


def _attended(tok: Token) -> Token | None:
    """What ``tok`` (attend) attends: its direct object, its passive subject, or the noun a
    passive participle modifies ("the summit, attended by 20 leaders")."""
    for child in children_of(tok):
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None


def attended_other(tok: Token, gatherings: frozenset[str]) -> bool:
    """The thing attended is a common noun outside ``gatherings`` ("the competition"); a name
    ("the G20") or a missing object is not judged."""
    thing = _attended(tok)
    if thing is None or thing.pos_ != "NOUN":
        return False
    return thing.lemma_.lower() not in gatherings and thing.lower_ not in gatherings
