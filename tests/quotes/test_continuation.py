"""A quote right after another quote's cue clause goes on with it, across a paragraph break.

PolNeAR annotates "“A!” she said. ¶ “B.”" as one attribution. The parser often makes "she said."
a sentence of its own; that sentence names the speaker of the quote before it, so the next quote
is a continuation of that quote (same cue), not a new quote "introduced" by the sentence.
Sentences written for these tests, through the real model.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "next_paragraph": (
        "Governor Ellen Park spoke at the fairground on Friday.\n\n"
        "“We will fix every road in this county!” she said.\n\n"
        "“And the bridges will come next.”"
    ),
    "after_a_name": (
        "Mayor Tom Reed visited the harbour.\n\n"
        "“The pier will reopen in May!” Reed said.\n\n"
        "“Fishermen have waited long enough for it.”"
    ),
    "other_subject_between": (
        "“We played like champions tonight!” coach Anna Berg said. "
        "Her assistant Tom Lee nodded.\n\n"
        "“Next week we go again.”"
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def _method(q: Quote) -> str:
    return q.evidence.method if q.evidence is not None else ""


@pytest.mark.parametrize("name", ["next_paragraph", "after_a_name"])
def test_quote_after_a_cue_clause_continues_that_quote(
    quotes: dict[str, list[Quote]], name: str
) -> None:
    first, second = quotes[name]
    assert _method(first) == "rule:direct:cue"
    assert _method(second) == "rule:direct:continuation"
    assert second.cue_span == first.cue_span and second.speaker is not None
    assert first.speaker is not None and second.speaker.name == first.speaker.name


def test_a_sentence_about_someone_else_between_is_no_cue_clause(
    quotes: dict[str, list[Quote]],
) -> None:
    first, second = quotes["other_subject_between"]
    assert _method(second) != "rule:direct:continuation"
    assert second.cue_span != first.cue_span
