"""Who does the act a noun of intent frames: its possessor ("Russia's threat to invade Ukraine").

The to-infinitive of a noun of intent, offer or refusal (``infinitive_owner_nouns`` in
``modality.yaml``) is controlled by the noun's owner, as "Russia threatened to invade Ukraine"
is by the verb's subject: the possessor is the one who would act. Without this the act of
"Russia's threat to invade Ukraine alarmed NATO" had no doer at all (the noun is a subject, no
verb governs it). Only a possessor names the owner, and only for a noun no verb takes as its
object: there :func:`.syntax.subject` keeps reading the governing verb's subject ("announced
plans to visit"), as before — the possessor over it ("rejected Germany's proposal to impose
sanctions") added a false event on a blind set (docs/events.md, round ev-nonas2).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from .patterns import pattern_book


def infinitive_owner(verb: Token, noun: Token) -> Token | None:
    """The possessor of ``noun`` when ``verb`` is its to-infinitive, ``noun`` frames an intent
    ("Iran's offer to mediate") and no verb governs ``noun`` as its object; None otherwise."""
    if verb.dep_ != "acl" or noun.lemma_.lower() not in \
            pattern_book().modality["infinitive_owner_nouns"]:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None  # "the plan announced on Monday": a participle, not the intended act
    if noun.dep_ in ("dobj", "attr") and head_of(noun).pos_ in ("VERB", "AUX"):
        return None  # the governing verb's subject keeps the act (subject's own reading)
    return next((c for c in children_of(noun) if c.dep_ == "poss"), None)
