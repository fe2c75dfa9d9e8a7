"""Insisting that someone do something is a demand (10x from the act asked for, pattern
``demand.insist``) and the act is requested (a mandative subjunctive under a reporting verb,
``modal_governors._subjunctive``); insisting that something is so is no event
(``insist-on-a-fact`` in ``senses.yaml``). Real spaCy model, sentences written for this test."""

from __future__ import annotations

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality)
            for e in doc.events]


def test_insisting_on_an_act_is_a_demand_aimed_at_the_one_asked() -> None:
    found = _events("Tehran insisted that the European Union lift the sanctions on its banks.")
    assert any(c == "1054" and t == "EUR" for c, _s, t, _m in found), found
    assert all(m == "requested" for c, _s, _t, m in found if c.startswith("08")), found


def test_insisting_on_a_withdrawal() -> None:
    found = _events("Moscow insisted that Kyiv withdraw its troops from the border region.")
    assert any(c == "1056" for c, _s, _t, _m in found), found


def test_insisting_that_a_fact_holds_is_no_demand() -> None:
    found = _events("Tehran insisted that the European Union had lifted the sanctions.")
    assert not any(c.startswith("10") for c, _s, _t, _m in found), found
