"""Verbs of regarding ("see", "view", "regard", "perceive") with an object and its "as" phrase
report what the subject holds of it: an attribution of a belief (rule:indirect:naming:cognition),
through the real spaCy model. Without them these clauses gave no record at all; a "see" with no
"as" phrase perceives and reports nothing."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, tuple[str, str, str]] = {
    # name: (passage, content, holder's word)
    "see_as": (
        "Many fishermen see the ferry plan as a threat to the harbour.",
        "the ferry plan as a threat to the harbour",
        "fishermen",
    ),
    "views_as": (
        "Mayor Tom Reyes views the new pier as a waste of money.",
        "the new pier as a waste of money",
        "Reyes",
    ),
    "regards_as": (
        "The union regards the wage offer as an insult to its members.",
        "the wage offer as an insult to its members",
        "union",
    ),
}
PERCEPTIONS = {
    "saw_leave": "Neighbours saw the harbour master leave the office before noon.",
    "see_coming": "We will see what the council decides on Monday.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    texts = {name: p[0] for name, p in PASSAGES.items()} | PERCEPTIONS
    return quotes_by_name(nlp, texts)


@pytest.mark.parametrize("name", list(PASSAGES))
def test_object_as_phrase_is_a_belief(quotes: dict[str, list[Quote]], name: str) -> None:
    _, content, holder = PASSAGES[name]
    found = [q for q in quotes[name] if q.text == content]
    assert found, [(q.evidence.method, q.text) for q in quotes[name]]
    quote = found[0]
    assert quote.kind == "indirect"
    assert quote.evidence.method == "rule:indirect:naming:cognition"
    assert quote.speaker is not None and holder in quote.speaker.mention


@pytest.mark.parametrize("name", list(PERCEPTIONS))
def test_seeing_without_as_reports_nothing(quotes: dict[str, list[Quote]], name: str) -> None:
    assert quotes[name] == [], [(q.evidence.method, q.text) for q in quotes[name]]
