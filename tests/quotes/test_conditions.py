"""Reported clauses that open with a condition or a time clause of their own, through the real
spaCy model: "said if she were elected, the tax would be cut" reports a claim, not a question."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "if": "Senator Mara Quill said if she were elected, the harbour tax would be cut in half.",
    "when": "Mayor Tom Reyes said when the budget vote comes, he will oppose the new levy.",
    "whether": "Senator Mara Quill did not say whether she would run for the harbour seat.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


@pytest.mark.parametrize("name", ["if", "when"])
def test_condition_opening_a_claim(quotes: dict[str, list[Quote]], name: str) -> None:
    found = [q for q in quotes[name] if q.evidence.method == "rule:indirect:ccomp"]
    assert len(found) == 1, [(q.evidence.method, q.text) for q in quotes[name]]
    assert found[0].text.startswith(name + " ")
    assert found[0].text.rstrip(".").endswith(("in half", "new levy"))


def test_whether_after_say_is_no_claim(quotes: dict[str, list[Quote]]) -> None:
    assert not [q for q in quotes["whether"] if q.evidence.method == "rule:indirect:ccomp"]
