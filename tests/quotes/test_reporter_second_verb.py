"""A reporter's second verb of speech hung by the parser on the verb of what was reported
("X said the fares will have to rise, saying, “…”": *saying* hung on *have*)
names the reporter, not the reported clause's subject; through the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, tuple[str, str, str]] = {
    # name: (passage, words of the direct quote, the speaker's surname)
    "saying": (
        "Senator Mara Quill said the ferry fares will have to rise, saying, “Nobody asked the "
        "fishermen what they wanted.”",
        "Nobody asked the fishermen",
        "Quill",
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, {name: p[0] for name, p in PASSAGES.items()})


@pytest.mark.parametrize("name", list(PASSAGES))
def test_second_verb_names_the_reporter(quotes: dict[str, list[Quote]], name: str) -> None:
    _, words, surname = PASSAGES[name]
    found = [q for q in quotes[name] if words in q.text]
    assert found, [(q.evidence.method, q.text) for q in quotes[name]]
    speaker = found[0].speaker
    assert speaker is not None and surname in speaker.mention + " " + speaker.name, (
        speaker
    )
