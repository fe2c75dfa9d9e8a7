"""A passive verb of speech names its speaker in its "by" phrase ("Reyes was asked by host Ann
Quill, “…”"): the agent, not the subject (who was asked); a "by" phrase that names no one ("by
phone") gives none. Through the real spaCy model (sentences written for these tests). Before,
every passive cue had no speaker."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES = {
    "agent": (
        "Reyes was asked by host Ann Quill, “Would you close the harbour if the storms get "
        "worse next winter?”"
    ),
    "means": "Reyes was told by phone: “The harbour will stay closed until the spring.”",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def _direct(found: list[Quote]) -> Quote:
    (q,) = [q for q in found if q.kind == "direct"]
    return q


def test_the_agent_of_a_passive_cue_speaks(quotes: dict[str, list[Quote]]) -> None:
    q = _direct(quotes["agent"])
    assert q.cue == "asked"
    assert q.speaker is not None and q.speaker.name == "Ann Quill", q.speaker


def test_a_means_is_no_speaker(quotes: dict[str, list[Quote]]) -> None:
    q = _direct(quotes["means"])
    assert q.speaker is None or "Reyes" not in q.speaker.name
    assert q.speaker is None or "phone" not in q.speaker.mention
