from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cli.articles import write_articles


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of three articles plus one empty file (an input that must fail)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_articles(folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    """A DuckDB file with the corpus ingested once (shared by read-only tests)."""
    from newsevents.store import Store
    from newsevents.store.ingest import ingest_paths

    db = tmp_path_factory.mktemp("db") / "ingested.duckdb"
    with Store(db) as store:
        list(ingest_paths(store, [corpus], published="2025-03-14"))
    return db
