"""Violence between two people of one code: "a Nigerian man killed his wife".

The stage drops an event whose target reads as the doer's own party (an act on oneself is a
misreading). Two private people of one country share a code (``NGACVL`` → ``NGACVL``) without
being one party: the annotation guide's crime and justice section codes "a named private person
with no group" as ``CVL`` of their country on both sides of a killing or stabbing, so a murder
inside a family or between neighbours is a ``XXXCVL → XXXCVL`` event, not a self-inflicted one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..names import fold
from ..records import Actor
from .kinds import head_token

#: Roots of violence against people (CAMEO 18 "assault") whose doer and victim may share a code
#: when the text names them apart. Not fighting (19) or mass violence (20): a force fighting its
#: own country's forces is a misread dyad far more often than a mutiny.
VIOLENCE_APART_ROOTS = frozenset({"18"})
#: Sectors of private people (the guide's "named private person with no group": CVL), the only
#: ones whose shared code says nothing about being one party.
PRIVATE_SECTORS = frozenset({"CVL"})


def violence_between_people(source: Actor, target: Actor, code: str, doc: Doc) -> bool:
    """Whether ``source`` assaulting ``target`` is violence between two private people the text
    names apart: both of a private sector, two mentions (different spans and not one coreference
    entity), not the same name, and the victim no reflexive pronoun ("killed himself")."""
    if code[:2] not in VIOLENCE_APART_ROOTS:
        return False
    if source.sector not in PRIVATE_SECTORS or target.sector not in PRIVATE_SECTORS:
        return False
    if source.entity is not None and source.entity == target.entity:
        return False
    if not source.mention or not target.mention or source.start == target.start:
        return False
    if source.name and fold(source.name, keep_article=False) == fold(
            target.name, keep_article=False):
        return False
    head = head_token(target, doc)
    return head is None or not (head.pos_ == "PRON" and head.lower_.endswith(("self", "selves")))
