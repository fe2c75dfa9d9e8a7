"""The sense hook's word reads (``_Context.count``, ``_token_words``) against the plain
per-token reading they replace: the same numbers and words, on sentences of our own."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc

from newsevents import nlp as ne_nlp
from newsevents.events.sense_tests import _CONTEXT_POS, SCORE_MARK, _Context
from newsevents.events.senses import _token_words

_TEXT = ("The visiting side beat the hosts 3-1 in the league match on Sunday. "
         "Coaches of both clubs praised the referee, and the fans sang songs about the win. "
         "Meanwhile the Finance Ministry said bond prices fell sharply in Lisbon.")


def _naive_count(ctx: _Context, words: frozenset[str], trigger: Any,
                 any_pos: frozenset[str]) -> int:
    own = {trigger.lemma_.lower(), trigger.lower_}
    n = 0
    for w in words:
        if w == SCORE_MARK:
            n += 2 * ctx.score
            continue
        counts: Counter[str] = ctx.all_words if w in any_pos else ctx.noun_words
        if counts[w] - (w in own) > 0:
            n += 1
    return n


def test_count_is_the_per_word_count(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    any_pos = frozenset({"beat", "praise", "sing", "fall"})
    classes = [
        frozenset({"match", "league", "beat", "win", SCORE_MARK, "goal", "striker"}),
        frozenset({"referee", "fan", "song", "praise", "club", "coach"}),
        frozenset({"bond", "price", "ministry", "fall", "share", "market", "index", "trader",
                   "dividend", "yield", "investor", "stock", "currency", "euro"}),
        frozenset({SCORE_MARK}),
        frozenset(),
    ]
    for sent in doc.sents:
        ctx = _Context.of(sent)
        for trigger in sent:
            for words in classes:
                assert ctx.count(words, trigger, any_pos) == _naive_count(
                    ctx, words, trigger, any_pos), (trigger.text, sorted(words))


def test_token_words_are_the_tokens_words(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    lemmas, lowers, context = _token_words(doc)
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert lowers == [t.lower_ for t in doc]
    assert context == [t.pos_ in _CONTEXT_POS for t in doc]
    assert _token_words(Doc(doc.vocab, words=[])) == ([], [], [])
