"""Showing reports and gate results: Rich tables for people, plain JSON for machines."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table

from . import Report
from .gate import GateResult

# tables that list individual misses: long, so shown only with details=True
DETAIL_TABLES = {"missed", "must_not_assert_violations", "errors"}


def report_dict(report: Report) -> dict[str, Any]:
    return asdict(report)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def _table(title: str, rows: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    return table


def print_report(report: Report, console: Console, *, details: bool = False) -> None:
    """Headline metrics, then each per-class table (miss lists only with ``details``)."""
    head = Table(title=f"{report.task} — {report.gold} ({report.n} items, "
                       f"{report.seconds:.1f} s)", title_justify="left")
    head.add_column("metric")
    head.add_column("score", justify="right")
    for name, value in report.metrics.items():
        head.add_row(name, _cell(float(value)))
    console.print(head)
    for name, rows in report.tables.items():
        if not rows or (name in DETAIL_TABLES and not details):
            continue
        console.print(_table(name, rows))
    for note in report.notes:
        console.print(f"[dim]{note}[/dim]", highlight=False)


def print_gate(result: GateResult, console: Console) -> None:
    """One row per floor: score, floor, status and seconds, then the verdict."""
    table = Table(title="accuracy gate (eval/floors.json)", title_justify="left")
    for col in ("task", "gold", "limit", "metric", "score", "floor", "status", "seconds", "note"):
        table.add_column(col, overflow="fold",
                         justify="right" if col in ("score", "floor", "seconds") else "left")
    style = {"pass": "green", "FAIL": "bold red", "skip": "yellow"}
    for r in result.rows:
        table.add_row(r.task, r.gold, _cell(r.limit), r.metric, _cell(r.score), _cell(r.floor),
                      f"[{style[r.status]}]{r.status}[/]", f"{r.seconds:.1f}", r.message)
    console.print(table)
    skipped = sum(r.status == "skip" for r in result.rows)
    failed = sum(r.status == "FAIL" for r in result.rows)
    verdict = "[bold red]FAILED[/]" if failed else "[green]passed[/]"
    console.print(f"gate {verdict}: {len(result.rows) - failed - skipped} passed, {failed} failed, "
                  f"{skipped} skipped")
