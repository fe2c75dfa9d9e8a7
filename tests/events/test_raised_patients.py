"""A passive infinitive under a raising or control verb undergoes its act on the raised subject
(issue 12: "X is scheduled / expected / due to be sentenced by a court" had no event, since the
passive infinitive has no subject of its own) — on sentences written for these tests (in no gold
set)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.syntax import objects

from .coding import VOCAB


def _doc() -> Doc:
    """Smith is expected to be sentenced."""
    return Doc(VOCAB, words=["Smith", "is", "expected", "to", "be", "sentenced"],
               heads=[2, 2, 2, 5, 5, 2],
               deps=["nsubjpass", "auxpass", "ROOT", "aux", "auxpass", "xcomp"],
               pos=["PROPN", "AUX", "VERB", "PART", "AUX", "VERB"],
               tags=["NNP", "VBZ", "VBN", "TO", "VB", "VBN"],
               lemmas=["Smith", "be", "expect", "to", "be", "sentence"])


def test_the_raised_subject_is_the_passive_infinitives_patient() -> None:
    doc = _doc()
    assert objects(doc[5]) == [doc[0]]


def test_a_sentencing_expected_is_coded_future_on_the_one_sentenced() -> None:
    text = "The Australian man is due to be sentenced by a New Zealand court in May."
    (ev,) = [e for e in extract_text(text, published="2024-05-02").events if e.cameo_root == "11"]
    assert ev.modality == "future", ev
    assert ev.source is not None and ev.source.code == "NZLJUD", ev.source
    assert ev.target is not None and ev.target.code == "AUSCVL", ev.target
