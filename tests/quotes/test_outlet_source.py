"""An outlet that speaks through a channel ("The Harbour Gazette said in a statement", "… said on
X") is the record's medium: the source when no person speaks, not the channel it used; through
the real spaCy model and actors stage (sentences written for these tests). Before, the channel
("statement") took the medium and the outlet was lost.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES = {
    "statement": (
        "“Our editor will return to the newsroom next week,” Fox News said in a statement."
    ),
    "platform": "“We stand by every word of our reporting,” CNN said on Twitter on Sunday.",
    "person": "“The ferry will run again on Monday,” Mayor Reyes said in a statement.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES, actors=True)


def _direct(found: list[Quote]) -> Quote:
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 1, [(q.evidence.method, q.text) for q in found]
    return direct[0]


@pytest.mark.parametrize(("name", "outlet"), [("statement", "Fox News"), ("platform", "CNN")])
def test_the_outlet_speaking_is_the_medium(
    quotes: dict[str, list[Quote]], name: str, outlet: str
) -> None:
    q = _direct(quotes[name])
    assert q.speaker is None and q.medium == outlet, (q.speaker, q.medium)


def test_a_person_keeps_the_channel(quotes: dict[str, list[Quote]]) -> None:
    q = _direct(quotes["person"])
    assert q.speaker is not None and "Reyes" in q.speaker.name
    assert q.medium == "statement"
