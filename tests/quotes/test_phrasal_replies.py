"""Replies written as phrasal verbs ("fired back", "shot back", "chimed in") are reporting
verbs with their particle only; through the real spaCy model. Without them the nearest cue of
the sentence (the "criticized" of a time clause before) took the quote and its speaker."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.quotes import quotes_of
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, tuple[str, str, str, str]] = {
    # name: (passage, words of the quote, cue, speaker's surname)
    "shot_back": (
        "After the mayor criticized the ferry plan, Senator Mara Quill shot back, “The mayor "
        "never read it.”",
        "The mayor never read it",
        "shot back",
        "Quill",
    ),
    "fired_back": (
        "When Tom Reyes suggested that the pier would close, Dana Kerr fired back: “If they "
        "close it, we will sue.”",
        "we will sue",
        "fired back",
        "Kerr",
    ),
    "chimed_in": (
        "Senator Mara Quill chimed in: “Nobody asked the fishermen.”",
        "Nobody asked the fishermen",
        "chimed in",
        "Quill",
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, {name: p[0] for name, p in PASSAGES.items()})


@pytest.mark.parametrize("name", list(PASSAGES))
def test_phrasal_reply_is_the_cue(quotes: dict[str, list[Quote]], name: str) -> None:
    _, words, cue, surname = PASSAGES[name]
    found = [q for q in quotes[name] if words in q.text]
    assert found, [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].cue == cue and found[0].evidence.method == "rule:direct:cue"
    speaker = found[0].speaker
    assert speaker is not None and surname in speaker.mention + " " + speaker.name


def test_fired_without_back_is_no_cue(nlp: Any) -> None:
    doc = nlp("The board fired the harbour master on Friday, the mayor's office said.")
    assert all(q.cue != "fired" for q in quotes_of(doc, []))
