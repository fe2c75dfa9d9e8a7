"""``resolve.match_owns`` reads the offset and word columns instead of two ``Token`` objects:
a dictionary match owns its tokens only when it starts and ends on their boundaries. Sentence
written for this test."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.actors.matching import Match
from newsevents.actors.resolve import match_owns


def test_a_match_owns_whole_tokens_only(nlp: Any) -> None:
    doc = ne_nlp.parse("The U.S.-brokered truce between Armenia and Azerbaijan held in Nagorno.")
    armenia = next(t for t in doc if t.text == "Armenia")
    whole = Match(armenia.i, armenia.i + 1, armenia.idx, armenia.idx + len("Armenia"), ())
    assert match_owns(whole, doc)
    inside = next(t for t in doc if t.text.startswith("U.S."))
    part = Match(inside.i, inside.i + 1, inside.idx, inside.idx + len("U.S."), ())
    assert len(inside.text) > len("U.S.") and not match_owns(part, doc)
    # every one-token match on its own boundaries, as spaCy's Tokens give them
    for tok in doc:
        m = Match(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), ())
        assert match_owns(m, doc)
        late = Match(tok.i, tok.i + 1, tok.idx + 1, tok.idx + len(tok.text), ())
        assert not match_owns(late, doc)
