"""The deliberate public surface: ``newsevents.__all__`` names exactly what users may rely on."""

from __future__ import annotations

import inspect

import newsevents

# Changing this list is an API change: update the changelog and the README with it.
EXPECTED = {
    "Actor", "Document", "Event", "EventFilter", "Failure", "NewsEventsError", "Place", "Quote",
    "RawDocument", "Store", "TimeExpr", "__version__", "extract_html", "extract_many",
    "extract_paths", "extract_text", "from_dict", "from_json", "to_dict", "to_json",
}  # fmt: skip


def test_all_is_the_agreed_surface() -> None:
    assert set(newsevents.__all__) == EXPECTED
    assert len(newsevents.__all__) == len(set(newsevents.__all__))


def test_every_public_name_exists_and_is_documented() -> None:
    for name in newsevents.__all__:
        obj = getattr(newsevents, name)
        if name == "__version__":
            assert isinstance(obj, str) and obj.count(".") == 2
            continue
        assert inspect.getdoc(obj), f"{name} has no docstring"


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from newsevents import *", namespace)
    public = {k for k in namespace if k != "__builtins__"}
    assert public == set(newsevents.__all__)


def test_store_round_trip_through_the_public_surface(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.store.factory import sample_documents

    doc = sample_documents()[0]
    with newsevents.Store(tmp_path / "api.duckdb") as store:
        assert store.write(doc) is True
        assert store.document(doc.doc_id) == doc
        assert store.count_events(newsevents.EventFilter(actor="POL")) == 2
