"""Who said a direct quote, through the real spaCy model: the cue that names someone, a name and
a colon, a subject inside the quotation marks, and cues that are no attribution at all."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "asked_replied": (
        "Asked whether the tax would rise, Governor Ann Miller replied, “We will not raise taxes "
        "this year.”"
    ),
    "labels": (
        "The two candidates disagreed on the budget.\n"
        'Smith: "Our goal is to cut taxes for every working family." Jones: "The plan will ruin '
        'the state budget for a decade."'
    ),
    "quoted_subject": (
        '"That was a fine speech you gave last night, Mr. President," Senator Joe Wilkins told '
        "the president at the dinner."
    ),
    "tweeted_colon": (
        "Mitt Romney, the former governor, tweeted in response: “Important distinction: the law "
        "protects everyone in this country.”"
    ),
    "manner": "“The plan is dead, finished,” Senator Jane Moss fumed on Tuesday.",
    "manner_object": "“We won the vote,” the team celebrated the result.",
    "that_said": "That said, the mayor insisted that the bridge would open in May.",
    "put_it": (
        '"The mill will reopen next spring," Mayor Tom Ellis said.\n\n'
        'As the union leader Dana Price put it, "Nobody in this town believes a word of that '
        'promise anymore."'
    ),
    "put_money": (
        "The council put the money into a new fund for the harbour. \"Every dollar of it will go "
        'to the fishermen who lost their boats."'
    ),
    # the parser roots these colon sentences inside the quotation marks
    "colon_rooted_inside": (
        '"We have waited long enough for this road," Mayor Tom Ellis said.\n\n'
        'Karen Holt hurled back a quick answer: "No one is stopping this road. We are going to '
        'build it."'
    ),
    "colon_apology": (
        '"The port will close in June," Mayor Tom Ellis said.\n\n'
        "Karen Holt has since apologized for the delay: \"Yes, I should have told the workers "
        'sooner. That was my mistake."'
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def speaker_names(found: list[Quote]) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in found]


def test_nearest_cue_that_names_someone(quotes: dict[str, list[Quote]]) -> None:
    (q,) = [q for q in quotes["asked_replied"] if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == "Ann Miller"
    assert q.cue == "replied"


def test_name_and_colon_label_the_speaker(quotes: dict[str, list[Quote]]) -> None:
    found = quotes["labels"]
    assert speaker_names(found) == ["Smith", "Jones"]
    assert all(q.evidence is not None and q.evidence.method == "rule:direct:label" for q in found)


def test_subject_inside_quotation_marks_is_not_the_speaker(
    quotes: dict[str, list[Quote]],
) -> None:
    (q,) = quotes["quoted_subject"]
    assert q.speaker is not None and q.speaker.name == "Joe Wilkins"


def test_reporting_verb_read_as_participle_on_a_name(quotes: dict[str, list[Quote]]) -> None:
    (q,) = quotes["tweeted_colon"]
    assert q.speaker is not None and q.speaker.name == "Mitt Romney"


def test_that_said_is_a_connective(quotes: dict[str, list[Quote]]) -> None:
    (q,) = quotes["that_said"]
    assert q.cue == "insisted"
    assert q.speaker is not None and q.speaker.mention == "the mayor"


def test_any_verb_after_a_trailing_quote_names_its_speaker(
    quotes: dict[str, list[Quote]],
) -> None:
    (q,) = quotes["manner"]
    assert q.speaker is not None and q.speaker.name == "Jane Moss"
    assert q.evidence is not None and q.evidence.method == "rule:direct:manner"
    # a verb with an object of its own did something else than speak
    assert quotes["manner_object"] == []


@pytest.mark.parametrize("name", ["colon_rooted_inside", "colon_apology"])
def test_colon_clause_rooted_inside_the_quote_names_its_subject(
    quotes: dict[str, list[Quote]], name: str
) -> None:
    """The introducing clause's own verb, not the previous paragraph's speaker."""
    second = [q for q in quotes[name] if q.kind == "direct"][-1]
    assert second.speaker is not None and second.speaker.name == "Karen Holt"
    assert second.evidence is not None and second.evidence.method == "rule:direct:colon"


def test_as_x_put_it_attributes_the_quote(quotes: dict[str, list[Quote]]) -> None:
    second = [q for q in quotes["put_it"] if q.kind == "direct"][-1]
    assert second.speaker is not None and second.speaker.name == "Dana Price"
    assert second.cue == "put"


def test_put_without_it_is_no_cue(quotes: dict[str, list[Quote]]) -> None:
    assert all(q.cue != "put" for q in quotes["put_money"])
