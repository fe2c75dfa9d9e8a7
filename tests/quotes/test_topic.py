"""Topics: the noun phrase a verb's preposition takes ("talked about the harbour"), through the
real spaCy model (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.evaluate.quotes import speech_only
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "talked_about": "At the town meeting, Governor Maria Lopez talked about the new harbour.",
    "spoke_of": "Mayor Tom Reyes spoke of a fresh start for the old mill district.",
    "referring_to": (
        "“It was the best night of the season,” Mayor Tom Reyes said, referring to the "
        "harvest festival."
    ),
    "railed_against": "Senator Paul Brandt railed against the plan to close the rail depot.",
    "discussed": "Governor Maria Lopez discussed the harbour budget with the council.",
    "poll_shows": "A new poll shows Maria Lopez with a ten-point lead over Tom Reyes.",
    "person_shows": "Governor Maria Lopez showed the new harbour to the visitors.",
    "asked_about": "Asked about the new harbour, Governor Maria Lopez smiled and left the room.",
    "wh_topic": "Governor Maria Lopez talked about how the town could pay for the harbour.",
    "no_topic_verb": "Governor Maria Lopez walked about the harbour on Sunday morning.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def topics(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.evidence and ":topic:" in q.evidence.method]


@pytest.mark.parametrize(
    ("name", "content", "cue", "speaker"),
    [
        ("talked_about", "the new harbour", "talked", "Maria Lopez"),
        ("spoke_of", "a fresh start for the old mill district", "spoke", "Tom Reyes"),
        ("referring_to", "the harvest festival", "referring", "Tom Reyes"),
        ("railed_against", "the plan to close the rail depot", "railed", "Paul Brandt"),
    ],
)
def test_topic_object_is_the_content(
    quotes: dict[str, list[Quote]], name: str, content: str, cue: str, speaker: str
) -> None:
    (q,) = topics(quotes[name])
    assert q.text == content
    assert q.cue == cue and q.kind == "indirect"
    assert q.evidence is not None and q.evidence.method == "rule:indirect:topic:stance"
    assert q.speaker is not None and q.speaker.name == speaker
    assert speech_only([q]) == []  # a topic is no speech (GenderGapTracker)


def test_topic_beside_a_direct_quote_keeps_the_quote(quotes: dict[str, list[Quote]]) -> None:
    direct = [q for q in quotes["referring_to"] if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue == "said"


@pytest.mark.parametrize("name", ["asked_about", "wh_topic", "no_topic_verb"])
def test_no_topic(quotes: dict[str, list[Quote]], name: str) -> None:
    assert topics(quotes[name]) == []


def test_discussed_object_is_a_stance_content(quotes: dict[str, list[Quote]]) -> None:
    (q,) = [x for x in quotes["discussed"] if x.evidence and x.evidence.method.endswith(":stance")]
    assert q.text.startswith("the harbour budget") and q.cue == "discussed"


def test_a_finding_shows_its_object(quotes: dict[str, list[Quote]]) -> None:
    (q,) = [x for x in quotes["poll_shows"] if x.evidence and x.evidence.method.endswith(":stance")]
    assert q.text == "Maria Lopez with a ten-point lead over Tom Reyes" and q.cue == "shows"


def test_a_person_showing_something_reports_nothing(quotes: dict[str, list[Quote]]) -> None:
    assert quotes["person_shows"] == []
