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
