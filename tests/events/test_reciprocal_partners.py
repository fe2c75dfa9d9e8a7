"""A reciprocal act's conjoined subject with one coded party and one named party nobody coded:
each is the other's target — through the real model, on sentences written for these tests
(in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2024-05-02").events)


def test_named_uncoded_partner_is_the_other_side() -> None:
    evs = [e for e in _events("Chile and the Mercosur bloc have agreed on a common tariff.")
           if e.cameo.startswith("03")]
    pairs = {(e.source.mention if e.source else "", e.target.mention if e.target else "")
             for e in evs}
    assert ("Chile", "the Mercosur bloc") in pairs, pairs
    # one reciprocal event, first-named doer → the other (same_act.reciprocal_mirrors)
    assert ("the Mercosur bloc", "Chile") not in pairs, pairs


def test_unnamed_conjunct_is_no_partner() -> None:
    evs = [e for e in _events("Chile and several others have agreed on a common tariff.")
           if e.cameo.startswith("03")]
    assert evs and all(e.target is None for e in evs), [e.target for e in evs]
