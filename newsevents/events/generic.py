"""Acts told of no one in particular: a rule or a possibility, not an event.

"Impeachment is the process by which a federal official can be removed from office by
Congress"; "a simple majority is needed to impeach an official"; "the law would let police
detain anyone without charge". The annotation guide's event is an action by one actor towards
another. A target that is any member of a kind ("a federal official", "an official",
"anyone") names no actor, and an act that is only possible, asked for or planned for such a
target describes how things work. Asserted acts are left alone: "a gunman shot a man" tells
of a particular man the text does not name. The words are ``generic_targets`` of
``arguments.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor
from .arguments import argument_rules


def generic_target(target: Actor | None, modality: str, doc: Doc) -> bool:
    """Whether a non-asserted act (``generic_targets.modalities``) is aimed at anyone of a
    kind: a person named by a common noun under an indefinite or universal determiner ("an
    official", "any minister"), or a pronoun that is anyone at all ("anyone", "whoever")."""
    rules = argument_rules()
    if target is None or modality not in rules.generic_modalities or target.end <= target.start:
        return False
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    if head.lower_ in rules.generic_pronouns:
        return True
    if target.kind != "person" or head.pos_ != "NOUN" or head.ent_type_:
        return False
    return any(c.dep_ == "det" and c.lower_ in rules.generic_determiners for c in head.children)
