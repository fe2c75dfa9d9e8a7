"""Object control reads "called *on* X to act"; an on-phrase of time or one before the verb is
an adjunct of the clause, so the controller stays the clause's subject (ConfliBERT issue 12)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.syntax import subject

from .coding import VOCAB, events_of


def _doc(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "NOUN"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
               lemmas=[w.lower() for w in words])


def test_time_phrase_after_the_verb_is_no_controller() -> None:
    # "Peru resolved on Friday to free captives": Peru frees them, not Friday
    doc = _doc(["Peru", "resolved", "on", "Friday", "to", "free", "captives"],
               [1, 1, 1, 2, 5, 1, 5], ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "dobj"],
               ["B-GPE", "O", "O", "B-DATE", "O", "O", "O"])
    assert subject(doc[5]).text == "Peru"


def test_called_on_a_party_still_controls() -> None:
    # "Peru called on Chile to free captives": Chile is asked to free them
    doc = _doc(["Peru", "called", "on", "Chile", "to", "free", "captives"],
               [1, 1, 1, 2, 5, 1, 5], ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "dobj"],
               ["B-GPE", "O", "O", "B-GPE", "O", "O", "O"])
    assert subject(doc[5]).text == "Chile"


def test_decided_on_a_weekday_to_ease_sanctions_is_the_deciders_act() -> None:
    found = events_of("Canada decided on Tuesday to lift its sanctions on Venezuela.", "08")
    assert found, "the lifting is Canada's, not Tuesday's"
    assert found[0].source is not None and found[0].source.country == "CAN"
