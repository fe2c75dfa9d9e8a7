"""Verbs of depicting ("portray", "depict", "paint", "cast") name what their object is said to
be, like "describe": "portrayed [the pier as a waste of money]"; and every naming verb of the
``partial`` list gives its object and "as" phrase or predicate without quotation marks too
("cast [the vote as a betrayal]"); through the real spaCy model."""

from __future__ import annotations

from typing import Any

from tests.quotes.passages import quotes_by_name


def test_portrayed_as_is_a_naming(nlp: Any) -> None:
    text = "Mayor Tom Reyes portrayed the new pier as a waste of public money."
    quotes = quotes_by_name(nlp, {"t": text})["t"]
    found = [q for q in quotes if q.evidence.method == "rule:indirect:naming"]
    assert found, [(q.evidence.method, q.text) for q in quotes]
    assert found[0].text == "the new pier as a waste of public money"
    assert found[0].speaker is not None and "Reyes" in found[0].speaker.mention


def test_cast_as_is_a_naming(nlp: Any) -> None:
    text = "Senator Mara Quill cast the ferry vote as a betrayal of the island."
    quotes = quotes_by_name(nlp, {"t": text})["t"]
    found = [q for q in quotes if q.evidence.method == "rule:indirect:naming"]
    assert found, [(q.evidence.method, q.text) for q in quotes]
    assert found[0].text == "the ferry vote as a betrayal of the island"
