"""Modality read off the dependency parse, scoped to the trigger's clause and its governors."""

from __future__ import annotations

import pytest

from newsevents.events.modality import modality
from newsevents.events.patterns import pattern_book

CASES = [
    # (sentence, trigger word, expected modality)
    ("Russia invaded Ukraine in 2022.", "invaded", "asserted"),
    ("Russia did not invade Finland.", "invade", "negated"),
    ("Moscow has never agreed to the plan.", "agreed", "negated"),
    ("China could invade Taiwan.", "invade", "hypothetical"),
    ("Germany may be considering new sanctions.", "considering", "hypothetical"),
    ("It is unlikely that the administration would send troops to Poland.", "send", "hypothetical"),
    ("Officials asked whether France has proposed sending troops.", "proposed", "hypothetical"),
    ("Should the United States refuse the request, France may help.", "refuse", "conditional"),
    ("If Russia attacks Moldova, Romania will respond.", "attacks", "conditional"),
    ("Unless Iran releases the sailors, Britain will act.", "releases", "conditional"),
    ("President Macron will visit China next week.", "visit", "future"),
    ("Japan plans to send troops to the Philippines.", "send", "future"),
    ("Poland called on the United States to station weapons in Poland.", "station", "requested"),
    ("France urged Iran to release the prisoners.", "release", "requested"),
    ("Poland called on the United States to station weapons in Poland.", "called", "asserted"),
    ("Poland has reportedly been in talks with France.", "talks", "reported_unverified"),
    ("Russia allegedly attacked the convoy.", "attacked", "reported_unverified"),
    ("North Korea is said to have supplied shells to Russia.", "supplied", "reported_unverified"),
    ("Iran refused to release the prisoners.", "release", "negated"),
    ("Iran refused to release the prisoners.", "refused", "asserted"),
    ("The upcoming talks between Serbia and Kosovo were postponed.", "talks", "future"),
    ("No talks between Israel and Iran took place.", "talks", "negated"),
    ("The alleged attack by Israel killed seven people.", "attack", "reported_unverified"),
    ("Ukraine agreed to the truce contingent on Russia's acceptance of the terms.", "acceptance",
     "conditional"),
    # negation of the main clause does not reach into a 'when' clause
    ("Russia did not hesitate when they were relocating weapons into Belarus.", "relocating",
     "asserted"),
    # a reporting verb is transparent
    ("Duda said Russia invaded Ukraine.", "invaded", "asserted"),
    ("A nation that may be willing to assist.", "willing", "hypothetical"),
    # an event noun subject of a verb of occurrence takes that verb's modals and governors
    ("Negotiations between Peru and Bolivia could take place in La Paz.", "Negotiations",
     "hypothetical"),
    ("The summit of Asian leaders will begin in Hanoi on Monday.", "summit", "future"),
    ("Negotiations between Peru and Bolivia took place in La Paz.", "Negotiations", "asserted"),
    # a negated noun of intent: not planned, so not done
    ("Beijing said it had no plans to invade Taiwan.", "invade", "negated"),
    ("Beijing said it had plans to blockade Taiwan.", "blockade", "future"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_modality(nlp, sentence: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    book = pattern_book()
    assert modality(tok, book, light=book.light_verbs) == expected


def test_what_someone_is_accused_of_is_alleged(nlp) -> None:  # type: ignore[no-untyped-def]
    book = pattern_book()
    doc = nlp("Russia accused Ukraine of attacking the power plant.")
    attacking = next(t for t in doc if t.text == "attacking")
    accused = next(t for t in doc if t.text == "accused")
    assert modality(attacking, book, light=book.light_verbs) == "reported_unverified"
    assert modality(accused, book, light=book.light_verbs) == "asserted"
