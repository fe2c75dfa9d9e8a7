from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import StoreError
from newsevents.records import Document, Failure
from newsevents.store import Store


def test_write_is_idempotent(tmp_path: Path, docs: list[Document]) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        assert [store.write(d) for d in docs] == [True, True, True]
        first = store.counts()
        assert [store.write(d) for d in docs] == [False, False, False]
        assert store.counts() == first
    with Store(db) as store:  # and across processes/sessions
        assert store.write_many(docs) == [False, False, False]
        assert store.counts() == first
        assert store.doc_ids() == {d.doc_id for d in docs}
    assert first["documents"] == 3 and first["events"] == 6


def test_counts_match_the_records(store: Store, docs: list[Document]) -> None:
    counts = store.counts()
    for table in ("actors", "events", "quotes", "times", "places"):
        assert counts[table] == sum(len(getattr(d, table)) for d in docs), table
    assert counts["failures"] == 0


def test_repeats_within_one_batch_are_stored_once(tmp_path: Path, docs: list[Document]) -> None:
    with Store(tmp_path / "x.duckdb") as store:
        assert store.write_many([docs[0], docs[0], docs[1]]) == [True, False, True]
        assert store.counts()["documents"] == 2
        assert store.counts()["events"] == len(docs[0].events) + len(docs[1].events)


def test_document_round_trips(store: Store, docs: list[Document]) -> None:
    for doc in docs:
        assert store.document(doc.doc_id) == doc
    assert store.document("nope") is None
    assert store.has(docs[0].doc_id) and not store.has("nope")


def test_a_failed_write_leaves_nothing(
    tmp_path: Path, docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after some tables are written rolls the whole document back."""
    with Store(tmp_path / "x.duckdb") as store:
        real_insert = store._insert
        calls: list[str] = []

        def failing_insert(name: str, table: object) -> None:
            calls.append(name)
            if name == "events":
                raise duckdb.ConversionException("disk on fire")
            real_insert(name, table)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "_insert", failing_insert)
        with pytest.raises(StoreError) as info:
            store.write(docs[0])
        assert info.value.code == "E040"
        assert calls[:2] == ["documents", "actors"]  # rows were inserted before the failure
        assert set(store.counts().values()) == {0}
        monkeypatch.undo()
        assert store.write(docs[0]) is True  # and the document can be written afterwards
        assert store.counts()["events"] == len(docs[0].events)


def test_failures_are_recorded_once_per_input_and_code(tmp_path: Path) -> None:
    with Store(tmp_path / "x.duckdb") as store:
        failure = Failure("a.txt", "E002", "the input is empty")
        store.record_failure(failure)
        store.record_failure(failure)
        store.record_failure(Failure("a.txt", "E004", "undecodable"))
        store.record_failure(Failure("b.jsonl:3", "E005", "line is not JSON"))
        rows = store.failures()
    assert len(rows) == 3
    by_key = {(r["input"], r["code"]): r for r in rows}
    assert by_key[("a.txt", "E002")]["attempts"] == 2
    assert by_key[("b.jsonl:3", "E005")]["stage"] == "ingest"
    assert by_key[("a.txt", "E002")]["recorded_at"] is not None


def test_read_only_needs_an_existing_newsevents_db(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "missing.duckdb", read_only=True)
    assert info.value.code == "E041"
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(StoreError, match="not a newsevents database"):
        Store(other, read_only=True)
    (tmp_path / "junk.duckdb").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "junk.duckdb")
    assert info.value.code == "E041"


def test_read_only_store_reads(tmp_path: Path, docs: list[Document]) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        store.write_many(docs)
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 3
        with pytest.raises(StoreError):
            store.write(dataclasses.replace(docs[0], doc_id="new"))


def test_columns_added_to_the_contract_reach_old_files(
    tmp_path: Path, docs: list[Document]
) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN plover_context")
    with Store(db) as store:  # reopening adds the missing column back
        assert store.write(docs[0]) is True
        assert store.events()[0]["plover_context"] == "diplomatic"
