"""Evaluation: every stage scored against gold files (``newsevents evaluate``).

Each task module exposes ``evaluate(gold: Path, *, limit: int | None = None) -> Report``; the
harness (CLI, floors in ``eval/floors.json``, the CI gate) only ever sees :class:`Report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Report:
    """Scores of one evaluation run.

    ``metrics`` holds the headline numbers compared with floors (names like ``f1``,
    ``value_accuracy``); ``tables`` holds per-class breakdowns (rows of dicts) for display.
    """

    task: str
    gold: str
    n: int
    metrics: dict[str, float]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
