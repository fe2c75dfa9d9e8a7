"""Custody phrases are detention (CAMEO 173, ``coerce.custody`` in ``patterns.yaml``): "held in
detention", "placed in custody", "ordered … remain in custody"; custody of children is not.
Real spaCy model, sentences written for this test (in no gold set)."""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in extract_text(text, published="2024-05-02").events]


@pytest.mark.parametrize("text", [
    "Two Nigerian journalists were held in detention for three days.",
    "Kenyan police placed the opposition leader in custody on Friday.",
    "The Ugandan police kept the activist in detention overnight.",
])
def test_custody_is_detention(text: str) -> None:
    assert "173" in _codes(text)


def test_custody_of_children_is_no_detention() -> None:
    assert not any(c.startswith("17") for c in _codes(
        "The Kenyan court granted the mother custody of the children."))
