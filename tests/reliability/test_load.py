"""A short, bounded version of benchmarks/load.py: the API answers without errors while an
ingest runs beside it. Speed is measured by the benchmark, never asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_api_keeps_answering_during_ingest(tmp_path: Path) -> None:
    load = load_script(REPO / "benchmarks" / "load.py")
    result = load.run(clients=8, seconds=4, workdir=tmp_path)
    assert result["requests"] > 0
    assert result["errors"] == 0, result["error_samples"]
    assert result["ingest_errors"] == 0
    assert result["documents_ingested_meanwhile"] >= 1
    assert result["server_alive_after"]
