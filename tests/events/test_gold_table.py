"""The 250-passage events table (eval/gold/events_sentences.jsonl): accuracy per root and
per modality, with floors so a regression fails the build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate import Report
from newsevents.evaluate.events import evaluate

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "events_sentences.jsonl"
ROOTS = {f"{r:02d}" for r in range(1, 21)}
MODALITIES = {"asserted", "negated", "hypothetical", "conditional", "future", "requested",
              "reported_unverified"}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(GOLD)


def test_table_covers_every_root_and_modality() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200
    events = [e for r in rows for e in r["events"] if not e.get("optional")]
    assert {e["cameo"][:2] for e in events} == ROOTS
    assert {e["modality"] for e in events} == MODALITIES
    for r in rows:
        assert r["text"].strip() and r["id"]


def test_overall_floors(report: Report) -> None:
    m = report.metrics
    print("\nevents table:", {k: round(v, 3) for k, v in m.items()})
    assert m["precision"] >= 0.88
    assert m["recall"] >= 0.85
    assert m["modality_accuracy"] >= 0.95
    assert m["must_not_assert_violations"] == 0


def test_per_root_floor(report: Report) -> None:
    rows = {row["root"]: row for row in report.tables["per_root"]}
    for root in sorted(ROOTS):
        row = rows[root]
        print(f"root {root}: gold {row['gold']} recall {row['recall']} "
              f"precision {row['precision']}")
    assert set(rows) >= ROOTS
    assert all(rows[r]["recall"] >= 0.5 for r in ROOTS), rows


def test_per_modality_floor(report: Report) -> None:
    rows = {row["modality"]: row for row in report.tables["per_modality"]}
    for mod, row in sorted(rows.items()):
        print(f"{mod}: gold {row['gold']} recall {row['recall']} "
              f"modality accuracy {row['modality_accuracy']}")
    assert set(rows) >= MODALITIES
    for mod in MODALITIES:
        assert rows[mod]["recall"] >= 0.6, (mod, rows[mod])
        assert rows[mod]["modality_accuracy"] >= 0.85, (mod, rows[mod])
