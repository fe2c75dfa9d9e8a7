"""The geoparse runs once per document: the actors stage and the places stage share it."""

from __future__ import annotations

import pytest
from spacy.language import Language

import newsevents.places as places
from newsevents.nlp.shared import release


def test_one_geoparse_per_doc(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp("Aid workers reached Mosul on Friday, and the convoy later drove on to Erbil.")
    calls: list[int] = []
    real = places._places_of

    def counted(d: object) -> object:
        calls.append(1)
        return real(d)  # type: ignore[arg-type]

    monkeypatch.setattr(places, "_places_of", counted)
    first = places.places_of(doc)
    first.clear()  # a caller's list is its own
    second = places.places_of(doc)
    assert [doc.text[p.start : p.end] for p in second] == ["Mosul", "Erbil"]
    assert len(calls) == 1
    release(doc)  # dropped with the Doc's other per-document results
    assert places.places_of(doc) == second
    assert len(calls) == 2
