"""A country named as the doer of an act acts through a branch of its state: its government for
verbal, diplomatic and administrative acts, its army for uses of force, its police for arrests
(``state_levels.yaml``, issue 12: the right participants on events that are found)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.events.levels import acting_level
from newsevents.records import Actor, Resolution


def _sources(text: str) -> dict[str, str | None]:
    doc = extract_text(text, published="2024-05-02")
    return {e.cameo: (e.source.code if e.source else None) for e in doc.events}


def _state(code: str) -> Actor:
    return Actor(mention=code, start=0, end=3, name=code, kind="state", country=code,
                 code=code, resolution=Resolution("dictionary", "country name"))


def test_a_country_imposing_a_ban_is_its_government() -> None:
    found = _sources("Belarus and Latvia have imposed bans on face veils.")
    assert found.get("172") in ("BLRGOV", "LVAGOV")
    assert "BLR" not in found.values() and "LVA" not in found.values()


def test_a_country_invading_is_its_army() -> None:
    found = _sources("Armenia invaded the disputed enclave last spring.")
    assert any(code.startswith("19") and src == "ARMMIL" for code, src in found.items())


def test_a_country_arresting_is_its_police() -> None:
    found = _sources("Kazakhstan arrested two Kyrgyz traders at the border.")
    assert found.get("173") == "KAZCOP"


def test_the_level_follows_the_longest_prefix_and_leaves_assaults_alone() -> None:
    assert acting_level(_state("PER"), "172").code == "PERGOV"  # type: ignore[union-attr]
    assert acting_level(_state("PER"), "1731").code == "PERCOP"  # type: ignore[union-attr]
    assert acting_level(_state("PER"), "195").code == "PERMIL"  # type: ignore[union-attr]
    assert acting_level(_state("PER"), "183").code == "PER"  # type: ignore[union-attr]


def test_actors_that_are_not_a_bare_country_keep_their_code() -> None:
    army = Actor(mention="the Peruvian army", start=0, end=17, name="army", kind="organisation",
                 country="PER", sector="MIL", code="PERMIL")
    assert acting_level(army, "172") is army
    assert acting_level(None, "172") is None
    levelled = acting_level(_state("PER"), "112")
    assert levelled is not None and levelled.sector == "GOV" and levelled.country == "PER"
    assert "state_levels.yaml" in levelled.resolution.reason
