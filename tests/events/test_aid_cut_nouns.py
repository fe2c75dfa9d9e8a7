"""Cutting aid told as a noun under a light verb: "announced a suspension of aid to X" is the
162 act "suspended aid to X" (ConfliBERT issue 12)."""

from __future__ import annotations

from .coding import events_of


def test_announced_suspension_of_aid_is_162() -> None:
    found = events_of("Japan announced a suspension of aid to Myanmar.", "16")
    assert found and found[0].cameo == "162"
    assert found[0].target is not None and found[0].target.country == "MMR"


def test_declared_freeze_on_military_aid_is_1622() -> None:
    found = events_of("Sweden declared a freeze on military aid to Ethiopia.", "16")
    assert found and found[0].cameo == "1622"


def test_freeze_on_hiring_is_no_aid_cut() -> None:
    assert not events_of("The Kenyan government announced a freeze on hiring.", "16")
