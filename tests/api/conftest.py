from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.store.database import Store
from tests.api.fixture_records import documents


@pytest.fixture()
def api_db(tmp_path: Path) -> Path:
    path = tmp_path / "api.duckdb"
    with Store(path) as store:
        for doc in documents():
            store.write(doc)
    return path
