"""``dictionary_verb``: the lemma test the coder asks before the (costlier) source test. It
must say no only where ``dictionary_matches`` has nothing to give, and yes for the
dictionary's verbs, on sentences written for this test."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.events.dictionary import dictionary_matches, dictionary_verb
from newsevents.events.patterns import pattern_book

_SENTENCES = [
    "Portugal expelled two diplomats from Minsk on Friday.",
    "The minister said the talks would resume, and officials announced a new round.",
    "Farmers walked to the market, sang, and slept in the square until dawn.",
    "Belgium urged Morocco to extradite the suspect, and Rabat promised to cooperate.",
    "The envoy warned Caracas that the embassy would close.",
]


def test_no_means_no_dictionary_hit(nlp: Any) -> None:
    book = pattern_book()
    seen_yes = seen_no = 0
    for text in _SENTENCES:
        for tok in ne_nlp.parse(text):
            if tok.pos_ != "VERB":
                continue
            if dictionary_verb(tok, book):
                seen_yes += 1
            else:
                seen_no += 1
                assert dictionary_matches(tok, book) == [], tok.text
                assert dictionary_matches(tok, book, topics=True) == [], tok.text
    assert seen_yes and seen_no  # the premise: both answers occur


def test_lemma_answers(nlp: Any) -> None:
    book = pattern_book()
    doc = ne_nlp.parse("Portugal expelled the diplomats. Farmers slept. The minister said so.")
    by_text = {t.text: t for t in doc}
    assert dictionary_verb(by_text["expelled"], book)
    assert not dictionary_verb(by_text["said"], book)  # reporting verb: attribution
