"""The possessor of a noun of intent no verb governs does the act of its to-infinitive (issue 12:
"Russia's threat to invade Ukraine" had no event) — on sentences written for these tests (in no
gold set). A noun that is a verb's object keeps the verb's subject as the doer (the possessor
there added a false event on a blind set: docs/events.md, round ev-nonas2)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.intent_owner import infinitive_owner
from newsevents.events.syntax import subject
from newsevents.records import Event

from .coding import VOCAB


def _events(text: str, root: str) -> list[Event]:
    return [e for e in extract_text(text, published="2024-05-02").events
            if e.cameo_root == root]


def _doc(noun: str, verb_dep: str = "acl") -> Doc:
    """[Chile 's <noun> [to annex the island]] worried Peru."""
    words = ["Chile", "'s", noun, "to", "annex", "the", "island", "worried", "Peru"]
    return Doc(VOCAB, words=words,
               heads=[2, 0, 7, 4, 2, 6, 4, 7, 7],
               deps=["poss", "case", "nsubj", "aux", verb_dep, "det", "dobj", "ROOT", "dobj"],
               pos=["PROPN", "PART", "NOUN", "PART", "VERB", "DET", "NOUN", "VERB", "PROPN"],
               lemmas=["Chile", "'s", noun, "to", "annex", "the", "island", "worry", "Peru"])


def test_the_possessor_of_an_intent_noun_controls_its_infinitive() -> None:
    doc = _doc("threat")
    assert infinitive_owner(doc[4], doc[2]) == doc[0]
    assert subject(doc[4]) == doc[0]


def test_a_noun_of_no_intent_names_no_doer() -> None:
    doc = _doc("attempt")  # not in infinitive_owner_nouns
    assert infinitive_owner(doc[4], doc[2]) is None
    assert subject(doc[4]) is None
    doc = _doc("decision")  # a decision told after the fact is mostly carried out
    assert infinitive_owner(doc[4], doc[2]) is None


def test_the_threatened_act_is_the_owners_and_hypothetical() -> None:
    (ev,) = _events("Russia's threat to invade Ukraine alarmed NATO.", "19")
    assert ev.modality == "hypothetical", ev
    assert ev.source is not None and ev.source.code is not None \
        and ev.source.code.startswith("RUS"), ev.source
    assert ev.target is not None and ev.target.code == "UKR", ev.target


def test_an_intent_noun_a_verb_governs_is_left_to_the_verbs_subject() -> None:
    doc = Doc(VOCAB, words=["Peru", "rejected", "Chile", "'s", "plan", "to", "annex", "it"],
              heads=[1, 1, 4, 2, 1, 6, 4, 6],
              deps=["nsubj", "ROOT", "poss", "case", "dobj", "aux", "acl", "dobj"],
              pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "PART", "VERB", "PRON"],
              lemmas=["Peru", "reject", "Chile", "'s", "plan", "to", "annex", "it"])
    assert infinitive_owner(doc[6], doc[4]) is None
    assert subject(doc[6]) == doc[0]


def test_a_refusal_negates_its_owners_act() -> None:
    (ev,) = _events("Iran's refusal to negotiate with the United States angered Washington.",
                    "04")
    assert ev.modality == "negated", ev
    assert ev.source is not None and ev.source.code is not None \
        and ev.source.code.startswith("IRN"), ev.source
