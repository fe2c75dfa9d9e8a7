"""PLOVER GSR reader and scoring on a two-record fixture (hand-made events, no pipeline)."""

from __future__ import annotations

from pathlib import Path

from newsevents.evaluate.plover import (
    GsrRecord,
    legacy_modes,
    legacy_type,
    mode_ok,
    predicted_types,
    read_gsr,
    read_table,
    record_result,
    type_ok,
)
from newsevents.plover_codes import plover_actor_code
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


def igo(code: str) -> Actor:
    return Actor(mention=code, start=0, end=1, name=code, kind="organisation", country=code[:3],
                 sector="IGO", code=code)


def event(cameo: str, source: str | None, target: str | None, plover: str = "",
          modality: str = "asserted", target_actor: Actor | None = None) -> Event:
    return Event(event_id="e", sentence=Span(0, 1, "s"), trigger=Span(0, 1, "t"),
                 source=actor(source), target=target_actor or actor(target), cameo=cameo,
                 cameo_root=cameo[:2], cameo_name="", quad_class=1, goldstein=0.0,
                 plover=Plover(plover), modality=modality,  # type: ignore[arg-type]
                 date=None, place=None, attribution=Attribution(), evidence=Evidence("test"))


def record(event_type: str, sources: tuple[str, ...], targets: tuple[str, ...]) -> GsrRecord:
    return GsrRecord(id="r", text="", event=event_type, sources=sources, targets=targets,
                     compound=not targets)


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


def test_codes_placed_elsewhere_by_0_5b1() -> None:
    """CAMEO codes the 2021 table moved count as their 0.5b1 type too (the data file's list)."""
    assert legacy_type("0813") == "CONCEDE" and legacy_type("0814") == "CONCEDE"
    assert legacy_type("0831") == "RETREAT" and legacy_type("1712") == "COERCE"
    assert legacy_type("192") == "FIGHT" and legacy_type("163") == "SANCTION"
    assert legacy_type("0841") is None and legacy_type("083") is None and legacy_type("19") is None
    table = {"0813": ("RETREAT", ""), "0831": ("CONCEDE", "")}
    assert record_result(record("CONCEDE", ("KEN",), ("KEN",)),
                         [event("0813", "KENGOV", "KEN")], table) == (True, True, True)
    assert record_result(record("RETREAT", ("PER",), ()),
                         [event("0831", "PERGOV", None)], table) == (True, True, True)
    # the 2021 type still counts
    assert record_result(record("RETREAT", ("KEN",), ("KEN",)),
                         [event("0813", "KENGOV", "KEN")], table)[0]


def test_negated_act_is_not_its_type() -> None:
    """A negated act counts only through its own PLOVER block (REJECT for a refusal)."""
    table = {"036": ("AGREE", "")}
    assert predicted_types(event("036", "KEN", "UGA", "AGREE", "negated"), table) == {
        ("AGREE", "")}
    refused = event("036", "KEN", "UGA", "REJECT", "negated")
    assert predicted_types(refused, table) == {("REJECT", "")}
    gold = record("AGREE", ("KEN",), ("UGA",))
    assert record_result(gold, [refused], table) == (False, False, False)
    assert record_result(gold, [event("036", "KEN", "UGA")], table) == (True, True, True)


def test_igo_actors_are_plover_igo() -> None:
    """PLOVER codes an intergovernmental body IGO: the UN Security Council (UNOSC) is one."""
    council = igo("UNOSC")
    assert plover_actor_code(council) == "IGO"
    assert plover_actor_code(actor("KENGOV")) == "KEN"
    table = {"129": ("REJECT", "")}
    gold = record("REJECT", ("KEN",), ("IGO",))
    assert record_result(gold, [event("129", "KENGOV", None, target_actor=council)],
                         table) == (True, True, True)


def test_0_5b1_mode_names() -> None:
    """A GSR mode also matches its draft-0.8 name (riot-spon → riot, strike-gen → boycott)."""
    assert legacy_modes("riot-spon") == {"riot-spon", "riot"}
    assert legacy_modes("obstruct") == {"obstruct"}
    table = {"145": ("PROTEST", "riot"), "143": ("PROTEST", "boycott"), "141": ("PROTEST", "demo")}
    riot = GsrRecord(id="r", text="", event="PROTEST", sources=("KEN",), targets=(),
                     compound=True, mode="riot-spon")
    assert mode_ok(riot, [event("145", "KENCVL", None)], table)
    assert not mode_ok(riot, [event("141", "KENCVL", None)], table)
    strike = GsrRecord(id="s", text="", event="PROTEST", sources=("KEN",), targets=(),
                       compound=True, mode="strike-gen")
    assert mode_ok(strike, [event("143", "KENLAB", None)], table)
