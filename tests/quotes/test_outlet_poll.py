"""A poll run by news outlets holds its finding: "A Wall Street Journal/NBC News poll showed
[a lead for Reyes …]" is a finding record though the actors stage reads the subject as the
outlets (no speaker, the outlet as medium); through the real spaCy model and the actors stage.
Before, the record was dropped for want of a person or organisation holding it."""

from __future__ import annotations

from typing import Any

from newsevents.actors import resolve_actors
from newsevents.context import Context
from newsevents.quotes import quotes_of


def test_an_outlets_poll_holds_its_finding(nlp: Any) -> None:
    doc = nlp(
        "A Wall Street Journal/NBC News poll showed a slimmer lead for Mayor Tom Reyes with 46 "
        "percent to 41 percent for his rival."
    )
    actors = resolve_actors(Context(doc=doc, text=doc.text, published=None))
    found = [q for q in quotes_of(doc, actors) if q.cue == "showed"]
    assert found, [(q.evidence.method, q.text) for q in quotes_of(doc, actors)]
    assert found[0].text.startswith("a slimmer lead for Mayor Tom Reyes")
    assert found[0].evidence.method == "rule:indirect:object:stance"
    assert found[0].speaker is not None or found[0].medium is not None
