"""The events stage's CPU cuts of perf13 (issue 14) keep their answers: a sense rule's fields
are asked only until its answer is known, the sentence context is counted from the Doc's
columns, and ``own_cues`` is kept per token and pattern book. Sentences written for these
tests."""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import replace
from typing import Any

import pytest

from newsevents import nlp as ne_nlp
from newsevents.events.candidate import Candidate
from newsevents.events.own_modality import own_cues
from newsevents.events.patterns import pattern_book
from newsevents.events.sense_book import Test as SenseTest
from newsevents.events.sense_book import sense_book
from newsevents.events.sense_tests import _Context, _holds

#: the module of ``own_cues`` (imported by name: ``_own_cues`` is patched on it)
own_modality_mod = importlib.import_module("newsevents.events.own_modality")

_MATCH = ("The home team beat the visitors 3-1 on Saturday, and the team celebrated the win "
          "with its fans in the square.")


class _NoCount:
    """A sentence context whose words must not be counted."""

    def count(self, *_: Any) -> int:
        raise AssertionError("the context was counted after the answer was known")


def _cand(doc: Any, word: str) -> Candidate:
    tok = next(t for t in doc if t.text == word)
    return Candidate(trigger=tok, code="180", source=None, target=None, method="test",
                     confidence=0.5)


def test_a_when_stops_at_its_first_failing_field(nlp: Any) -> None:
    cand = _cand(ne_nlp.parse(_MATCH), "beat")
    when = SenseTest(lemmas=frozenset({"assault"}), context=(frozenset({"team"}), 1))
    assert _holds(when, cand, _NoCount(), set(), sense_book(), every=True) is False  # type: ignore[arg-type]


def test_an_unless_stops_at_its_first_holding_field(nlp: Any) -> None:
    cand = _cand(ne_nlp.parse(_MATCH), "beat")
    unless = SenseTest(lemmas=frozenset({"beat"}), context=(frozenset({"team"}), 1))
    assert _holds(unless, cand, _NoCount(), set(), sense_book(), every=False) is True  # type: ignore[arg-type]


def test_every_field_is_still_asked_when_needed(nlp: Any) -> None:
    doc = ne_nlp.parse(_MATCH)
    cand = _cand(doc, "beat")
    ctx = _Context.of(cand.trigger.sent)
    book = sense_book()
    both = SenseTest(lemmas=frozenset({"beat"}), context=(frozenset({"team", "fan"}), 2))
    assert _holds(both, cand, ctx, set(), book, every=True) is True
    too_many = SenseTest(lemmas=frozenset({"beat"}), context=(frozenset({"team", "fan"}), 3))
    assert _holds(too_many, cand, ctx, set(), book, every=True) is False


def _reference_count(sent: Any, words: frozenset[str], trigger: Any,
                     any_pos: frozenset[str]) -> int:
    """The count read word by word off spaCy's Tokens, as the context did before the columns."""
    nouns: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for tok in sent:
        here = {tok.lemma_.lower(), tok.lower_}
        every.update(here)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM"):
            nouns.update(here)
    own = {trigger.lemma_.lower(), trigger.lower_}
    plain = words - {"<score>"}
    n = 0
    for pool, counts in ((plain & any_pos, every), (plain - any_pos, nouns)):
        n += sum(1 for w in pool if counts[w] - (w in own) > 0)
    return n


@pytest.mark.parametrize("trigger", ["beat", "win", "team", "celebrated"])
def test_the_context_counts_as_the_tokens_do(nlp: Any, trigger: str) -> None:
    doc = ne_nlp.parse(_MATCH)
    tok = next(t for t in doc if t.text == trigger)
    ctx = _Context.of(tok.sent)
    assert ctx.score  # "3-1"
    words = frozenset({"team", "visitor", "visitors", "win", "fan", "square", "celebrate",
                       "beat", "referee"})
    for any_pos in (frozenset(), frozenset({"celebrate", "beat"}), words):
        assert ctx.count(words, tok, any_pos) == _reference_count(tok.sent, words, tok, any_pos)
    # the score mark counts two; the trigger's own word once less ("team" is there twice)
    assert ctx.count(frozenset({"<score>"}), tok, frozenset()) == 2


def test_own_cues_is_kept_per_token_and_book(nlp: Any, monkeypatch: Any) -> None:
    doc = ne_nlp.parse("The rebels will not attack the convoy, the commander said on Monday.")
    tok = next(t for t in doc if t.text == "attack")
    calls: list[int] = []
    inner = own_modality_mod._own_cues

    def counted(t: Any, book: Any) -> str | None:
        calls.append(t.i)
        return inner(t, book)

    monkeypatch.setattr(own_modality_mod, "_own_cues", counted)
    book = pattern_book()
    assert own_cues(tok, book) == "negated"
    assert own_cues(tok, book) == "negated"
    assert calls == [tok.i]  # the second answer came from the Doc's memo
    assert own_cues(tok, replace(book)) == "negated"  # another book is asked afresh
    assert calls == [tok.i, tok.i]
