"""``newsevents evaluate``: score a stage against a gold file, or run the accuracy gate."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import EvaluationError
from ..evaluate.gate import DEFAULT_FLOORS, find_floors, run_gate, update_floors
from ..evaluate.gold import GoldFormatError
from ..evaluate.registry import TASKS, TaskUnavailable, run
from ..evaluate.render import print_gate, print_report, report_dict
from .common import console, error_console


def evaluate(
    task: str | None = typer.Option(None, "--task", "-t", help=f"One of: {', '.join(TASKS)}."),
    gold: Path | None = typer.Option(
        None, "--gold", "-g", help="Gold file (format per task: docs/evaluate.md)."
    ),
    limit: int | None = typer.Option(
        None, "--limit", "-n", min=1, help="Score only the first N documents/records."
    ),
    half: str | None = typer.Option(
        None, "--half", help="ConfliBERT tasks and times: even | odd | all sentences or files "
        "(0-based index in file / sorted path order)."
    ),
    against: Path | None = typer.Option(
        None, "--against", help="agreement: the second annotation file, compared with --gold."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    details: bool = typer.Option(False, "--details", help="Also list every miss."),
    all_: bool = typer.Option(False, "--all", help="Run the accuracy gate over eval/floors.json."),
    floors: Path = typer.Option(DEFAULT_FLOORS, "--floors", help="Floors file for --all."),
    shared: Path | None = typer.Option(
        None, "--shared", help="Development data folder (default ../shared next to the checkout)."
    ),
    update: bool = typer.Option(
        False,
        "--update-floors",
        help="With --all: raise floors to the measured scores (never lowers one).",
    ),
    margin: float = typer.Option(
        0.0,
        "--margin",
        min=0.0,
        help="With --update-floors: keep floors this far below the scores.",
    ),
) -> None:
    """Print precision/recall/F1 and per-class tables for one task, or run the gate (--all).

    Exit codes: 0 ok; 1 the gate failed (a score below its floor) or the evaluation could not
    run; 2 usage errors.
    """
    if all_:
        if task or gold:
            raise typer.BadParameter(
                "--all runs every task in the floors file; drop --task/--gold", param_hint="--all"
            )
        floors_file = find_floors(floors)
        if floors_file is None:
            error_console.print(EvaluationError("E050", input="evaluate", path=floors).line(),
                                markup=False, highlight=False)
            sys.exit(1)
        result = run_gate(floors_file, shared=shared)
        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
        else:
            print_gate(result, console)
        if update:
            for line in update_floors(result.floors, result, margin=margin):
                error_console.print(f"floor raised: {line}", highlight=False)
        if result.failed:
            sys.exit(1)
        return
    if update:
        raise typer.BadParameter("only with --all", param_hint="--update-floors")
    if not task or not gold:
        raise typer.BadParameter("give --task and --gold, or --all", param_hint="--task")
    if task not in TASKS:
        raise typer.BadParameter(f"one of {', '.join(TASKS)}", param_hint="--task")
    if not gold.exists():
        raise typer.BadParameter(f"{gold} does not exist", param_hint="--gold")
    if half is not None and half not in ("even", "odd", "all"):
        raise typer.BadParameter("one of even, odd, all", param_hint="--half")
    if half is not None and not (task.startswith("conflibert") or task == "times"):
        raise typer.BadParameter("only with the conflibert-* and times tasks",
                                 param_hint="--half")
    if (against is None) != (task != "agreement"):
        raise typer.BadParameter("--against goes with --task agreement (and it needs one)",
                                 param_hint="--against")
    if against is not None and not against.exists():
        raise typer.BadParameter(f"{against} does not exist", param_hint="--against")
    try:
        report = run(task, gold, limit=limit, half=half, against=against)
    except (TaskUnavailable, GoldFormatError, ValueError) as exc:
        error_console.print(f"evaluate: {exc}", markup=False, highlight=False)
        sys.exit(1)
    except EvaluationError as exc:
        error_console.print(exc.line(), markup=False, highlight=False)
        sys.exit(1)
    if as_json:
        sys.stdout.write(json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n")
    else:
        print_report(report, console, details=details)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
