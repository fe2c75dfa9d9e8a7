"""PLOVER gold standard records (development half): share of records where we find an event of
the gold type with the gold source (and target) countries. Floors pin today's level so a
regression fails; the aim is above 0.7 (see the closing report for the current numbers)."""

from __future__ import annotations

import pytest

from newsevents.evaluate.plover import evaluate
from tests.conftest import shared_path


@pytest.mark.slow
@pytest.mark.shared
def test_plover_gsr_dev() -> None:
    report = evaluate(shared_path("data", "events", "plover-gsr", "dev.json"))
    m = report.metrics
    print("\nPLOVER GSR dev:", {k: round(v, 3) for k, v in m.items()})
    for row in report.tables["per_type"]:
        print(row)
    assert m["type_recall"] >= 0.45
    assert m["type_source_recall"] >= 0.38
    assert m["type_source_target_recall"] >= 0.24
