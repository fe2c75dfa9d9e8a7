from __future__ import annotations

import json

from newsevents.records import (
    Actor,
    Attribution,
    Document,
    Event,
    Evidence,
    Plover,
    Quote,
    Resolution,
    Source,
    Span,
    TimeExpr,
    doc_id_for,
    from_dict,
    to_dict,
    to_json,
)


def _sample_document() -> Document:
    duda = Actor(
        mention="Poland’s President Andrzej Duda",
        start=0,
        end=31,
        name="Andrzej Duda",
        kind="person",
        country="POL",
        sector="GOV",
        code="POLGOV",
        role="President of Poland",
        resolution=Resolution("apposition", "title 'President' + country 'Poland'"),
        sentence=Span(0, 60, "Poland’s President Andrzej Duda has called on the U.S."),
    )
    usa = Actor("the U.S.", 51, 59, "United States", "state", "USA", None, "USA")
    when = TimeExpr("Thursday", 70, 78, "2025-03-13", "day", "exact", "published")
    event = Event(
        event_id="e1",
        sentence=Span(0, 60, "…"),
        trigger=Span(38, 47, "called on"),
        source=duda,
        target=usa,
        cameo="0234",
        cameo_root="02",
        cameo_name="Appeal for military protection or peacekeeping",
        quad_class=1,
        goldstein=3.4,
        plover=Plover("REQUEST", "military"),
        modality="asserted",
        date=when,
        place=None,
        attribution=Attribution(speaker=None, medium="Financial Times"),
        evidence=Evidence("rule:verb-pattern:call_on", 0.8),
    )
    quote = Quote("They didn’t ask anyone’s permission.", 90, 126, "direct", duda, "told")
    text = "Poland’s President Andrzej Duda has called on the U.S."
    return Document(
        doc_id=doc_id_for(text),
        source=Source(path="a.txt", credits=("The Associated Press",)),
        title=None,
        published="2025-03-14",
        published_source="cli",
        language="en",
        text=text,
        actors=(duda, usa),
        events=(event,),
        quotes=(quote,),
        times=(when,),
    )


def test_document_round_trips_through_json() -> None:
    doc = _sample_document()
    again = from_dict(Document, json.loads(to_json(doc)))
    assert again == doc
    assert to_dict(again) == to_dict(doc)


def test_json_uses_data_model_field_names() -> None:
    data = to_dict(_sample_document())
    assert {"doc_id", "source", "published", "published_source", "removed", "errors"} <= set(data)
    event = data["events"][0]
    assert event["plover"]["event_type"] == "REQUEST"
    assert event["source"]["resolution"]["method"] == "apposition"
    assert event["attribution"]["medium"] == "Financial Times"


def test_doc_id_ignores_whitespace_layout_but_not_words() -> None:
    assert doc_id_for("A  b\n\nc") == doc_id_for("A b c")
    assert doc_id_for("A b c") != doc_id_for("A b d")
