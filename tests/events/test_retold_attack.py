"""An attack told once and then named again with its doer ("The attack was carried out by X")
is one event with that doer, not a second doerless, targetless 190 (``doers._retold``).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from newsevents import extract_text


def _violent(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in extract_text(text, published="2025-05-06").events
            if e.cameo_root in ("18", "19", "20")]


def test_the_attack_carried_out_by_a_group_is_the_attack_told_before() -> None:
    assert _violent("Militants attacked a police station in Mogadishu. "
                    "The attack was carried out by al-Shabaab.") == [("190", "SOMREB", "SOMCOP")]


def test_a_reported_attribution_is_no_second_attack_either() -> None:
    assert _violent("Gunmen attacked a police station in Mogadishu on Friday. Police said "
                    "the attack was conducted by al-Shabaab.") == [("190", "SOMREB", "SOMCOP")]


def test_another_attack_is_a_new_event() -> None:
    found = _violent("Gunmen attacked a police station in Mogadishu on Friday. Another attack "
                     "was carried out by al-Shabaab on a market in Kismayo.")
    assert len(found) == 2
