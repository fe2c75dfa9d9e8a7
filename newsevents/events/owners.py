"""Who an owner pronoun ("his", "its", "their") may not refer to, for the antecedent search of
:class:`.actor_finder.ActorFinder`: split from :mod:`.syntax` to keep that module small.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.vocab import load
from ..nlp.shared import head_of
from .argument_rules import argument_rules

PRONOUNS_THING = frozenset({"it", "its"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "theirs"})


def armed_owner(pronoun: Token) -> frozenset[str] | None:
    """The sectors an owner pronoun may refer to when it owns an act only a state or an armed
    actor does ("its invasion of Kuwait": ``armed_owner_nouns``), else None (any kind)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in PRONOUNS_THING | PRONOUNS_PLURAL:
        return None
    rules = argument_rules()
    owner = head_of(pronoun)
    if owner.lemma_.lower() not in rules.armed_owner_nouns:
        return None
    return rules.armed_owner_sectors


def receiving_verb(pronoun: Token) -> Token | None:
    """The verb taking another's act that the owner pronoun's noun is the object of ("May
    accepted his resignation": accepted; ``receiving_verbs`` of actors/ner.yaml), whose
    subject the owner is not: one resigns to the one who accepts. Else None."""
    if pronoun.dep_ != "poss":
        return None
    owned = head_of(pronoun)
    verb = head_of(owned)
    if owned.dep_ != "dobj" or verb.lemma_.lower() not in load().receiving_verbs:
        return None
    return verb
