from __future__ import annotations

import datetime as dt

import pytest

from newsevents.records import MODALITIES, Document
from newsevents.store import ActorFilter, DayStat, EventFilter, QuoteFilter, Store
from newsevents.store.query import normalise_root


def cameos(store: Store, **filters: object) -> list[str]:
    return sorted(r["cameo"] for r in store.events(EventFilter(**filters), limit=None))  # type: ignore[arg-type]


def test_no_filter_lists_every_modality(store: Store) -> None:
    rows = store.events(limit=None)
    assert len(rows) == 6 == store.count_events()
    assert {r["modality"] for r in rows} == {"asserted", "requested", "hypothetical"}
    assert "record" not in rows[0]


def test_actor_prefix_matches_source_or_target(store: Store) -> None:
    assert cameos(store, actor="POL") == ["010", "0234", "0234", "0871"]
    assert cameos(store, actor="rusmil") == ["138", "154"]
    assert cameos(store, actor="NATO") == ["138"]


def test_country(store: Store) -> None:
    assert cameos(store, country="RUS") == ["138", "154"]
    assert cameos(store, country="usa") == ["010", "0234", "0234", "0871"]


def test_dyad_either_direction_or_directed(store: Store) -> None:
    assert cameos(store, dyad=("POL", "USA")) == ["010", "0234", "0234", "0871"]
    assert cameos(store, dyad=("POL", "USA"), directed=True) == ["0234"]
    assert cameos(store, dyad=("USA", "POL"), directed=True) == ["010", "0234", "0871"]


def test_cameo_root_code_and_quad(store: Store) -> None:
    assert cameos(store, root="2") == cameos(store, root="02") == ["0234", "0234"]
    assert cameos(store, root="1") == ["010"]  # root 01, not 10–19
    assert cameos(store, code="08") == ["0871"]
    assert cameos(store, quad=3) == ["138"]
    assert normalise_root("0234") == "02" and normalise_root("19") == "19"
    with pytest.raises(ValueError):
        normalise_root("x")


def test_modality(store: Store) -> None:
    assert cameos(store, modality=("asserted",)) == ["010", "0234", "138", "154"]
    assert cameos(store, modality=("hypothetical", "requested")) == ["0234", "0871"]
    assert cameos(store, modality=()) == []
    assert len(cameos(store, modality=MODALITIES)) == 6


def test_dates_use_event_day_then_published(store: Store) -> None:
    # 2025-03-13 and 03-12 are event dates; 03-14 / 03-15 are publication-date fallbacks
    assert cameos(store, since=dt.date(2025, 3, 14)) == ["010", "0234", "0871"]
    assert cameos(store, until=dt.date(2025, 3, 12)) == ["138"]
    assert cameos(store, since=dt.date(2025, 3, 13), until=dt.date(2025, 3, 13)) == ["0234"]


def test_text_search_is_case_insensitive_and_literal(store: Store) -> None:
    assert cameos(store, text="NUKES in poland") == ["010", "0234"]
    assert cameos(store, text="%") == []  # a wildcard character is matched literally
    assert cameos(store, text="threatened", actor="RUS") == ["138"]


def test_limit_offset_and_order(store: Store) -> None:
    every = store.events(limit=None)
    assert store.events(limit=2) == every[:2]
    assert store.events(limit=2, offset=2) == every[2:4]
    days = [r["day"] for r in every if r["day"] is not None]
    assert days == sorted(days, reverse=True)
    assert every[-1]["day"] is None  # undated events last


def test_by_day_counts_asserted_only_by_default(store: Store) -> None:
    stats = store.dyad_by_day("POL", "USA")
    assert stats == [
        DayStat(dt.date(2025, 3, 13), 1, 3.4),
        DayStat(dt.date(2025, 3, 14), 1, 0.0),
    ]
    every = store.dyad_by_day("USA", "POL", EventFilter(modality=MODALITIES))
    assert sum(s.count for s in every) == 4
    assert store.dyad_by_day("POL", "USA", directed=True) == [DayStat(dt.date(2025, 3, 13), 1, 3.4)]
    assert store.by_day(EventFilter(actor="RUS")) == [DayStat(dt.date(2025, 3, 12), 1, -7.0)]


def test_event_with_evidence(store: Store, docs: list[Document]) -> None:
    event = docs[0].events[0]
    row = store.event(event.event_id)
    assert row is not None
    assert row["record"]["trigger"]["text"] == event.trigger.text
    assert row["sentence_text"] == event.sentence.text and row["title"] == "A story"
    assert store.event("missing") is None


def test_documents_actors_quotes(store: Store, docs: list[Document]) -> None:
    listed = store.documents()
    assert {d["doc_id"] for d in listed} == {d.doc_id for d in docs}
    assert "text" not in listed[0]
    assert listed[0]["published"] == dt.date(2025, 3, 15)  # newest first
    actors = {a["code"]: a for a in store.actors()}
    assert actors["POLGOV"]["mentions"] == 3 and actors["POLGOV"]["documents"] == 3
    assert [a["code"] for a in store.actors(ActorFilter(country="POL"))] == ["POLGOV"]
    assert [a["code"] for a in store.actors(ActorFilter(text="white house"))] == ["USAGOV"]
    quotes = store.quotes(QuoteFilter(speaker="POL"))
    assert len(quotes) == 3 and quotes[0]["medium"] == "Financial Times"
    assert store.quotes(QuoteFilter(speaker="USA")) == []
    assert len(store.quotes(QuoteFilter(doc_id=docs[0].doc_id))) == 1
