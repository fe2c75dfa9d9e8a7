"""``ActorFinder.at`` keeps its answer per token of one Doc (the coder asks again for the same
tokens); the kept answer is the computed one, and a token of another Doc is never answered from
the first Doc's answers. Sentences written for this test."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.actors import resolve_doc
from newsevents.events.actor_finder import ActorFinder

_FIRST = "Chad accused Niger of shelling the border town, and its army denied it on Friday."
_OTHER = "On Friday the farmers of the valley sold their goats to Niger and to Chad."


def test_kept_answers_are_the_computed_ones(nlp: Any) -> None:
    doc = ne_nlp.parse(_FIRST)
    finder = ActorFinder(resolve_doc(doc, None))
    first = [finder.at(tok) for tok in doc]
    assert any(a is not None for a in first)
    assert [finder.at(tok) for tok in doc] == first
    assert first == [finder._at_uncached(tok, True) for tok in doc]
    assert [finder.at(t, pronoun_fallback=False) for t in doc] == [
        finder._at_uncached(t, False) for t in doc]


def test_another_docs_tokens_are_not_answered_from_the_first(nlp: Any) -> None:
    doc, other = ne_nlp.parse(_FIRST), ne_nlp.parse(_OTHER)
    finder = ActorFinder([*resolve_doc(doc, None), *resolve_doc(other, None)])
    before = [finder.at(tok) for tok in doc]
    assert [finder.at(tok) for tok in other] == [finder._at_uncached(t, True) for t in other]
    assert [finder.at(tok) for tok in doc] == before
