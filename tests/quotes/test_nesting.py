"""Reported speech inside reported speech is one attribution, the outer one; a reported
"clause" without a verb is none; through the real spaCy model (sentences written for these
tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "told_inside_said": (
        "Mayor Anna Berg said the governor had told her that the new bridge would open in May."
    ),
    "claimed_inside_argued": "The union argued that the company had claimed the plant was safe.",
    "said_inside_told": "Paul Kane told reporters that Anna Berg said the plant was safe.",
    "parenthetical": "The new bridge, a city engineer said, will open in May.",
    "side_by_side": (
        "Anna Berg said the plant was safe, and Paul Kane said the night shift would end in May."
    ),
    "fronted_phrase": "On the evening news Tuesday, she said, “We will not give up the harbour.”",
    "with_verb": "On the evening news Tuesday, the harbour would stay open, she said.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


@pytest.mark.parametrize(
    ("name", "cue", "speaker"),
    [
        ("told_inside_said", "said", "Anna Berg"),
        ("claimed_inside_argued", "argued", "The union"),
        ("said_inside_told", "told", "Paul Kane"),
    ],
)
def test_speech_inside_speech_is_part_of_the_outer_content(
    quotes: dict[str, list[Quote]], name: str, cue: str, speaker: str
) -> None:
    (q,) = quotes[name]
    assert q.cue == cue
    assert q.speaker is not None and q.speaker.mention == speaker


def test_a_parenthetical_cue_inside_its_own_clause_stays(quotes: dict[str, list[Quote]]) -> None:
    (q,) = quotes["parenthetical"]
    assert q.cue == "said" and q.text.startswith("The new bridge")


def test_contents_side_by_side_are_not_nested(quotes: dict[str, list[Quote]]) -> None:
    found = [(q.speaker and q.speaker.mention, q.text) for q in quotes["side_by_side"]]
    assert found == [
        ("Anna Berg", "the plant was safe"),
        ("Paul Kane", "the night shift would end in May"),
    ]


def test_a_content_without_a_verb_is_no_claim(quotes: dict[str, list[Quote]]) -> None:
    found = [(q.evidence.method, q.text) for q in quotes["fronted_phrase"] if q.evidence]
    assert found == [("rule:direct:cue", "“We will not give up the harbour.”")]
    (q,) = quotes["with_verb"]
    assert q.text == "On the evening news Tuesday, the harbour would stay open"
