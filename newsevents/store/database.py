"""The embedded store: one DuckDB file holding every document and its records.

Why it is built this way:

* **One transaction per document.** A document's rows go in together or not at all, so a process
  killed mid-write (Ctrl-C, OOM, SIGKILL) leaves the file with whole documents only; rerunning
  the same ingest stores the missing ones and skips the rest.
* **doc_id is the key.** ``doc_id`` is a hash of the clean text, so writing a document whose id is
  present changes nothing (``write`` returns False) — re-ingesting a folder is always safe.
* **Schema from ``rows.TABLES``.** Tables are created from the same pyarrow schemas the Parquet
  writer uses, so the DuckDB file and a Parquet lake have identical columns.
* **Failures are data.** Inputs that could not be processed are rows in ``failures`` (one row per
  input and error code, with an attempt counter), so a batch can be audited afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..records import Document, Failure
from . import query as q
from .rows import TABLE_NAMES, TABLES, arrow_tables

DEFAULT_DB = "newsevents.duckdb"

_SQL_TYPES = {
    pa.string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.date32(): "DATE",
}

_FAILURES_DDL = """
CREATE TABLE IF NOT EXISTS failures (
    input VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    message VARCHAR,
    stage VARCHAR,
    recorded_at TIMESTAMP,
    attempts BIGINT DEFAULT 1,
    PRIMARY KEY (input, code)
)
"""


#: Migrations: how a column added to the contract is filled in rows stored before it existed.
#: ``day_source`` (0.2): a day is the text's when the event's own date is that one day.
_BACKFILL: dict[tuple[str, str], str] = {
    ("events", "day_source"): """
        UPDATE events SET day_source = CASE
            WHEN day IS NULL THEN NULL
            WHEN date_type IS DISTINCT FROM 'publication' AND date_start IS NOT NULL
                 AND date_start = date_end AND day = date_start THEN 'text'
            ELSE 'publication' END
        WHERE day_source IS NULL""",
}


def _ddl(name: str, schema: pa.Schema) -> str:
    columns = []
    for field in schema:
        column = f'"{field.name}" {_SQL_TYPES[field.type]}'
        if name == "documents" and field.name == "doc_id":
            column += " PRIMARY KEY"
        columns.append(column)
    return f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(columns)})"


class Store:
    """A DuckDB file of documents, actors, events, quotes, times, places and failures.

    Use it as a context manager so the file is closed (and its lock released) on exit::

        with Store("newsevents.duckdb") as store:
            store.write(doc)
            rows = store.events(q.EventFilter(country="POL"))

    ``read_only=True`` opens an existing file without taking the write lock, for readers such as
    the HTTP API that may run next to an ingest.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError("E041", input=str(self.path), detail="no such database file")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E041", input=str(self.path), detail=str(exc).splitlines()[0]) from exc
        if not read_only:
            self._create()
        else:
            missing = ", ".join(sorted(set(TABLE_NAMES) - self.table_names()))
            if missing:
                self.con.close()
                raise StoreError(
                    "E041",
                    input=str(self.path),
                    detail=f"not a newsevents database (missing tables: {missing})",
                )
            old = self._missing_columns("events")
            if old:
                self.con.close()
                raise StoreError(
                    "E041",
                    input=str(self.path),
                    detail=f"written by an older newsevents (no column {', '.join(old)}); "
                    "open it once for writing to upgrade it: re-run `newsevents ingest --db "
                    f"{self.path}` on any input (stored documents are skipped)",
                )

    # ------------------------------------------------------------------ lifecycle

    def _create(self) -> None:
        try:
            fresh = not set(TABLE_NAMES) <= self.table_names()
            # one transaction, so a process killed while creating leaves all tables or none
            self.con.execute("BEGIN TRANSACTION")
            for name in TABLE_NAMES:
                self.con.execute(_ddl(name, TABLES[name]))
                self._add_missing_columns(name, TABLES[name])
            self.con.execute(_FAILURES_DDL)
            self.con.execute("COMMIT")
            if fresh:  # write the empty schema to the file itself, not only to the WAL
                self.con.execute("CHECKPOINT")
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError("E041", input=str(self.path), detail=str(exc).splitlines()[0]) from exc

    def _add_missing_columns(self, name: str, schema: pa.Schema) -> None:
        """Columns added to the contract after a file was created are added to the file too."""
        present = {
            row[0]
            for row in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]
            ).fetchall()
        }
        for field in schema:
            if field.name not in present:
                self.con.execute(
                    f'ALTER TABLE {name} ADD COLUMN "{field.name}" {_SQL_TYPES[field.type]}'
                )
                backfill = _BACKFILL.get((name, field.name))
                if backfill:
                    self.con.execute(backfill)

    def _missing_columns(self, name: str) -> list[str]:
        present = {
            row[0]
            for row in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]
            ).fetchall()
        }
        return [f.name for f in TABLES[name] if f.name not in present]

    def table_names(self) -> set[str]:
        return {row[0] for row in self.con.execute("SHOW TABLES").fetchall()}

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def has(self, doc_id: str) -> bool:
        return bool(
            self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchall()
        )

    def doc_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def write(self, doc: Document) -> bool:
        """Store one document and all its records in one transaction.

        Returns False (and writes nothing) when a document with the same ``doc_id`` is present.
        Raises :class:`StoreError` ``E040`` if the write fails; the transaction is rolled back so
        the file never holds part of a document. For many documents prefer :meth:`write_many`:
        each commit costs about as much as six small inserts, so batches are several times faster.
        """
        return self.write_many([doc])[0]

    def write_many(self, docs: Sequence[Document]) -> list[bool]:
        """Store several documents in one transaction; True for each one newly stored.

        Every document goes in whole or not at all, as with :meth:`write`; batching only saves
        the per-commit cost (about 5 ms per document instead of 30 ms on a laptop disk), which
        matters when the parse itself takes tens of milliseconds. Documents already present, or
        repeated within the batch, are skipped and reported as False.
        """
        if not docs:
            return []
        try:
            return self._write_batch(docs)
        except duckdb.ConstraintException:
            # another process stored one of these meanwhile: fall back to one at a time
            if len(docs) == 1:
                return [False]
            return [self._write_batch([doc])[0] for doc in docs]

    def _write_batch(self, docs: Sequence[Document]) -> list[bool]:
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                ids = list({doc.doc_id for doc in docs})
                present = {
                    row[0]
                    for row in con.execute(
                        "SELECT doc_id FROM documents WHERE doc_id IN "
                        f"({', '.join('?' for _ in ids)})",
                        ids,
                    ).fetchall()
                }
                new: list[Document] = []
                stored: list[bool] = []
                for doc in docs:
                    fresh = doc.doc_id not in present
                    stored.append(fresh)
                    if fresh:
                        present.add(doc.doc_id)
                        new.append(doc)
                if new:
                    for name, table in arrow_tables(new).items():
                        if table.num_rows:
                            self._insert(name, table)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except duckdb.ConstraintException:
            raise
        except duckdb.Error as exc:
            where = docs[0].source.path or docs[0].doc_id
            raise StoreError("E040", input=where, detail=str(exc).splitlines()[0]) from exc
        return stored

    def _insert(self, name: str, table: pa.Table) -> None:
        view = f"_newsevents_{name}_rows"
        self.con.register(view, table)
        try:
            columns = ", ".join(f'"{c}"' for c in table.column_names)
            self.con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM {view}")
        finally:
            self.con.unregister(view)

    def record_failure(self, failure: Failure) -> None:
        """Record an input that failed; the same input failing the same way again adds no row."""
        try:
            self.con.execute(
                """
                INSERT INTO failures (input, code, message, stage, recorded_at, attempts)
                VALUES (?, ?, ?, ?, ?, 1)
                ON CONFLICT (input, code) DO UPDATE SET
                    message = excluded.message,
                    stage = excluded.stage,
                    recorded_at = excluded.recorded_at,
                    attempts = failures.attempts + 1
                """,
                [
                    failure.input,
                    failure.code,
                    failure.message,
                    failure.stage,
                    dt.datetime.now(dt.UTC).replace(tzinfo=None),
                ],
            )
        except duckdb.Error as exc:
            raise StoreError("E040", input=failure.input, detail=str(exc).splitlines()[0]) from exc

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, actors, events, quotes, times, places, failures)."""
        return q.counts(self.con)

    def events(
        self, filters: q.EventFilter | None = None, *, limit: int | None = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        return q.events(self.con, filters or q.EventFilter(), limit=limit, offset=offset)

    def count_events(self, filters: q.EventFilter | None = None) -> int:
        return q.count_events(self.con, filters or q.EventFilter())

    def event(self, event_id: str) -> dict[str, Any] | None:
        return q.event(self.con, event_id)

    def dyad_by_day(
        self, a: str, b: str, filters: q.EventFilter | None = None, *, directed: bool = False
    ) -> list[q.DayStat]:
        return q.dyad_by_day(self.con, a, b, filters, directed=directed)

    def by_day(self, filters: q.EventFilter | None = None) -> list[q.DayStat]:
        return q.by_day(self.con, filters or q.EventFilter(modality=q.ASSERTED))

    def day_coverage(self, filters: q.EventFilter | None = None) -> q.DayCoverage:
        """How many matching events have no day, or only their publication day."""
        return q.day_coverage(self.con, filters or q.EventFilter())

    def document(self, doc_id: str) -> Document | None:
        return q.document(self.con, doc_id)

    def documents(self, *, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        return q.documents(self.con, limit=limit, offset=offset)

    def actors(
        self,
        *,
        code: str | None = None,
        country: str | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        return q.actors(
            self.con,
            code=code,
            country=country,
            text=text,
            doc_id=doc_id,
            limit=limit,
            offset=offset,
        )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        text: str | None = None,
        doc_id: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        return q.quotes(
            self.con, speaker=speaker, text=text, doc_id=doc_id, limit=limit, offset=offset
        )

    def failures(self) -> list[dict[str, Any]]:
        return q.failures(self.con)


def remove_database(path: Path) -> None:
    """Delete a DuckDB file and its write-ahead log (a database a failed run created empty)."""
    for file in (path, path.with_name(path.name + ".wal")):
        file.unlink(missing_ok=True)
