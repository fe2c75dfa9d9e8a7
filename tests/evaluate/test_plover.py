"""PLOVER GSR reader and scoring on a two-record fixture (hand-made events, no pipeline)."""

from __future__ import annotations

from pathlib import Path

from newsevents.evaluate.plover import read_gsr, read_table, record_result, type_ok
from newsevents.records import (
    Actor,
    Attribution,
    Event,
    Evidence,
    Plover,
    Span,
)


def actor(code: str | None) -> Actor | None:
    if code is None:
        return None
    return Actor(mention=code, start=0, end=1, name=code, kind="state", country=code[:3],
                 code=code)


def event(cameo: str, source: str | None, target: str | None, plover: str = "") -> Event:
    return Event(event_id="e", sentence=Span(0, 1, "s"), trigger=Span(0, 1, "t"),
                 source=actor(source), target=actor(target), cameo=cameo, cameo_root=cameo[:2],
                 cameo_name="", quad_class=1, goldstein=0.0, plover=Plover(plover),
                 modality="asserted", date=None, place=None, attribution=Attribution(),
                 evidence=Evidence("test"))


def test_read_gsr(fixtures: Path) -> None:
    records = read_gsr(fixtures / "plover_two.json")
    assert [r.event for r in records] == ["DEMAND", "AGREE"]
    assert records[0].sources == ("LBN",) and records[0].targets == ("ISR",)
    assert records[1].compound and records[1].targets == ()  # a stray "" target is no actor
    assert len(read_gsr(fixtures / "plover_two.json", limit=1)) == 1


def test_read_table_skips_headers_and_trailer(fixtures: Path) -> None:
    table = read_table(fixtures / "cameo2plover_tiny.txt")
    assert table["084"] == ("RETREAT", "")
    assert table["090"] == ("ACCUSE", "investigate")
    assert "08" not in table and "03" not in table


def test_legacy_types() -> None:
    assert type_ok("DEMAND", {("REQUEST", "change")})
    assert type_ok("INVESTIGATE", {("ACCUSE", "investigate")})
    assert not type_ok("INVESTIGATE", {("ACCUSE", "disapprove")})
    assert type_ok("DISAPPROVE", {("ACCUSE", "disapprove")})
    assert not type_ok("DISAPPROVE", {("ACCUSE", "investigate")})
    assert type_ok("FIGHT", {("ASSAULT", "heavy-weapons")})
    assert not type_ok("AGREE", {("REJECT", "")})


def test_record_result(fixtures: Path) -> None:
    demand, agree = read_gsr(fixtures / "plover_two.json")
    table = read_table(fixtures / "cameo2plover_tiny.txt")
    assert record_result(demand, [event("106", "LBNGOV", "ISRMIL")], table) == (True, True, True)
    assert record_result(demand, [event("106", "LBN", "SYR")], table) == (True, True, False)
    assert record_result(demand, [event("111", "LBN", "ISR")], table) == (False, False, False)
    # a code missing from the table still counts through the event's own PLOVER type
    assert record_result(demand, [event("0256", "LBN", "ISR", "REQUEST")], table)[0]
    # compound record: Chile and Peru act on each other
    assert record_result(agree, [event("036", "CHL", "PER")], table) == (True, True, True)
    assert record_result(agree, [event("036", "PER", "CHLGOV")], table) == (True, True, True)
    assert record_result(agree, [event("036", "CHL", "BOL")], table) == (True, True, False)
