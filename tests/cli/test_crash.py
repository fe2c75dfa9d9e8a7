"""Kill ``newsevents ingest`` with SIGKILL mid-batch, rerun it: every document stored once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.store import TABLE_NAMES, Store
from tests.cli.articles import write_many_articles

N_ARTICLES = 48
BATCH = 16  # the ingest batch size: documents per transaction
CHILD_TABLES = [name for name in TABLE_NAMES if name != "documents"]


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    code = "import sys; from newsevents.cli import main; sys.argv[0] = 'newsevents'; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(folder), "--db", str(db), "--verbose"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _assert_whole_documents(db: Path) -> int:
    """Every child row belongs to a stored document and every document has all its rows."""
    with Store(db, read_only=True) as store:
        con = store.con
        (n_docs,) = con.execute("SELECT count(*) FROM documents").fetchone()  # type: ignore[misc]
        (distinct,) = con.execute("SELECT count(DISTINCT doc_id) FROM documents").fetchone()  # type: ignore[misc]
        assert n_docs == distinct
        for table in CHILD_TABLES:
            (rows, expected) = con.execute(  # type: ignore[misc]
                f"SELECT (SELECT count(*) FROM {table}), "
                f"(SELECT coalesce(sum(n_{table}), 0) FROM documents)"
            ).fetchone()
            assert rows == expected, table
            (orphans,) = con.execute(  # type: ignore[misc]
                f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
            ).fetchone()
            assert orphans == 0, table
    return int(n_docs)


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun_stores_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_many_articles(folder, N_ARTICLES)
    db = tmp_path / "crash.duckdb"

    proc = _ingest(folder, db)
    assert proc.stdout is not None
    # --verbose reports documents after their batch is committed: once the first batch is
    # reported, the process is parsing the next one, and that is when it dies
    stored = 0
    while stored < BATCH:
        line = proc.stdout.readline()
        assert line, "ingest ended before it stored a first batch"
        stored += line.startswith("stored ")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    partial = _assert_whole_documents(db)  # readable, whole documents only
    assert partial < N_ARTICLES

    rerun = _ingest(folder, db)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert (
        f"{N_ARTICLES} documents read, {N_ARTICLES - partial} stored, "
        f"{partial} skipped as duplicates, 0 failed"
    ) in " ".join(out.split())
    assert _assert_whole_documents(db) == N_ARTICLES
