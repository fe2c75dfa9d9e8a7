"""Whom a yielding act yields to: the party that asked for that very act in the same article.

"The governor announced his resignation … Protesters had called for his resignation": CAMEO
codes a yielding act (root 08: resigning, releasing, easing, withdrawing) towards the party
whose demand it meets, and news tells the demand in another sentence than the act, often
after it (the lead gives the outcome, a later paragraph the protests). The coder already codes
the demanded act itself, as a ``requested`` event of the same code with the doer-to-be as its
source and the requesters as its target; an asserted act of that code by the same party that
names no target of its own takes that target. Roots in ``arguments.yaml`` ``yielded_to_roots``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..records import Actor, Event
from .patterns import _load


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    return frozenset(str(r) for r in _load("arguments.yaml").get("yielded_to_roots", []))


def _party(actor: Actor | None) -> str | None:
    """One party across mentions: its coreference entity, else its full code."""
    if actor is None:
        return None
    return actor.entity or actor.code


def _codes(actor: Actor | None) -> str | None:
    return None if actor is None else (actor.code or actor.country)


def yielded_to(events: list[Event]) -> list[Event]:
    """``events`` with every targetless asserted yielding act aimed at whoever requested it."""
    roots = _roots()
    asked = [e for e in events if e.modality == "requested" and e.cameo_root in roots
             and e.source is not None and _codes(e.target) is not None]
    if not asked:
        return events
    out: list[Event] = []
    for event in events:
        if event.target is None and event.modality == "asserted" and \
                event.cameo_root in roots and event.source is not None:
            wish = next((r for r in asked if r.cameo == event.cameo
                         and _party(r.source) == _party(event.source)
                         and _codes(r.target) != _codes(event.source)), None)
            if wish is not None and wish.target is not None:
                target = replace(wish.target, resolution=replace(
                    wish.target.resolution, reason=wish.target.resolution.reason + (
                        f"; the party that asked for this '{wish.trigger.text}' (yielded to)")))
                event = replace(event, target=target)
        out.append(event)
    return out
