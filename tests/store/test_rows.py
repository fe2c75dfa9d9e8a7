from __future__ import annotations

import datetime as dt

import pyarrow as pa

from newsevents.records import Document
from newsevents.store.rows import TABLE_NAMES, TABLES, arrow_tables, document_rows, period

# The columns the brief promised other helpers (the scale writer builds on them): never rename.
PROMISED_EVENT_COLUMNS = [
    "doc_id",
    "event_id",
    "sentence_start",
    "sentence_end",
    "sentence_text",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "source_code",
    "source_country",
    "source_sector",
    "source_name",
    "source_kind",
    "target_code",
    "target_country",
    "target_sector",
    "target_name",
    "target_kind",
    "cameo",
    "cameo_root",
    "cameo_name",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "modality",
    "date_value",
    "date_granularity",
    "date_type",
    "place_name",
    "place_country",
    "place_lat",
    "place_lon",
    "speaker_code",
    "speaker_name",
    "medium",
    "method",
    "confidence",
    "published",
    "record",
]


def test_every_row_has_exactly_the_schema_columns(docs: list[Document]) -> None:
    for doc in docs:
        rows = document_rows(doc)
        assert list(rows) == list(TABLE_NAMES)
        for name, table_rows in rows.items():
            for row in table_rows:
                assert list(row) == TABLES[name].names, name


def test_promised_event_columns_exist() -> None:
    assert set(PROMISED_EVENT_COLUMNS) <= set(TABLES["events"].names)
    for name in TABLE_NAMES:
        assert TABLES[name].names[0] == "doc_id"


def test_row_counts_follow_the_document(docs: list[Document]) -> None:
    rows = document_rows(docs[0])
    assert len(rows["events"]) == len(docs[0].events) == 3
    assert len(rows["actors"]) == len(docs[0].actors)
    assert rows["documents"][0]["n_copies"] == 2  # the original plus one merged copy
    assert rows["documents"][0]["published"] == dt.date(2025, 3, 14)


def test_event_flattening(docs: list[Document]) -> None:
    appeal, requested, threat = document_rows(docs[0])["events"]
    assert appeal["source_code"] == "POLGOV" and appeal["target_code"] == "USAGOV"
    assert appeal["cameo_root"] == "02" and appeal["goldstein"] == 3.4
    assert appeal["place_name"] == "Warsaw" and appeal["place_lat"] == 52.23
    assert appeal["speaker_code"] == "POLGOV" and appeal["medium"] == "Financial Times"
    assert appeal["day"] == dt.date(2025, 3, 13)  # the event's own date
    assert requested["day"] == dt.date(2025, 3, 14)  # no date → publication date
    assert requested["modality"] == "requested"
    assert threat["target_code"] == "NATO"
    assert '"event_id"' in appeal["record"]


def test_coarse_dates_are_not_made_precise(docs: list[Document]) -> None:
    (row,) = document_rows(docs[2])["events"]
    assert row["date_value"] == "2022"
    assert (row["date_start"], row["date_end"]) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert row["day"] is None  # a year is not a day, and there is no publication date


def test_period_of_timex_values() -> None:
    assert period("2025-03-13") == (dt.date(2025, 3, 13),) * 2
    assert period("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period("2025-W11") == (dt.date(2025, 3, 10), dt.date(2025, 3, 16))
    assert period("2025-Q4") == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert period("202") == (dt.date(2020, 1, 1), dt.date(2029, 12, 31))
    for value in (None, "", "PRESENT_REF", "P1M", "2025-13", "2025-02-30"):
        assert period(value) is None


def test_arrow_tables_match_schemas(docs: list[Document]) -> None:
    tables = arrow_tables(docs)
    for name in TABLE_NAMES:
        assert tables[name].schema == TABLES[name]
    assert tables["events"].num_rows == sum(len(d.events) for d in docs)
    assert tables["events"].schema.field("day").type == pa.date32()


def test_record_columns_are_each_records_own_json(docs: list[Document]) -> None:
    """The ``record`` column of every row is the record's JSON (built from the document's)."""
    from newsevents.records import to_json

    for doc in docs:
        tables = document_rows(doc)
        assert tables["documents"][0]["record"] == to_json(doc)
        for name in ("actors", "events", "quotes", "times", "places"):
            records = getattr(doc, name)
            assert len(tables[name]) == len(records)
            for row, record in zip(tables[name], records, strict=True):
                assert row["record"] == to_json(record)
