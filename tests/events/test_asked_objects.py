"""What a requesting verb only asks for is no object of its own act (issue 12: "called on its
members to strike" was an asserted 143 strike by the union, "called on both sides to resume
talks" an asserted 164 halt of talks) — on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.matching import asked_only
from newsevents.events.patterns import pattern_book

from .coding import VOCAB


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in extract_text(text, published="2024-05-02").events]


def _doc(obj: str) -> Doc:
    """The union called on members to strike / The union called a strike."""
    if obj == "clause":
        return Doc(VOCAB, words=["The", "union", "called", "on", "members", "to", "strike"],
                   heads=[1, 2, 2, 2, 3, 6, 2],
                   deps=["det", "nsubj", "ROOT", "prep", "pobj", "aux", "xcomp"],
                   pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PART", "VERB"],
                   lemmas=["the", "union", "call", "on", "member", "to", "strike"])
    return Doc(VOCAB, words=["The", "union", "called", "a", "strike"], heads=[1, 2, 2, 4, 2],
               deps=["det", "nsubj", "ROOT", "det", "dobj"],
               pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
               lemmas=["the", "union", "call", "a", "strike"])


def test_words_only_in_the_asked_clause_are_set_apart() -> None:
    doc = _doc("clause")
    assert "strike" in asked_only(doc[2], pattern_book())
    assert "member" not in asked_only(doc[2], pattern_book())


def test_a_verb_asking_for_nothing_keeps_its_objects() -> None:
    doc = _doc("object")
    assert asked_only(doc[2], pattern_book()) == frozenset()


def test_an_appeal_to_strike_is_no_strike() -> None:
    assert ("143", "asserted") not in _codes("The union called on its members to strike.")
    assert ("143", "asserted") in _codes("The union called a strike.")


def test_an_appeal_to_resume_talks_halts_none() -> None:
    codes = _codes("The UN called on both sides to resume talks.")
    assert not [c for c in codes if c[0].startswith("16")], codes
