"""An infinitive alone is a whole intention content ("declined [to comment]", "refused [to
answer]"); through the real spaCy model. Before, a content of two tokens was too short."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.passages import quotes_by_name

PASSAGES = {
    "declined": ("Harbour master Dana Kerr declined to comment.", "to comment", "Kerr"),
    "refused": ("Mayor Tom Reyes refused to answer.", "to answer", "Reyes"),
}


@pytest.mark.parametrize("name", list(PASSAGES))
def test_bare_infinitive_is_the_content(nlp: Any, name: str) -> None:
    text, content, surname = PASSAGES[name]
    quotes = quotes_by_name(nlp, {name: text})[name]
    found = [q for q in quotes if q.evidence.method == "rule:indirect:infinitive:intention"]
    assert found, [(q.evidence.method, q.text) for q in quotes]
    assert found[0].text == content
    assert found[0].speaker is not None and surname in found[0].speaker.mention


def test_an_unnamed_holder_declines_too(nlp: Any) -> None:
    """A holder the text does not name ("a spokeswoman for the harbour board") holds an
    intention as it holds a stance; a bare "it" with nothing to stand for does not."""
    texts = {
        "spokeswoman": "A spokeswoman for the harbour board declined to comment on the fares.",
        "it": "It wants to close the pier before winter.",
    }
    quotes = quotes_by_name(nlp, texts)
    found = [q for q in quotes["spokeswoman"] if q.evidence.method.endswith(":intention")]
    assert found and found[0].text == "to comment on the fares", quotes["spokeswoman"]
    assert found[0].speaker is not None and "spokeswoman" in found[0].speaker.mention
    assert not [q for q in quotes["it"] if q.evidence.method.endswith(":intention")]
