"""Conjoined doers and their own possessive: "their" names the doers themselves, never whom
they act on; a reciprocal act is then one event from the first doer to the other — through
the real model, on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.events.targets import not_the_doers
from newsevents.records import Actor, Event


def _pairs(text: str, root: str = "") -> set[tuple[str, str]]:
    evs: list[Event] = [e for e in extract_text(text, published="2024-05-02").events
                        if e.cameo_root.startswith(root)]
    return {((e.source.code or e.source.country or "") if e.source else "",
             (e.target.code or e.target.country or "") if e.target else "") for e in evs}


def test_own_possessive_is_no_partner_of_a_reciprocal_act() -> None:
    pairs = _pairs("Colombia and Ecuador agreed to reopen their embassies.", "03")
    # one reciprocal event, from the first-named doer to the other (same_act.reciprocal_mirrors)
    assert {(s[:3], t[:3]) for s, t in pairs} == {("COL", "ECU")}, pairs


def test_own_possessive_is_not_the_second_doers_target() -> None:
    pairs = _pairs("Algeria and Morocco closed their borders to migrants from Mali.")
    assert pairs, pairs
    assert not any(s[:3] == "MAR" and t[:3] == "DZA" for s, t in pairs), pairs


def test_conjoined_violators_of_a_truce_breach_it_towards_each_other() -> None:
    pairs = _pairs("Armenia and Azerbaijan violated the truce within hours.", "19")
    # one reciprocal event, first-named doer → the other (same_act.reciprocal_mirrors)
    assert {(s[:3], t[:3]) for s, t in pairs} == {("ARM", "AZE")}, pairs


def test_a_single_violator_names_no_one() -> None:
    pairs = _pairs("Armenian forces violated the truce within hours.", "19")
    assert pairs and all(t == "" for _, t in pairs), pairs


def _actor(mention: str, start: int, code: str, entity: str | None = None) -> Actor:
    return Actor(mention=mention, start=start, end=start + len(mention), name=mention,
                 kind="state", country=code[:3], code=code, entity=entity)


def test_not_the_doers_keeps_other_parties_and_single_doers() -> None:
    col, ecu = _actor("Colombia", 0, "COL", "state:COL"), _actor("Ecuador", 13, "ECU")
    their = _actor("their", 45, "COL", "state:COL")
    peru = _actor("Peru", 60, "PER")
    assert not_the_doers([their, peru], [col, ecu]) == [peru]
    assert not_the_doers([their], [col]) == [their]  # one doer: the slot decides


def test_a_one_sided_act_of_conjoined_doers_keeps_its_event() -> None:
    # only a reciprocal pattern reads the doers as each other's partners: a one-sided act
    # ("merge", PETRARCH's, which must name whom) keeps what its slot found rather than vanish
    pairs = _pairs("Russia and Belarus agreed to merge their air defence systems.", "06")
    assert pairs, pairs


def test_a_one_sided_act_on_the_doers_own_names_no_partner() -> None:
    # "their ambassadors" are both doers' own: neither recalled them from the other, and the
    # first doer's event is not lost as aimed at itself
    pairs = _pairs("France and Britain recalled their ambassadors.", "16")
    assert {s[:3] for s, _ in pairs} == {"FRA", "GBR"}, pairs
    assert all(t == "" for _, t in pairs), pairs
