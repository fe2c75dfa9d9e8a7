"""A rule or possibility told of no one in particular is no event (``events/generic.py``,
``generic_targets`` in arguments.yaml), through the real spaCy model. The sentences are written
for these tests and are in no gold set."""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in extract_text(text, published="2021-05-04").events]


@pytest.mark.parametrize("text", [
    "Impeachment is the process by which a federal official can be removed from office by "
    "Congress.",
    "Under the constitution, a sitting judge can be dismissed by parliament for misconduct.",
])
def test_a_possible_act_on_anyone_of_a_kind_is_no_event(text: str) -> None:
    assert _events(text) == [], _events(text)


def test_a_possible_act_on_a_particular_person_stays() -> None:
    found = _events("Parliament may dismiss the chief justice next week.")
    assert any(m != "asserted" for _, m in found), found


def test_an_asserted_act_on_an_indefinite_person_stays() -> None:
    found = _events("Police arrested a man in Lagos on Monday.")
    assert ("173", "asserted") in found, found
