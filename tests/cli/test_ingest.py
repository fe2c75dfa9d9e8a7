"""``newsevents ingest`` end to end: real readers, real spaCy model, real DuckDB file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store


def test_ingest_stores_reports_and_is_idempotent(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.duckdb"
    result = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--published", "2025-03-14"]
    )
    assert result.exit_code == 0, result.output
    assert "4 documents read, 3 stored, 0 skipped as duplicates, 1 failed" in result.output
    # one line naming the input and the code, never wrapped (long tmp paths would wrap at 80)
    assert any(
        line.startswith(str(corpus / "empty.txt")) and ": E002: " in line and line.endswith(")")
        for line in result.output.splitlines()
    ), result.output
    with Store(db) as store:
        first = store.counts()
        assert first["documents"] == 3
        assert first["failures"] == 1
        assert store.failures()[0]["code"] == "E002"
        assert {d["published"].isoformat() for d in store.documents()} == {"2025-03-14"}

    again = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--published", "2025-03-14"]
    )
    assert again.exit_code == 0, again.output
    assert "4 documents read, 0 stored, 3 skipped as duplicates, 1 failed" in again.output
    with Store(db) as store:
        assert store.counts() == first  # the failure is not recorded twice either
        assert store.failures()[0]["attempts"] == 2


def test_ingest_exits_1_only_when_nothing_succeeded(
    runner: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "x.duckdb"
    missing = tmp_path / "nope.txt"
    result = runner.invoke(
        app, ["ingest", str(missing), str(corpus / "empty.txt"), "--db", str(db)]
    )
    assert result.exit_code == 1
    assert "E001" in result.output and "E002" in result.output
    assert "2 documents read, 0 stored, 0 skipped as duplicates, 2 failed" in result.output
    assert "no database written" in result.output
    assert not db.exists(), "a run that stored nothing leaves no empty database behind"
    # one good input is enough for success
    mixed = runner.invoke(app, ["ingest", str(missing), str(corpus / "seoul.txt"), "--db", str(db)])
    assert mixed.exit_code == 0, mixed.output


def test_ingest_help_states_the_exit_code(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "nothing" in result.output and "succeeded" in result.output


def test_ingest_bad_db(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 1000)
    result = runner.invoke(app, ["ingest", str(corpus / "seoul.txt"), "--db", str(junk)])
    assert result.exit_code == 1
    assert "E041" in result.output
