"""Property-based API tests from the published OpenAPI schema (schemathesis).

Every generated request must get a documented, non-5xx answer: malformed filters are 4xx,
never a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402

from newsevents.api.app import create_app  # noqa: E402
from newsevents.store.database import Store  # noqa: E402
from tests.api.fixture_records import documents  # noqa: E402


def _app(tmp: Path):  # type: ignore[no-untyped-def]
    db = tmp / "schema.duckdb"
    with Store(db) as store:
        for doc in documents():
            store.write(doc)
    return create_app(db)


_TMP = Path(__import__("tempfile").mkdtemp(prefix="newsevents-schema-"))
schema = schemathesis.openapi.from_asgi("/openapi.json", _app(_TMP))
# /extract runs the full NLP pipeline per call; it is covered by test_app.py and the fuzzers.
schema = schema.exclude(path="/extract").exclude(path="/ingest")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_errors_on_schema_valid_or_invalid_input(case) -> None:  # type: ignore[no-untyped-def]
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    case.validate_response(response, checks=(schemathesis.checks.not_a_server_error,))
