"""Documents built directly from records, so store and export logic is tested independently of
what the NLP stages find."""

from __future__ import annotations

import hashlib

from newsevents.records import (
    Actor,
    Attribution,
    Document,
    Event,
    Evidence,
    Place,
    Plover,
    Quote,
    Resolution,
    Source,
    Span,
    TimeExpr,
    doc_id_for,
)

ACTORS = {
    "POLGOV": Actor(
        "Poland’s President Andrzej Duda",
        0,
        31,
        "Andrzej Duda",
        "person",
        "POL",
        "GOV",
        "POLGOV",
        "President of Poland",
        Resolution("dictionary", "leader"),
    ),
    "USAGOV": Actor(
        "the White House",
        0,
        15,
        "United States",
        "state",
        "USA",
        "GOV",
        "USAGOV",
        None,
        Resolution("metonymy", "the White House → USAGOV"),
    ),
    "RUSMIL": Actor("Russian troops", 0, 14, "Russia", "group", "RUS", "MIL", "RUSMIL"),
    "NATO": Actor("NATO", 0, 4, "NATO", "organisation", "NATO", "IGO", "NATO"),
}

PLACES = {
    "Warsaw": Place("Warsaw", 0, 6, "POL", "city", 52.23, 21.01, 756135),
    "Belarus": Place("Belarus", 0, 7, "BLR", "country", 53.0, 28.0, 630336),
}


def event(
    text: str,
    source: str | None,
    target: str | None,
    cameo: str,
    *,
    modality: str = "asserted",
    date: str | None = None,
    granularity: str = "day",
    place: str | None = None,
    goldstein: float = 1.0,
    quad: int = 1,
    offset: int = 0,
) -> Event:
    time = (
        TimeExpr(date, offset, offset + len(date), date, granularity, "exact", "published")  # type: ignore[arg-type]
        if date
        else None
    )
    event_id = hashlib.sha1(f"{text}|{cameo}|{offset}".encode()).hexdigest()[:16]
    return Event(
        event_id=event_id,
        sentence=Span(offset, offset + len(text), text),
        trigger=Span(offset, offset + 4, text[:4]),
        source=ACTORS[source] if source else None,
        target=ACTORS[target] if target else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        cameo_name=f"name of {cameo}",
        quad_class=quad,
        goldstein=goldstein,
        plover=Plover("CONSULT", "visit", "diplomatic"),
        modality=modality,  # type: ignore[arg-type]
        date=time,
        place=PLACES[place] if place else None,
        attribution=Attribution(ACTORS["POLGOV"], "Financial Times"),
        evidence=Evidence("rule:test", 0.9),
    )


def document(
    text: str,
    events: tuple[Event, ...] = (),
    *,
    published: str | None = "2025-03-14",
    url: str | None = "https://example.com/story",
    copies: tuple[str, ...] = (),
) -> Document:
    return Document(
        doc_id=doc_id_for(text),
        source=Source(path="story.txt", url=url, outlet="Example News", copies=copies),
        title="A story",
        published=published,
        published_source="cli" if published else "unknown",
        language="en",
        text=text,
        actors=tuple(ACTORS.values()),
        events=events,
        quotes=(
            Quote(
                "We will not hesitate",
                0,
                20,
                "direct",
                ACTORS["POLGOV"],
                "said",
                "Financial Times",
                None,
                Span(0, 30, "x"),
                Span(22, 26, "said"),
                Evidence("rule:quote", 0.8),
            ),
        ),
        times=(
            TimeExpr("Thursday", 5, 13, "2025-03-13", "day", "exact", "published"),
            TimeExpr("in 2022", 20, 27, "2022", "year", "exact", "none"),
        ),
        places=tuple(PLACES.values()),
        sentences=(Span(0, len(text), text),),
    )


def sample_documents() -> list[Document]:
    """Three documents with events of several roots, modalities, dates and places."""
    a = document(
        "Poland called on the United States to deploy nuclear weapons. Russia threatened NATO.",
        (
            event(
                "Poland called on the United States to deploy nuclear weapons.",
                "POLGOV",
                "USAGOV",
                "0234",
                date="2025-03-13",
                place="Warsaw",
                goldstein=3.4,
            ),
            event(
                "Poland called on the United States to deploy nuclear weapons.",
                "USAGOV",
                "POLGOV",
                "0871",
                modality="requested",
                goldstein=8.3,
                quad=2,
                offset=1,
            ),
            event(
                "Russia threatened NATO.",
                "RUSMIL",
                "NATO",
                "138",
                date="2025-03-12",
                goldstein=-7.0,
                quad=3,
                offset=63,
            ),
        ),
        copies=("https://copy.example.org/a",),
    )
    b = document(
        "The White House said it would never put nukes in Poland.",
        (
            event(
                "The White House said it would never put nukes in Poland.",
                "USAGOV",
                "POLGOV",
                "0234",
                modality="hypothetical",
                goldstein=3.4,
            ),
            event(
                "The White House said it would never put nukes in Poland.",
                "USAGOV",
                "POLGOV",
                "010",
                date="2025-03-14",
                goldstein=0.0,
                place="Belarus",
                offset=2,
            ),
        ),
        published="2025-03-15",
    )
    c = document(
        "Russian troops massed near the border in 2022, officials said.",
        (
            event(
                "Russian troops massed near the border in 2022, officials said.",
                "RUSMIL",
                None,
                "154",
                date="2022",
                granularity="year",
                goldstein=-7.2,
                quad=4,
            ),
        ),
        published=None,
        url=None,
    )
    return [a, b, c]
