"""``newsevents run`` through the CLI: arguments, exit codes, the Ray install hint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.scale import ray_engine

runner = CliRunner()


def test_run_writes_parquet_and_reports(
    tmp_path: Path, make_corpus: Callable[[Path, int, int], Path]
) -> None:
    folder = make_corpus(tmp_path / "in", 3, 5)
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["run", str(folder), "--out", str(out), "--processes", "1", "--no-dedup", "--quiet",
         "--published", "2024-02-29", "--db", str(tmp_path / "x.duckdb")],
    )
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.stdout
    assert len(list((out / "documents" / "month=2024-02").glob("*.parquet"))) == 1
    import duckdb

    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (3,)


def test_every_input_failing_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "E001" in result.output


def test_bad_date_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--published", "yesterday"]
    )
    assert result.exit_code == 2
    assert "E014" in result.output


def test_ray_engine_without_ray_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ray_engine, "ray_available", lambda: False)
    result = runner.invoke(
        app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--engine", "ray"]
    )
    assert result.exit_code == 2
    assert 'pip install "newsevents[ray]"' in result.output
