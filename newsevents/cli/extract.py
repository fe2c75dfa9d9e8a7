"""``newsevents extract``: print the records of one or more articles."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from ..events.explain import tracing
from ..pipeline import extract_paths
from ..records import Document, Failure, to_dict
from .common import emit_json_records, error_console


def extract(
    paths: list[Path] = typer.Argument(
        ..., help="Files or folders (text, HTML, JSONL, RSS/Atom, WARC)."
    ),
    format: str = typer.Option(
        "json", "--format", "-f", help="json (one array) or jsonl (one object a line)."
    ),
    published: str | None = typer.Option(
        None, help="Publication date YYYY-MM-DD for the inputs that carry no date of their own."
    ),
    force_published: bool = typer.Option(
        False, "--force-published", help="Give every input the --published date, over its own."
    ),
    url: str | None = typer.Option(None, help="Source URL for every input."),
    explain: bool = typer.Option(
        False, "--explain",
        help="Print, per sentence, the event candidates and the step that dropped each "
        "(a debugging trace) instead of the records.",
    ),
) -> None:
    """Print one JSON record per document found in PATHS.

    Bad inputs print a one-line error with a numbered code on stderr and the rest carry on; the
    exit code is 1 only when no document at all succeeded.
    """
    if format not in ("json", "jsonl"):
        raise typer.BadParameter("use json or jsonl", param_hint="--format")
    results = extract_paths(paths, published=published, force_published=force_published, url=url)
    if explain:
        sys.exit(_explain(results))
    ok = 0
    records = []
    for result in results:
        if isinstance(result, Failure):
            error_console.print(result.line(), markup=False, highlight=False)
            continue
        ok += 1
        records.append(to_dict(result))
        if format == "jsonl":
            emit_json_records([records.pop()], jsonl=True)
    if format == "json":
        emit_json_records(records, jsonl=False)
    if ok == 0:
        sys.exit(1)


def _explain(results: Iterator[Document | Failure]) -> int:
    """Print the events trace of each document (``--explain``); the exit code."""
    ok = 0
    with tracing() as trace:
        for result in results:  # each document is analysed as the loop asks for it
            if isinstance(result, Failure):
                error_console.print(result.line(), markup=False, highlight=False)
            else:
                ok += 1
                typer.echo(f"# {result.source.path or result.source.url or result.doc_id}")
                typer.echo(trace.render(result.text))
            trace.steps.clear()
            trace.events.clear()
    return 0 if ok else 1


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
