"""``nlp.lemmas``: past tenses whose "-e" the small model's rule lemmatizer drops ("staged" →
*stag*) are lemmatised as the "-e" verb, so triggers keyed by that verb match; doubled
consonants and "-ing" after two consonants keep the model's lemma. Real model, sentences
written for this test."""

from __future__ import annotations

import pytest

from newsevents import extract_text
from newsevents.nlp import parse
from newsevents.nlp.lemmas import silent_e


@pytest.mark.parametrize(("sentence", "word", "lemma"), [
    ("The rebels staged an attack on the barracks.", "staged", "stage"),
    ("Witnesses said soldiers raped several women.", "raped", "rape"),
    ("The militia waged a campaign of terror.", "waged", "wage"),
    ("The crowd stared at the minister.", "stared", "stare"),
    ("The children were singing in the square.", "singing", "sing"),
    ("The drummer rapped on the door.", "rapped", "rap"),
    ("The envoy visited the capital.", "visited", "visit"),
])
def test_past_forms_take_the_verb_they_stand_for(sentence: str, word: str, lemma: str) -> None:
    doc = parse(sentence)
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma


def test_the_rule_needs_the_e_verb_in_the_index() -> None:
    verbs = frozenset({"stage", "stag", "sing", "singe"})
    assert silent_e("staged", "stag", verbs) == "stage"
    assert silent_e("singing", "sing", verbs) is None
    assert silent_e("planted", "plant", verbs) is None  # no "plante"
    assert silent_e("staged", "stage", verbs) is None  # already right


def test_a_staged_attack_is_now_an_event() -> None:
    doc = extract_text("Taliban fighters staged an attack on an Afghan army base on Monday.",
                       published="2024-05-02")
    assert any(e.cameo.startswith("19") for e in doc.events), [e.cameo for e in doc.events]
