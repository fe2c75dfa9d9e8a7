"""Crash safety: SIGKILL `newsevents run` (local, and Ray when installed) at random points, rerun,
and check every document is stored exactly once and the DuckDB file and Parquet are readable.

(`newsevents ingest` has its own kill test in tests/cli/test_crash.py.)
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("newsevents")
ROUNDS = 3


def _corpus(folder: Path, count: int) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import corpus  # benchmarks/corpus.py
    finally:
        sys.path.pop(0)
    corpus.write(folder, count, fmt="txt", seed=7)
    return folder


def _run_args(corpus: Path, out: Path, db: Path, engine: str) -> list[str]:
    return [str(EXE), "run", str(corpus), "--out", str(out), "--db", str(db), "--engine", engine,
            "--processes", "2", "--batch-size", "4", "--no-dedup", "--quiet"]  # fmt: skip


def _kill_after(args: list[str], seconds: float) -> int | None:
    """Start the command in its own process group and SIGKILL the whole group after ``seconds``."""
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        return proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def _parquet_doc_ids(out: Path) -> list[str]:
    files = sorted((out / "documents").rglob("part-*.parquet"))
    assert files, f"no documents Parquet under {out}"
    con = duckdb.connect()
    rows = con.execute(
        "SELECT doc_id FROM read_parquet(?, hive_partitioning = true, union_by_name = true)",
        [[str(f) for f in files]],
    ).fetchall()
    return [r[0] for r in rows]


def _db_doc_ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = [r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()]
        events = con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
        assert events is not None and events[0] == events[1], "an event was written twice"
        return ids
    finally:
        con.close()


def _kill_rounds(tmp_path: Path, engine: str, docs: int, max_delay: float) -> None:
    corpus = _corpus(tmp_path / "corpus", docs)
    reference_out, reference_db = tmp_path / "ref-out", tmp_path / "ref.duckdb"
    done = subprocess.run(_run_args(corpus, reference_out, reference_db, engine), timeout=900)
    assert done.returncode == 0
    expected = sorted(_db_doc_ids(reference_db))
    assert len(expected) == docs

    out, db = tmp_path / "out", tmp_path / "crash.duckdb"
    rng = random.Random(20251126)
    killed = 0
    for _ in range(ROUNDS):
        if _kill_after(_run_args(corpus, out, db, engine), rng.uniform(2.0, max_delay)) is None:
            killed += 1
        if db.exists():  # readable after every kill, and never a document twice
            ids = _db_doc_ids(db)
            assert len(ids) == len(set(ids))
    assert killed >= 1, "no round was interrupted: raise the delay range"
    final = subprocess.run(_run_args(corpus, out, db, engine), timeout=900)
    assert final.returncode == 0
    stored = _db_doc_ids(db)
    assert sorted(stored) == expected  # every document exactly once
    written = _parquet_doc_ids(out)
    assert sorted(written) == expected


@pytest.mark.slow
def test_run_local_survives_sigkill(tmp_path: Path) -> None:
    _kill_rounds(tmp_path, "local", docs=24, max_delay=12.0)


@pytest.mark.slow
@pytest.mark.ray
def test_run_ray_survives_sigkill(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason='Ray is an optional extra: pip install "newsevents[ray]"')
    started = time.monotonic()
    _kill_rounds(tmp_path, "ray", docs=16, max_delay=25.0)
    assert time.monotonic() - started < 900
