"""A coup is aimed at the government of its country (``implied_addressees`` in
``arguments.yaml``); a sum given or pledged to a recipient is economic aid aimed at it (the
currency sign is read through ``quantmod``; a market move's number veto keeps events with a
target). Real spaCy model, sentences written for this test (in no gold set)."""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality)
            for e in doc.events]


def test_a_coup_is_aimed_at_the_government() -> None:
    found = _events("The Malian army staged a coup on Tuesday.")
    assert any(c == "170" and s == "MLIMIL" and t == "MLIGOV" for c, s, t, _m in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Norway gave $20 million in aid to Malawi.", "07"),
    ("The World Bank gave $2 billion to Ghana.", "071"),
    ("Canada pledged $30 million to Malawi.", "0331"),
])
def test_a_sum_given_to_a_country_is_aid_to_it(text: str, code: str) -> None:
    found = _events(text)
    assert any(c.startswith(code) and t is not None and t.startswith("MWI" if "Malawi" in text
               else "GHA") for c, _s, t, _m in found), found


def test_a_market_move_with_a_number_stays_no_event() -> None:
    assert _events("Shares of the carmaker gave up 2% on Monday.") == []
