"""``newsevents ingest``: store articles in a DuckDB file, with a progress bar and a summary."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import NewsEventsError
from ..store import DEFAULT_DB, Store, remove_database
from ..store.ingest import Summary, ingest_paths
from .common import console, error_console, plural


def ingest(
    paths: list[Path] = typer.Argument(
        ...,
        help="Files or folders (text, HTML, JSONL, RSS/Atom, WARC); folders are read recursively.",
    ),
    db: Path = typer.Option(
        Path(DEFAULT_DB), "--db", help="DuckDB file to write (created if missing)."
    ),
    published: str | None = typer.Option(
        None, help="Publication date YYYY-MM-DD for the inputs that carry no date of their own."
    ),
    force_published: bool = typer.Option(
        False, "--force-published", help="Give every input the --published date, over its own."
    ),
    url: str | None = typer.Option(None, help="Source URL for every input."),
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Print one line per document: stored or duplicate, input."
    ),
) -> None:
    """Extract every document in PATHS and store it in a DuckDB file.

    Documents already in the database (same clean text) are skipped, so rerunning an interrupted
    ingest stores each document exactly once. Bad inputs print a one-line error with a numbered
    code, are recorded in the `failures` table, and the batch carries on.

    Exit code: 0 when at least one document was stored or already present, 1 only when nothing
    at all succeeded.
    """
    existed = db.exists()
    try:
        store = Store(db)
    except NewsEventsError as exc:
        error_console.print(exc.line(), markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    summary = Summary()
    with (
        store,
        Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/]"),
            BarColumn(),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            console=error_console,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("ingest", total=None)
        outcomes = ingest_paths(store, paths, published=published,
                                force_published=force_published, url=url)
        for outcome in outcomes:
            summary.add(outcome)
            if outcome.failure is not None:
                progress.console.print(
                    outcome.failure.line(), markup=False, highlight=False, soft_wrap=True
                )
            elif verbose:
                console.print(
                    f"{outcome.status} {outcome.input}", markup=False, highlight=False,
                    soft_wrap=True,
                )  # fmt: skip
            progress.advance(task)
    if summary.succeeded == 0 and not existed:
        remove_database(db)  # nothing stored: leave no empty database behind
        target = "no database written"
    else:
        target = f"→ {db}"
    console.print(
        f"{plural(summary.read, 'document')} read, {summary.stored} stored, "
        f"{summary.duplicates} skipped as "
        f"{'a duplicate' if summary.duplicates == 1 else 'duplicates'}, "
        f"{summary.failed} failed {target}",
        highlight=False, soft_wrap=True,
    )
    if summary.succeeded == 0:
        sys.exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
