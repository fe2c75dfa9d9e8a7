"""Reported questions and passive cues raised over a subject, through the real spaCy model:
"asked whether …" and "X is expected to …" are attributions (PolNeAR, PARC 3.0) whose content
no one claims or no one is named for."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "asked": "Reporters asked Senator Mara Quill why the bridge had not been repaired.",
    "wonder": "Many voters wonder how the new stadium will be paid for.",
    "asked_opening": (
        "Asked whether he would run for the harbour seat, Tom Reyes said he had not decided."
    ),
    "know_how": "Tom Reyes knows how the harbour budget works.",
    "explain": "Mayor Tom Reyes explained why the ferry fares would rise in the spring.",
    "revealed": "Senator Mara Quill revealed her plan for the old harbour on Friday.",
    "expected": "The harbour council is expected to approve the new pier on Monday.",
    "said_relative": "Mayor Tom Reyes, who is said to favour a delay, did not attend.",
    "active": "Tom Reyes expects to win the vote.",
    "supposed": "The ferry is supposed to leave at noon.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def of(found: list[Quote], method: str) -> list[Quote]:
    return [q for q in found if q.evidence.method.startswith(method)]


@pytest.mark.parametrize(
    ("name", "text", "speaker"),
    [
        ("asked", "why the bridge had not been repaired", "Reporters"),
        ("wonder", "how the new stadium will be paid for", "voters"),
        ("explain", "why the ferry fares would rise in the spring", "Reyes"),
    ],
)
def test_reported_question(
    quotes: dict[str, list[Quote]], name: str, text: str, speaker: str
) -> None:
    found = of(quotes[name], "rule:indirect:question")
    assert [q.text for q in found] == [text], [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].speaker is not None and speaker in found[0].speaker.mention


def test_question_put_by_no_one_named(quotes: dict[str, list[Quote]]) -> None:
    found = of(quotes["asked_opening"], "rule:indirect:question")
    assert [q.text for q in found] == ["whether he would run for the harbour seat"]
    assert found[0].speaker is None  # Reyes was asked; the asker is not named
    said = of(quotes["asked_opening"], "rule:indirect:ccomp")
    assert said and said[0].speaker is not None and "Reyes" in said[0].speaker.mention


def test_wh_clause_of_a_verb_of_knowing_is_no_question(quotes: dict[str, list[Quote]]) -> None:
    assert not of(quotes["know_how"], "rule:indirect:question")


def test_expected_over_its_subject(quotes: dict[str, list[Quote]]) -> None:
    found = of(quotes["expected"], "rule:indirect:raising")
    assert len(found) == 1, [(q.evidence.method, q.text) for q in quotes["expected"]]
    assert found[0].text.startswith("The harbour council is expected to approve")
    assert found[0].speaker is None and found[0].cue == "expected"


def test_said_to_in_a_relative_clause(quotes: dict[str, list[Quote]]) -> None:
    found = of(quotes["said_relative"], "rule:indirect:raising")
    assert [q.text for q in found] == ["who is said to favour a delay"]


@pytest.mark.parametrize("name", ["active", "supposed"])
def test_no_raising_without_a_passive_reporting_verb(
    quotes: dict[str, list[Quote]], name: str
) -> None:
    assert not of(quotes[name], "rule:indirect:raising")


def test_noun_object_of_reveal(quotes: dict[str, list[Quote]]) -> None:
    found = of(quotes["revealed"], "rule:indirect:object:stance")
    assert len(found) == 1 and found[0].text.startswith("her plan for the old harbour")
    assert found[0].speaker is not None and "Quill" in found[0].speaker.mention
