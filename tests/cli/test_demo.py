from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store
from newsevents.store.demo import sample_paths
from tests.store.factory import sample_documents


def test_demo_builds_a_fresh_db_and_shows_it(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sample_paths() as paths:
        n_samples = len(paths)
    assert n_samples == 3
    assert f"{n_samples} sample articles" in result.output
    assert "events (" in result.output and "sentence" in result.output
    assert f"newsevents query --db {db}" in result.output
    assert f"newsevents serve --db {db}" in result.output
    # the actors table lists people, not one name per code: two U.S. secretaries of state
    assert "Marco Rubio" in result.output and "Antony Blinken" in result.output
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["documents"] == n_samples
        assert counts["failures"] == 0
        doc_ids = store.doc_ids()
        first_counts = counts

    # running it again replaces the earlier demo database: same content, nothing doubled
    again = runner.invoke(app, ["demo", "--db", str(db)])
    assert again.exit_code == 0, again.output
    with Store(db, read_only=True) as store:
        assert store.counts() == first_counts and store.doc_ids() == doc_ids


def test_demo_never_replaces_a_real_database(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.write_many(sample_documents())
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 1
    assert "E042" in result.output and "3 non-sample documents" in result.output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 3  # untouched
    junk = tmp_path / "notes.txt"
    junk.write_text("my notes")
    refused = runner.invoke(app, ["demo", "--db", str(junk)])
    assert refused.exit_code == 1 and "E041" in refused.output
    assert junk.read_text() == "my notes"
