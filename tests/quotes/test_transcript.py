"""Transcript turns and headlines naming their speaker ("Maria Lopez: The harbour will open in
May."), through the real spaCy model (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "turn": (
        "The mayor answered questions from readers on Monday.\n"
        "Maria Lopez: The new harbour will open in May and the ferry will run every hour.\n"
        "Tom Reyes: Will the fares go up for people who live on the island?"
    ),
    "correction": (
        "The harbour opened on Monday.\n"
        "Correction: An earlier version of this story gave the wrong date for the opening."
    ),
    "names": "The harbour board met on Monday.\nMaria Lopez: Tom Reyes, Anna Berg, Paul Kane.",
    "quoted": "The harbour board met on Monday.\nMaria Lopez: “The harbour will open in May.”",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def turns(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.evidence and q.evidence.method == "rule:direct:transcript"]


def test_a_turn_is_the_labelled_speakers_words(quotes: dict[str, list[Quote]]) -> None:
    first = turns(quotes["turn"])[0]
    assert first.text == "The new harbour will open in May and the ferry will run every hour"
    assert first.kind == "direct" and first.cue == ":"
    assert first.speaker is not None and first.speaker.name == "Maria Lopez"


@pytest.mark.parametrize("name", ["correction", "names"])
def test_no_turn_without_a_named_speaker_and_a_clause(
    quotes: dict[str, list[Quote]], name: str
) -> None:
    assert turns(quotes[name]) == []


def test_a_quoted_turn_stays_a_labelled_quote(quotes: dict[str, list[Quote]]) -> None:
    found = quotes["quoted"]
    assert turns(found) == []
    assert [q.evidence.method for q in found if q.evidence] == ["rule:direct:label"]
