"""The coder's lemma gate: a word whose lemma no pattern and no dictionary entry is indexed by
is skipped before any test of its parse. It must skip only words that ``matches`` and
``dictionary_matches`` give nothing, on sentences written for this test."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.events.coder import _trigger_lemmas
from newsevents.events.dictionary import dictionary_matches
from newsevents.events.matching import matches
from newsevents.events.patterns import pattern_book
from newsevents.nlp.shared import lemmas_of, lowers_of

_SENTENCES = [
    "Portugal expelled two diplomats from Minsk on Friday after a bitter quarrel.",
    "Farmers walked to the market, sang, and slept in the square until dawn.",
    "The navy's seizure of the tanker angered Oslo, which recalled its ambassador.",
    "Belgium urged Morocco to extradite the suspect; Rabat promised to cooperate.",
]


def test_lower_lemmas_are_the_tokens_lemmas(nlp: Any) -> None:
    doc = ne_nlp.parse(" ".join(_SENTENCES))
    assert lemmas_of(doc) == [tok.lemma_.lower() for tok in doc]
    assert lowers_of(doc) == [tok.lower_ for tok in doc]


def test_skipped_words_have_nothing_to_match(nlp: Any) -> None:
    book = pattern_book()
    triggers = _trigger_lemmas(book)
    skipped = kept = 0
    for text in _SENTENCES:
        for tok in ne_nlp.parse(text):
            if tok.lemma_.lower() in triggers:
                kept += 1
                continue
            skipped += 1
            assert matches(tok, book) == [], tok.text
            assert dictionary_matches(tok, book) == [], tok.text
    assert skipped > kept > 0  # the premise: most words are skipped, some are not
    assert {"expel", "recall", "extradite"} <= triggers
