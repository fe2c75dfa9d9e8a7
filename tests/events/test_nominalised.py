"""Participles and adjectives used as nouns ("the accused", "the wounded") are people.

The tagger reads "arrested the accused" as two verbs; a reader sees an arrest of a person.
Sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events import arguments as args
from newsevents.events.syntax import nominalised

VOCAB = spacy.blank("en").vocab


def test_a_participle_with_a_determiner_in_a_noun_slot_is_nominalised() -> None:
    doc = Doc(VOCAB, words=["Police", "arrested", "the", "accused", "."], heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct"],
              pos=["NOUN", "VERB", "DET", "VERB", "PUNCT"],
              lemmas=["police", "arrest", "the", "accuse", "."])
    assert nominalised(doc[3]) and args.participant_token(doc[3])
    assert not nominalised(doc[1])  # the verb itself: no determiner, the root
    verb = Doc(VOCAB, words=["They", "accused", "the", "army"], heads=[1, 1, 3, 1],
               deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"],
               lemmas=["they", "accuse", "the", "army"])
    assert not nominalised(verb[1])


def test_the_accused_is_the_one_arrested_not_an_accusation() -> None:
    doc = extract_text("Police in Ghana arrested the accused at a hotel in Accra.",
                       published="2025-05-06")
    [arrest] = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest.source is not None and arrest.source.code == "GHACOP"
    assert arrest.target is not None and arrest.target.mention == "the accused"
    assert not [e for e in doc.events if e.cameo_root == "11"]  # no "accused" → 112


def test_who_takes_part_in_a_protest_is_its_source() -> None:
    text = "Senator Ada Brooks participated in a protest against the government in Denver."
    [protest] = [e for e in extract_text(text, published="2025-05-06").events
                 if e.cameo_root == "14"]
    assert protest.source is not None and protest.source.mention == "Senator Ada Brooks"
    led = extract_text("Opposition leader Raila Odinga led protests in Mombasa.",
                       published="2025-05-06").events
    assert [e.source.mention for e in led if e.cameo_root == "14" and e.source] == [
        "Opposition leader Raila Odinga"]
