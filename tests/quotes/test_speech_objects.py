"""Verbs of speech whose noun object is what was said ("explained his reasoning", "emphasized
the cost", "answered the question") give a stance record of that object when they have no
clause of their own; through the real spaCy model. A that-clause still wins."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, tuple[str, str, str]] = {
    # name: (passage, content, holder's surname)
    "explained": (
        "Mayor Tom Reyes explained his reasoning to the harbour board.",
        "his reasoning",
        "Reyes",
    ),
    "emphasized": (
        "Senator Mara Quill emphasized the cost of the new pier.",
        "the cost of the new pier",
        "Quill",
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    texts = {name: p[0] for name, p in PASSAGES.items()}
    texts["clause"] = "Senator Mara Quill explained that the pier would close in May."
    return quotes_by_name(nlp, texts)


@pytest.mark.parametrize("name", list(PASSAGES))
def test_object_of_speech_verb(quotes: dict[str, list[Quote]], name: str) -> None:
    _, content, surname = PASSAGES[name]
    found = [q for q in quotes[name] if q.evidence.method == "rule:indirect:object:stance"]
    assert found, [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].text.startswith(content)
    assert found[0].speaker is not None and surname in found[0].speaker.mention


def test_that_clause_wins(quotes: dict[str, list[Quote]]) -> None:
    methods = [q.evidence.method for q in quotes["clause"]]
    assert methods == ["rule:indirect:ccomp"], methods
