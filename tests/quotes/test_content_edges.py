"""Content spans end on no dangling conjunction and run over a plural possessive the tagger took
for a closing quotation mark (``contents.content_bounds``), on hand-built parses: the parse is
the premise. Before, only edge punctuation was trimmed, so a coordination the parser hung inside
an object ("… to defend itself [and] called for …") left "and" at the end, and "the Greens’
attacks" stopped at "Greens’"."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.quotes.contents import content_bounds


def _doc(rows: list[tuple[str, str, str, int]], spaces: list[bool] | None = None) -> Doc:
    words = [r[0] for r in rows]
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def _text(doc: Doc, bounds: tuple[int, int] | None) -> str | None:
    return None if bounds is None else doc.text[bounds[0] : bounds[1]]


def test_trailing_conjunction_is_trimmed() -> None:
    # "Ruiz backed the plan to rebuild itself and asked for a vote ."
    rows = [
        ("Ruiz", "PROPN", "nsubj", 1),
        ("backed", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3),
        ("plan", "NOUN", "dobj", 1),
        ("to", "PART", "aux", 5),
        ("rebuild", "VERB", "acl", 3),
        ("itself", "PRON", "dobj", 5),
        ("and", "CCONJ", "cc", 5),
        ("asked", "VERB", "conj", 1),
        ("for", "ADP", "prep", 8),
        ("a", "DET", "det", 11),
        ("vote", "NOUN", "pobj", 9),
        (".", "PUNCT", "punct", 1),
    ]
    doc = _doc(rows)
    got = _text(doc, content_bounds(doc[2], doc[3].right_edge, doc[1], min_tokens=1))
    assert got == "the plan to rebuild itself"


def test_leading_conjunction_of_something_outside_is_trimmed() -> None:
    rows = [
        ("and", "CCONJ", "cc", 3),
        ("the", "DET", "det", 2),
        ("port", "NOUN", "nsubj", 3),
        ("reopens", "VERB", "ROOT", 3),
        ("today", "NOUN", "npadvmod", 3),
    ]
    doc = _doc(rows)
    # the span starts at "and" but its clause is cut to "the port" (the head lies outside)
    assert _text(doc, content_bounds(doc[0], doc[2], doc[3], min_tokens=1)) == "the port"


def test_clause_keeps_its_own_leading_conjunction() -> None:
    rows = [
        ("But", "CCONJ", "cc", 3),
        ("the", "DET", "det", 2),
        ("port", "NOUN", "nsubj", 3),
        ("reopens", "VERB", "ROOT", 3),
        ("today", "NOUN", "npadvmod", 3),
    ]
    doc = _doc(rows)
    assert _text(doc, content_bounds(doc[0], doc[4], doc[3])) == "But the port reopens today"


def test_plural_possessive_apostrophe_does_not_end_the_content() -> None:
    # "Ruiz called for a halt to the Greens’ attacks and the release of the prisoners ."
    rows = [
        ("Ruiz", "PROPN", "nsubj", 1),
        ("called", "VERB", "ROOT", 1),
        ("for", "ADP", "prep", 1),
        ("a", "DET", "det", 4),
        ("halt", "NOUN", "pobj", 2),
        ("to", "ADP", "prep", 4),
        ("the", "DET", "det", 7),
        ("Greens", "PROPN", "pobj", 5),
        ("’", "PUNCT", "punct", 4),
        ("attacks", "NOUN", "dobj", 1),
        ("and", "CCONJ", "cc", 9),
        ("the", "DET", "det", 12),
        ("release", "NOUN", "conj", 9),
        ("of", "ADP", "prep", 12),
        ("the", "DET", "det", 15),
        ("prisoners", "NOUN", "pobj", 13),
        (".", "PUNCT", "punct", 1),
    ]
    spaces = [True] * len(rows)
    spaces[7] = False  # "Greens’" is one word on the page
    spaces[15] = False
    doc = _doc(rows, spaces)
    got = _text(doc, content_bounds(doc[3], doc[4].right_edge, doc[1], min_tokens=1))
    assert got == "a halt to the Greens’ attacks and the release of the prisoners"


def test_closing_quotation_mark_is_no_possessive() -> None:
    # "Ruiz called the plan ‘reckless’ today": the quotation is closed, nothing to carry over
    rows = [
        ("Ruiz", "PROPN", "nsubj", 1),
        ("called", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3),
        ("plans", "NOUN", "dobj", 1),
        ("‘", "PUNCT", "punct", 5),
        ("reckless", "ADJ", "oprd", 1),
        ("’", "PUNCT", "punct", 5),
        ("today", "NOUN", "npadvmod", 1),
    ]
    spaces = [True, True, True, True, False, False, True, False]
    doc = _doc(rows, spaces)
    got = _text(doc, content_bounds(doc[2], doc[6], doc[1], min_tokens=1))
    assert got == "the plans ‘reckless’"
