"""``newsevents evaluate`` through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def events_json(nlp) -> dict:  # type: ignore[no-untyped-def, type-arg]
    gold = Path(__file__).resolve().parent / "fixtures" / "events_tiny.jsonl"
    result = runner.invoke(app, ["evaluate", "--task", "events", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_events_json_report(events_json: dict) -> None:  # type: ignore[type-arg]
    assert events_json["task"] == "events" and events_json["n"] == 2
    for key in ("precision", "recall", "f1", "modality_accuracy", "date_accuracy",
                "must_not_assert_violations"):
        assert 0.0 <= events_json["metrics"][key] <= max(1.0, events_json["metrics"][key])
    assert {"per_root", "per_modality"} <= set(events_json["tables"])
    assert {r["root"] for r in events_json["tables"]["per_root"]} >= {"04", "02"}


def test_events_tables(fixtures: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["evaluate", "-t", "events", "-g",
                                 str(fixtures / "events_tiny.jsonl"), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "per_root" in result.stdout and "precision" in result.stdout


def test_plover_file_dispatch(fixtures: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["evaluate", "--task", "events", "--gold",
                                 str(fixtures / "plover_two.json"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == 2 and "type_recall" in report["metrics"]
    assert any("not found beside the gold file" in n for n in report["notes"])


@pytest.mark.parametrize("args, message", [
    (["evaluate"], "--all"),
    (["evaluate", "--task", "nope", "--gold", "x"], "one of"),
    (["evaluate", "--task", "events", "--gold", "/no/such/file.jsonl"], "does not exist"),
    (["evaluate", "--all", "--task", "events"], "drop"),
    (["evaluate", "--task", "events", "--gold", "x", "--update-floors"], "only with --all"),
])
def test_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_bad_gold_is_a_one_line_error(tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text(
        '{"id": "a", "text": "x", "events": [{"cameo": "99", "modality": "asserted"}]}\n'
    )
    result = runner.invoke(app, ["evaluate", "--task", "events", "--gold", str(gold)])
    assert result.exit_code == 1
    assert "not a CAMEO" in result.output
