"""A complaint's target is the party complained about; the body complained to only when no
party is named (the CAMEO manual's 114 example as PLOVER's gold records code it)."""

from __future__ import annotations

from newsevents import extract_text


def _targets(text: str) -> list[str | None]:
    events = extract_text(text, published="2025-05-06").events
    return [e.target.code if e.target else None for e in events if e.cameo == "114"]


def test_the_party_complained_about_is_the_target() -> None:
    assert _targets("Ghana complained to the African Union about Togo's border closure.") == [
        "TGOGOV"]


def test_a_nationality_on_the_grievance_names_the_party() -> None:
    assert _targets("Peru complained to the United Nations over the Chilean blockade.") == [
        "CHLGOV"]


def test_without_a_party_the_addressee_stays_the_target() -> None:
    assert _targets("Peru complained to the United Nations about the weather.") == ["UNO"]
