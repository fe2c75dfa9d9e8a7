"""An indirect question leaves its act open (issue 12, the known open case of docs/events.md
"Modality"): "declined to comment on whether it would expel …" refuses the answer, not the
expulsion, so the expulsion is ``hypothetical``, never ``negated`` — on sentences written for
these tests (in no gold set)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.modality import modality, open_question
from newsevents.events.patterns import pattern_book

from .coding import VOCAB


def _doc() -> Doc:
    """Britain declined to comment on [whether it would expel diplomats]."""
    words = ["Britain", "declined", "to", "comment", "on", "whether", "it", "would", "expel",
             "diplomats"]
    return Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 3, 8, 8, 8, 4, 8],
               deps=["nsubj", "ROOT", "aux", "xcomp", "prep", "mark", "nsubj", "aux", "pcomp",
                     "dobj"],
               pos=["PROPN", "VERB", "PART", "VERB", "ADP", "SCONJ", "PRON", "AUX", "VERB",
                    "NOUN"],
               lemmas=["Britain", "decline", "to", "comment", "on", "whether", "it", "would",
                       "expel", "diplomat"])


def test_a_refused_answer_leaves_the_asked_act_hypothetical() -> None:
    doc = _doc()
    book = pattern_book()
    assert open_question(doc[8], book.modality)
    assert modality(doc[8], book) == "hypothetical"
    assert modality(doc[1], book) == "asserted"  # the declining itself happened


def test_a_refused_act_without_a_question_stays_negated() -> None:
    doc = _doc()
    assert not open_question(doc[3], pattern_book().modality)
    assert modality(doc[3], pattern_book()) == "negated"  # the comment was refused


def test_the_expulsion_asked_about_is_coded_hypothetical() -> None:
    doc = extract_text("Britain declined to comment on whether it would expel Russian diplomats.",
                       published="2024-05-02")
    (ev,) = [e for e in doc.events if e.cameo_root == "16"]
    assert ev.modality == "hypothetical", ev
    assert ev.source is not None and ev.source.code is not None \
        and ev.source.code.startswith("GBR"), ev.source
