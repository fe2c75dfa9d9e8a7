"""A name with an apposition set off by commas right before its verb ("…, Col. Ann Reyes, a
military spokeswoman in Baghdad, said, “…”") speaks, when the parser hung the name on the
phrase before it (a date) and left the verb without a subject. The parse is the premise: a
hand-built ``Doc`` as en_core_web_sm parsed such a sentence."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsevents.quotes.syntax import surface_source


def _doc(nlp: Any, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    spaces = [words[i + 1] not in (",", ".") for i in range(len(words) - 1)] + [False]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_name_before_an_apposition_before_the_verb(nlp: Any) -> None:
    # On Dec. 2, Ann Reyes, a spokeswoman, said.  (Reyes hung on the date as its apposition)
    words = ["On", "Dec.", "2", ",", "Ann", "Reyes", ",", "a", "spokeswoman", ",", "said", "."]
    heads = [10, 0, 1, 1, 5, 1, 5, 8, 5, 10, 10, 10]
    deps = ["prep", "pobj", "nummod", "punct", "compound", "appos", "punct", "det", "appos",
            "punct", "ROOT", "punct"]
    pos = ["ADP", "PROPN", "NUM", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "VERB", "PUNCT"]
    doc = _doc(nlp, words, heads, deps, pos)
    source = surface_source(doc[10], lambda char: False)
    assert source is not None and source.text == "Reyes"

