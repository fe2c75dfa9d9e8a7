"""Fixtures for the HTTP API: a real DuckDB file with hand-built, realistic records.

The records are built directly (not by the coders) so these tests pin the API's behaviour, not
the coders' current accuracy; the browser test runs the real pipeline end to end.
"""

from __future__ import annotations

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

TEXT_A = (
    "Poland’s President Andrzej Duda called on the U.S. to place nuclear weapons in Poland. "
    "Russia has not accepted the ceasefire."
)
TEXT_B = "Protesters in Kyiv <script>alert('x')</script> condemned Russia on Monday."


def _actor(mention: str, start: int, code: str, country: str, kind: str = "state") -> Actor:
    return Actor(
        mention=mention,
        start=start,
        end=start + len(mention),
        name=mention,
        kind=kind,  # type: ignore[arg-type]
        country=country,
        sector=code[3:] or None,
        code=code,
        resolution=Resolution("dictionary", "test fixture"),
    )


def _event(
    text: str,
    trigger: str,
    source: Actor,
    target: Actor | None,
    cameo: str,
    root: str,
    modality: str,
    day: str,
    goldstein: float,
    quad: int,
    place: Place | None = None,
) -> Event:
    start = text.index(trigger)
    sentence_end = text.index(".", start) + 1
    return Event(
        event_id=f"{doc_id_for(text)[:8]}-{start}",
        sentence=Span(0, sentence_end, text[:sentence_end]),
        trigger=Span(start, start + len(trigger), trigger),
        source=source,
        target=target,
        cameo=cameo,
        cameo_root=root,
        cameo_name="fixture event",
        quad_class=quad,
        goldstein=goldstein,
        plover=Plover("REQUEST" if root == "02" else "AGREE"),
        modality=modality,  # type: ignore[arg-type]
        date=TimeExpr(day, -1, -1, day, "day", "publication", "published"),
        place=place,
        attribution=Attribution(),
        evidence=Evidence("rule:test-fixture", 0.9),
    )


def documents() -> list[Document]:
    duda = _actor("Poland’s President Andrzej Duda", 0, "POLGOV", "POL", "person")
    usa = _actor("U.S.", TEXT_A.index("U.S."), "USA", "USA")
    russia = _actor("Russia", TEXT_A.index("Russia"), "RUS", "RUS")
    poland = Place(
        "Poland",
        TEXT_A.index("in Poland") + 3,
        TEXT_A.index("in Poland") + 9,
        "POL",
        "country",
        52.0,
        20.0,
        798544,
    )
    doc_a = Document(
        doc_id=doc_id_for(TEXT_A),
        source=Source(path="a.txt", outlet="Fox News"),
        title="Duda asks for nuclear weapons",
        published="2025-03-14",
        published_source="cli",
        language="en",
        text=TEXT_A,
        actors=(duda, usa, russia),
        events=(
            _event(
                TEXT_A,
                "called on",
                duda,
                usa,
                "0234",
                "02",
                "asserted",
                "2025-03-13",
                3.4,
                1,
                poland,
            ),
            _event(TEXT_A, "accepted", russia, None, "0871", "08", "negated", "2025-03-14", 5.0, 2),
        ),
        quotes=(
            Quote("to place nuclear weapons in Poland", 51, 85, "indirect", duda, "called on"),
        ),
    )
    protesters = _actor("Protesters", 0, "UKRCVL", "UKR", "group")
    russia_b = _actor("Russia", TEXT_B.index("Russia"), "RUS", "RUS")
    doc_b = Document(
        doc_id=doc_id_for(TEXT_B),
        source=Source(path="b.txt"),
        title="<b>Kyiv</b> protest",
        published="2025-03-10",
        published_source="cli",
        language="en",
        text=TEXT_B,
        actors=(protesters, russia_b),
        events=(
            _event(
                TEXT_B,
                "condemned",
                protesters,
                russia_b,
                "111",
                "11",
                "asserted",
                "2025-03-10",
                -2.0,
                3,
            ),
        ),
    )
    return [doc_a, doc_b]
