"""A reporting verb the parser gives two subjects across a quotation ("Her closing assessment:
“…,” she said") has the one next to it as its own; through the real spaCy model (sentences
written for these tests). Before, the first subject in the parse ("assessment", read as its
possessor "Her") was taken as the speaker."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES = {
    "assessment": "Her closing assessment: “It’s not quite hopeful,” she said.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


@pytest.mark.parametrize("name", list(PASSAGES))
def test_the_subject_next_to_the_verb_speaks(quotes: dict[str, list[Quote]], name: str) -> None:
    (q,) = [q for q in quotes[name] if q.kind == "direct"]
    assert q.cue == "said"
    assert q.speaker is not None and q.speaker.mention == "she", q.speaker


def test_subjects_first_on_a_hand_built_parse(nlp: Any) -> None:
    """The rule on a parse given as premise: two subjects, the nearer one first."""
    from spacy.tokens import Doc

    from newsevents.quotes.syntax import subject_of

    words = ["Her", "answer", ":", "“", "No", ",", "”", "she", "said", "."]
    heads = [1, 8, 1, 8, 8, 8, 8, 8, 8, 8]
    deps = ["poss", "nsubj", "punct", "punct", "intj", "punct", "punct", "nsubj", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    subject = subject_of(doc[8])
    assert subject is not None and subject.text == "she"
