"""``newsevents export``: write stored events/tables in GDELT, PLOVER, Parquet, CSV or JSONL."""

from __future__ import annotations

from pathlib import Path

import typer

from ..store.export import FORMATS, TABLE_FORMATS, export
from . import query as q
from .common import console


def export_command(
    out: Path = typer.Argument(
        ..., help="Output file (gdelt, plover) or folder, one file per table (parquet, csv, jsonl)."
    ),
    format: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    db: Path = q.DB,
    actor: str | None = q.ACTOR,
    country: str | None = q.COUNTRY,
    dyad: tuple[str, str] | None = q.DYAD,
    directed: bool = q.DIRECTED,
    root: str | None = q.ROOT,
    code: str | None = q.CODE,
    quad: int | None = q.QUAD,
    modality: list[str] | None = q.MODALITY,
    since: str | None = q.SINCE,
    until: str | None = q.UNTIL,
    text: str | None = q.TEXT,
    day_source: str | None = q.DAY_SOURCE,
    all_modalities: bool = typer.Option(
        False,
        "--all-modalities",
        help="gdelt/plover: include negated, hypothetical, future … events (default: asserted).",
    ),
) -> None:
    """Export stored data in a format other tools load.

    gdelt writes GDELT 2.0's 61 tab-separated event columns (no header) and plover a JSON array
    of PLOVER-style records; both hold asserted events only unless --all-modalities or
    --modality. parquet, csv and jsonl write every table into the folder OUT, one file per table;
    with filters, the events that match and the rows of their documents.
    """
    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if out.exists() and out.is_dir() != (format in TABLE_FORMATS):
        kind = "a folder" if format in TABLE_FORMATS else "a file"
        raise typer.BadParameter(f"{out} exists and is not {kind}", param_hint="OUT")
    filters = q.build_filter(
        actor=actor, country=country, dyad=dyad, directed=directed, root=root, code=code,
        quad=quad, modality=modality, since=since, until=until, text=text,
        day_source=day_source,
    )  # fmt: skip
    with q.open_store(db) as store:
        result = export(store, format, out, filters, all_modalities=all_modalities)
    counts = ", ".join(f"{rows} {name}" for name, rows in result.rows.items())
    console.print(f"wrote {format} → {out} ({counts})", highlight=False, soft_wrap=True)
    if result.coverage is not None:
        notes = q.coverage_notes(result.coverage, day_source=day_source)
        if format == "gdelt" and result.coverage.undated:
            notes[0] = notes[0].replace(
                "have no date:", "have no date (empty Day, MonthYear, Year, FractionDate):", 1
            )
        q.print_notes(notes)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
