"""Compaction of a run's Parquet output: every row kept exactly once, few files, crash-safe."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq

from newsevents.scale.compact import JOURNAL, compact_folder, recover
from newsevents.scale.writer import STATE_DIR, ParquetWriter, partition_for
from newsevents.store.rows import TABLES

DAYS = (dt.date(2024, 2, 28), dt.date(2024, 3, 1), None)  # three partitions


def _write_flushes(out: Path, run_id: str, flushes: int, per_flush: int) -> list[str]:
    """Events spread over three partitions, one flush at a time; returns the ids in write order."""
    writer = ParquetWriter(out, run_id)
    ids: list[str] = []
    for flush in range(flushes):
        for n in range(per_flush):
            event_id = f"{run_id}-{flush}-{n}"
            ids.append(event_id)
            row = {"doc_id": f"d{flush}", "event_id": event_id, "event_index": n}
            writer.add_document_rows({"events": [row]}, DAYS[n % 3])
        writer.add_flat("failures", {"input": f"{run_id}-{flush}", "code": "E001"})
        writer.flush()
    writer.compact()
    return ids


def _ids(folder: Path) -> list[str]:
    return [
        value
        for path in sorted(folder.rglob("part-*.parquet"))
        for value in pq.read_table(path, columns=["event_id"]).column("event_id").to_pylist()
    ]


def test_compaction_keeps_every_row_once_in_one_file_per_partition(tmp_path: Path) -> None:
    ids = _write_flushes(tmp_path, "r1", flushes=7, per_flush=10)
    for day in DAYS:
        folder = tmp_path / "events" / partition_for(day)
        files = list(folder.glob("*.parquet"))
        assert len(files) == 1, files
        expected = [i for i in ids if DAYS[int(i.rsplit("-", 1)[1]) % 3] == day]
        assert _ids(folder) == expected  # same rows, same order, none twice
    assert len(list((tmp_path / "failures").glob("*.parquet"))) == 1
    failures = pq.read_table(tmp_path / "failures").column("input").to_pylist()
    assert sorted(failures) == [f"r1-{n}" for n in range(7)]
    assert not list(tmp_path.rglob("*.tmp"))
    assert not (tmp_path / STATE_DIR / JOURNAL).exists()


def test_a_second_run_merges_the_first_runs_files_too(tmp_path: Path) -> None:
    first = _write_flushes(tmp_path, "r1", flushes=3, per_flush=6)
    second = _write_flushes(tmp_path, "r2", flushes=2, per_flush=6)
    folder = tmp_path / "events" / partition_for(DAYS[0])
    assert len(list(folder.glob("*.parquet"))) == 1
    assert sorted(_ids(tmp_path / "events")) == sorted(first + second)


def test_row_groups_and_files_are_bounded(tmp_path: Path) -> None:
    folder = tmp_path / "events" / partition_for(DAYS[0])
    ids = _write_flushes(tmp_path, "r1", flushes=25, per_flush=3)  # 25 files of one row per day
    # re-split the compacted day into files again, then merge with small limits
    (merged,) = folder.glob("*.parquet")
    table = pq.read_table(merged)
    merged.unlink()
    for n in range(table.num_rows):
        pq.write_table(table.slice(n, 1), folder / f"part-x-{n:05d}.parquet")
    journal = tmp_path / STATE_DIR / JOURNAL
    removed = compact_folder(
        folder, TABLES["events"], name="part-y-c", journal=journal, group_rows=4, file_rows=10
    )
    assert removed == 25
    files = sorted(folder.glob("*.parquet"))
    assert [pq.ParquetFile(f).metadata.num_rows for f in files] == [10, 10, 5]
    for f in files:
        meta = pq.ParquetFile(f).metadata
        assert all(meta.row_group(i).num_rows <= 4 for i in range(meta.num_row_groups))
    assert _ids(folder) == [i for i in ids if i.endswith("-0")]
    # a later compaction leaves the full files alone and merges the rest with the new ones
    full = files[:2]
    for n in range(3):
        pq.write_table(table.slice(n, 1), folder / f"part-z-{n:05d}.parquet")
    assert compact_folder(
        folder, TABLES["events"], name="part-zz-c", journal=journal, group_rows=4, file_rows=10
    ) == 4
    files = sorted(folder.glob("*.parquet"))
    assert files[:2] == full
    assert [pq.ParquetFile(f).metadata.num_rows for f in files] == [10, 10, 8]


def test_a_compaction_cut_short_after_its_journal_is_finished_at_the_next_start(
    tmp_path: Path,
) -> None:
    ids = _write_flushes(tmp_path, "r1", flushes=3, per_flush=3)
    folder = tmp_path / "events" / partition_for(DAYS[0])
    (merged,) = folder.glob("*.parquet")
    table = pq.read_table(merged)
    merged.unlink()
    sources = []
    for n in range(table.num_rows):
        sources.append(folder / f"part-x-{n:05d}.parquet")
        pq.write_table(table.slice(n, 1), sources[-1])
    # the state a kill leaves between the journal and the swap: merged file under its temp name
    target = folder / "part-z-c00001.parquet"
    pq.write_table(table, folder / f".{target.name}.tmp")
    journal = tmp_path / STATE_DIR / JOURNAL
    journal.write_text(
        json.dumps({"targets": [str(target)], "sources": [str(s) for s in sources]}),
        encoding="utf-8",
    )
    ParquetWriter(tmp_path, "r2")  # the next run's writer recovers first
    assert sorted(folder.glob("*.parquet")) == [target]
    assert sorted(_ids(tmp_path / "events")) == sorted(ids)  # each row once
    assert not journal.exists()


def test_a_compaction_cut_short_before_its_journal_keeps_the_old_files(tmp_path: Path) -> None:
    ids = _write_flushes(tmp_path, "r1", flushes=2, per_flush=3)
    folder = tmp_path / "events" / partition_for(DAYS[1])
    (tmp_path / "events" / partition_for(DAYS[1]) / ".part-z-c00001.parquet.tmp").write_bytes(
        b"half a file"
    )
    recover(tmp_path / STATE_DIR / JOURNAL)  # no journal: nothing to finish
    ParquetWriter(tmp_path, "r2")
    assert not list(folder.glob(".*.tmp"))
    assert sorted(_ids(tmp_path / "events")) == sorted(ids)


def test_a_single_file_is_left_alone(tmp_path: Path) -> None:
    _write_flushes(tmp_path, "r1", flushes=1, per_flush=3)
    (only,) = (tmp_path / "events" / partition_for(DAYS[0])).glob("*.parquet")
    assert only.name == "part-r1-00001.parquet"


def test_partitions_are_months_and_an_old_day_layout_is_continued(tmp_path: Path) -> None:
    assert partition_for(dt.date(2024, 2, 29)) == "month=2024-02"
    assert partition_for(None) == "month=__HIVE_DEFAULT_PARTITION__"
    old = tmp_path / "old"
    (old / "documents" / "published=2024-02-28").mkdir(parents=True)
    writer = ParquetWriter(old, "r1")
    writer.add_document_rows({"events": [{"doc_id": "d", "event_id": "e"}]}, DAYS[1])
    writer.flush()
    assert (old / "events" / "published=2024-03-01").is_dir()  # one key per folder, never two
    assert not (old / "events" / "month=2024-03").exists()
