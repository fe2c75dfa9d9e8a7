"""The sector pass skips a word before reading its parse unless its lower form or lemma is a
sector noun, the last word of a sector phrase, a title word or "source(s)": a skipped word must
be one the pass could not code, on sentences written for this test."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.actors import vocab as actor_vocab
from newsevents.actors.context import _SOURCES, _sector_words
from newsevents.actors.mentions import DocState
from newsevents.actors.noun_phrases import sector_of

_TEXT = (
    "Dutch riot police dispersed the farmers outside the provincial assembly on Tuesday. "
    "A senior army commander told reporters that coast guard patrols would double. "
    "Military sources said the deputy foreign minister and two prosecutors had left the hotel."
)


def test_skipped_words_have_no_sector(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    vocab = actor_vocab.load()
    state = DocState(doc=doc, published=None, vocab=vocab)
    by_lower, by_lemma = _sector_words(vocab)
    skipped = kept = 0
    for tok in doc:
        if tok.lower_ in by_lower or tok.lemma_.lower() in by_lemma:
            kept += 1
            continue
        skipped += 1
        assert sector_of(state, tok) is None, tok.text
        assert tok.lower_ not in vocab.title_words and tok.lower_ not in _SOURCES, tok.text
    assert skipped > kept > 3  # the premise: most words are skipped, the sector words are not
    assert {"police", "army", "prosecutors", "minister"} <= by_lower
