"""Read-side helpers over a store connection: the functions the CLI, the exports and the HTTP API
all call, so a filter means the same thing everywhere.

Filter semantics (documented in ``docs/query.md``):

* actor codes match by **prefix** ("POL" matches "POLGOV", "POLMIL"), on source or target;
* a dyad (A, B) matches A→B and B→A unless ``directed``;
* ``root`` is a CAMEO root ("2" and "02" are the same); ``code`` matches CAMEO codes by prefix;
* dates filter on ``day``: the event's own date when it resolves to one day, else the
  publication date; ``day_source`` ("text" or "publication") keeps only events whose day the
  article gives, or only those dated by their report;
* listing returns every modality unless told otherwise; **aggregates count asserted events
  only** unless a modality is given, because only asserted events are facts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..records import Document, from_json
from . import inplace
from .rows import DAY_SOURCES, TABLE_NAMES, TABLES

ASSERTED: tuple[str, ...] = ("asserted",)

#: Event columns returned by listings (everything but the bulky JSON ``record``).
EVENT_COLUMNS: tuple[str, ...] = tuple(n for n in TABLES["events"].names if n != "record")
QUOTE_COLUMNS: tuple[str, ...] = tuple(n for n in TABLES["quotes"].names if n != "record")
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "title", "published", "published_source", "language", "source_path", "source_url",
    "outlet", "syndicated_by", "n_copies", "n_sentences", "n_actors", "n_events", "n_quotes",
    "n_times", "n_places", "n_errors",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to select from the events table; every field is optional and they combine with AND."""

    actor: str | None = None  # CAMEO actor code prefix, as source or target
    country: str | None = None  # ISO-3 / IGO code of the source or target actor
    dyad: tuple[str, str] | None = None  # two actor code prefixes
    directed: bool = False  # dyad (A, B) means A → B only
    root: str | None = None  # CAMEO root, "02" or "2"
    code: str | None = None  # CAMEO code prefix ("023" matches 0231 … 0234)
    quad: int | None = None  # QuadClass 1–4
    modality: tuple[str, ...] | None = None  # None: any (aggregates: asserted)
    since: dt.date | None = None  # inclusive, on ``day``
    until: dt.date | None = None  # inclusive, on ``day``
    text: str | None = None  # case-insensitive substring of the sentence
    doc_id: str | None = None
    day_source: str | None = None  # "text" | "publication": where the event's ``day`` comes from

    def with_default_modality(self) -> EventFilter:
        """This filter for aggregates: asserted only when no modality was asked for."""
        if self.modality is not None:
            return self
        return dataclasses.replace(self, modality=ASSERTED)

    def is_empty(self) -> bool:
        return all(value in (None, False) for value in _fields(self).values())


def _fields(f: EventFilter) -> dict[str, Any]:
    return {name: getattr(f, name) for name in EventFilter.__slots__}


@dataclass(frozen=True, slots=True)
class DayStat:
    """One day of an aggregate: how many events and their mean Goldstein value."""

    day: dt.date
    count: int
    mean_goldstein: float | None
    #: of ``count``, the events dated by their publication (the text gives no day for them)
    publication_dated: int = 0


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def normalise_root(root: str) -> str:
    """ "2", "02" and "020" all name CAMEO root 02."""
    digits = root.strip()
    if not digits.isdigit():
        raise ValueError(f"CAMEO root must be a number 01–20, not {root!r}")
    return digits[:2] if len(digits) >= 2 else digits.zfill(2)


class _Clauses:
    """The clauses of a WHERE and their parameters, in step: the one SQL builder of the
    events', actors' and quotes' filters, so a prefix or a substring matches alike in each."""

    def __init__(self, *clauses: str, alias: str = "") -> None:
        self.clauses = list(clauses)
        self.params: list[Any] = []
        self.p = f"{alias}." if alias else ""

    def starts(self, column: str, value: str) -> str:
        """A code-prefix test (upper-cased; ``starts_with`` has no wildcards), not yet added."""
        self.params.append(value.upper())
        return f"starts_with({self.p}{column}, ?)"

    def prefix(self, column: str, value: str | None) -> None:
        if value:
            self.clauses.append(self.starts(column, value))

    def contains(self, columns: Sequence[str], value: str | None) -> None:
        if value:
            tests = [f"{self.p}{column} ILIKE ? ESCAPE '\\'" for column in columns]
            self.clauses.append(tests[0] if len(tests) == 1 else f"({' OR '.join(tests)})")
            self.params += ["%" + _like_escape(value) + "%"] * len(tests)

    def equal(self, column: str, value: Any) -> None:
        if value is not None and value != "":
            self.clauses.append(f"{self.p}{column} = ?")
            self.params.append(value)

    def sql(self) -> str:
        return " AND ".join(self.clauses) or "TRUE"


def where(f: EventFilter, alias: str = "") -> tuple[str, list[Any]]:
    """The SQL WHERE clause (without the keyword) and its parameters for a filter."""
    w = _Clauses(alias=alias)
    p = w.p
    if f.actor:
        source, target = w.starts("source_code", f.actor), w.starts("target_code", f.actor)
        w.clauses.append(f"({source} OR {target})")
    if f.country:
        w.clauses.append(f"({p}source_country = ? OR {p}target_country = ?)")
        w.params += [f.country.upper(), f.country.upper()]
    if f.dyad:
        a, b = f.dyad
        forward = f"({w.starts('source_code', a)} AND {w.starts('target_code', b)})"
        if f.directed:
            w.clauses.append(forward)
        else:
            backward = f"({w.starts('source_code', b)} AND {w.starts('target_code', a)})"
            w.clauses.append(f"({forward} OR {backward})")
    if f.root:
        w.equal("cameo_root", normalise_root(f.root))
    w.prefix("cameo", f.code)
    w.equal("quad_class", None if f.quad is None else int(f.quad))
    if f.modality is not None:
        if not f.modality:
            w.clauses.append("FALSE")
        else:
            w.clauses.append(f"{p}modality IN ({', '.join('?' for _ in f.modality)})")
            w.params += list(f.modality)
    if f.since:
        w.clauses.append(f"{p}day >= ?")
        w.params.append(f.since)
    if f.until:
        w.clauses.append(f"{p}day <= ?")
        w.params.append(f.until)
    w.contains(("sentence_text",), f.text)
    w.equal("doc_id", f.doc_id or None)
    if f.day_source:
        if f.day_source not in DAY_SOURCES:
            raise ValueError(f"day_source is one of {', '.join(DAY_SOURCES)}, not {f.day_source!r}")
        w.equal("day_source", f.day_source)
    return w.sql(), w.params


def first(cursor: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    """The first row of a result, reading it to the end.

    ``fetchone`` would leave the result open, and DuckDB then refuses the next ``sql()`` call on
    that connection (an export after a count, say); every helper here finishes its results.
    """
    rows = cursor.fetchall()
    return tuple(rows[0]) if rows else None


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _page(limit: int | None, offset: int) -> str:
    sql = ""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return sql


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def events(
    con: duckdb.DuckDBPyConnection,
    filters: EventFilter,
    *,
    limit: int | None = 100,
    offset: int = 0,
    include_record: bool = False,
) -> list[dict[str, Any]]:
    """Events matching ``filters``, newest day first, as flat rows (see ``rows.TABLES``)."""
    clause, params = where(filters)
    columns = [*EVENT_COLUMNS, "record"] if include_record else list(EVENT_COLUMNS)
    order = " ORDER BY day DESC NULLS LAST, doc_id, event_index"
    if limit is not None and _is_table(con, "events"):
        # late materialisation: rank the matches on the sort columns alone, then read every
        # column of the page's rows only (a top-N over all columns read them for every match:
        # 1.6 → 0.3 CPU-s for 100 of 300,000 matches in 10 M events)
        paged = (
            f"SELECT {_quoted(columns)} FROM events WHERE rowid IN "
            f"(SELECT rowid FROM events WHERE {clause}{order}{_page(limit, offset)}){order}"
        )
        return _dicts(con.execute(paged, params))
    pattern = inplace.pattern_of(con, "events") if limit is not None else None
    if pattern is not None and limit is not None:
        # a view over Parquet files: no rowid; page on (file, row number), newest files first
        return inplace.page(
            con, "events", pattern, columns=columns, clause=clause, params=params,
            order=order, limit=limit, offset=offset,
        )
    sql = f"SELECT {_quoted(columns)} FROM events WHERE {clause}{order}" + _page(limit, offset)
    return _dicts(con.execute(sql, params))


def _is_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """A stored table (it has ``rowid``), not a view over Parquet files."""
    row = first(
        con.execute(
            "SELECT table_type FROM information_schema.tables WHERE table_name = ?", [name]
        )
    )
    return row is not None and row[0] == "BASE TABLE"


def count_events(con: duckdb.DuckDBPyConnection, filters: EventFilter) -> int:
    clause, params = where(filters)
    row = first(con.execute(f"SELECT count(*) FROM events WHERE {clause}", params))
    return int(row[0]) if row else 0


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event with its evidence: the flat row, the full record and its document's metadata."""
    rows = _dicts(
        con.execute(
            f"""SELECT {", ".join(f'e."{c}"' for c in EVENT_COLUMNS)},
                   e.record, d.title, d.outlet
                FROM events e JOIN documents d USING (doc_id) WHERE e.event_id = ?""",
            [event_id],
        )
    )
    if not rows:
        return None
    row = rows[0]
    row["record"] = json.loads(row["record"])
    return row


def by_day(con: duckdb.DuckDBPyConnection, filters: EventFilter) -> list[DayStat]:
    """Events per day and their mean Goldstein value (asserted only unless a modality is set)."""
    clause, params = where(filters.with_default_modality())
    rows = con.execute(
        f"""SELECT day, count(*), avg(goldstein),
                   count(*) FILTER (WHERE day_source = 'publication') FROM events
            WHERE {clause} AND day IS NOT NULL GROUP BY day ORDER BY day""",
        params,
    ).fetchall()
    return [
        DayStat(day=r[0], count=int(r[1]), mean_goldstein=None if r[2] is None else float(r[2]),
                publication_dated=int(r[3]))
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class DayCoverage:
    """How many events a filter matches, and how many of them a date-based view can place."""

    events: int  # matching events
    undated: int  # without any day: no date in the text and no publication date
    publication_dated: int  # counted on their publication day (the text gives no day)
    undated_documents: int  # documents without a publication date among the matches


def day_coverage(con: duckdb.DuckDBPyConnection, filters: EventFilter) -> DayCoverage:
    """Why a by-day table or a GDELT export may be empty or partial (see ``docs/query.md``)."""
    clause, params = where(filters)
    row = first(con.execute(
        f"""SELECT count(*), count(*) FILTER (WHERE day IS NULL),
                   count(*) FILTER (WHERE day_source = 'publication'),
                   count(DISTINCT doc_id) FILTER (WHERE published IS NULL)
            FROM events WHERE {clause}""",
        params,
    ))
    if row is None:
        return DayCoverage(0, 0, 0, 0)
    return DayCoverage(*(int(v or 0) for v in row))


def dyad_by_day(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    filters: EventFilter | None = None,
    *,
    directed: bool = False,
) -> list[DayStat]:
    """Daily count and mean Goldstein of the events between A and B (asserted unless told)."""
    base = filters or EventFilter()
    return by_day(con, dataclasses.replace(base, dyad=(a, b), directed=directed))


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    result = {}
    for name in (*TABLE_NAMES, "failures"):
        row = first(con.execute(f"SELECT count(*) FROM {name}"))
        result[name] = int(row[0]) if row else 0
    return result


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Document | None:
    """The whole Document record as it was stored."""
    row = first(con.execute("SELECT record FROM documents WHERE doc_id = ?", [doc_id]))
    return from_json(Document, row[0]) if row else None


def documents(
    con: duckdb.DuckDBPyConnection, *, limit: int | None = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Document metadata and record counts (no text), newest first."""
    sql = (
        f"SELECT {_quoted(DOCUMENT_COLUMNS)} FROM documents "
        "ORDER BY published DESC NULLS LAST, doc_id" + _page(limit, offset)
    )
    return _dicts(con.execute(sql))


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """Which coded actors to list; every field is optional and they combine with AND.

    The one declaration of these parameters: ``Store.actors`` takes it and the HTTP API builds
    it from the query string (``GET /actors?code=POL``), field name for parameter name.
    """

    code: str | None = None  # actor code prefix ("POL" matches "POLGOV")
    country: str | None = None  # ISO-3 / IGO code
    text: str | None = None  # case-insensitive substring of the name or the mention
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes to list; every field is optional and they combine with AND (see ActorFilter)."""

    speaker: str | None = None  # speaker code prefix
    text: str | None = None  # case-insensitive substring of the quote
    doc_id: str | None = None


def actors(
    con: duckdb.DuckDBPyConnection, filters: ActorFilter | None = None,
    *, limit: int | None = 100, offset: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    """Coded actors, one row per actor (code and name: Rubio and Blinken are two USAGOV rows),
    with how often and in how many documents they are mentioned, most first."""
    f = filters or ActorFilter()
    w = _Clauses("code IS NOT NULL")
    w.prefix("code", f.code)
    w.equal("country", f.country.upper() if f.country else None)
    w.contains(("name", "mention"), f.text)
    w.equal("doc_id", f.doc_id)
    sql = f"""SELECT code, coalesce(name, mention) AS name, mode(country) AS country,
                     mode(sector) AS sector, mode(kind) AS kind, count(*) AS mentions,
                     count(DISTINCT doc_id) AS documents
              FROM actors WHERE {w.sql()}
              GROUP BY code, coalesce(name, mention)
              ORDER BY mentions DESC, code, name""" + _page(limit, offset)
    return _dicts(con.execute(sql, w.params))


def quotes(
    con: duckdb.DuckDBPyConnection, filters: QuoteFilter | None = None,
    *, limit: int | None = 100, offset: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    """Quotes, optionally by speaker code prefix, text substring or document."""
    f = filters or QuoteFilter()
    w = _Clauses()
    w.prefix("speaker_code", f.speaker)
    w.contains(("text",), f.text)
    w.equal("doc_id", f.doc_id)
    sql = (
        f"SELECT {_quoted(QUOTE_COLUMNS)} FROM quotes WHERE {w.sql()} "
        "ORDER BY published DESC NULLS LAST, doc_id, quote_index" + _page(limit, offset)
    )
    return _dicts(con.execute(sql, w.params))


def failures(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return _dicts(
        con.execute(
            "SELECT input, code, message, stage, recorded_at, attempts FROM failures "
            "ORDER BY recorded_at, input"
        )
    )


def parquet_connection(out: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection whose tables are views over a ``newsevents run`` folder.

    Every helper of this module then queries the Parquet output in place, nothing copied:
    ``by_day(parquet_connection("out/"), EventFilter(dyad=("USA", "CHN")))``. DuckDB detects the
    ``published=…`` partition folders itself.
    """
    folder = Path(out)
    con = duckdb.connect()
    for name in TABLE_NAMES:
        files = folder / name
        if not any(files.glob("**/*.parquet")):
            continue
        glob = str(files / "**" / "*.parquet")
        pattern = glob.replace("'", "''")
        con.execute(
            f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{pattern}', union_by_name = true)"
        )
        if name == "events":
            inplace.register(con, name, glob)
    return con
