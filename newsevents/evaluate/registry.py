"""Which evaluation module scores which task.

Task modules are written by the stage owners and imported lazily, so a missing or broken one
costs only its own task (reported as such) and ``newsevents evaluate --task events`` never pays
for importing the others.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import Report

Evaluator = Callable[..., Report]

# task name -> module under newsevents.evaluate exposing evaluate(gold, *, limit=None) -> Report
# ("module:function" when a module scores several tasks)
TASKS: dict[str, str] = {
    "extraction": "extraction",
    "events": "events",
    "plover": "plover",
    "quotes": "quotes",
    "times": "times",
    "actors": "actors",
    "conflibert-classes": "conflibert:evaluate_classes",
    "conflibert-spans": "conflibert:evaluate_spans",
    "nonpolitical": "nonpolitical",
    "agreement": "agreement",
}


class TaskUnavailable(RuntimeError):
    """The task's evaluation module cannot be imported (not written yet, or broken)."""


def evaluator(task: str) -> Evaluator:
    """The ``evaluate`` function of a task; raises :class:`TaskUnavailable` with the reason."""
    if task not in TASKS:
        raise TaskUnavailable(f"unknown task {task!r} (one of {', '.join(TASKS)})")
    module_name, _, func_name = TASKS[task].partition(":")
    name = f"newsevents.evaluate.{module_name}"
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise TaskUnavailable(f"{name} cannot be imported: {exc}") from exc
    func = getattr(module, func_name or "evaluate", None)
    if not callable(func):
        raise TaskUnavailable(f"{name} has no {func_name or 'evaluate'}(gold, *, limit=None) "
                              "function")
    return func


def run(task: str, gold: Path, *, limit: int | None = None, **options: Any) -> Report:
    """Run one evaluation; the report's ``seconds`` is wall time measured here when unset.

    ``options`` (``half=``, ``against=`` …) go to the task's function only when set, so tasks
    that take none keep their plain ``evaluate(gold, *, limit=None)`` signature.
    """
    import time

    func = evaluator(task)
    start = time.perf_counter()
    report = func(Path(gold), limit=limit, **{k: v for k, v in options.items() if v is not None})
    if not report.seconds:
        report.seconds = time.perf_counter() - start
    return report
