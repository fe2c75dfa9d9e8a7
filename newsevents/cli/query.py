"""``newsevents query``: filter stored events and print them as a table, CSV or JSON.

The filter options are declared once here and reused by ``newsevents export``, so both commands
accept the same filters with the same meaning (that of :class:`newsevents.store.EventFilter`).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from ..errors import NewsEventsError
from ..records import MODALITIES
from ..store import DEFAULT_DB, DayCoverage, DayStat, EventFilter, Store
from ..store.rows import DAY_SOURCES
from .common import console, error_console

# ------------------------------------------------------------------ shared filter options

DB = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB file written by `newsevents ingest`.")
ACTOR = typer.Option(
    None, "--actor", help="Actor code prefix, source or target (POL matches POLGOV)."
)
COUNTRY = typer.Option(None, "--country", help="Country code (ISO-3 or IGO) of source or target.")
DYAD = typer.Option(
    None, "--dyad", help="Two actor code prefixes A B: events between them, either direction."
)
DIRECTED = typer.Option(False, "--directed", help="With --dyad: only A → B, not B → A.")
ROOT = typer.Option(None, "--root", help="CAMEO root, e.g. 02 (appeal) or 19 (fight).")
CODE = typer.Option(None, "--code", help="CAMEO code prefix, e.g. 023 matches 0231–0234.")
QUAD = typer.Option(None, "--quad", min=1, max=4, help="QuadClass 1–4.")
MODALITY = typer.Option(
    None,
    "--modality",
    help=f"Keep only these modalities (repeat or comma-separate): {', '.join(MODALITIES)}.",
)
SINCE = typer.Option(
    None, "--since", help="Events on or after YYYY-MM-DD (event date, else published)."
)
UNTIL = typer.Option(
    None, "--until", help="Events on or before YYYY-MM-DD (event date, else published)."
)
TEXT = typer.Option(None, "--text", help="Case-insensitive text the sentence must contain.")
DAY_SOURCE = typer.Option(
    None,
    "--day-source",
    help="text: only events the article dates to their day; publication: only events counted "
    "on their publication day because the text gives none.",
)


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (use YYYY-MM-DD)", param_hint=option
        ) from None


def _modalities(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    chosen = tuple(m.strip() for value in values for m in value.split(",") if m.strip())
    unknown = [m for m in chosen if m not in MODALITIES]
    if unknown:
        raise typer.BadParameter(
            f"unknown modality {', '.join(unknown)} (choose from {', '.join(MODALITIES)})",
            param_hint="--modality",
        )
    return chosen


def build_filter(
    *,
    actor: str | None,
    country: str | None,
    dyad: tuple[str, str] | None,
    directed: bool,
    root: str | None,
    code: str | None,
    quad: int | None,
    modality: list[str] | None,
    since: str | None,
    until: str | None,
    text: str | None,
    day_source: str | None = None,
) -> EventFilter:
    """The command-line filter options as an :class:`EventFilter` (raises BadParameter)."""
    if day_source is not None and day_source not in DAY_SOURCES:
        raise typer.BadParameter(
            f"{day_source!r}: use {' or '.join(DAY_SOURCES)}", param_hint="--day-source"
        )
    if root is not None and not root.strip().isdigit():
        raise typer.BadParameter(f"{root!r} is not a CAMEO root (01–20)", param_hint="--root")
    if directed and not dyad:
        raise typer.BadParameter("--directed needs --dyad A B", param_hint="--directed")
    return EventFilter(
        actor=actor,
        country=country,
        dyad=(dyad[0], dyad[1]) if dyad and all(dyad) else None,
        directed=directed,
        root=root,
        code=code,
        quad=quad,
        modality=_modalities(modality),
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        text=text,
        day_source=day_source,
    )


def open_store(db: Path) -> Store:
    """Open an existing database read-only, or exit with a one-line error."""
    try:
        return Store(db, read_only=True)
    except NewsEventsError as exc:
        error_console.print(exc.line(), markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)


# ------------------------------------------------------------------ output


def _actor(row: dict[str, Any], role: str) -> str:
    return str(row.get(f"{role}_code") or row.get(f"{role}_name") or "—")


def _sentence(row: dict[str, Any]) -> Text:
    """The evidence sentence with the trigger words underlined."""
    sentence = Text(row["sentence_text"] or "")
    offset = row["sentence_start"]
    if offset is not None and row["trigger_start"] is not None and row["trigger_end"] is not None:
        start, end = row["trigger_start"] - offset, row["trigger_end"] - offset
        if 0 <= start < end <= len(sentence):
            sentence.stylize("bold underline", start, end)
    return sentence


def day_label(row: dict[str, Any]) -> str:
    """The event's day with where it comes from: "2025-03-13", "2019-11-20 (publication date;
    event 1967)", "2025-03-14 (publication date)", "undated"."""
    day = row.get("day")
    if day is None:
        return "undated"
    if row.get("day_source") != "publication":
        return str(day)
    own = row.get("date_value")
    if own and row.get("date_type") != "publication" and own != str(day):
        return f"{day} (publication date; event {own})"
    return f"{day} (publication date)"


def event_cell(row: dict[str, Any]) -> Text:
    """Who did what to whom, when and how sure, stacked so it fits a narrow terminal."""
    cell = Text()
    cell.append(day_label(row) + "\n", style="dim")
    cell.append(f"{_actor(row, 'source')} → {_actor(row, 'target')}\n", style="bold")
    names = [row.get("source_name"), row.get("target_name")]
    if any(names):
        cell.append(" → ".join(n or "—" for n in names) + "\n", style="dim")
    cell.append(f"{row['cameo']} {row['cameo_name'] or ''}".rstrip() + "\n")
    modality = row["modality"]
    cell.append(modality, style="green" if modality == "asserted" else "yellow")
    if row.get("goldstein") is not None:
        cell.append(f"  Goldstein {row['goldstein']:+.1f}", style="dim")
    return cell


def events_table(rows: list[dict[str, Any]], *, title: str | None = None) -> Table:
    """A Rich table of event rows: the coded event beside the sentence that proves it."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("event", ratio=2, min_width=26)
    table.add_column("sentence (trigger in bold)", ratio=3, min_width=30)
    for row in rows:
        table.add_row(event_cell(row), _sentence(row))
    return table


def _by_day_table(stats: list[DayStat]) -> Table:
    table = Table(title="events per day (asserted unless --modality)")
    table.add_column("day")
    table.add_column("events", justify="right")
    table.add_column("of which dated by publication", justify="right")
    table.add_column("mean Goldstein", justify="right")
    for stat in stats:
        mean = "" if stat.mean_goldstein is None else f"{stat.mean_goldstein:+.2f}"
        table.add_row(str(stat.day), str(stat.count), str(stat.publication_dated), mean)
    return table


def coverage_notes(cover: DayCoverage, *, day_source: str | None) -> list[str]:
    """Why a date-based view (by-day counts, GDELT dates) is empty or partial, and the fix."""
    notes: list[str] = []
    if cover.undated:
        notes.append(
            f"{cover.undated} of {cover.events} matching events have no date: the text gives "
            f"none and {cover.undated_documents or 'their'} document(s) have no publication "
            "date. Re-ingest them with --published YYYY-MM-DD (or give a date in the input: "
            "JSONL 'published', HTML meta, feed pubDate)."
        )
    if cover.publication_dated and day_source is None:
        notes.append(
            f"{cover.publication_dated} of {cover.events} matching events are counted on their "
            "publication day because the text does not date them; --day-source text leaves "
            "them out."
        )
    return notes


def print_notes(notes: list[str]) -> None:
    for note in notes:
        error_console.print(f"note: {note}", markup=False, highlight=False, soft_wrap=True)


def _write_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        if not rows:
            return
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    sys.stdout.flush()


def query(
    db: Path = DB,
    actor: str | None = ACTOR,
    country: str | None = COUNTRY,
    dyad: tuple[str, str] | None = DYAD,
    directed: bool = DIRECTED,
    root: str | None = ROOT,
    code: str | None = CODE,
    quad: int | None = QUAD,
    modality: list[str] | None = MODALITY,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    text: str | None = TEXT,
    day_source: str | None = DAY_SOURCE,
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many events."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many events first."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    by_day: bool = typer.Option(
        False,
        "--by-day",
        help="Count events and mean Goldstein per day (asserted only unless --modality).",
    ),
) -> None:
    """Show stored events matching the filters (all modalities unless --modality).

    Filters combine with AND. With --by-day, print the daily count and mean Goldstein value
    instead; aggregates count asserted events only unless --modality says otherwise.
    """
    if format not in ("table", "csv", "json"):
        raise typer.BadParameter("use table, csv or json", param_hint="--format")
    filters = build_filter(
        actor=actor, country=country, dyad=dyad, directed=directed, root=root, code=code,
        quad=quad, modality=modality, since=since, until=until, text=text,
        day_source=day_source,
    )  # fmt: skip
    with open_store(db) as store:
        if by_day:
            stats = store.by_day(filters)
            cover = store.day_coverage(
                dataclasses.replace(filters.with_default_modality(), since=None, until=None)
            )
            if format == "table":
                console.print(_by_day_table(stats))
            else:
                _write_rows([
                    {"day": s.day, "count": s.count, "mean_goldstein": s.mean_goldstein,
                     "publication_dated": s.publication_dated}
                    for s in stats
                ], format)  # fmt: skip
            print_notes(coverage_notes(cover, day_source=day_source))
            return
        total = store.count_events(filters)
        rows = store.events(filters, limit=limit, offset=offset)
    if format == "table":
        shown = f"{offset + 1}–{offset + len(rows)} of {total}" if rows else f"0 of {total}"
        console.print(events_table(rows, title=f"events {shown}"))
    else:
        _write_rows(rows, format)


def register(app: typer.Typer) -> None:
    app.command("query")(query)
