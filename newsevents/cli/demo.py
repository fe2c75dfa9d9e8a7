"""``newsevents demo``: ingest the bundled sample articles into a fresh database and show them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ..errors import NewsEventsError
from ..store import EventFilter
from ..store.demo import DEMO_DB, build_demo, fresh_store
from ..store.ingest import Summary
from .common import console, error_console, plural
from .query import events_table


def _quotes_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"quotes ({len(rows)})", show_lines=True, expand=True)
    table.add_column("speaker")
    table.add_column("kind")
    table.add_column("medium")
    table.add_column("quote", ratio=3)
    for row in rows:
        speaker = row["speaker_code"] or row["speaker_name"] or "—"
        if row["speaker_code"] and row["speaker_name"]:
            speaker = f"{row['speaker_code']} ({row['speaker_name']})"
        table.add_row(speaker, row["kind"], row["medium"] or "", row["text"])
    return table


def _actors_table(rows: list[dict[str, Any]]) -> Table:
    """One row per actor (person, body, state), not per code: who the stories are about."""
    table = Table(title=f"actors ({len(rows)})")
    table.add_column("actor")
    table.add_column("code")
    table.add_column("kind")
    table.add_column("mentions", justify="right")
    for row in rows:
        table.add_row(row["name"] or "", row["code"], row["kind"] or "", str(row["mentions"]))
    return table


def demo(
    db: Path = typer.Option(
        Path(DEMO_DB),
        "--db",
        help="Database to create; an earlier demo database there is replaced, any other file kept.",
    ),
) -> None:
    """Ingest the bundled sample articles into a fresh database and show what was found.

    Prints the events (source, target, CAMEO code, modality, date, sentence), the quotes and
    the actors, then how to explore the database further.
    """
    try:
        store = fresh_store(db)
    except NewsEventsError as exc:
        error_console.print(exc.line(), markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    except OSError as exc:
        error_console.print(f"{db}: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    summary = Summary()
    with store:
        with console.status("reading the sample articles…"):
            for outcome in build_demo(store):
                summary.add(outcome)
                if outcome.failure is not None:
                    error_console.print(
                        outcome.failure.line(), markup=False, highlight=False, soft_wrap=True
                    )
        events = store.events(EventFilter(), limit=None)
        quotes = store.quotes(limit=None)
        actors = store.actors(limit=None)
    console.print(
        f"[bold]{plural(summary.stored, 'sample article')}[/] stored in {db}: "
        f"{plural(len(events), 'event')}, {plural(len(quotes), 'quote')}, "
        f"{plural(len(actors), 'coded actor')}",
        soft_wrap=True,
    )
    console.print(events_table(events, title=f"events ({len(events)})"))
    if quotes:
        console.print(_quotes_table(quotes))
    if actors:
        console.print(_actors_table(actors))
    console.print("\nExplore it:", style="bold")
    for line in (
        f"newsevents query --db {db} --modality asserted",
        f"newsevents export --db {db} --format csv demo-export",
        # web UI (issue 8): the lead wires `serve`; this line points at it
        f"newsevents serve --db {db}   # then open http://127.0.0.1:8000",
    ):
        console.print(f"  {line}", highlight=False, soft_wrap=True)
    if summary.succeeded == 0:
        sys.exit(1)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
