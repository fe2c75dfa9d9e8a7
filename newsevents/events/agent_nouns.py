"""A doer named by its act ("a suicide bomber") who does the act in the same sentence.

"A suicide bomber killed eleven soldiers" tells one act: the agent noun *bomber* is coded as a
suicide bombing (1831, ``assault.suicide-bombing``) and the verb *killed* as a killing (1823);
two events for one act make every count double, and the noun's event names no victims. The
guide records one event per (action, source, target). So when a violent agent noun is the
subject of a verb of violence or destruction (roots 17–20) of the same sentence, the noun's
event is dropped and the verb's event, which names the victims, takes the noun's code: the noun
says how ("a suicide bomber killed …", "… blew himself up", "… attacked a base" are suicide
bombings, 1831, not a plain killing 1823, destruction of property 1712 or an attack 190). When
the noun's own event already has a target ("… in an attack on an army convoy": the convoy's
owner), that event stands for the act and the verb's is dropped. The doer may be the noun's own
modifier rather than a phrase holding it ("a *Taliban* suicide bomber killed 15 trainees",
"*Boko Haram* suicide bombers have killed 81 people"): the noun still names the doer by its act,
and left apart the bombing named no victims (issue 12: an event of a root we emit, without the
target the sentence gives).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..records import Actor
from .arguments import argument_rules
from .candidate import Candidate

#: The verb's dependents that name its doer.
_DOER_DEPS = frozenset({"nsubj"})

__all__ = ["merge_agent_nouns"]


def merge_agent_nouns(cands: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without the events of violent agent nouns that are the subject of a
    verb candidate of roots 17-20; that verb candidate takes the noun's code (or, when the
    noun's candidate has a target, the verb candidates are dropped instead)."""
    roots = argument_rules().implied_violence_roots
    verbs: dict[int, list[Candidate]] = {}
    for cand in cands:
        tok = cand.trigger
        if (cand.code[:2] in roots or cand.code[:2] == "17") and tok.pos_ in ("VERB", "AUX"):
            verbs.setdefault(tok.i, []).append(cand)
    if not verbs:
        return list(cands)
    dropped: set[int] = set()
    for cand in cands:
        tok = cand.trigger
        if tok.pos_ != "NOUN" or cand.code[:2] not in roots or tok.dep_ not in _DOER_DEPS:
            continue
        src = cand.source
        if src is None or not (src.start <= tok.idx < src.end or _own_modifier(src, tok)):
            continue  # an act noun ("airstrikes killed …"), not a doer named by its act
        acts = verbs.get(tok.head.i)
        if not acts:
            continue
        if cand.target is not None:
            # "a suicide bomber killed seven people in an attack on an army convoy": the noun's
            # event already names whom the bombing was aimed at (artefacts.py); it stands alone
            dropped |= {id(act) for act in acts}
            continue
        dropped.add(id(cand))
        for act in acts:
            if act.code != cand.code:
                act.code = cand.code
                act.notes.append(f"code: the act of its doer noun ({cand.trigger.text})")
    return [c for c in cands if id(c) not in dropped]


def _own_modifier(src: Actor, noun: Token) -> bool:
    """The source is named inside the agent noun's own phrase, before it ("a *Taliban* suicide
    bomber", "*Boko Haram* suicide bombers"): a modifier of the doer noun, not another party."""
    return noun.left_edge.idx <= src.start and src.end <= noun.idx
