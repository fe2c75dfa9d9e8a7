"""The doer of an act decided, agreed or pledged on a day (issue 12).

"The cabinet decided on Wednesday to close the border": the parser hangs "on Wednesday" where
"called on Iran to …" hangs its addressee, but a date is never the one asked or controlled —
the closing is the cabinet's. Rule logic on hand-built Docs, behaviour through the real model,
on sentences written for this file (in no gold set).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.syntax import subject


def _doc(nlp, rows: list[tuple[str, str, str, str, int, str]]) -> Doc:  # type: ignore[no-untyped-def]
    """rows: (word, lemma, pos, dep, head index, entity type)."""
    words, lemmas, pos, deps, heads, ents = (list(x) for x in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads,
               ents=[f"B-{e}" if e else "O" for e in ents])


def test_a_date_after_on_is_not_the_controller(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("Chile", "Chile", "PROPN", "nsubj", 1, "GPE"),
                     ("decided", "decide", "VERB", "ROOT", 1, ""),
                     ("on", "on", "ADP", "prep", 1, ""),
                     ("Friday", "Friday", "PROPN", "pobj", 2, "DATE"),
                     ("to", "to", "PART", "aux", 5, ""),
                     ("recall", "recall", "VERB", "xcomp", 1, ""),
                     ("envoys", "envoy", "NOUN", "dobj", 5, "")])
    found = subject(doc[5])
    assert found is not None and found.text == "Chile"


def test_a_date_as_object_is_not_the_controller(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("Peru", "Peru", "PROPN", "nsubj", 1, "GPE"),
                     ("agreed", "agree", "VERB", "ROOT", 1, ""),
                     ("Monday", "Monday", "PROPN", "dobj", 1, "DATE"),
                     ("to", "to", "PART", "aux", 4, ""),
                     ("free", "free", "VERB", "xcomp", 1, ""),
                     ("hostages", "hostage", "NOUN", "dobj", 4, "")])
    found = subject(doc[4])
    assert found is not None and found.text == "Peru"


def test_an_addressee_after_on_still_controls(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("Chile", "Chile", "PROPN", "nsubj", 1, "GPE"),
                     ("called", "call", "VERB", "ROOT", 1, ""),
                     ("on", "on", "ADP", "prep", 1, ""),
                     ("Peru", "Peru", "PROPN", "pobj", 2, "GPE"),
                     ("to", "to", "PART", "aux", 5, ""),
                     ("recall", "recall", "VERB", "xcomp", 1, ""),
                     ("envoys", "envoy", "NOUN", "dobj", 5, "")])
    found = subject(doc[5])
    assert found is not None and found.text == "Peru"


def test_the_decided_act_is_the_deciders_and_undated() -> None:
    doc = extract_text("Iran's government decided on Thursday to expel the British ambassador.",
                       published="2024-03-08")
    expel = [e for e in doc.events if e.trigger.text == "expel"]
    assert expel, [e.trigger.text for e in doc.events]
    assert expel[0].source is not None and "government" in expel[0].source.mention
    assert expel[0].modality != "asserted"
    assert expel[0].date is not None and expel[0].date.value is None
