"""Whether two actors are one side: the same mention, coreference entity, state or code.

A target found by structure must not be the source itself or its own state ("Serbia lifted a
curfew in Belgrade" acts on no one else), and an answer runs back to the party who asked. These
small tests are shared by the target finders (:mod:`.participants`, :mod:`.targets`,
:mod:`.object_party`, :mod:`.artefacts`, :mod:`.holders`); split out of ``participants.py``
(which had reached the 600-line limit) so that each can import them without the rest.
"""

from __future__ import annotations

from ..records import Actor


def _protester(actor: Actor, source: Actor | None) -> bool:
    """The protesters themselves or their like (the same mention, entity, or full code)."""
    return source is not None and (same_side(actor, source) or (
        bool(actor.code) and actor.code == source.code))


def _same(actor: Actor, other: Actor | None) -> bool:
    """The source itself, or its state ("Serbia lifted a curfew in Belgrade" has no target
    of its own: the events stage drops a state acting on itself, so the event stays targetless)."""
    if other is None:
        return False
    return actor.start == other.start or _state(actor) == _state(other)


def same_side(actor: Actor, other: Actor) -> bool:
    """The same mention, coreference entity or state (the public face of :func:`_same`)."""
    return _same(actor, other) or (actor.entity is not None and actor.entity == other.entity)


def same_party(a: Actor, b: Actor) -> bool:
    """One actor in two mentions: the same coreference entity, else the same full code."""
    if a.entity is not None and a.entity == b.entity:
        return True
    return bool(a.code) and a.code == b.code and a.kind == b.kind


def _state(actor: Actor) -> str:
    code = actor.code or actor.country or actor.name
    return code + "GOV" if len(code) == 3 and code.isupper() else code
