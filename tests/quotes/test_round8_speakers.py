"""Speakers and intentions added in round 8, through the real spaCy model: a participle on the
recipient of a message reports the sender; agreeing, proposing, offering and deciding to do
something are intentions whose infinitive is the content."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.quotes import quotes_of
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "recipient": (
        "Senator Mara Quill sent a text message to supporters saying, "
        "“We will win this seat in the spring.”"
    ),
    "agreed": "Mayor Tom Reyes agreed to delay the vote on the harbour levy.",
    "offered": "Senator Mara Quill offered to cover the cost of the new pier.",
    "decided": "Senator Mara Quill decided to run for the harbour seat again.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def test_participle_on_the_recipient_reports_the_sender(quotes: dict[str, list[Quote]]) -> None:
    found = [q for q in quotes["recipient"] if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].speaker is not None and "Quill" in found[0].speaker.mention


@pytest.mark.parametrize(
    ("name", "start"),
    [("agreed", "to delay the vote"), ("offered", "to cover the cost"), ("decided", "to run")],
)
def test_intention_infinitive(quotes: dict[str, list[Quote]], name: str, start: str) -> None:
    found = [q for q in quotes[name] if q.evidence.method.endswith(":intention")]
    assert len(found) == 1, [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].text.startswith(start)


NOUNS: dict[str, str] = {
    "promise": "Tom Reyes made a promise to cut the harbour tax.",
    "proposal": "Senator Mara Quill's proposal to rebuild the old pier drew praise.",
    "decision": "Senator Mara Quill's decision to rebuild the old pier drew praise.",
}


@pytest.fixture(scope="module")
def noun_quotes(nlp: Any) -> dict[str, list[Quote]]:
    names = list(NOUNS)
    docs = nlp.pipe(NOUNS[n] for n in names)
    return {name: quotes_of(doc, []) for name, doc in zip(names, docs, strict=True)}


@pytest.mark.parametrize(
    ("name", "text", "holder"),
    [
        ("promise", "to cut the harbour tax", "Reyes"),
        ("proposal", "to rebuild the old pier", "Quill"),
    ],
)
def test_infinitive_of_a_commitment_noun(
    noun_quotes: dict[str, list[Quote]], name: str, text: str, holder: str
) -> None:
    found = [q for q in noun_quotes[name] if q.evidence.method == "rule:indirect:nominal"]
    assert [q.text for q in found] == [text]
    assert found[0].speaker is not None and holder in found[0].speaker.mention


def test_decision_to_act_is_no_content(noun_quotes: dict[str, list[Quote]]) -> None:
    assert noun_quotes["decision"] == []


MISREAD: dict[str, str] = {
    "modal": "“This will sink the harbour plan for a decade,” Will wrote.",
    "title_as_verb": (
        "“The ferry fares are a scandal for every family here,” screenwriter Cole Haddon wrote."
    ),
}


@pytest.fixture(scope="module")
def misread(nlp: Any) -> dict[str, list[Quote]]:
    names = list(MISREAD)
    docs = nlp.pipe(MISREAD[n] for n in names)
    return {name: quotes_of(doc, []) for name, doc in zip(names, docs, strict=True)}


@pytest.mark.parametrize(("name", "who"), [("modal", "Will"), ("title_as_verb", "Haddon")])
def test_misread_name_after_a_quote(misread: dict[str, list[Quote]], name: str, who: str) -> None:
    found = [q for q in misread[name] if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].speaker is not None and who in found[0].speaker.mention


ADJECTIVES: dict[str, str] = {
    "eager": "Senator Mara Quill was eager to say that the harbour tax would be cut.",
    "happy": "Tom Reyes is happy to report that the pier is finished.",
}


@pytest.fixture(scope="module")
def adjectives(nlp: Any) -> dict[str, list[Quote]]:
    names = list(ADJECTIVES)
    docs = nlp.pipe(ADJECTIVES[n] for n in names)
    return {name: quotes_of(doc, []) for name, doc in zip(names, docs, strict=True)}


@pytest.mark.parametrize(("name", "who"), [("eager", "Quill"), ("happy", "Reyes")])
def test_speaker_through_an_adjective(
    adjectives: dict[str, list[Quote]], name: str, who: str
) -> None:
    # "was eager to say that …": the subject of the adjective's verb says it
    found = [q for q in adjectives[name] if q.evidence.method == "rule:indirect:ccomp"]
    assert len(found) == 1
    assert found[0].speaker is not None and who in found[0].speaker.mention


CALLS: dict[str, str] = {
    "called_for": "Senator Mara Quill called for a moratorium on new harbour fees.",
    "pushed_for": "Senator Mara Quill pushed for a second ferry line to the islands.",
    "naming": "Tom Reyes called the plan a waste of money.",
}


@pytest.fixture(scope="module")
def calls(nlp: Any) -> dict[str, list[Quote]]:
    names = list(CALLS)
    docs = nlp.pipe(CALLS[n] for n in names)
    return {name: quotes_of(doc, []) for name, doc in zip(names, docs, strict=True)}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("called_for", "a moratorium on new harbour fees"),
        ("pushed_for", "a second ferry line to the islands"),
    ],
)
def test_what_someone_called_for(calls: dict[str, list[Quote]], name: str, text: str) -> None:
    found = [q for q in calls[name] if q.evidence.method == "rule:indirect:topic:stance"]
    assert [q.text for q in found] == [text]
    assert found[0].speaker is not None and "Quill" in found[0].speaker.mention


def test_call_without_for_stays_a_naming_verb(calls: dict[str, list[Quote]]) -> None:
    assert not [q for q in calls["naming"] if q.evidence.method.startswith("rule:indirect:topic")]
