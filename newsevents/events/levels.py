"""The branch of a state an act is done through, when the text names only the country, and the
people a place stands for when it is all the text gives as the target of a killing.

"Algeria and Morocco have imposed bans on niqabs": the actors stage resolves "Algeria" to the
state ``DZA`` (a country as such, which is right for the mention), but the act is an
administrative sanction, which only the country's government can impose; the Wikinews
annotators code its source ``DZAGOV``, as the guide codes a capital that acts politically
(``RUSGOV`` for "Moscow"). The event's source is therefore levelled to the branch its code is
done through (``state_levels.yaml``: the government for verbal, diplomatic and administrative
acts, the military for uses of force, the police for arrests, the courts for a finding of
guilt: "Turkey sentenced two people smugglers" is a Turkish court's verdict, ``TURJUD``). The
actor record of the actors stage is left as it is; only the event's copy carries the sector,
with the reason.

The same holds for a bare country as the *target* of a verbal or diplomatic act ("Trump
criticised Iran", "threatened to break off relations with Congo"): such acts reach a state only
through its government (``state_levels.yaml`` ``addressed``), while a country hit by force or
given aid keeps the bare code (its territory, its people).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp.shared import children_of, head_of
from ..records import Actor, Resolution
from .argument_rules import argument_rules
from .patterns import _load

if TYPE_CHECKING:
    from .candidate import Candidate

_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})


@lru_cache(maxsize=1)
def _levels_file() -> dict[str, object]:
    """``state_levels.yaml``, read once per process for both of its tables."""
    raw = _load("state_levels.yaml")
    return dict(raw or {})


@lru_cache(maxsize=1)
def state_levels() -> dict[str, str]:
    """``state_levels.yaml``: CAMEO code prefix → sector."""
    return _table(_levels_file().get("sectors"), _SECTORS)


@lru_cache(maxsize=1)
def visited_levels() -> dict[str, str]:
    """``state_levels.yaml`` ``visited_places``: CAMEO code prefix → the sector a place
    stands for as the target of a visit (the host)."""
    return _table(_levels_file().get("visited_places"), frozenset({"GOV"}))


@lru_cache(maxsize=1)
def addressed_levels() -> dict[str, str]:
    """``state_levels.yaml`` ``addressed``: CAMEO code prefix → the sector a bare country
    stands for as the target."""
    return _table(_levels_file().get("addressed"), frozenset({"GOV"}))


@lru_cache(maxsize=1)
def place_victims() -> dict[str, str]:
    """``state_levels.yaml`` ``place_victims``: CAMEO code prefix → the victims' sector."""
    return _table(_levels_file().get("place_victims"), frozenset({"CVL"}))


def _table(raw: object, sectors: frozenset[str]) -> dict[str, str]:
    table = {str(k): str(v) for k, v in (raw or {}).items()}  # type: ignore[attr-defined]
    for prefix, sector in table.items():
        if not prefix.isdigit() or sector not in sectors:
            raise ValueError(f"state_levels.yaml: bad entry {prefix!r}: {sector!r}")
    return table


def _sector_for(code: str, table: dict[str, str] | None = None) -> str | None:
    table = state_levels() if table is None else table
    for end in range(len(code), 1, -1):
        if (sector := table.get(code[:end])) is not None:
            return sector
    return None


def _bare_country(actor: Actor | None) -> bool:
    """A country named as such: kind ``state``, coded as its country alone."""
    return (actor is not None and actor.kind == "state" and bool(actor.country)
            and not actor.sector and actor.code == actor.country)


def acting_level(actor: Actor | None, code: str) -> Actor | None:
    """``actor`` as the source of an act of CAMEO ``code``: a bare country (kind ``state``,
    coded as its country alone) takes the sector the act is done through; any other actor,
    or a code no prefix of the table covers, is returned unchanged."""
    if actor is None or not _bare_country(actor):
        return actor
    sector = _sector_for(code)
    if sector is None:
        return actor
    return _levelled(actor, sector, f"as the doer of a {code} act the country acts through "
                     f"its {sector}")


def addressed_level(actor: Actor | None, code: str) -> Actor | None:
    """``actor`` as the target of an act of CAMEO ``code``: a bare country addressed by a
    verbal or diplomatic act (``addressed``) is its government, as is a place visited
    (``visited_places``: the host of a visit); another place's territory, any other actor, or
    a code of another root is returned unchanged."""
    if actor is None or not _bare_country(actor):
        return actor
    if _is_place(actor):
        # "travelled to Washington": the place visited is its state, the host (042)
        sector = _sector_for(code, visited_levels())
        if sector is None:
            return actor
        return _levelled(actor, sector, f"as the place a {code} visit is made to, the state "
                         f"hosting it through its {sector}")
    sector = _sector_for(code, addressed_levels())
    if sector is None:
        return actor
    return _levelled(actor, sector, f"as the target of a {code} act the country is "
                     f"addressed through its {sector}")


def _levelled(actor: Actor, sector: str, why: str) -> Actor:
    reason = f"{actor.resolution.reason}; {why} (state_levels.yaml)"
    return replace(actor, code=(actor.country or "") + sector, sector=sector,
                   resolution=Resolution(actor.resolution.method, reason))


def is_place(actor: Actor | None) -> bool:
    """A target the events stage read off a place's name: the territory of its country."""
    return actor is not None and _is_place(actor)


def _is_place(actor: Actor) -> bool:
    """A target the events stage read off a place's name (``arguments.place_actor``): the
    territory of its country, with no sector."""
    return (actor.kind == "state" and actor.resolution.method == "metonymy"
            and actor.resolution.reason.startswith("place '") and not actor.sector
            and bool(actor.country))


def victims_at(actor: Actor | None, code: str) -> Actor | None:
    """``actor`` as the target of an act of CAMEO ``code``: a place's territory ("a mass
    shooting in Christchurch") as the target of a code of ``place_victims`` stands for the
    people hit there — the civilians of that country, as the guide codes the victims of a
    killing, shooting or bombing. Any other target is returned unchanged."""
    if actor is None or not _is_place(actor):
        return actor
    sector = _sector_for(code, place_victims())
    if sector is None:
        return actor
    reason = (f"{actor.resolution.reason}; as the target of a {code} act, the people hit "
              f"there: {sector} of {actor.country} (state_levels.yaml)")
    return replace(actor, code=(actor.country or "") + sector, sector=sector,
                   resolution=Resolution(actor.resolution.method, reason))


def told_victims(cand: Candidate, cands: list[Candidate]) -> Actor | None:
    """Whom a use of force (``implied_violence_roots``) whose target is only the place where it
    happened hit, when an adverbial participle of violence on it names them: "carried out air
    strikes in western Mosul, *killing* dozens of Islamic State fighters" hit the fighters, not
    the territory of Iraq. The participle's own event gives the party (never the doer's own
    side, never another place); None when there is none."""
    roots = argument_rules().implied_violence_roots
    if cand.code[:2] not in roots or not is_place(cand.target):
        return None
    trig = cand.trigger
    holders = [trig, head_of(trig)] if trig.pos_ in ("NOUN", "PROPN") else [trig]
    told = {c.i for h in holders for c in children_of(h) if c.dep_ == "advcl" and c.tag_ == "VBG"}
    for other in cands:
        hit = other.target
        if other.trigger.i not in told or other.code[:2] not in roots or hit is None:
            continue
        if is_place(hit) or not (hit.code or hit.country) or (
                cand.source is not None and hit.code == cand.source.code):
            continue
        return hit
    return None
