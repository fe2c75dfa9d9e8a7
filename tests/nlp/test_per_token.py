"""``nlp.shared.per_token``: an answer about one token's parse kept per token of its Doc, and
the coder's and the times stage's questions kept with it (hand-built Docs: the parse is the
premise)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from newsevents.events.syntax import is_passive, objects, subject
from newsevents.nlp.shared import memo, per_token, release
from newsevents.times import tense_of


def _doc(nlp: Any) -> Doc:
    # "Police arrested two men": arrested ← Police (nsubj), men (dobj) ← two (nummod)
    return Doc(nlp.vocab, words=["Police", "arrested", "two", "men"], heads=[1, 1, 3, 1],
               deps=["nsubj", "ROOT", "nummod", "dobj"], pos=["NOUN", "VERB", "NUM", "NOUN"],
               tags=["NNS", "VBD", "CD", "NNS"])


def test_an_answer_is_computed_once_per_token(nlp: Any) -> None:
    calls: list[int] = []

    @per_token("test.heads")
    def head_index(token: Token) -> int:
        calls.append(token.i)
        return token.head.i

    doc = _doc(nlp)
    assert [head_index(t) for t in doc] == [1, 1, 3, 1]
    assert [head_index(t) for t in doc] == [1, 1, 3, 1]
    assert calls == [0, 1, 2, 3]
    assert memo(doc, "test.heads") == {0: 1, 1: 1, 2: 3, 3: 1}
    release(doc)  # dropped with the Doc's other scans
    assert head_index(doc[0]) == 1 and calls == [0, 1, 2, 3, 0]


def test_a_call_with_more_arguments_is_not_kept(nlp: Any) -> None:
    calls: list[tuple[int, int]] = []

    @per_token("test.depth")
    def walk(token: Token, depth: int = 0) -> int:
        calls.append((token.i, depth))
        return depth

    doc = _doc(nlp)
    assert walk(doc[1], 2) == 2 and walk(doc[1], 2) == 2 and walk(doc[1]) == 0
    assert calls == [(1, 2), (1, 2), (1, 0)] and memo(doc, "test.depth") == {1: 0}


def test_copy_gives_each_caller_its_own_list(nlp: Any) -> None:
    @per_token("test.kids", copy=list)
    def kids(token: Token) -> list[Token]:
        return list(token.children)

    doc = _doc(nlp)
    first = kids(doc[1])
    first.clear()  # a caller changing its list changes no one else's
    assert [t.i for t in kids(doc[1])] == [0, 3]


def test_the_coders_parse_questions_are_kept_per_token(nlp: Any) -> None:
    doc = _doc(nlp)
    verb = doc[1]
    assert subject(verb) == doc[0] and [t.i for t in objects(verb)] == [3]
    assert not is_passive(verb)
    assert memo(doc, "subject") == {1: doc[0]} and memo(doc, "passive") == {1: False}
    assert [t.i for t in memo(doc, "objects")[1]] == [3]
    objects(verb).append(doc[2])  # the kept list is not the caller's
    assert [t.i for t in objects(verb)] == [3]


def test_the_clause_tense_is_kept_per_span(nlp: Any) -> None:
    doc = _doc(nlp)
    assert tense_of(doc, 0, 6) == "past"  # "Police", under "arrested"
    assert memo(doc, "times.tense") == {(0, 6): "past"}
