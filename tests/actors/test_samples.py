"""The three bundled samples: Rubio, Blinken, Wang Yi, the DPRK/Pyongyang, Hamas, Israel."""

from __future__ import annotations

from .conftest import SAMPLES, Resolver, find


def _read(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_blinken_readout(resolve: Resolver) -> None:
    actors = resolve(_read("blinken_wang_call_2023-10-14.txt"), "2023-10-14")
    blinken = find(actors, "Secretary of State Antony J. Blinken")
    assert (blinken.code, blinken.role) == ("USAGOV", "Secretary of State")
    wang = find(actors, "Foreign Minister Wang Yi")
    assert wang.code == "CHNGOV" and "Foreign Minister" in (wang.role or "")
    assert find(actors, "Israel").code == "ISR"
    hamas = find(actors, "Hamas")
    assert (hamas.code, hamas.kind) == ("PSEREB", "organisation")
    secretary = find(actors, "the Secretary")
    assert secretary.entity == blinken.entity and secretary.resolution.method == "coreference"
    sides = find(actors, "The two sides")
    assert "Blinken" in sides.name and "Wang Yi" in sides.name
    assert find(actors, "the Administration").code == "USAGOV"


def test_rubio_readout(resolve: Resolver) -> None:
    actors = resolve(_read("rubio_wang_call.txt"), "2025-02-20")
    rubio = find(actors, "Secretary of State Marco Rubio")
    assert rubio.code == "USAGOV" and "Secretary of State" in (rubio.role or "")
    wang = find(actors, "Foreign Minister Wang Yi")
    assert wang.code == "CHNGOV"
    assert "Foreign Affairs Commission" in (wang.role or "")
    assert find(actors, "Secretary Rubio").entity == rubio.entity
    assert find(actors, "Chinese counterpart").entity == wang.entity
    his = [a for a in actors if a.mention == "his"]
    assert his and his[0].entity == rubio.entity
    assert find(actors, "the Trump Administration").code == "USAGOV"
    assert find(actors, "Spokesperson Tammy Bruce").code == "USAGOV"
    assert {a.code for a in actors if a.mention in ("U.S.", "PRC")} == {"USA", "CHN"}


def test_rubio_undated_uses_current_office(resolve: Resolver) -> None:
    actors = resolve(_read("rubio_wang_call.txt"), None)
    rubio = find(actors, "Secretary of State Marco Rubio")
    assert rubio.code == "USAGOV"
    assert "no publication date" in rubio.resolution.reason


def test_dprk_statement(resolve: Resolver) -> None:
    actors = resolve(_read("us_condemns_dprk_launch.txt"), "2023-11-21")
    assert {a.code for a in actors if a.mention == "DPRK"} == {"PRK"}
    pyongyang = find(actors, "Pyongyang")
    assert (pyongyang.code, pyongyang.resolution.method) == ("PRKGOV", "metonymy")
    assert find(actors, "UN Security Council").country == "UNO"
    assert find(actors, "United States").code == "USA"
    assert find(actors, "Republic of Korea").code == "KOR"
