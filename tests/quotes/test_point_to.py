""""point to X" is a topic cue ("pointed to the closed pier"), and an "as" phrase after a topic
belongs to it ("pointed to [the pier as proof of neglect]", "spoke of [the deal as a
betrayal]"); through the real spaCy model. Before, *point* counted only as "point out" and a
topic's content stopped at its noun phrase."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, tuple[str, str, str, str]] = {
    # name: (passage, content, cue, holder's word)
    "pointed_to": (
        "Mayor Tom Reyes pointed to the rising ferry fares.",
        "the rising ferry fares",
        "pointed to",
        "Reyes",
    ),
    "pointed_to_as": (
        "Senator Mara Quill pointed to the closed pier as proof of neglect.",
        "the closed pier as proof of neglect",
        "pointed to",
        "Quill",
    ),
    "spoke_of_as": (
        "The union leader spoke of the wage deal as a betrayal of the dockers.",
        "the wage deal as a betrayal of the dockers",
        "spoke of",
        "leader",
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    texts = {name: p[0] for name, p in PASSAGES.items()}
    texts["pointed_at"] = "Senator Mara Quill pointed at the map on the wall."
    return quotes_by_name(nlp, texts)


@pytest.mark.parametrize("name", list(PASSAGES))
def test_topic_with_its_as_phrase(quotes: dict[str, list[Quote]], name: str) -> None:
    _, content, cue, holder = PASSAGES[name]
    found = [q for q in quotes[name] if q.evidence.method == "rule:indirect:topic:stance"]
    assert found, [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].text == content
    assert found[0].cue_span is not None and found[0].cue_span.text.startswith(cue.split()[0])
    assert found[0].speaker is not None and holder in found[0].speaker.mention


def test_pointing_at_reports_nothing(quotes: dict[str, list[Quote]]) -> None:
    assert quotes["pointed_at"] == []
