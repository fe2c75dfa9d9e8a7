"""``newsevents.evaluate.actors`` over the repository's mention-in-context table."""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.evaluate.actors import evaluate, load_gold

from .conftest import REPO

GOLD = REPO / "eval" / "gold" / "actors.jsonl"


def test_table_is_large_and_well_formed() -> None:
    cases = load_gold(GOLD)
    assert len(cases) >= 150
    for case in cases:
        case.span()  # raises when the mention is not in its text


def test_accuracy_on_the_table() -> None:
    report = evaluate(GOLD)
    assert report.task == "actors" and report.n >= 150
    assert report.metrics["accuracy"] >= 0.95, report.tables["errors"]
    assert {row["method"] for row in report.tables["by_method"]} >= {
        "dictionary", "metonymy", "coreference", "apposition"}


def test_wrong_answers_are_counted(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "published": "2025-03-14", "text": "Moscow has rejected the plan.",
         "mention": "Moscow", "code": "RUSGOV", "kind": "state"},
        {"id": "b", "published": "2025-03-14", "text": "Moscow has rejected the plan.",
         "mention": "Moscow", "code": "USAGOV", "kind": "state"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate(gold)
    assert report.metrics["code_accuracy"] == 0.5
    assert [e["id"] for e in report.tables["errors"]] == ["b"]
    assert evaluate(gold, limit=1).n == 1


def test_rebels_and_insurgents_score_as_one_sector(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    text = "The rebels seized the town of Marlowe on Sunday."
    rows = [
        {"id": "a", "published": "2025-03-14", "text": text, "mention": "rebels",
         "code": "INS", "kind": "group"},
        {"id": "b", "published": "2025-03-14", "text": text, "mention": "rebels",
         "code": "CVL", "kind": "group"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate(gold)
    assert report.metrics["code_accuracy"] == 0.5
