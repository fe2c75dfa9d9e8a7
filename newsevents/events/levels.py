"""The branch of a state an act is done through, when the text names only the country.

"Algeria and Morocco have imposed bans on niqabs": the actors stage resolves "Algeria" to the
state ``DZA`` (a country as such, which is right for the mention), but the act is an
administrative sanction, which only the country's government can impose; the Wikinews
annotators code its source ``DZAGOV``, as the guide codes a capital that acts politically
(``RUSGOV`` for "Moscow"). The event's source is therefore levelled to the branch its code is
done through (``state_levels.yaml``: the government for verbal, diplomatic and administrative
acts, the military for uses of force, the police for arrests). The actor record of the actors
stage is left as it is; only the event's copy carries the sector, with the reason.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..records import Actor, Resolution
from .patterns import _load

_SECTORS = frozenset({"GOV", "MIL", "COP"})


@lru_cache(maxsize=1)
def state_levels() -> dict[str, str]:
    """``state_levels.yaml``: CAMEO code prefix → sector, loaded once per process."""
    raw = _load("state_levels.yaml")
    table = {str(k): str(v) for k, v in (raw.get("sectors") or {}).items()}
    for prefix, sector in table.items():
        if not prefix.isdigit() or sector not in _SECTORS:
            raise ValueError(f"state_levels.yaml: bad entry {prefix!r}: {sector!r}")
    return table


def _sector_for(code: str) -> str | None:
    table = state_levels()
    for end in range(len(code), 1, -1):
        if (sector := table.get(code[:end])) is not None:
            return sector
    return None


def acting_level(actor: Actor | None, code: str) -> Actor | None:
    """``actor`` as the source of an act of CAMEO ``code``: a bare country (kind ``state``,
    coded as its country alone) takes the sector the act is done through; any other actor,
    or a code no prefix of the table covers, is returned unchanged."""
    if actor is None or actor.kind != "state" or not actor.country or actor.sector:
        return actor
    if actor.code != actor.country:
        return actor
    sector = _sector_for(code)
    if sector is None:
        return actor
    reason = (f"{actor.resolution.reason}; as the doer of a {code} act the country acts "
              f"through its {sector} (state_levels.yaml)")
    return replace(actor, code=actor.country + sector, sector=sector,
                   resolution=Resolution(actor.resolution.method, reason))
