"""Two-word quotes that open a sentence (“It’s late,” she said.) are direct; two quoted words
inside a sentence stay terms. Through the real spaCy model (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "opening": "The ferry left early on Sunday.\n“It’s late,” Maria Lopez said at the pier.",
    "question": "The ferry left early on Sunday.\n“Anyone left?” Maria Lopez asked the crew.",
    "terms": "The dockers use words like “harbour rats,” “wet feet” and “night crew” often.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


@pytest.mark.parametrize("name", ["opening", "question"])
def test_two_words_opening_a_sentence_are_direct(
    quotes: dict[str, list[Quote]], name: str
) -> None:
    (q,) = quotes[name]
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Maria Lopez"


def test_two_quoted_words_inside_a_sentence_are_terms(quotes: dict[str, list[Quote]]) -> None:
    assert [q for q in quotes["terms"] if q.kind == "direct"] == []
