from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store
from newsevents.store.demo import sample_paths


def test_demo_builds_a_fresh_db_and_shows_it(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    with Store(db) as store:  # a stale file at the path is replaced, not added to
        store.con.execute("INSERT INTO documents (doc_id) VALUES ('stale')")
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sample_paths() as paths:
        n_samples = len(paths)
    assert n_samples == 3
    assert f"{n_samples} sample articles" in result.output
    assert "events (" in result.output and "sentence" in result.output
    assert f"newsevents query --db {db}" in result.output
    assert f"newsevents serve --db {db}" in result.output
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["documents"] == n_samples and not store.has("stale")
        assert counts["failures"] == 0
        published = {d["title"] or d["source_path"]: d["published"] for d in store.documents()}
    assert len(published) == n_samples
