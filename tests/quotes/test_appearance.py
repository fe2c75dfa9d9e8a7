"""Verbs of seeming over a noun subject and an action infinitive, through the real spaCy model:
"the council appears to favour a delay" is the writer's reading of a stance, an attribution
with no source named (PolNeAR annotates "seem"/"appear" as cues with an empty source)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.quotes import quotes_of
from newsevents.records import Quote

PASSAGES: dict[str, str] = {
    "appears": "The ferry board appears to lean toward a later timetable for the winter.",
    "seemed": "Mayor Tom Reyes seemed to welcome the new harbour plan on Friday.",
    "pronoun": "It seems to work well for the small harbour towns.",
    "state": "The ferry board appears to be divided over the winter timetable.",
    "perfect": "The ferry board appears to have dropped the winter timetable.",
    "negated": "The ferry board does not seem to lean toward a later timetable.",
    "stance": "The ferry board appears to favour a later timetable.",
    "relative": "Mayor Tom Reyes, who seemed to welcome the new harbour plan, left early.",
    "adverbial": (
        "As the ferry board appeared to lean toward a later timetable, the mayor called a vote."
    ),
    "showing": "The harbour records seem to show that the pier was sold twice.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    names = list(PASSAGES)
    docs = nlp.pipe(PASSAGES[n] for n in names)
    return {name: quotes_of(doc, []) for name, doc in zip(names, docs, strict=True)}


def seeming(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.cue.lower().startswith(("seem", "appear"))]


@pytest.mark.parametrize(
    ("name", "start", "cue"),
    [
        ("appears", "The ferry board appears to lean toward a later timetable", "appears"),
        ("seemed", "Mayor Tom Reyes seemed to welcome the new harbour plan", "seemed"),
    ],
)
def test_seeming_over_a_noun_subject(
    quotes: dict[str, list[Quote]], name: str, start: str, cue: str
) -> None:
    found = seeming(quotes[name])
    assert len(found) == 1, [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].text.startswith(start) and found[0].cue == cue
    assert found[0].evidence.method == "rule:indirect:raising:cognition"
    assert found[0].speaker is None  # the writer's reading: no source is named


@pytest.mark.parametrize(
    "name", ["pronoun", "state", "perfect", "negated", "relative", "adverbial"]
)
def test_no_seeming_record(quotes: dict[str, list[Quote]], name: str) -> None:
    assert not seeming(quotes[name]), [(q.evidence.method, q.text) for q in quotes[name]]


def test_an_attribution_inside_wins(quotes: dict[str, list[Quote]]) -> None:
    """ "records seem to show that …": the finding is the attribution, not the seeming."""
    found = quotes["showing"]
    assert not seeming(found)
    assert any(q.text.startswith("that the pier was sold twice") for q in found), [
        (q.evidence.method, q.text) for q in found
    ]


def test_a_stance_inside_wins(quotes: dict[str, list[Quote]]) -> None:
    """ "appears to favour X": the stance of the board is the record, read through "appears"."""
    assert not seeming(quotes["stance"])
