from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.api.app import create_app
from tests.api.fixture_records import TEXT_A, documents


@pytest.fixture()
def client(api_db: Path) -> TestClient:
    return TestClient(create_app(api_db))


def test_health_counts_tables(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["documents"] == 2
    assert body["counts"]["events"] == 3


def test_events_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/events").json()
    assert everything["total"] == 3
    polish = client.get("/events", params={"country": "POL"}).json()
    assert [e["cameo"] for e in polish["items"]] == ["0234"]
    asserted = client.get("/events", params={"modality": "asserted"}).json()
    assert {e["modality"] for e in asserted["items"]} == {"asserted"}
    assert asserted["total"] == 2
    assert client.get("/events", params={"root": "11"}).json()["total"] == 1
    assert client.get("/events", params={"quad": 1}).json()["total"] == 1
    assert client.get("/events", params={"dyad": "USA,POL"}).json()["total"] == 1
    assert client.get("/events", params={"dyad": "USA,POL", "directed": True}).json()["total"] == 0
    dated = client.get("/events", params={"since": "2025-03-12", "until": "2025-03-13"}).json()
    assert dated["total"] == 1
    page = client.get("/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and len(page["items"]) == 1
    assert client.get("/events", params={"text": "nuclear"}).json()["total"] == 1
    mapped = client.get("/events", params={"has_place": True}).json()
    assert mapped["total"] == 1 and mapped["items"][0]["place_name"] == "Poland"


def test_bad_filters_are_4xx(client: TestClient) -> None:
    assert client.get("/events", params={"dyad": "POL"}).status_code == 422
    assert client.get("/events", params={"quad": 7}).status_code == 422
    assert client.get("/events", params={"root": "xx"}).status_code == 422
    assert client.get("/events", params={"since": "yesterday"}).status_code == 422
    assert client.get("/events", params={"limit": 100000}).status_code == 422


def test_event_by_id_carries_evidence(client: TestClient) -> None:
    event_id = client.get("/events", params={"root": "02"}).json()["items"][0]["event_id"]
    event = client.get(f"/events/{event_id}").json()
    assert event["record"]["evidence"]["method"] == "rule:test-fixture"
    assert event["record"]["sentence"]["text"].startswith("Poland’s President")
    assert client.get("/events/nope").status_code == 404


def test_document_round_trip(client: TestClient) -> None:
    doc = documents()[0]
    body = client.get(f"/documents/{doc.doc_id}").json()
    assert body["text"] == TEXT_A
    assert len(body["events"]) == 2
    assert client.get("/documents/unknown").status_code == 404
    listing = client.get("/documents").json()
    assert {d["doc_id"] for d in listing} == {d.doc_id for d in documents()}


def test_actors_and_quotes(client: TestClient) -> None:
    codes = {a["code"] for a in client.get("/actors").json()}
    assert {"POLGOV", "USA", "RUS", "UKRCVL"} <= codes
    assert [a["code"] for a in client.get("/actors", params={"code": "POL"}).json()] == ["POLGOV"]
    quotes = client.get("/quotes", params={"speaker": "POL"}).json()
    assert len(quotes) == 1 and quotes[0]["cue"] == "called on"


def test_stats_dyad_counts_asserted_only(client: TestClient) -> None:
    body = client.get("/stats/dyad", params={"a": "POL", "b": "USA"}).json()
    # the fixture's events carry their publication date (the text gives no time): marked so
    assert body["days"] == [
        {"day": "2025-03-13", "count": 1, "mean_goldstein": 3.4, "publication_dated": 1}
    ]
    assert body["undated"] == 0
    negated = client.get("/stats/dyad", params={"a": "RUS", "b": "USA"}).json()
    assert negated["days"] == []


def test_publication_dated_events_are_marked_and_can_be_left_out(client: TestClient) -> None:
    items = client.get("/events").json()["items"]
    assert items and {e["day_source"] for e in items} == {"publication"}
    assert client.get("/events", params={"day_source": "text"}).json()["total"] == 0
    every = client.get("/events", params={"day_source": "publication"}).json()["total"]
    assert every == len(items)
    assert client.get("/events", params={"day_source": "tomorrow"}).status_code == 422
    text_only = client.get("/stats/dyad", params={"a": "POL", "b": "USA", "day_source": "text"})
    assert text_only.json()["days"] == []


def test_stats_network(client: TestClient) -> None:
    body = client.get("/stats/network").json()
    links = {(link["source"], link["target"]): link["count"] for link in body["links"]}
    assert links == {("POLGOV", "USA"): 1, ("UKRCVL", "RUS"): 1}
    assert {n["id"] for n in body["nodes"]} == {"POLGOV", "USA", "UKRCVL", "RUS"}


def test_openapi_schema_is_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/extract",
        "/events",
        "/events/{event_id}",
        "/documents/{doc_id}",
        "/actors",
        "/quotes",
        "/stats/dyad",
        "/ingest",
    ):
        assert path in schema["paths"], path


def test_ui_is_served_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "newsevents" in page.text
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    assert client.get("/static/vendor/d3.min.js").status_code == 200
    assert client.get("/static/app.js").status_code == 200


def test_no_path_traversal(client: TestClient) -> None:
    for path in ("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd"):
        response = client.get(path)
        assert response.status_code == 404
        assert "root:" not in response.text


def test_malformed_json_is_4xx(client: TestClient) -> None:
    response = client.post(
        "/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert client.post("/extract", json={}).status_code == 422
    assert client.post("/extract", json={"text": 5, "published": "soon"}).status_code == 422


def test_body_size_limit(api_db: Path) -> None:
    client = TestClient(create_app(api_db, max_body_bytes=1000))
    response = client.post("/extract", json={"text": "word " * 1000})
    assert response.status_code == 413


def test_ingest_is_disabled_by_default(client: TestClient) -> None:
    response = client.post("/ingest", json={"documents": [{"text": TEXT_A}]})
    assert response.status_code == 403


def test_extract_codes_text_without_storing(client: TestClient) -> None:
    response = client.post(
        "/extract",
        json={
            "text": "France condemned the missile test on Monday. Germany called for talks.",
            "published": "2025-03-14",
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["published"] == "2025-03-14"
    assert body["text"].startswith("France condemned")
    assert client.get("/health").json()["counts"]["documents"] == 2


def test_ingest_when_allowed_stores_once(tmp_path: Path) -> None:
    from newsevents.store.database import Store

    db = tmp_path / "rw.duckdb"
    Store(db).close()
    client = TestClient(create_app(db, allow_ingest=True))
    article = {
        "text": "Japan and South Korea signed a trade agreement in Tokyo on Tuesday.",
        "published": "2025-02-04",
    }
    first = client.post("/ingest", json={"documents": [article]}).json()
    second = client.post("/ingest", json={"documents": [article]}).json()
    assert len(first["stored"]) == 1 and first["failed"] == []
    assert second["stored"] == [] and second["duplicates"] == first["stored"]
    empty = client.post("/ingest", json={"documents": [{"text": "   "}]}).json()
    assert empty["stored"] == [] and "E002" in empty["failed"][0]
    assert json.loads(json.dumps(client.get("/health").json()))["counts"]["documents"] == 1
