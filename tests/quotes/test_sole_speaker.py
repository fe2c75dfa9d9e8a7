"""A stand-alone direct quote far from its speaker's last words, through the real spaCy model:
the last person quoted keeps it when no other person is mentioned in between."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

STORY = (
    "“We will rebuild the pier before the summer,” said Mayor Anna Berg.\n"
    "The storm hit the coast in March.\n"
    "{middle}\n"
    "Repairs began in the summer after a long wait for the insurers.\n"
    "The harbour reopened last week to ferries and fishing boats.\n"
    "“Nobody here gave up, not for a single day, and the town is stronger for it.”"
)
PASSAGES: dict[str, str] = {
    "alone": STORY.format(middle="The town lost its old pier and two boats."),
    "other_person": STORY.format(middle="Fisherman Tom Reyes lost two boats and his shed."),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def last(found: list[Quote]) -> Quote:
    q = found[-1]
    assert q.text.startswith("“Nobody here"), [(x.evidence.method, x.text) for x in found]
    return q


def test_only_voice_keeps_a_far_quote(quotes: dict[str, list[Quote]]) -> None:
    q = last(quotes["alone"])
    assert q.evidence.method == "rule:direct:last-speaker"
    assert q.speaker is not None and "Berg" in q.speaker.name


def test_another_person_between_leaves_it_unattributed(quotes: dict[str, list[Quote]]) -> None:
    q = last(quotes["other_person"])
    assert q.evidence.method == "rule:direct:unattributed" and q.speaker is None
