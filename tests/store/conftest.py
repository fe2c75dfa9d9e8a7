from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.records import Document
from newsevents.store import Store
from tests.store.factory import sample_documents


@pytest.fixture
def docs() -> list[Document]:
    return sample_documents()


@pytest.fixture
def store(tmp_path: Path, docs: list[Document]) -> Iterator[Store]:
    """A real DuckDB file holding the three sample documents."""
    with Store(tmp_path / "test.duckdb") as s:
        assert s.write_many(docs) == [True, True, True]
        yield s
