"""The HTTP API and web UI: a thin FastAPI layer over ``newsevents.store`` and the pipeline.

Every endpoint calls the same library functions as the CLI (``newsevents.store.query``), so a
filter means the same thing in ``newsevents query``, ``newsevents export`` and ``GET /events``.

Safety by construction: the store is opened read-only unless ingest is explicitly allowed; no
endpoint takes a file path from the client; request bodies are size-limited before they are
parsed; malformed JSON is a 4xx; the UI inserts data as text, never as HTML.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from .. import __version__
from ..errors import NewsEventsError
from ..pipeline import extract_many
from ..records import Failure, RawDocument, to_dict
from ..store import query as q
from ..store.database import Store
from ..store.stats import network
from .limits import BodySizeLimit

DEFAULT_MAX_BODY = 2_000_000  # bytes; an article is rarely over 200 kB of HTML
MAX_PAGE = 1000


class ArticleIn(BaseModel):
    """One article for ``POST /extract`` or ``POST /ingest``: give ``text`` or ``html``."""

    text: str | None = Field(default=None, description="Plain article text.")
    html: str | None = Field(default=None, description="Article HTML (extracted with trafilatura).")
    url: str | None = None
    title: str | None = None
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")


class IngestIn(BaseModel):
    documents: list[ArticleIn] = Field(min_length=1, max_length=100)


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def _raw(article: ArticleIn, index: int) -> RawDocument:
    if not (article.text or article.html):
        raise HTTPException(status_code=422, detail="give 'text' or 'html'")
    return RawDocument(
        input=f"<request:{index}>",
        text=article.text,
        html=article.html if not article.text else None,
        url=article.url,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        published_source="cli" if article.published else "unknown",
    )


def _parse_modality(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _filters(
    actor: str | None = None,
    country: str | None = None,
    dyad: Annotated[str | None, Query(description="Two actor codes, 'POL,USA'")] = None,
    directed: bool = False,
    root: str | None = None,
    code: str | None = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Annotated[str | None, Query(description="Comma-separated modalities")] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str | None = None,
    doc_id: str | None = None,
    day_source: Annotated[
        Literal["text", "publication"] | None,
        Query(description="text: only events the article dates to their day; publication: only "
              "events counted on their publication day because the text gives none"),
    ] = None,
) -> q.EventFilter:
    pair: tuple[str, str] | None = None
    if dyad:
        parts = [p.strip() for p in dyad.split(",") if p.strip()]
        if len(parts) != 2:
            raise HTTPException(status_code=422, detail="dyad takes two codes: 'POL,USA'")
        pair = (parts[0], parts[1])
    try:
        if root:
            q.normalise_root(root)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return q.EventFilter(
        actor=actor,
        country=country,
        dyad=pair,
        directed=directed,
        root=root,
        code=code,
        quad=quad,
        modality=_parse_modality(modality),
        since=since,
        until=until,
        text=text,
        doc_id=doc_id,
        day_source=day_source,
    )


def get_cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """One cursor per request: DuckDB cursors may be used from different threads at once."""
    store: Store = request.app.state.store
    con = store.con.cursor()
    try:
        yield con
    finally:
        con.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(get_cursor)]
Filters = Annotated[q.EventFilter, Depends(_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]


def create_app(
    db: str | Path,
    *,
    allow_ingest: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """Build the app over the DuckDB file ``db`` (read-only unless ``allow_ingest``).

    The store stays open for the app's life (``app.state.store``); whoever runs the app closes
    it (``newsevents serve`` does when the server stops).
    """
    store = Store(db, read_only=not allow_ingest)
    write_lock = threading.Lock()

    app = FastAPI(
        title="newsevents",
        version=__version__,
        description="Structured, verifiable event data from news articles.",
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.state.store = store

    static = resources.files("newsevents.api") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static / "index.html"))

    @app.get("/health")
    def health(con: Con) -> dict[str, Any]:
        """Liveness plus the row count of every table."""
        return {"status": "ok", "version": __version__, "counts": q.counts(con)}

    @app.post("/extract")
    def extract(article: ArticleIn) -> dict[str, Any]:
        """Code one article (text or HTML) and return its Document record; nothing is stored."""
        (result,) = list(extract_many([_raw(article, 0)]))
        if isinstance(result, Failure):
            raise HTTPException(status_code=422, detail=result.line())
        return dict(to_dict(result))

    @app.get("/events", response_model=Page)
    def list_events(
        con: Con,
        filters: Filters,
        has_place: bool = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Page:
        """Events matching the filters (all modalities unless ``modality`` is given)."""
        rows = q.events(
            con, filters, limit=None if has_place else limit, offset=0 if has_place else offset
        )
        if has_place:
            rows = [r for r in rows if r.get("place_lat") is not None]
            total = len(rows)
            rows = rows[offset : offset + limit]
        else:
            total = q.count_events(con, filters)
        return Page(total=total, limit=limit, offset=offset, items=[_jsonable(r) for r in rows])

    @app.get("/events/{event_id}")
    def get_event(event_id: str, con: Con) -> dict[str, Any]:
        """One event with its evidence: sentence, trigger, rule and confidence, and its document."""
        row = q.event(con, event_id)
        if row is None:
            raise HTTPException(status_code=404, detail="no such event")
        return _jsonable(row)

    @app.get("/documents")
    def list_documents(con: Con, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
        return [_jsonable(r) for r in q.documents(con, limit=limit, offset=offset)]

    @app.get("/documents/{doc_id}")
    def get_document(doc_id: str, con: Con) -> dict[str, Any]:
        """The whole stored Document: clean text, removed boilerplate and every record."""
        doc = q.document(con, doc_id)
        if doc is None:
            raise HTTPException(status_code=404, detail="no such document")
        return dict(to_dict(doc))

    @app.get("/actors")
    def list_actors(
        con: Con,
        code: str | None = None,
        country: str | None = None,
        text: str | None = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> list[dict[str, Any]]:
        rows = q.actors(con, code=code, country=country, text=text, limit=limit, offset=offset)
        return [_jsonable(r) for r in rows]

    @app.get("/quotes")
    def list_quotes(
        con: Con,
        speaker: str | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> list[dict[str, Any]]:
        rows = q.quotes(con, speaker=speaker, text=text, doc_id=doc_id, limit=limit, offset=offset)
        return [_jsonable(r) for r in rows]

    @app.get("/stats/dyad")
    def stats_dyad(
        con: Con,
        a: Annotated[str, Query(min_length=2, max_length=12)],
        b: Annotated[str, Query(min_length=2, max_length=12)],
        directed: bool = False,
        modality: str | None = None,
        day_source: Literal["text", "publication"] | None = None,
    ) -> dict[str, Any]:
        """Daily event count and mean Goldstein for a dyad (asserted events unless told).

        ``publication_dated`` counts the events of the day that the text does not date (they
        sit on their publication day); ``day_source=text`` leaves them out, and ``undated``
        says how many matching events have no day at all (no publication date).
        """
        filters = q.EventFilter(modality=_parse_modality(modality), day_source=day_source)
        days = q.dyad_by_day(con, a, b, filters, directed=directed)
        cover = q.day_coverage(
            con, q.EventFilter(
                dyad=(a, b), directed=directed, modality=filters.modality or q.ASSERTED,
                day_source=day_source,
            ),
        )  # fmt: skip
        return {
            "a": a,
            "b": b,
            "directed": directed,
            "day_source": day_source,
            "undated": cover.undated,
            "days": [
                {"day": d.day.isoformat(), "count": d.count, "mean_goldstein": d.mean_goldstein,
                 "publication_dated": d.publication_dated}
                for d in days
            ],
        }

    @app.get("/stats/network")
    def stats_network(con: Con, limit: Limit = 200) -> dict[str, Any]:
        """Actor network: coded actors as nodes, asserted event counts between them as links."""
        return network(con, limit=limit)

    @app.post("/ingest")
    def ingest(body: IngestIn) -> dict[str, Any]:
        """Code and store articles (only when the server runs with ``--allow-ingest``)."""
        if not allow_ingest:
            raise HTTPException(
                status_code=403, detail="ingest is disabled; start with --allow-ingest"
            )
        raws = [_raw(article, i) for i, article in enumerate(body.documents)]
        stored: list[str] = []
        duplicates: list[str] = []
        failed: list[str] = []
        for result in extract_many(raws):
            if isinstance(result, Failure):
                failed.append(result.line())
                continue
            try:
                with write_lock:
                    written = store.write(result)
            except NewsEventsError as exc:
                failed.append(exc.line())
                continue
            (stored if written else duplicates).append(result.doc_id)
        return {"stored": stored, "duplicates": duplicates, "failed": failed}

    return app


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """DuckDB rows carry dates and decimals; make them JSON values."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dt.date | dt.datetime):
            out[key] = value.isoformat()
        else:
            out[key] = value
    return out
