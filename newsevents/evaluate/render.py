"""Showing reports and gate results: Rich tables for people, plain JSON for machines."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich import box
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
    console.print(f"{report.task} — {report.gold} ({report.n} items, {report.seconds:.1f} s)",
                  highlight=False, markup=False)
    head = Table()
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


def _gold_name(gold: str, limit: int | None) -> str:
    """The gold without the folders every entry shares, with the subset size."""
    name = gold.rstrip("/")
    for prefix in ("${shared}/data/", "${shared}/", "eval/gold/"):
        name = name.removeprefix(prefix)
    return f"{name}[:{limit}]" if limit else name


def print_gate(result: GateResult, console: Console) -> None:
    """One row per floor: score, floor and status, then the verdict (seconds are in ``--json``).

    Narrow enough for an 80-column terminal: the gold is named by its file name and the notes of
    skipped or failed rows follow the table as lines of their own, instead of a folded column.
    """
    console.print("accuracy gate (eval/floors.json)", highlight=False)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for col in ("task", "gold", "metric", "score", "bound", "status"):
        table.add_column(col, no_wrap=True, overflow="ellipsis",
                         justify="right" if col in ("score", "bound") else "left")
    style = {"pass": "green", "FAIL": "bold red", "skip": "yellow"}
    for r in result.rows:
        bound = f"≤{r.floor:.3f}" if r.ceiling else _cell(r.floor)
        half = f" {r.options['half']}" if "half" in r.options else ""
        table.add_row(r.task, _gold_name(r.gold, r.limit) + half, r.metric, _cell(r.score),
                      bound, f"[{style[r.status]}]{r.status}[/]")
    console.print(table)
    for r in result.rows:
        if r.message and r.status != "pass":
            console.print(f"{r.status}: {r.task} {r.gold} {r.metric}: {r.message}",
                          highlight=False, markup=False, soft_wrap=True)
    skipped = sum(r.status == "skip" for r in result.rows)
    failed = sum(r.status == "FAIL" for r in result.rows)
    verdict = "[bold red]FAILED[/]" if failed else "[green]passed[/]"
    console.print(f"gate {verdict}: {len(result.rows) - failed - skipped} passed, {failed} failed, "
                  f"{skipped} skipped")
