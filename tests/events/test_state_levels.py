"""A country named as the doer of an act acts through a branch of its state: its government for
verbal, diplomatic and administrative acts, its army for uses of force, its police for arrests
(``state_levels.yaml``, issue 12: the right participants on events that are found)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.events.levels import acting_level, addressed_level, victims_at
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


def _targets(text: str) -> dict[str, str | None]:
    doc = extract_text(text, published="2024-05-02")
    return {e.cameo: (e.target.code if e.target else None) for e in doc.events}


def test_a_shooting_in_a_town_hits_the_civilians_of_its_country() -> None:
    found = _targets("A man from Ireland appeared in court on Monday, charged over a mass "
                     "shooting in Dunedin on Friday.")
    assert found.get("180") == "NZLCVL"


def test_bombings_in_a_city_hit_its_civilians() -> None:
    found = _targets("Three suicide bombings took place in Peshawar last month.")
    assert found.get("1831") == "PAKCVL"


def test_only_a_place_target_of_an_assault_is_read_as_its_people() -> None:
    place = Actor(mention="Dunedin", start=0, end=7, name="Dunedin", kind="state",
                  country="NZL", code="NZL",
                  resolution=Resolution("metonymy", "place 'Dunedin' (city in NZL) acted on"))
    assert victims_at(place, "1823").code == "NZLCVL"  # type: ignore[union-attr]
    assert victims_at(place, "190") is place  # fighting over a place keeps the territory
    assert victims_at(_state("NZL"), "180").code == "NZL"  # type: ignore[union-attr]


def test_a_country_addressed_by_a_verbal_act_is_its_government() -> None:
    levelled = addressed_level(_state("IRN"), "112")
    assert levelled is not None and levelled.code == "IRNGOV"
    assert "addressed" in levelled.resolution.reason
    assert addressed_level(_state("IRN"), "1313").code == "IRNGOV"  # type: ignore[union-attr]


def test_a_country_given_aid_or_hit_by_force_keeps_the_bare_code() -> None:
    assert addressed_level(_state("HTI"), "0712").code == "HTI"  # type: ignore[union-attr]
    assert addressed_level(_state("SYR"), "195").code == "SYR"  # type: ignore[union-attr]
    place = Actor(mention="Geneva", start=0, end=6, name="Geneva", kind="state",
                  country="CHE", code="CHE",
                  resolution=Resolution("metonymy", "place 'Geneva' (city in CHE) acted on"))
    assert addressed_level(place, "112") is place  # a place's territory is no addressee
    army = Actor(mention="the Iranian army", start=0, end=16, name="army",
                 kind="organisation", country="IRN", sector="MIL", code="IRNMIL")
    assert addressed_level(army, "112") is army
    assert addressed_level(None, "112") is None


def test_a_criticised_country_is_its_government_in_the_event() -> None:
    found = _targets("Peru strongly criticised Chile on Tuesday.")
    assert any(code.startswith("11") and tgt == "CHLGOV" for code, tgt in found.items())


def test_force_on_a_place_hit_those_its_participle_of_violence_names() -> None:
    # the strikes hit the fighters the participle names, not the territory of Syria
    doc = extract_text("The Syrian air force carried out four air strikes in eastern Aleppo on "
                       "Friday, killing at least 15 Free Syrian Army fighters.",
                       published="2024-05-02")
    [strikes] = [e for e in doc.events if e.cameo_root == "19"]
    assert strikes.target is not None and strikes.target.code != "SYR"
    assert "fighters" in strikes.target.mention


def test_a_country_finding_guilty_is_its_courts() -> None:
    # the guide: "a conviction or a finding of guilt is 116 … by the court (XXXJUD)"
    assert acting_level(_state("TUR"), "116").code == "TURJUD"  # type: ignore[union-attr]
    assert acting_level(_state("TUR"), "115").code == "TURGOV"  # type: ignore[union-attr]
    found = _sources("Iran sentenced two British journalists to ten years in prison.")
    assert found.get("116") == "IRNJUD"
