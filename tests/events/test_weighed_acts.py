"""CAMEO 014 "consider policy option": a verb of deliberation weighing an act, told through a
gerund or the act in "the possibility of …" (ConfliBERT issue 12)."""

from __future__ import annotations

from .coding import codes


def test_considering_a_gerund_act_is_014() -> None:
    assert "014" in codes("Chile is considering extraditing the banker to Peru.")


def test_exploring_the_possibility_of_an_act_is_014() -> None:
    assert "014" in codes(
        "The Dutch government is exploring the possibility of extraditing the suspect to Morocco.")


def test_pondering_the_prospect_is_014() -> None:
    assert "014" in codes("Ghana's cabinet pondered the prospect of new elections.")


def test_exploring_a_place_weighs_nothing() -> None:
    assert "014" not in codes("Brazilian scientists explored the cave near the border.")


def test_considering_a_person_weighs_nothing() -> None:
    assert "014" not in codes("Japan considers the ambassador a friend.")
