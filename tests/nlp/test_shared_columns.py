"""The per-document scans in ``nlp.shared``: entities, lemma and lower-case columns, read once
per Doc, equal to what spaCy's own attributes give, and dropped by ``release``."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.nlp.shared import ents_of, lemmas_of, lowers_of, release

_TEXT = ("Ministers from Chile and Peru met in Lima on Monday; the talks were HELD behind closed "
         "doors, and Santiago's envoy left early.")


def test_columns_equal_spacys_attributes(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    assert ents_of(doc) == tuple(doc.ents) and ents_of(doc)
    assert lemmas_of(doc) == [tok.lemma_.lower() for tok in doc]
    assert lowers_of(doc) == [tok.lower_ for tok in doc]


def test_kept_per_doc_and_released(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    first = ents_of(doc)
    assert ents_of(doc) is first and lemmas_of(doc) is lemmas_of(doc)
    release(doc)
    assert not [k for k in doc.user_data if str(k).startswith("newsevents.")]
    assert ents_of(doc) is not first and ents_of(doc) == first
