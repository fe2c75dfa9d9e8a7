"""PLOVER's actor codes, read off newsevents' CAMEO-style actors.

PLOVER (manual draft 0.6b2 onwards, "Actor codes") codes an actor as the ISO-3166 alpha-3 code
of its country, or, when it is not a state's, one of a few non-state codes: ``IGO``
(intergovernmental organisation), ``NGO``, ``ISM``, ``IMG``, ``MNC``. newsevents keeps CAMEO's
finer codes (``UNOSC`` the UN Security Council, ``EUR`` the EU, ``NATO``) in an actor's
``code`` and ``country``, and says it is an intergovernmental body through its sector ``IGO``:
a PLOVER record of the Security Council is ``IGO``, not ``UNO``. Used by the PLOVER export and
by the scorer of PLOVER's gold records, so both read actors the same way.
"""

from __future__ import annotations

from .records import Actor


def plover_code(code: str | None, country: str | None, sector: str | None) -> str | None:
    """The PLOVER actor code: ``IGO`` for an intergovernmental body, else the country (the
    CAMEO code when the actor has no country), None when the actor is not coded at all."""
    if sector == "IGO":
        return "IGO"
    return country or code or None


def plover_actor_code(actor: Actor | None) -> str | None:
    """:func:`plover_code` of an event's actor (None for a missing one)."""
    if actor is None:
        return None
    return plover_code(actor.code, actor.country, actor.sector)
