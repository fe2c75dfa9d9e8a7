"""Everyday senses of political verbs, doers that are no one, and acts told twice (issue 12).

Obituaries, reactions and background paragraphs use the coder's trigger words in their
everyday sense: "was met with protests", "attended a university", "ruled the country", "a
threat to his rule emerged", "invited the guitarist to join his band". Each sentence is coded
with and without the sense hook through the real model, so a test shows that the pattern
fires on the wrong sense and that the hook removes it; the political sense is kept.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsevents.events as events_stage
from newsevents import extract_text
from tests.events.coding import assert_kept, assert_vetoed


@pytest.mark.parametrize("text, code", [
    # a reaction received, not a meeting (met-with-a-reaction)
    ("The Peruvian president's plan was met with criticism from the opposition.", "04"),
    # studying, not a visit (attend-a-school)
    ("The former Chilean senator attended the University of Chile in Santiago.", "042"),
    # governing, not material cooperation (govern-a-country)
    ("Britain ruled Kenya until 1963.", "06"),
    # a danger to a state of affairs, not a threat made (danger-to-a-state-of-affairs)
    ("A new threat to the Bolivian government's stability emerged in May.", "13"),
    # hospitality among private people, not an appeal (social-invitation)
    ("The Canadian singer invited the guitarist to join his band in 1971.", "02"),
    # a doer that is an idea or an act, not a party (a-doer-is-someone)
    ("The new evidence supported the account of the Ugandan police.", "05"),
    ("The main aim of the plan is to release Sudanese prisoners.", "08"),
    ("The decision would fail to recognize Somalia's sovereignty.", "05"),
    # drafting one's own law offers nothing to anyone (lawmaking-is-no-offer)
    ("The Kenyan opposition proposed a bill in 2016 to ban plastic bags.", "03"),
    # a reason given, not a pessimistic comment (a-reason-cited)
    ("The Algerian government has cited security concerns to ban the niqab.", "012"),
    # an act a work portrays is its subject, not news (told-in-a-work)
    ("The film depicts the assassination of President Kennedy.", "18"),
    ("The television series dramatizes the arrest of the Peruvian president.", "17"),
])
def test_everyday_sense_is_vetoed(text: str, code: str, monkeypatch: pytest.MonkeyPatch,
                                  nlp: Any) -> None:
    assert_vetoed(text, code, monkeypatch)


@pytest.mark.parametrize("text, code", [
    ("The Kenyan president met with protesters in Nairobi on Monday.", "04"),
    ("At the celebrations in Lima, the Peruvian president will meet the Chilean president.",
     "04"),
    ("Russia threatened sanctions against Ukraine on Tuesday.", "13"),
    ("Iran threatened Israel with retaliation.", "13"),
    ("Egypt invited Israel to talks in Cairo.", "02"),
    ("The Kenyan president invited the Ugandan president to visit Nairobi.", "02"),
    ("Kenyan officials supported the account of the Ugandan police.", "051"),
    ("Protesters urged Kenya to release the fishermen.", "02"),
    ("Egypt proposed talks with Ethiopia over the dam.", "036"),
    ("Russia proposed a ceasefire to Ukraine.", "035"),
    ("The Chinese foreign minister expressed concern over the Japanese plan.", "012"),
    # a title-cased name the tagger reads as common nouns is someone (a-doer-is-someone)
    ("Relief For Darfur says it is providing food aid to 20,000 people in Sudan.", "07"),
    ("Footage posted online depicts the arrest of the Peruvian president.", "17"),
    ("Witnesses recounted how soldiers attacked the village.", "19"),
])
def test_political_sense_is_kept(text: str, code: str, nlp: Any) -> None:
    assert_kept(text, code)


def _attacks(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.date.value if e.date else None)
            for e in extract_text(text, published="2024-05-02").events
            if e.cameo.startswith("19")]


_RETOLD = ("Turkey began a military offensive into Syria on Wednesday. Kurdish forces said the "
           "fighting was heavy. On Wednesday, Turkey began a military offensive with airstrikes.")


def test_an_act_told_again_is_one_event(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    assert len(_attacks(_RETOLD)) == 1
    monkeypatch.setattr(events_stage, "retold_acts", lambda events, lemmas: set())
    assert len(_attacks(_RETOLD)) == 2, "the premise: both sentences code the offensive"


@pytest.mark.parametrize("text", [
    # another day: another act
    "The Kenyan army attacked Somalia on Tuesday. The Kenyan army attacked Somalia on Friday.",
    # "again" sets it apart
    "The Kenyan army attacked Somalia. Two days later the Kenyan army attacked Somalia again.",
])
def test_another_act_is_kept(text: str, nlp: Any) -> None:
    assert len(_attacks(text)) == 2, _attacks(text)


def test_acts_on_other_people_are_kept(nlp: Any) -> None:
    text = ("Police in Nairobi arrested two journalists on Monday. Police in Nairobi arrested "
            "three students on Monday.")
    arrests = [e for e in extract_text(text, published="2024-05-02").events if e.cameo == "173"]
    assert len(arrests) == 2


def test_a_dictionary_phrase_needs_another_party(nlp: Any) -> None:
    """A flight (042, consult.travel-to) whose only other party is the flyer's own country
    (senses.yaml trip-at-home)."""
    home = extract_text("The Kenyan president flew to Mombasa on Monday.",
                        published="2024-05-02").events
    assert not any(e.cameo in ("036", "042") for e in home), [e.cameo for e in home]
    abroad = extract_text("The Kenyan president flew to Uganda on Monday.",
                          published="2024-05-02").events
    assert any(e.cameo == "042" for e in abroad), [e.cameo for e in abroad]
