"""The cue candidates of the quotes stage, read from the document's hash columns: exactly the
tokens whose lemma or lower-case form is a cue trigger (sentences written for this test)."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.quotes.state import _candidates
from newsevents.quotes.vocab import vocabulary

_TEXT = ("The mayor said the bridge would reopen, according to a statement; residents told "
         "reporters they doubted it. \"We will see,\" one added. The ferry SAYS nothing.")


def test_candidates_are_the_trigger_tokens(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    triggers = vocabulary().trigger_hashes
    expected = [t.i for t in doc if t.lemma in triggers or t.lower in triggers]
    assert _candidates(doc) == expected
    assert len(expected) >= 4  # said, according, told, added …
    assert _candidates(ne_nlp.parse("")) == []
