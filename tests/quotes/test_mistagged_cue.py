"""A verb of speech the tagger reads as a noun right after a quote ("…,” the editorial read.",
"…,” the three write.") is still the quote's cue, its subject the short phrase before it;
through the real spaCy model (sentences written for these tests). Before, the quote had no cue
and no speaker (``rule:direct:unattributed``). A noun in the same slot that is no verb of
speech, or a sentence that goes on after it, gives no cue."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES = {
    "read": (
        "“If he wants to keep his job, the mayor should come back from his holiday,” the "
        "editorial read."
    ),
    "write": "“We did not close the pier lightly,” the three write.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


@pytest.mark.parametrize(("name", "cue", "speaker"), [
    ("read", "read", "editorial"), ("write", "write", "three"),
])
def test_a_verb_read_as_a_noun_after_a_quote_is_its_cue(
    quotes: dict[str, list[Quote]], name: str, cue: str, speaker: str
) -> None:
    (q,) = [q for q in quotes[name] if q.kind == "direct"]
    assert q.evidence is not None and q.evidence.method == "rule:direct:cue"
    assert q.cue == cue
    assert q.speaker is not None and speaker in q.speaker.mention


def _slot(nlp: Any, tail: str, before: str = "two") -> Any:
    """ “Fine,” the <before> report <tail> — hand-built, "report" tagged as a noun."""
    from spacy.tokens import Doc

    words = ["“", "Fine", ",", "”", "the", before, "report", tail]
    tail_pos = "PUNCT" if tail == "." else "NOUN"
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PUNCT", "ADJ", "PUNCT", "PUNCT", "DET", "NUM", "NOUN", tail_pos],
        tags=["``", "JJ", ",", "''", "DT", "CD", "NN", "." if tail == "." else "NN"],
        lemmas=["“", "fine", ",", "”", "the", before, "report", tail],
    )
    return doc[6]


def test_the_rule_needs_the_slot(nlp: Any) -> None:
    """A cue only when the sentence ends right after it."""
    from newsevents.quotes.mistagged import mistagged_after_quote
    from newsevents.quotes.vocab import vocabulary

    vocab = vocabulary()
    assert mistagged_after_quote(_slot(nlp, "."), vocab)
    assert not mistagged_after_quote(_slot(nlp, "today"), vocab)
