"""A reporter's second verb of speech ("saying, “…”") that the parser hangs on a verb chain
inside the reported clause ("said [the council will have to choose …], saying") or on a verb
of belief there ("wrote [the guards knew …], saying") takes the reporter as its speaker;
through the real spaCy model. Before, the reported clause's subject spoke."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, tuple[str, str, str]] = {
    # name: (passage, words of the quote, speaker's surname)
    "chain": (
        "Even a veteran harbour pilot, Dana Kerr, said the mayor will need to decide whose side "
        "she is on, saying, “Sooner or later she must pick one, tell the ferry crews and the "
        "fishermen which one it is, and then live with every complaint.”",
        "Sooner or later",
        "Kerr",
    ),
    "belief": (
        "Mara Quill also wrote the guards knew about the leaks, saying, “Nobody wanted to be the "
        "one who told the mayor, so every one of us kept quiet and hoped the roof would hold.”",
        "Nobody wanted",
        "Quill",
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, {name: p[0] for name, p in PASSAGES.items()})


@pytest.mark.parametrize("name", list(PASSAGES))
def test_second_verb_takes_the_reporter(quotes: dict[str, list[Quote]], name: str) -> None:
    _, words, surname = PASSAGES[name]
    found = [q for q in quotes[name] if words in q.text and q.kind == "direct"]
    assert found, [(q.evidence.method, q.text) for q in quotes[name]]
    speaker = found[0].speaker
    assert speaker is not None and surname in speaker.mention + " " + speaker.name
