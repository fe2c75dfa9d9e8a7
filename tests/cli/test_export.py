from __future__ import annotations

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store
from newsevents.store.export import gdelt_columns
from tests.store.factory import sample_documents


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "built.duckdb"
    with Store(db) as store:
        store.write_many(sample_documents())
    return db


def test_export_gdelt_and_plover(runner: CliRunner, tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "gdelt.tsv"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 4 and all(len(line.split("\t")) == len(gdelt_columns()) for line in lines)
    every = runner.invoke(
        app, ["export", "--db", str(db), "-f", "gdelt", str(out), "--all-modalities"]
    )
    assert every.exit_code == 0 and len(out.read_text().splitlines()) == 6
    plover = tmp_path / "plover.json"
    result = runner.invoke(
        app, ["export", "--db", str(db), "-f", "plover", str(plover), "--country", "RUS"]
    )
    assert result.exit_code == 0, result.output
    assert {r["cameo"] for r in json.loads(plover.read_text())} == {"138", "154"}


def test_export_tables(runner: CliRunner, tmp_path: Path) -> None:
    db = _db(tmp_path)
    for fmt, reader in (("parquet", "read_parquet"), ("csv", "read_csv"), ("jsonl", "read_json")):
        out = tmp_path / f"out-{fmt}"
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, str(out)])
        assert result.exit_code == 0, result.output
        (n,) = (
            duckdb.connect()
            .execute(  # type: ignore[misc]
                f"SELECT count(*) FROM {reader}(?)", [str(out / f"events.{fmt}")]
            )
            .fetchone()
        )
        assert n == 6


def test_export_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    db = _db(tmp_path)
    bad = runner.invoke(app, ["export", "--db", str(db), "--format", "xml", str(tmp_path / "x")])
    assert bad.exit_code == 2
    (tmp_path / "file.txt").write_text("x")
    clash = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", str(tmp_path / "file.txt")])
    assert clash.exit_code == 2
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "no.duckdb"), "-f", "gdelt",
                                  str(tmp_path / "o.tsv")])  # fmt: skip
    assert missing.exit_code == 1 and "E041" in missing.output


def test_export_real_ingest_round_trips(runner: CliRunner, ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = runner.invoke(app, ["export", "--db", str(ingested), "-f", "parquet", str(out)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    with Store(ingested, read_only=True) as store:
        counts = store.counts()
    for name, count in counts.items():
        (n,) = con.execute(
            "SELECT count(*) FROM read_parquet(?)", [str(out / f"{name}.parquet")]
        ).fetchone()  # type: ignore[misc]
        assert n == count, name
