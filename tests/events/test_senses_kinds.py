"""Senses by the participant's kind, the article's domain and the trigger's syntax.

Through the real model: each sentence is coded with and without the sense hook, so a test shows
that a pattern fires on the wrong sense and that the hook removes (or recodes) it; and that the
political sense of the same words is kept. Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.events.kinds import noun_kinds
from newsevents.events.sense_book import compile_senses, sense_book
from newsevents.events.senses import article_domains
from tests.events.coding import codes as _codes
from tests.events.coding import with_and_without_senses as _both


def _conflict(codes: list[str]) -> list[str]:
    return [c for c in codes if "09" <= c[:2] <= "20"]



@pytest.mark.parametrize("text", [
    # the target's kind: an animal, an idea, a thing
    "Park rangers from the Kenyan army rounded up the goats near Nakuru on Monday.",
    "Kenyan soldiers captured more than 30 percent of the market in 2019.",
    # a vehicle hitting something is an accident
    "Reportedly, he struck a guard rail on June 3 and flipped the truck he had been driving.",
    # a spot is no territory; a task is no fighting
    "Brazil invaded the pitch after the final whistle.",
    "Federal agents conducted a land patrol along the river in Texas on Monday.",
    # an accident told as an investigation; a disaster's relief
    "The crash is being investigated by the Kenyan police and the transport ministry.",
    "Kenyan officials ordered residents to evacuate as the hurricane approached.",
    "Officials warned residents to stay indoors as the storm approached.",
    # a war named as a point of reference
    # a quality, not an act
    "Many Americans find their country's demographic changes deeply threatening.",
])
def test_wrong_sense_is_dropped(text: str, monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    raw, gated = _both(text, monkeypatch)
    assert _conflict(raw), f"the premise: a conflict pattern fires on {text!r}: {raw}"
    assert not _conflict(gated), (text, raw, gated)


def test_a_past_war_named_is_no_fighting(nlp: Any) -> None:
    """Hand-built premise: the coder's candidate on the capitalised 'War' of a name."""
    from spacy.tokens import Doc

    from newsevents.events.coder import Candidate
    from newsevents.events.senses import apply_senses
    from newsevents.records import Actor

    words = ["He", "served", "during", "the", "Vietnam", "War", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 5, 5, 2, 1],
              deps=["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
              pos=["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
              lemmas=["he", "serve", "during", "the", "Vietnam", "War", "."],
              sent_starts=[True, False, False, False, False, False, False])
    usa = Actor("United States", 0, 2, "United States", "organisation", country="USA",
                code="USA")
    assert apply_senses([Candidate(doc[5], "190", usa, None, "rule:test", 0.7)]) == []
    words = ["He", "declared", "war", "on", "Vietnam", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 3, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
              pos=["PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
              lemmas=["he", "declare", "war", "on", "Vietnam", "."],
              sent_starts=[True, False, False, False, False, False])
    assert len(apply_senses([Candidate(doc[2], "190", usa, None, "rule:test", 0.7)])) == 1


def test_attacking_an_idea_is_criticism(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    raw, gated = _both("The Kenyan president attacked the new tax law in a speech on Monday.",
                       monkeypatch)
    assert any(c.startswith("19") for c in raw)
    assert gated == ["111"]
    # "attacked X as …" is criticism by its own pattern (disapprove.attack-as), senses or not
    raw, gated = _both("The Kenyan president attacked the investigation as a witch hunt.",
                       monkeypatch)
    assert raw == gated == ["111"]


@pytest.mark.parametrize("text, root", [
    ("Kenyan soldiers rounded up the protesters near Nakuru on Monday.", "17"),
    ("Gunmen attacked the police station in Mandera on Monday.", "19"),
    ("The rebels attacked the capital of the province on Monday.", "19"),
    ("The army invaded the northern province on Friday.", "19"),
    ("Police are investigating the minister over corruption claims.", "09"),
    ("Troops conducted airstrikes on rebel positions near Goma.", "19"),
    ("Kenyan police arrested three men after the crash.", "17"),
    ("Police said the gunman struck the officer with his car before fleeing.", "19"),
])
def test_political_sense_is_kept(text: str, root: str, nlp: Any) -> None:
    codes = _codes(text)
    assert any(c.startswith(root) for c in codes), (text, codes)


SPORTS = ("England beat Scotland 2-0 at Wembley in the match on Saturday. The striker scored "
          "both goals in the first half of the game. The coach praised the squad after the "
          "match. England will attack Wales in the next qualifier. The tournament continues "
          "next week.")


def test_a_match_report_is_no_conflict(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    raw, gated = _both(SPORTS, monkeypatch)
    assert _conflict(raw), raw
    assert not _conflict(gated), gated


def test_a_sports_article_keeps_the_police(nlp: Any) -> None:
    text = SPORTS + " Police arrested twelve fans after the match in London."
    assert any(c.startswith("17") for c in _codes(text))


def test_domains_of_articles(nlp: Any) -> None:
    from newsevents import nlp as model

    book = sense_book()
    doc = model.parse(SPORTS)
    assert [d.id for d in article_domains(doc, book)] == ["sports-article"]
    doc = model.parse("The army shelled the town. Rebels attacked a convoy near the border.")
    assert article_domains(doc, book) == ()


def test_a_national_team_is_not_its_state(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    raw, gated = _both("The US team boycotted the opening ceremony in Beijing.", monkeypatch)
    assert _conflict(raw) and not _conflict(gated), (raw, gated)
    assert _conflict(_codes("The United States boycotted the conference in Beijing."))


def test_noun_kinds_table() -> None:
    kinds = noun_kinds()
    assert "person" in kinds["soldier"] and "animal" in kinds["goat"]
    assert kinds["drone"][0] == "artifact"  # the converter's added sense
    assert len(kinds) > 5000


def test_senses_file_is_checked() -> None:
    with pytest.raises(ValueError, match="roles"):
        compile_senses({"participants": [{"id": "x", "codes": ["19"], "roles": ["patient"],
                                          "kinds": ["person"]}]})
    with pytest.raises(ValueError, match="unknown word class"):
        compile_senses({"domains": [{"id": "x", "codes": ["19"], "classes": ["nope"]}]})
