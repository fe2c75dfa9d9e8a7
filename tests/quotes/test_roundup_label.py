"""A roundup item's source: a headline, a spaced dash, a name and a colon before the quote
("Turnout fell in the north - Jane Roe: “…”") — the name speaks, not the headline's subject;
through the real spaCy model. Before, the colon rule took the headline's verb and its subject
("Turnout") as the speaker."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES = {
    "roundup": (
        "Turnout fell sharply in the northern towns - Jane Roe: “We saw the lowest numbers in "
        "twenty years across the whole valley.”"
    ),
    "colon_clause": "The mayor spoke of the plan: “It will cost more than we thought.”",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def _direct(found: list[Quote]) -> Quote:
    direct = [q for q in found if q.text.startswith("“")]
    assert len(direct) == 1, [(q.evidence.method, q.text) for q in found]
    return direct[0]


def test_name_after_a_dash_speaks(quotes: dict[str, list[Quote]]) -> None:
    q = _direct(quotes["roundup"])
    assert q.speaker is not None and "Roe" in q.speaker.mention, q.speaker
    assert q.evidence.method == "rule:direct:label"


def test_clause_before_a_colon_keeps_its_subject(quotes: dict[str, list[Quote]]) -> None:
    q = _direct(quotes["colon_clause"])
    assert q.speaker is not None and "mayor" in q.speaker.mention
    assert q.evidence.method == "rule:direct:colon"


LABELS = {
    "pair": (
        "Voters care more about trust - Ann Reyes and Tom Quill: “We found that trust mattered "
        "more than any policy question.”"
    ),
    "more_from": (
        "What that means for the fall - More from Quill: “The map favours the incumbent party "
        "in most of the swing states.”"
    ),
    "headline_verb": (
        "Pollsters agree - Ann Reyes: “Keep on calling voters as late as you can, right up to "
        "the last night.”"
    ),
    "from_report": (
        "The council met on Monday.\n\nFrom the report: “Samples with longer field periods "
        "produced more accurate results across the board.”"
    ),
}


@pytest.fixture(scope="module")
def labels(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, LABELS)


@pytest.mark.parametrize(("name", "speaker"), [
    ("pair", "Quill"), ("more_from", "Quill"), ("headline_verb", "Reyes"),
    ("from_report", "report"),
])
def test_the_label_before_the_colon_speaks(
    labels: dict[str, list[Quote]], name: str, speaker: str
) -> None:
    """Two names joined by "and", a "More from" or "From" label, a headline with a verb of its
    own: the label right before the words is their source."""
    q = _direct(labels[name])
    assert q.evidence is not None and q.evidence.method == "rule:direct:label"
    assert q.speaker is not None and speaker in q.speaker.mention, q.speaker
