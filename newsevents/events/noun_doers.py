"""Who did an event told as a noun, when a participle names them: "an attack (reportedly)
carried out by X", "died in the attack, conducted by X", "a bombing blamed on X".

The coder takes the doer from here; :mod:`.modality` takes the participle's hedge.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from .argument_rules import argument_rules
from .patterns import PatternBook


def doer_participles(noun: Token, book: PatternBook) -> list[Token]:
    """Participles with a by-phrase naming who did an event noun: its own ("an attack
    carried out by X"), or one set off after it in its clause ("died in the attack, reportedly
    conducted by X"). Their verbs: the light verbs of ``patterns.yaml`` and the by-verbs of
    ``named_doers`` in ``arguments.yaml``."""
    found = [c for c in children_of(noun) if c.dep_ == "acl"]
    if noun.dep_ == "pobj" and head_of(noun).dep_ == "prep":
        clause = head_of(head_of(noun))
        found += [c for c in children_of(clause) if c.dep_ in ("advcl", "acl") and c.i > noun.i]
    if not found:
        return []
    doing = book.light_verbs | argument_rules().doer_verbs.get("by", frozenset())
    return [c for c in found if c.tag_ == "VBN" and c.lemma_.lower() in doing and any(
        g.dep_ in ("agent", "prep") and g.lower_ == "by" for g in children_of(c))]


def attributed_to(participle: Token) -> Token | None:
    """The alleged doer a participle hangs an event noun on ("a bombing blamed on Boko Haram",
    "an attack ascribed to the Taliban": the on/to verbs of ``named_doers`` in
    ``arguments.yaml``), else None."""
    if participle.tag_ != "VBN" or participle.dep_ != "acl":
        return None
    verbs = argument_rules().doer_verbs
    lemma = participle.lemma_.lower()
    for child in children_of(participle):
        if child.dep_ == "prep" and child.lower_ in ("on", "to") and \
                lemma in verbs.get(child.lower_, frozenset()):
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
    return None
