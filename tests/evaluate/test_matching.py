"""The matching rules of docs/evaluate.md, on hand-made predictions (no pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate.events import score
from newsevents.evaluate.gold import GoldFormatError, GoldPassage, parse_passage, read_gold
from newsevents.evaluate.matching import match, same_event, violations


def gold_event(**kw: object) -> GoldPassage:
    obj = {"id": "x", "text": "t", "events": [{"modality": "asserted", **kw}]}
    return parse_passage(obj, "test", Path("gold.jsonl"))


def one(**kw: object):  # type: ignore[no-untyped-def]
    return gold_event(**kw).events[0]


def test_cameo_and_actor_prefixes(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="POL", target="USA", cameo="02")
    assert same_event(g, pred("0234", "POLGOV", "USAGOV"))
    assert same_event(g, pred("02", "POL", "USA"))
    assert not same_event(g, pred("0341", "POLGOV", "USAGOV"))  # other root
    assert not same_event(g, pred("0234", "RUSGOV", "USAGOV"))  # other source
    assert not same_event(g, pred("0234", "POLGOV", None))  # target missing


def test_code_must_start_with_gold_code(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="POL", target="USA", cameo="0234")
    assert same_event(g, pred("0234", "POL", "USA"))
    assert not same_event(g, pred("023", "POL", "USA"))  # less specific than gold
    assert not same_event(g, pred("0232", "POL", "USA"))


def test_cameo_any_and_actor_lists(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="USA", target=["UKR", "RUS"], cameo_any=["04", "03"])
    assert same_event(g, pred("046", "USAGOV", "RUSGOV"))
    assert same_event(g, pred("036", "USA", "UKR"))
    assert not same_event(g, pred("057", "USA", "UKR"))


def test_swap_not_allowed_unless_symmetric(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="POL", target="FRA", cameo="04")
    assert not same_event(g, pred("046", "FRA", "POL"))
    g2 = one(source="POL", target="FRA", cameo="04", symmetric=True)
    assert same_event(g2, pred("046", "FRAGOV", "POLGOV"))


def test_null_actor_means_any(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="RUS", target=None, cameo="11")
    assert same_event(g, pred("111", "RUSGOV", None))
    assert same_event(g, pred("111", "RUSGOV", "FRAGOV"))


def test_null_in_an_actor_list_means_or_no_participant(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="USA", target=["USAMED", None], cameo="11")
    assert same_event(g, pred("111", "USAGOV", "USAMED"))
    assert same_event(g, pred("111", "USAGOV", None))
    assert not same_event(g, pred("111", "USAGOV", "RUSGOV"))
    with pytest.raises(GoldFormatError):
        one(source="USA", target=["USAMED", 3], cameo="11")


def test_modality_breaks_ties_and_matching_is_one_to_one(pred) -> None:  # type: ignore[no-untyped-def]
    p = gold_event(source="POL", target="USA", cameo="02")
    preds = [pred("0234", "POL", "USA", "hypothetical"), pred("0234", "POL", "USA", "asserted")]
    assert match(p.events, preds) == [1]
    twice = parse_passage({"id": "y", "text": "t", "events": [
        {"source": "POL", "target": "USA", "cameo": "02", "modality": "asserted"},
        {"source": "POL", "target": "USA", "cameo": "02", "modality": "asserted"}]},
        "test", Path("g.jsonl"))
    assert match(twice.events, [pred("0234", "POL", "USA")]) == [0, None]


def test_must_not_assert_only_counts_asserted(pred) -> None:  # type: ignore[no-untyped-def]
    p = parse_passage({"id": "z", "text": "t", "events": [], "must_not_assert": [
        {"source": "USA", "target": "POL", "cameo_any": ["06", "07"]},
        {"sentence_contains": "STRIKES"}]}, "test", Path("g.jsonl"))
    assert violations(p.must_not_assert, [pred("062", "USA", "POL", "hypothetical")]) == []
    assert violations(p.must_not_assert, [pred("062", "USAGOV", "POLGOV", "asserted")]) == [0]
    headline = pred("190", "RUS", "UKR", "asserted", sentence="RUSSIA STRIKES WESTERN UKRAINE")
    assert violations(p.must_not_assert, [headline]) == [1]


def test_score_counts(pred) -> None:  # type: ignore[no-untyped-def]
    p = parse_passage({"id": "a", "text": "t", "published": "2025-03-14", "events": [
        {"source": "POL", "target": "USA", "cameo": "02", "modality": "asserted",
         "date": "2025-03-13", "trigger": "called on"},
        {"source": "RUS", "target": "FRA", "cameo": "11", "modality": "negated"}],
        "must_not_assert": [{"source": "USA", "target": "POL", "cameo": "12"}]},
        "test", Path("g.jsonl"))
    preds = [pred("0234", "POLGOV", "USA", "asserted", "2025-03-13", "called"),
             pred("111", "RUSGOV", "FRAGOV", "asserted"),
             pred("120", "USA", "POL", "asserted"),  # a false positive and a violation
             ]
    out = score([p], [preds])
    m = out["metrics"]
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 0)
    assert m["precision"] == pytest.approx(2 / 3)
    assert m["recall"] == 1.0
    assert m["modality_accuracy"] == 0.5  # the negated event came out asserted
    assert m["date_accuracy"] == 1.0
    assert m["trigger_accuracy"] == 1.0
    assert m["must_not_assert_violations"] == 1.0
    assert m["must_not_assert_ok"] == 0.0
    roots = {r["root"]: r for r in out["tables"]["per_root"]}
    assert roots["12"]["predicted"] == 1 and roots["12"]["precision"] == 0.0
    assert roots["02"]["recall"] == 1.0
    mods = {r["modality"]: r for r in out["tables"]["per_modality"]}
    assert mods["negated"]["modality_accuracy"] == 0.0


def test_non_exhaustive_passage_has_no_false_positives(pred) -> None:  # type: ignore[no-untyped-def]
    p = parse_passage({"id": "s", "text": "t", "exhaustive": False, "events": [
        {"source": "POL", "target": "USA", "cameo": "02", "modality": "asserted"}]},
        "test", Path("g.jsonl"))
    m = score([p], [[pred("0234", "POL", "USA"), pred("042", "FRA", "DEU")]])["metrics"]
    assert (m["tp"], m["fp"], m["fn"]) == (1, 0, 0)


@pytest.mark.parametrize("bad, reason", [
    ({"cameo": "25", "modality": "asserted"}, "not a CAMEO"),
    ({"cameo": "02", "modality": "maybe"}, "unknown modality"),
    ({"cameo": "02"}, "modality is required"),
    ({"cameo": "02", "modality": "asserted", "source": "pol"}, "actor code"),
    ({"cameo": "02", "modality": "asserted", "date": "13 March"}, "TIMEX3"),
    ({"cameo": "02", "modality": "asserted", "date": "1"}, "TIMEX3"),
    ({"cameo": "02", "modality": "asserted", "date": "19901"}, "TIMEX3"),
    ({"cameo": "02", "modality": "asserted", "who": "x"}, "unknown key"),
])
def test_gold_reader_rejects_mistakes(bad: dict[str, object], reason: str) -> None:
    with pytest.raises(GoldFormatError, match=reason):
        parse_passage({"id": "b", "text": "t", "events": [bad]}, "test", Path("g.jsonl"))


def test_gold_reader_path_key_and_limit(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Peru recalled its ambassador.", encoding="utf-8")
    lines = [{"id": f"p{i}", "path": "article.txt", "events": []} for i in range(3)]
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    passages = read_gold(gold, limit=2)
    assert [p.id for p in passages] == ["p0", "p1"]
    assert passages[0].text == "Peru recalled its ambassador."
    gold.write_text(json.dumps(lines[0]) + "\n" + json.dumps(lines[0]) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="duplicate"):
        read_gold(gold)


def test_shipped_gold_files_are_valid() -> None:
    """Every gold file in eval/gold parses, and the own suite covers every root and modality."""
    from newsevents.evaluate.gold import REPO_ROOT
    from newsevents.records import MODALITIES

    for path in sorted((REPO_ROOT / "eval" / "gold").glob("*.jsonl")):
        if path.name in {"actors.jsonl"}:
            continue  # the actors helper's own format
        assert read_gold(path), path
    own = read_gold(REPO_ROOT / "eval" / "gold" / "events_passages.jsonl")
    assert len(own) >= 60
    roots = {c[:2] for p in own for e in p.events for c in e.cameo}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    modalities = {m for p in own for e in p.events for m in e.modality}
    assert modalities == set(MODALITIES)
    seed = read_gold(REPO_ROOT / "eval" / "gold" / "seed.jsonl")
    assert len(seed[0].events) == 10 and seed[0].text.startswith("Poland’s President")


def test_rebels_and_insurgents_are_one_sector(pred) -> None:  # type: ignore[no-untyped-def]
    # the annotation guide gives "REB / INS" as one row: annotators do not tell them apart
    g = one(source="AFGINS", target="AFGGOV", cameo="19")
    assert same_event(g, pred("190", "AFGREB", "AFGGOV"))
    assert same_event(one(source="REB", cameo="19"), pred("190", "INS", None))
    assert not same_event(g, pred("190", "AFGUAF", "AFGGOV"))


def test_empty_actor_code_is_an_uncodable_actor(pred) -> None:  # type: ignore[no-untyped-def]
    g = one(source="", target="USA", cameo="11")
    assert same_event(g, pred("111", "", "USAGOV"))
    assert same_event(g, pred("111", None, "USAGOV"))
    assert not same_event(g, pred("111", "RUSGOV", "USAGOV"))
    g2 = one(source="RUS", target=["USACVL", ""], cameo="11")
    assert same_event(g2, pred("111", "RUSGOV", "USACVL"))
    assert same_event(g2, pred("111", "RUSGOV", ""))
    assert not same_event(g2, pred("111", "RUSGOV", "FRAGOV"))
    assert not same_event(one(source="RUS", target="USA", cameo="11"), pred("111", "RUS", ""))


def test_gold_dates_may_be_decades_and_centuries() -> None:
    for value in ("199", "19", "2019-Q3", "2019-W02-WE"):
        assert one(cameo="02", date=value).date == (value,)
