"""``newsevents run``: batch-process many inputs into Parquet (and DuckDB), locally or on Ray."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import NewsEventsError
from ..scale import EngineUnavailable, RunSummary, run
from .common import console, error_console


def run_command(
    inputs: list[Path] = typer.Argument(
        ..., help="Files or folders (text, HTML, JSONL, RSS/Atom, WARC); folders are walked."
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder for the Parquet tables."),
    db: Path | None = typer.Option(
        None, "--db", help="Also write every document to this DuckDB file."
    ),
    engine: str = typer.Option("local", help="local (process pool) or ray (Ray Data)."),
    address: str | None = typer.Option(
        None, help="Ray cluster address (e.g. ray://head:10001 or auto); local Ray when absent."
    ),
    processes: int | None = typer.Option(
        None, "--processes", "-p", min=1, help="Worker processes / Ray actors (default: all cores)."
    ),
    batch_size: int = typer.Option(32, min=1, help="Documents per nlp.pipe batch and work chunk."),
    published: str | None = typer.Option(
        None, help="Publication date YYYY-MM-DD for the inputs that carry no date of their own."
    ),
    force_published: bool = typer.Option(
        False, "--force-published", help="Give every input the --published date, over its own."
    ),
    dedup: bool = typer.Option(
        True, "--dedup/--no-dedup", help="Merge syndicated near-copies into one document."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Process every document in INPUTS and write Parquet partitioned by publication date.

    Reruns over the same --out skip unchanged inputs and documents already written.
    Failed inputs are listed in the failures table and on stderr; the run carries on.
    Exit code 1 only when every attempted document failed; 2 on usage errors.
    """
    if engine not in ("local", "ray"):
        raise typer.BadParameter("use local or ray", param_hint="--engine")
    started = time.perf_counter()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=error_console,
        disable=quiet,
        transient=False,
    )
    task = progress.add_task("processing", total=None, rate=0.0, detail="")
    last = 0.0

    def update(summary: RunSummary) -> None:
        nonlocal last
        now = time.perf_counter()
        if now - last < 0.2:
            return
        last = now
        elapsed = max(now - started, 1e-9)
        progress.update(
            task,
            completed=summary.seen,
            rate=summary.seen / elapsed,
            detail=f"{summary.copies} copies, {summary.failures} failed, {summary.skipped} skipped",
        )

    try:
        with progress:
            summary = run(
                inputs,
                out,
                db=db,
                engine=engine,  # type: ignore[arg-type]
                address=address,
                processes=processes,
                batch_size=batch_size,
                published=published,
                force_published=force_published,
                dedup=dedup,
                on_progress=update,
            )
            last = 0.0
            update(summary)
    except EngineUnavailable as exc:
        error_console.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(2)
    except NewsEventsError as exc:
        error_console.print(exc.line(), markup=False, highlight=False)
        sys.exit(2)
    for line in summary.failure_lines:
        error_console.print(line, markup=False, highlight=False)
    elapsed = time.perf_counter() - started
    console.print(
        f"{summary.documents} documents, {summary.copies} copies merged, {summary.events} events, "
        f"{summary.failures} failed, {summary.skipped} already written, "
        f"{summary.skipped_inputs} unchanged inputs skipped → {out} ({elapsed:.1f} s)",
        markup=False,
        highlight=False,
    )
    if summary.failures and summary.processed == summary.failures:
        sys.exit(1)


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)
