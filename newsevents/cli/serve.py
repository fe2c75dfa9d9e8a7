"""``newsevents serve``: the HTTP API and web UI over a DuckDB store."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NewsEventsError
from .common import error_console


def serve(
    db: Path = typer.Option(Path("newsevents.duckdb"), "--db", help="DuckDB file to serve."),
    host: str = typer.Option(
        "127.0.0.1", help="Interface to bind; 127.0.0.1 unless told otherwise."
    ),
    port: int = typer.Option(8000, help="TCP port."),
    allow_ingest: bool = typer.Option(
        False, "--allow-ingest", help="Enable POST /ingest (opens the store read-write)."
    ),
    max_body: int = typer.Option(2_000_000, help="Largest request body accepted, in bytes."),
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the web UI at /.

    The store is opened read-only unless --allow-ingest. Binds to 127.0.0.1 by default.
    """
    import uvicorn

    from ..api.app import create_app

    try:
        app = create_app(db, allow_ingest=allow_ingest, max_body_bytes=max_body)
    except NewsEventsError as exc:
        error_console.print(f"{db}: {exc.code}: {exc.message}", markup=False, highlight=False)
        raise typer.Exit(1) from exc
    error_console.print(
        f"newsevents UI: http://{host}:{port}/   API docs: http://{host}:{port}/docs"
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.store.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
