"""Who is asked to release: the holder of the people an appeal or a demand wants freed.

"Britain called for the release of all hostages held by the militants": CAMEO codes an appeal
for the release of persons (0253) and its demand (1053) towards the party asked to release,
the holder, when the text names it (CAMEO manual 1.1b3); the people held are what is asked
for. The people's phrase names the holder in a participle of holding with a by-phrase ("held
by", "detained by", ``holders.yaml``); a coded holder there becomes the event's target.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import load_yaml
from ..nlp.shared import children_of
from ..records import Actor
from .actor_finder import ActorFinder, political
from .candidate import Candidate
from .kinds import head_token
from .sides import same_side

SCHEMA = {"codes": [str], "holding_verbs": [str]}


@dataclass(frozen=True)
class HolderRules:
    codes: tuple[str, ...]
    holding_verbs: frozenset[str]


@lru_cache(maxsize=1)
def holder_rules() -> HolderRules:
    raw = load_yaml("events/holders.yaml", SCHEMA)
    return HolderRules(codes=tuple(str(c) for c in raw["codes"]),
                       holding_verbs=frozenset(str(v).lower() for v in raw["holding_verbs"]))


def holder_of(held: Token, finder: ActorFinder, source: Actor | None) -> tuple[Actor, str] | None:
    """The coded party a participle of holding names for the people ``held`` ("hostages held
    by the militants"), with the participle; not the asking side's own."""
    rules = holder_rules()
    for acl in children_of(held):
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or (
                acl.lemma_.lower() not in rules.holding_verbs):
            continue
        holder = next((finder.at(g, pronoun_fallback=False) for a in children_of(acl)
                       if a.dep_ == "agent" for g in children_of(a) if g.dep_ == "pobj"),
                      None)
        if political(holder) and holder is not None and not (
                source is not None and same_side(holder, source)):
            return holder, acl.text
    return None


def release_holders(cands: list[Candidate], finder: ActorFinder) -> None:
    """Retarget every release appeal or demand whose people's phrase names a coded holder."""
    rules = holder_rules()
    for cand in cands:
        if cand.target is None or not cand.code.startswith(rules.codes):
            continue
        held = head_token(cand.target, cand.trigger.doc)
        if held is None:
            continue
        found = holder_of(held, finder, cand.source)
        if found is not None:
            cand.target = found[0]
            cand.notes.append(f"target: the holder of '{held.text}' ({found[1]} by)")
