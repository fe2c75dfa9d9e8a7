"""``newsevents.scale.run`` in local mode: Parquet layout, counts, resume, failures."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from newsevents.scale import run
from newsevents.scale.writer import partition_for


@pytest.fixture(scope="module")
def output(
    tmp_path_factory: pytest.TempPathFactory, make_corpus: Callable[[Path, int, int], Path]
) -> dict[str, object]:
    """Two runs into one folder: 8 dated documents, then 4 undated ones plus two bad inputs."""
    root = tmp_path_factory.mktemp("run")
    dated = make_corpus(root / "dated", 8, 1)
    undated = make_corpus(root / "undated", 4, 2)
    (undated / "empty.txt").write_text("   \n", encoding="utf-8")
    (undated / "no_date.txt").write_text(
        "The foreign ministers of Chile and Peru met in Lima to discuss fishing rights. "
        "Both sides said the talks had been useful and agreed to meet again.",
        encoding="utf-8",
    )
    out = root / "out"
    first = run([dated], out, processes=1, published="2025-03-14", dedup=False, flush_every=5)
    second = run(
        [undated, root / "missing.txt"], out, processes=1, dedup=False, flush_every=100
    )
    return {"root": root, "out": out, "dated": dated, "first": first, "second": second}


def _sql(out: Path, query: str) -> list[tuple[object, ...]]:
    query = query.replace("DOCS", "read_parquet('OUT/documents/**/*.parquet')")
    return duckdb.connect().execute(query.replace("OUT", str(out))).fetchall()


def test_documents_partitioned_by_publication_date(output: dict[str, object]) -> None:
    out = output["out"]
    assert isinstance(out, Path)
    rows = _sql(
        out,
        "SELECT published, filename, source_path FROM "
        "read_parquet('OUT/documents/**/*.parquet', filename = true)",
    )
    assert len(rows) == 13
    for published, filename, _path in rows:
        folder = Path(str(filename)).parent.name
        assert folder == partition_for(published if isinstance(published, dt.date) else None)
    undated = [Path(str(path)).name for published, _f, path in rows if published is None]
    assert "no_date.txt" in undated  # a document without any date goes to the null partition
    # the --published date applies to the documents that have none of their own
    assert any(str(published) == "2025-03-14" for published, _f, _p in rows)
    (kind,) = _sql(out, "SELECT DISTINCT typeof(published) FROM DOCS")[0]
    assert kind == "DATE"
    # one file per partition per flush (two flushes in the first run: flush_every=5 over 8
    # documents), merged at the end of each run: one file per folder, every document once
    for folder in (out / "documents").iterdir():
        assert len(list(folder.glob("*.parquet"))) == 1
    ((count, distinct),) = _sql(out, "SELECT count(*), count(DISTINCT doc_id) FROM DOCS")
    assert count == distinct == 13


def test_child_tables_follow_their_documents(output: dict[str, object]) -> None:
    out = output["out"]
    assert isinstance(out, Path)
    for table, column in (("times", "n_times"), ("quotes", "n_quotes"), ("events", "n_events")):
        expected = _sql(out, f"SELECT sum({column}) FROM DOCS")
        files = list((out / table).rglob("*.parquet"))
        found = (
            _sql(out, f"SELECT count(*) FROM read_parquet('OUT/{table}/**/*.parquet')")
            if files
            else [(0,)]
        )
        assert found[0][0] == (expected[0][0] or 0), table
    orphans = _sql(
        out,
        "SELECT count(*) FROM read_parquet('OUT/times/**/*.parquet') t "
        "ANTI JOIN read_parquet('OUT/documents/**/*.parquet') d USING (doc_id)",
    )
    assert orphans == [(0,)]


def test_failures_recorded_and_run_carries_on(output: dict[str, object]) -> None:
    out, second = output["out"], output["second"]
    assert isinstance(out, Path)
    assert second.documents == 5  # type: ignore[attr-defined]
    assert second.failures == 2  # type: ignore[attr-defined]
    rows = _sql(out, "SELECT code, input FROM read_parquet('OUT/failures/*.parquet') ORDER BY code")
    assert [code for code, _ in rows] == ["E001", "E002"]
    assert str(rows[0][1]).endswith("missing.txt")


def test_no_temp_files_left(output: dict[str, object]) -> None:
    out = output["out"]
    assert isinstance(out, Path)
    assert not list(out.rglob("*.tmp"))


def test_rerun_skips_every_unchanged_input(output: dict[str, object]) -> None:
    out, dated = output["out"], output["dated"]
    assert isinstance(out, Path) and isinstance(dated, Path)
    before = sorted(out.rglob("*.parquet"))
    again = run([dated], out, processes=1, published="2025-03-14", dedup=False)
    assert (again.skipped_inputs, again.documents, again.seen) == (8, 0, 0)
    assert sorted(out.rglob("*.parquet")) == before


def test_changed_input_skips_known_documents_after_cleaning(output: dict[str, object]) -> None:
    out, dated = output["out"], output["dated"]
    assert isinstance(out, Path) and isinstance(dated, Path)
    touched = sorted(dated.glob("*.txt"))[0]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    stale = out / "documents" / ".part-stale.parquet.tmp"
    stale.write_bytes(b"half a file")
    again = run([dated], out, processes=1, published="2025-03-14", dedup=False)
    assert (again.skipped_inputs, again.skipped, again.documents) == (7, 1, 0)
    assert not stale.exists()  # a killed run's temp file is cleaned up
    total = _sql(out, "SELECT count(*) FROM read_parquet('OUT/documents/**/*.parquet')")
    assert total == [(13,)]


def test_bad_published_date_is_rejected(tmp_path: Path) -> None:
    from newsevents.errors import InputError

    with pytest.raises(InputError) as info:
        run([tmp_path], tmp_path / "out", published="14/03/2025")
    assert info.value.code == "E014"
