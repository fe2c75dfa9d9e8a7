"""``matching.pattern_lemmas``: the passes over every noun of a sentence (embedded nominals,
parties' own events, attack doers) skip a word whose lemma no pattern is indexed by before
reading its parse. The skip is exact only if such a word never matches; these tests hold the
set to that. Sentences written for this test."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.events.matching import match, matches, pattern_lemmas
from newsevents.events.patterns import pattern_book

_TEXT = ("Rebels attacked the convoy near the bridge on Sunday, and the governor condemned the "
         "attack; the two sides agreed to hold talks between the army and the militia, a "
         "proposed ceasefire that the farmers of the valley welcomed with bread and songs.")


def test_every_indexed_lemma_is_in_the_set() -> None:
    book = pattern_book()
    lemmas = pattern_lemmas(book)
    assert {lemma for _, lemma in book.index} == lemmas
    assert pattern_lemmas(book) is lemmas  # kept per book, not rebuilt per call


def test_a_word_outside_the_set_matches_nothing(nlp: Any) -> None:
    book = pattern_book()
    lemmas = pattern_lemmas(book)
    doc = ne_nlp.parse(_TEXT)
    outside = [tok for tok in doc if tok.lemma_.lower() not in lemmas]
    inside = [tok for tok in doc if tok.lemma_.lower() in lemmas]
    assert outside and inside
    assert all(matches(tok, book) == [] for tok in outside)
    assert any(match(tok, book) is not None for tok in inside)  # "attacked", "attack", "talks"


def test_object_verb_heads_hold_every_phrasal_lemma_start() -> None:
    """The governed-noun pass skips a verb whose lemma is not in the set: every listed verb,
    phrasal ("rule_out") or not, must be reachable from its own lemma."""
    from newsevents.events.governed import _object_verb_heads

    m = pattern_book().modality
    heads = _object_verb_heads(m)
    entries = m["hypothetical_object_verbs"] | m["future_object_verbs"] | m["negated_object_verbs"]
    assert any("_" in e for e in entries)
    assert all(e in heads and e.split("_")[0] in heads for e in entries)
    assert _object_verb_heads({"hypothetical_object_verbs": frozenset({"call_off"}),
                               "future_object_verbs": frozenset(),
                               "negated_object_verbs": frozenset({"veto"})}) == {
        "call", "call_off", "veto"}
