"""Going back to an activity takes part in it again (issue 12: "urged Israel to return to
negotiations" had a requested negotiation with no doer): the subject of a verb of
``returning_verbs`` does the event noun of its to-phrase, as with "resumed negotiations" — on
sentences written for these tests (in no gold set)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.noun_coder import _light_governor
from newsevents.events.patterns import pattern_book
from newsevents.records import Event

from .coding import VOCAB


def _events(text: str, root: str) -> list[Event]:
    return [e for e in extract_text(text, published="2024-05-02").events
            if e.cameo_root == root]


def _doc(prep: str) -> Doc:
    """Israel returned <prep> talks."""
    return Doc(VOCAB, words=["Israel", "returned", prep, "talks"], heads=[1, 1, 1, 2],
               deps=["nsubj", "ROOT", "prep", "pobj"], pos=["PROPN", "VERB", "ADP", "NOUN"],
               lemmas=["Israel", "return", prep, "talk"])


def test_the_to_phrase_of_a_returning_verb_is_taken_up_again() -> None:
    doc = _doc("to")
    assert _light_governor(doc[3], pattern_book()) == doc[1]


def test_other_phrases_of_a_returning_verb_name_no_act_of_its_subject() -> None:
    doc = _doc("after")  # "returned home after talks": the talks came before
    assert _light_governor(doc[3], pattern_book()) is None


def test_the_one_urged_to_return_to_talks_would_negotiate() -> None:
    (ev,) = _events("The EU urged Israel to return to negotiations with the Palestinians.", "04")
    assert ev.modality == "requested", ev
    assert ev.source is not None and ev.source.code is not None \
        and ev.source.code.startswith("ISR"), ev.source
    assert ev.target is not None and ev.target.code is not None \
        and ev.target.code.startswith("PSE"), ev.target


def test_a_return_to_talks_that_is_refused_is_negated() -> None:
    (ev,) = _events("The Taliban refused to return to talks with the Afghan government.", "04")
    assert ev.modality == "negated", ev
    assert ev.source is not None and ev.source.code is not None \
        and ev.source.code.startswith("AFG"), ev.source
