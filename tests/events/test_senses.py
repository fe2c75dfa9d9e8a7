"""Word senses and actor types (senses.yaml): candidates whose words mean something else.

Behaviour through the real model: each sentence is coded with and without the sense hook, so a
test shows both that the pattern fires on the wrong sense and that the hook removes (or keeps,
or recodes) it. Rule logic on hand-built Docs where the parse is the premise.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.sense_book import compile_senses, sense_book
from newsevents.events.sense_tests import NUMBER_MARK, object_words
from tests.events.coding import codes as _codes
from tests.events.coding import with_and_without_senses as _both


def _conflict(codes: list[str]) -> list[str]:
    return [c for c in codes if "09" <= c[:2] <= "20"]


@pytest.mark.parametrize("text", [
    "Scotland beat Norway 3-1 in Glasgow on Saturday.",  # a score: a game
    "Brazil beat Argentina in the semi-final of the tournament on Sunday.",
    "Officers executed a search warrant at a flat in Leeds on Monday.",
    "Customs officers seized drugs at the border crossing near Tijuana.",
    "The soldiers killed the engine and waited at the checkpoint.",
    "China began operations of the giant telescope in Guizhou.",
])
def test_wrong_sense_is_vetoed(text: str, monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    raw, gated = _both(text, monkeypatch)
    assert raw, f"the premise: some pattern fires on {text!r}"
    assert not gated or not set(gated) & set(raw), (text, raw, gated)


def test_a_crowd_with_nobody_political_is_no_event(nlp: Any) -> None:
    """The participant policy stops it before the senses do: no anchored participant."""
    assert _codes("The crowd at the concert called for more.") == []


@pytest.mark.parametrize("text, root", [
    ("Russia launched missiles at Kyiv overnight.", "19"),
    ("The army seized the town of Bakhmut on Friday.", "19"),
    ("Police beat protesters in Minsk on Sunday.", "18"),
    ("Iran executed two prisoners on Monday.", "18"),
    ("Hamas launched rockets at Israel on Saturday.", "19"),
    ("Protesters called for more sanctions against Russia.", "02"),
])
def test_political_sense_is_kept(text: str, root: str, nlp: Any) -> None:
    assert any(c.startswith(root) for c in _codes(text)), text


def test_recode_kills_a_bill(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    raw, gated = _both("Senate Republicans killed the bill on Tuesday.", monkeypatch)
    assert any(c.startswith("18") for c in raw)
    assert gated == ["120"]


def test_capturing_a_person_is_an_arrest(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    # "the suspects" is a person object that the capture pattern itself reads as an arrest;
    # since WordNet's person nouns are actors, so is "a fugitive" (the sense rule is the
    # fallback for objects no rule reads as people)
    raw, gated = _both("French police captured a fugitive in Lyon on Friday.", monkeypatch)
    assert set(raw) <= {"192", "173"} and gated == ["173"]


def test_evidence_names_the_sense_rule(nlp: Any) -> None:
    doc = extract_text("Senate Republicans killed the bill on Tuesday.", published="2024-05-02")
    assert doc.events[0].evidence.method.endswith("+sense:kill-legislation")


def test_a_company_fights_no_war(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    from newsevents.events.coder import Candidate
    from newsevents.records import Actor

    doc = Doc(nlp.vocab, words=["Acme", "attacked", "Globex"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "PROPN"],
              lemmas=["Acme", "attack", "Globex"], sent_starts=[True, False, False])
    firm = Actor("Acme", 0, 4, "Acme", "organisation", country="USA", sector="BUS",
                 code="USABUS")
    other = Actor("Globex", 14, 20, "Globex", "organisation", country="USA", sector="BUS",
                  code="USABUS")
    army = Actor("Acme", 0, 4, "Acme", "organisation", country="USA", sector="MIL",
                 code="USAMIL")
    from newsevents.events.senses import apply_senses

    def cand(source: Actor) -> Candidate:
        return Candidate(doc[1], "190", source, other, "rule:test", 0.8)

    assert apply_senses([cand(firm)]) == []
    assert len(apply_senses([cand(army)])) == 1


def test_a_company_is_no_doer_of_violence(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    """A business, media, school or health organisation as the doer of 17-20 is vetoed even
    when its target is of another sector; a person of that sector, or an army, is kept."""
    from newsevents.events.coder import Candidate
    from newsevents.events.senses import apply_senses
    from newsevents.records import Actor

    doc = Doc(nlp.vocab, words=["Acme", "killed", "workers"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "NOUN"],
              lemmas=["Acme", "kill", "worker"], sent_starts=[True, False, False])
    workers = Actor("workers", 12, 19, "workers", "group", country="KOR", sector="LAB",
                    code="KORLAB")

    def cand(kind: str, sector: str) -> Candidate:
        doer = Actor("Acme", 0, 4, "Acme", kind, country="KOR",  # type: ignore[arg-type]
                     sector=sector, code=f"KOR{sector}")
        return Candidate(doc[1], "1823", doer, workers, "rule:test", 0.8)

    for sector in ("BUS", "MED", "EDU", "HLH"):
        assert apply_senses([cand("organisation", sector)]) == [], sector
    assert len(apply_senses([cand("organisation", "MIL")])) == 1
    assert len(apply_senses([cand("person", "HLH")])) == 1  # "a doctor killed his wife"


def test_objects_are_heads_and_numbers(nlp: Any) -> None:
    # "The index declined 0.3 %": the object is a percentage
    doc = Doc(nlp.vocab, words=["The", "index", "declined", "0.3", "%"],
              heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "nummod", "dobj"],
              pos=["DET", "NOUN", "VERB", "NUM", "NOUN"],
              lemmas=["the", "index", "decline", "0.3", "%"])
    assert NUMBER_MARK in object_words(doc[2])
    # "killed 12 people": a thing counted, not a number
    doc = Doc(nlp.vocab, words=["Gunmen", "killed", "12", "people"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "nummod", "dobj"], pos=["NOUN", "VERB", "NUM", "NOUN"],
              lemmas=["gunman", "kill", "12", "people"])
    assert object_words(doc[1]) == {"people"}
    # "called for more sanctions": the head is "sanctions", not the quantifier
    doc = Doc(nlp.vocab, words=["They", "called", "for", "more", "sanctions"],
              heads=[1, 1, 1, 4, 2], deps=["nsubj", "ROOT", "prep", "amod", "pobj"],
              pos=["PRON", "VERB", "ADP", "ADJ", "NOUN"],
              lemmas=["they", "call", "for", "more", "sanction"])
    assert "more" not in object_words(doc[1]) and "sanction" in object_words(doc[1])
    # "seized 2 kg of cocaine": the "of" object under a quantity
    doc = Doc(nlp.vocab, words=["Police", "seized", "2", "kg", "of", "cocaine"],
              heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
              pos=["NOUN", "VERB", "NUM", "NOUN", "ADP", "NOUN"],
              lemmas=["police", "seize", "2", "kg", "of", "cocaine"])
    assert {"kg", "cocaine"} <= object_words(doc[1])


def test_data_file_is_checked() -> None:
    book = sense_book()
    assert "19" in book.rules and "18" in book.requires
    with pytest.raises(ValueError, match="unknown word class"):
        compile_senses({"classes": {}, "rules": [
            {"id": "x", "codes": ["19"], "when": {"object": ["nope"]}}]})
    with pytest.raises(ValueError, match="not a CAMEO code"):
        compile_senses({"classes": {"a": ["b"]}, "rules": [
            {"id": "x", "codes": ["19"], "when": {"object": ["a"]}, "action": {"recode": "999"}}]})


@pytest.mark.parametrize("obj, kept", [("rats", False), ("this", False), ("wildfire", False),
                                       ("rebels", True)])
def test_abstract_foes_are_no_war(obj: str, kept: bool, nlp: Any) -> None:
    """A pest, a problem or a fire is fought, but by no armed party against another."""
    from newsevents.events.coder import Candidate
    from newsevents.events.senses import apply_senses
    from newsevents.records import Actor

    doc = Doc(nlp.vocab, words=["Troops", "eradicated", obj], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "NOUN"],
              lemmas=["troop", "eradicate", obj.rstrip("s") if obj == "rats" else obj],
              sent_starts=[True, False, False])
    army = Actor("Troops", 0, 6, "Troops", "organisation", country="KEN", sector="MIL",
                 code="KENMIL")
    cand = Candidate(doc[1], "190", army, None, "rule:test", 0.7, intransitive=True)
    assert bool(apply_senses([cand])) is kept


def test_services_shut_for_a_storm_are_no_sanction(monkeypatch: pytest.MonkeyPatch,
                                                   nlp: Any) -> None:
    """disaster-closure: flights cancelled and schools closed as a typhoon approaches are a
    precaution; the same verbs towards another state, with no disaster word, keep their code."""
    from tests.events.coding import assert_kept, assert_vetoed

    assert_vetoed("The government cancelled all flights and closed schools in Manila as the "
                  "typhoon approached on Monday.", "1", monkeypatch)
    assert_kept("Japan suspended talks with North Korea after the missile launch on Friday.",
                "16")
