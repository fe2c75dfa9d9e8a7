"""``newsevents query`` over a real ingested file (structure, not specific events: the coders
evolve) and over a store of hand-built records (exact filter results)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store
from tests.store.factory import sample_documents


@pytest.fixture
def built(tmp_path: Path) -> Path:
    db = tmp_path / "built.duckdb"
    with Store(db) as store:
        store.write_many(sample_documents())
    return db


def test_query_json_and_csv(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(app, ["query", "--db", str(built), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == 6 and {"source_code", "cameo", "modality", "sentence_text"} <= set(rows[0])
    out = runner.invoke(app, ["query", "--db", str(built), "-f", "csv", "--root", "2"])
    assert out.exit_code == 0, out.output
    table = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["cameo"] for r in table] == ["0234", "0234"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--actor", "RUS"], {"138", "154"}),
        (["--country", "POL", "--modality", "asserted"], {"0234", "010"}),
        (["--dyad", "USA", "POL", "--directed"], {"0234", "010", "0871"}),
        (["--dyad", "POL", "USA", "--directed"], {"0234"}),
        (["--code", "08"], {"0871"}),
        (["--quad", "3"], {"138"}),
        (["--modality", "hypothetical,requested"], {"0234", "0871"}),
        (["--since", "2025-03-14"], {"0234", "010", "0871"}),
        (["--until", "2025-03-12"], {"138"}),
        (["--text", "threatened"], {"138"}),
    ],
)
def test_query_filters(runner: CliRunner, built: Path, args: list[str], expected: set[str]) -> None:
    result = runner.invoke(app, ["query", "--db", str(built), "-f", "json", *args])
    assert result.exit_code == 0, result.output
    assert {r["cameo"] for r in json.loads(result.output)} == expected


def test_query_by_day(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(
        app, ["query", "--db", str(built), "--dyad", "POL", "USA", "--by-day", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"day": "2025-03-13", "count": 1, "mean_goldstein": 3.4, "publication_dated": 0},
        {"day": "2025-03-14", "count": 1, "mean_goldstein": 0.0, "publication_dated": 0},
    ]
    table = runner.invoke(app, ["query", "--db", str(built), "--by-day"])
    assert table.exit_code == 0 and "2025-03-12" in table.output and "-7.00" in table.output


def test_query_table_output(runner: CliRunner, built: Path) -> None:
    result = runner.invoke(app, ["query", "--db", str(built), "--limit", "2", "--offset", "1"])
    assert result.exit_code == 0, result.output
    assert "events 2–3 of 6" in result.output
    assert "event" in result.output and "sentence" in result.output


@pytest.mark.parametrize(
    "args",
    [["--since", "yesterday"], ["--modality", "maybe"], ["--root", "x"], ["--format", "xml"],
     ["--directed"], ["--quad", "7"]],
)  # fmt: skip
def test_query_usage_errors(runner: CliRunner, built: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["query", "--db", str(built), *args])
    assert result.exit_code == 2, result.output


def test_query_missing_db(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "E041" in result.output
    assert not (tmp_path / "none.duckdb").exists()  # reading never creates a file


def test_query_real_ingest(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["query", "--db", str(ingested), "-f", "json", "--limit", "1000"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    with Store(ingested, read_only=True) as store:
        assert len(rows) == store.counts()["events"]
    for row in rows:
        assert row["sentence_text"] and row["cameo"].startswith(row["cameo_root"])


def test_by_day_and_gdelt_say_why_undated_documents_have_no_day(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "undated.duckdb"
    undated = [d for d in sample_documents() if d.published is None]
    with Store(db) as store:
        store.write_many(undated)
    result = runner.invoke(app, ["query", "--db", str(db), "--by-day", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no publication date" in result.stderr and "--published" in result.stderr
    out = tmp_path / "events.tsv"
    exported = runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt", str(out)])
    assert exported.exit_code == 0
    assert "empty Day, MonthYear, Year" in exported.stderr and "--published" in exported.stderr


def test_publication_dated_events_are_marked(runner: CliRunner, built: Path) -> None:
    rows = json.loads(runner.invoke(app, ["query", "--db", str(built), "-f", "json"]).stdout)
    marks = {r["cameo"]: r["day_source"] for r in rows}
    assert marks["0234"] in ("text", "publication") and marks["0871"] == "publication"
    text_only = runner.invoke(app, ["query", "--db", str(built), "-f", "json",
                                    "--day-source", "text"])
    assert {r["day_source"] for r in json.loads(text_only.stdout)} == {"text"}
    table = runner.invoke(app, ["query", "--db", str(built), "--by-day", "--modality",
                                "requested"])
    assert "dated by publication" in table.output
    assert "--day-source text" in table.stderr  # how to leave them out of the counts
    bad = runner.invoke(app, ["query", "--db", str(built), "--day-source", "soon"])
    assert bad.exit_code == 2
