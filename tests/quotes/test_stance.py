"""Stances with a noun-phrase content, participles on an object, and the cue after a direct
quote, through the real spaCy model (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.evaluate.quotes import speech_only
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "endorsed": "Governor Maria Lopez endorsed Tom Reyes in the race for mayor.",
    "praised_for": "Mayor Tom Reyes praised the harbour workers for their quick repairs.",
    "mocked_as": "Senator Paul Brandt mocked the new stadium as a monument to waste.",
    "group": "Farmers' unions condemned the new tax on diesel fuel.",
    "means": "Senator Paul Brandt defended the new stadium by citing the jobs it would bring.",
    "passive": "The plan was endorsed by the city council on Monday.",
    "adjunct": "The council rejected a plan backed by the mayor.",
    "not_stance": "Governor Maria Lopez opened the new bridge over the river.",
    "statement_saying": (
        "The company released a statement saying, “We are proud of every worker in our plants "
        "and will keep them all.”"
    ),
    "in_article": "The union hit back in a statement stating that the plant was safe.",
    "share": "About 4 in 10 say they want the next president to be a woman.",
    "hoping": "Mayor Tom Reyes is hoping that the new harbour will open before the summer.",
    "trailing": (
        "The agency said that its staff destroyed the files in March, believing that they "
        "held no secrets."
    ),
    "next_cue_with_content": (
        "“We will not close the plant,” said Anna Berg, the plant manager. “The orders are "
        "still coming in.” Her deputy Paul Kane added that the night shift would end in May."
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def stances(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.evidence and q.evidence.method.endswith(":stance")]


def test_stance_object_is_the_content(quotes: dict[str, list[Quote]]) -> None:
    (q,) = stances(quotes["endorsed"])
    assert q.text.startswith("Tom Reyes")
    assert q.kind == "indirect" and q.cue == "endorsed"
    assert q.speaker is not None and q.speaker.name == "Maria Lopez"
    assert speech_only([q]) == []  # a stance is no speech (GenderGapTracker)


def test_stance_content_keeps_what_is_said_of_the_object(quotes: dict[str, list[Quote]]) -> None:
    (q,) = stances(quotes["praised_for"])
    assert q.text == "the harbour workers for their quick repairs"
    (q,) = stances(quotes["mocked_as"])
    assert q.text == "the new stadium as a monument to waste"


def test_stance_of_a_group(quotes: dict[str, list[Quote]]) -> None:
    (q,) = stances(quotes["group"])
    assert q.text == "the new tax on diesel fuel"


def test_stance_content_stops_at_a_means(quotes: dict[str, list[Quote]]) -> None:
    (q,) = stances(quotes["means"])
    assert q.text == "the new stadium"


def test_no_stance_without_an_active_object_or_a_stance_verb(
    quotes: dict[str, list[Quote]],
) -> None:
    assert stances(quotes["passive"]) == []
    assert stances(quotes["adjunct"]) == [] or all(
        q.cue != "backed" for q in stances(quotes["adjunct"])
    )
    assert quotes["not_stance"] == []


def test_participle_on_an_object_takes_the_sender(quotes: dict[str, list[Quote]]) -> None:
    (q,) = [q for q in quotes["statement_saying"] if q.kind == "direct"]
    assert q.speaker is not None and "company" in q.speaker.mention


def test_a_cue_with_its_own_content_after_a_quote_is_not_its_cue(
    quotes: dict[str, list[Quote]],
) -> None:
    direct = [q for q in quotes["next_cue_with_content"] if q.kind == "direct"]
    assert len(direct) == 2
    assert all(q.cue == "said" for q in direct), [(q.text, q.cue) for q in direct]
    assert all(q.speaker is not None and q.speaker.name == "Anna Berg" for q in direct)


def test_hoping_is_hope_despite_the_lemmatiser(quotes: dict[str, list[Quote]]) -> None:
    (q,) = quotes["hoping"]
    assert q.text == "that the new harbour will open before the summer"
    assert q.speaker is not None and q.speaker.name == "Tom Reyes"


def test_content_ends_before_a_trailing_participle_attribution(
    quotes: dict[str, list[Quote]],
) -> None:
    found = {q.cue: q.text for q in quotes["trailing"]}
    assert found == {
        "said": "that its staff destroyed the files in March",
        "believing": "that they held no secrets",
    }


def test_participle_on_a_channel_takes_the_author(quotes: dict[str, list[Quote]]) -> None:
    (q,) = quotes["in_article"]
    assert q.text == "that the plant was safe"
    assert q.speaker is not None and q.speaker.mention == "The union"


def test_a_share_of_respondents_is_a_source(quotes: dict[str, list[Quote]]) -> None:
    (q,) = quotes["share"]
    assert q.text == "they want the next president to be a woman"
    assert q.speaker is not None and q.speaker.mention == "About 4 in 10"
