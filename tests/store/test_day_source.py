"""``day_source``: whether an event's ``day`` is given by the text or is its publication date,
on real DuckDB files (the column, its filter, the by-day counts and the migration)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.records import Document, TimeExpr
from newsevents.store import DayCoverage, EventFilter, Store
from newsevents.store.rows import day_source, event_day
from tests.store.factory import document, event

PUBLISHED = dt.date(2025, 3, 14)


def _dated(value: str | None, kind: str = "exact", start: int = 0) -> TimeExpr:
    return TimeExpr("x", start, start + 1, value, "day", kind, "published")  # type: ignore[arg-type]


def _events() -> Document:
    text = "Poland called on the United States. Israel seized the land in the 1967 war."
    base = event(text, "POLGOV", "USAGOV", "0234")
    own = dataclasses.replace(base, event_id="own", date=_dated("2025-03-13"))
    by_report = dataclasses.replace(
        base,
        event_id="report",
        date=TimeExpr("", -1, -1, "2025-03-14", "day", "publication", "published"),
    )
    coarse = dataclasses.replace(base, event_id="coarse", date=_dated("1967"))
    nothing = dataclasses.replace(base, event_id="nothing", date=None)
    return document(text, (own, by_report, coarse, nothing))


def test_day_source_of_each_kind_of_date() -> None:
    own, by_report, coarse, nothing = _events().events
    assert (event_day(own, PUBLISHED), day_source(own, PUBLISHED)) == (
        dt.date(2025, 3, 13), "text")
    # the publication date stands in for the day, and says so, however the event was dated
    for e in (by_report, coarse, nothing):
        assert (event_day(e, PUBLISHED), day_source(e, PUBLISHED)) == (PUBLISHED, "publication")
    assert day_source(nothing, None) is None and event_day(nothing, None) is None


def test_filter_and_by_day_counts(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        store.write(_events())
        rows = {r["event_id"]: r["day_source"] for r in store.events(limit=None)}
        assert rows == {"own": "text", "report": "publication", "coarse": "publication",
                        "nothing": "publication"}
        text_only = store.events(EventFilter(day_source="text"), limit=None)
        assert [r["event_id"] for r in text_only] == ["own"]
        stats = store.by_day(EventFilter(modality=("asserted",)))
        assert [(s.day, s.count, s.publication_dated) for s in stats] == [
            (dt.date(2025, 3, 13), 1, 0), (PUBLISHED, 3, 3)]
        assert [s.count for s in store.by_day(EventFilter(day_source="text"))] == [1]
        with pytest.raises(ValueError, match="day_source"):
            store.events(EventFilter(day_source="soon"))


def test_coverage_of_undated_documents(tmp_path: Path) -> None:
    # without a publication date the pipeline leaves a text-less event unresolved
    doc = _events()
    unresolved = TimeExpr("", -1, -1, None, "unknown", "unresolved", "none")
    events = tuple(
        dataclasses.replace(e, date=unresolved) if e.event_id == "report" else e
        for e in doc.events
    )
    undated = dataclasses.replace(doc, published=None, doc_id="undated", events=events)
    with Store(tmp_path / "u.duckdb") as store:
        store.write(undated)
        # three events have no day at all; the one the text dates keeps its day
        assert store.day_coverage() == DayCoverage(
            events=4, undated=3, publication_dated=0, undated_documents=1)
        assert [(s.day, s.count) for s in store.by_day()] == [(dt.date(2025, 3, 13), 1)]


def test_old_files_are_migrated_and_backfilled(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write(_events())
        expected = {r["event_id"]: r["day_source"] for r in store.events(limit=None)}
        store.con.execute("ALTER TABLE events DROP COLUMN day_source")
    with pytest.raises(StoreError) as err:  # a reader cannot upgrade the file: it says how
        Store(db, read_only=True)
    assert err.value.code == "E041" and "newsevents ingest --db" in err.value.line()
    with Store(db) as store:  # opening for writing adds the column and fills it
        assert {r["event_id"]: r["day_source"] for r in store.events(limit=None)} == expected
    with Store(db, read_only=True) as store:
        assert store.count_events(EventFilter(day_source="publication")) == 3
