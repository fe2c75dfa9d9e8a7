"""Issue 12, small wrong codes of round 14, each a general reading with a near twin kept:
a visit to a place at home (no 042; a visit abroad or to people stays), "the Pope" as the Holy
See's head, attending something that is no gathering of political actors (no 042), a possessive
owner of a resignation accepted by someone else, warships sent with no recipient (154, not 072
military aid), and a pledged sum coded once. Sentences written for these tests, published in
2019, through the real model."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text
from newsevents.events.visited import attended_other

Coded = tuple[str, str | None, str | None, str]


def _events(text: str, prefix: str = "") -> list[Coded]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality) for e in extract_text(text, published="2019-03-01").events
            if e.cameo.startswith(prefix)]


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron visited Marseille on Friday.",
    "President Donald Trump visited Texas on Wednesday.",
])
def test_a_visit_to_a_place_at_home_is_no_042(text: str, nlp: Any) -> None:
    assert _events(text, "04") == []


def test_a_visit_abroad_stays_a_visit(nlp: Any) -> None:
    assert _events("French President Emmanuel Macron visited Algiers on Friday.", "042") == [
        ("042", "FRAGOV", "DZAGOV", "asserted")]


def test_a_visit_to_people_at_home_is_not_a_place(nlp: Any) -> None:
    found = _events("French President Emmanuel Macron visited the injured firefighters in "
                    "hospital on Friday.", "042")
    assert [c[:2] for c in found] == [("042", "FRAGOV")]


@pytest.mark.parametrize(("text", "modality"), [
    ("The Pope visited Morocco on Saturday.", "asserted"),
    ("The Pontiff will visit Morocco next month.", "future"),
])
def test_the_pope_is_the_holy_see_s_religious_head(text: str, modality: str, nlp: Any) -> None:
    assert _events(text, "042") == [("042", "VATREL", "MARGOV", modality)]


def test_a_marathon_attended_is_no_visit(nlp: Any) -> None:
    assert _events("The marathon was attended by 3,000 runners from twelve countries.",
                   "04") == []


def test_a_ceremony_attended_with_a_head_of_state_stays_a_visit(nlp: Any) -> None:
    found = _events("Chinese President Xi Jinping attended a ceremony in Moscow with Russian "
                    "President Vladimir Putin.", "042")
    assert found == [("042", "CHNGOV", "RUSGOV", "asserted")]


@pytest.mark.parametrize(("text", "other"), [
    ("The tournament was attended by fans from nine countries.", True),
    ("Thousands attended the concert in the park.", True),
    ("The summit was attended by leaders of twenty countries.", False),
    ("The minister attended the funeral of the former king.", False),
    ("The minister attended the G20 in Osaka.", False),  # a name is not judged
])
def test_what_attend_attends(text: str, other: bool, nlp: Any) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "attend")
    assert attended_other(verb, frozenset({"summit", "funeral"})) is other


def _owner_of_his(text: str) -> str:
    doc = extract_text(text, published="2019-03-01")
    his = next(a for a in doc.actors if a.mention == "his")
    return next(a.mention for a in doc.actors if a.entity == his.entity and a is not his)


def test_an_accepted_resignation_is_not_the_accepter_s(nlp: Any) -> None:
    assert _owner_of_his("Interior Minister Jan Novak resigned on Monday, and President Milos "
                         "Zeman accepted his resignation.") == "Interior Minister Jan Novak"


def test_an_announced_resignation_is_the_announcer_s(nlp: Any) -> None:
    assert _owner_of_his("Interior Minister Jan Novak met the press on Monday, and President "
                         "Milos Zeman announced his resignation.") == "President Milos Zeman"


def test_warships_sent_to_no_recipient_are_mobilisation(nlp: Any) -> None:
    found = _events("Russia is sending warships and bombers to the region.")
    assert [c[0] for c in found] == ["154"]


def test_jets_sent_to_a_state_that_asked_stay_military_aid(nlp: Any) -> None:
    found = _events("Russia sent fighter jets to Syria at the request of the Syrian "
                    "government.", "07")
    assert found == [("072", "RUSGOV", "SYR", "asserted")]


def test_a_pledged_sum_is_one_event(nlp: Any) -> None:
    found = _events("Australia pledged to provide $20 million in aid to Fiji.")
    assert [c[:2] for c in found] == [("0331", "AUSGOV")]


def test_a_sum_given_stays_aid(nlp: Any) -> None:
    assert _events("Australia has provided $20 million in aid to Fiji.") == [
        ("071", "AUSGOV", "FJI", "asserted")]
