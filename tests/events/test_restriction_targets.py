"""Whom a restriction acts on: the measure a pattern names is never its target ("a state of
siege", "the curfew order"), and a state's curfew, emergency rule or ban that names no place
and nobody acted on restricts its own country's population (CAMEO 172x) — through the real
model, on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str, root: str) -> list[Event]:
    found = [e for e in extract_text(text, published="2024-05-02").events
             if e.cameo.startswith(root)]
    assert found, f"no {root} event in {text!r}"
    return found


def test_a_ban_on_a_practice_restricts_the_states_own_people() -> None:
    (ev,) = _events("Algeria imposed a ban on niqabs in public offices.", "172")
    assert ev.target is not None and ev.target.code == "DZACVL", ev.target


def test_each_state_of_a_conjoined_source_restricts_its_own_people() -> None:
    evs = _events("Chad and Niger imposed bans on motorbike taxis last year.", "172")
    pairs = {(e.source.country if e.source else None, e.target.code if e.target else None)
             for e in evs}
    assert pairs == {("TCD", "TCDCVL"), ("NER", "NERCVL")}, pairs


def test_a_named_party_stays_the_target_of_a_ban() -> None:
    (ev,) = _events("Ecuador banned the opposition party.", "172")
    assert ev.target is not None and ev.target.code == "ECUOPP", ev.target


def test_a_company_ban_restricts_no_population() -> None:
    evs = [e for e in extract_text("Nike imposed a ban on sales.", published="2024-05-02").events]
    assert all(e.target is None or e.target.sector != "CVL" for e in evs), evs


def test_the_curfew_order_is_what_was_extended_not_whom() -> None:
    evs = _events("Police will extend the curfew order in Kandy for another week.", "172")
    assert all(e.target is None or "curfew" not in e.target.mention for e in evs), [
        e.target for e in evs]
    assert any(e.target is not None and e.target.code == "LKACVL" for e in evs), [
        e.target for e in evs]


def test_a_state_of_siege_is_the_measure_not_its_target() -> None:
    (ev,) = _events("The junta declared a state of siege.", "172")
    assert ev.target is None or "siege" not in ev.target.mention, ev.target
