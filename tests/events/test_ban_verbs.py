"""Bans told by the verb ("Rwanda banned plastic bags": CAMEO 172, ``coerce.ban-verb`` in
``patterns.yaml``), the veto on bans nobody coded a doer for (``ban-without-authority`` in
``senses.yaml``), and a ban lifted in the agentless passive, done by the government
(``implied_sectors`` in ``arguments.yaml``).

Through the real spaCy model on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality)
            for e in doc.events]


@pytest.mark.parametrize(("text", "source"), [
    ("The Rwandan government banned plastic bags in 2008.", "RWAGOV"),
    ("Last year Uganda outlawed the sale of skin-lightening creams.", "UGAGOV"),
    ("The Kenyan interior minister signed an order prohibiting street protests in Nairobi.",
     "KENGOV"),
])
def test_a_ban_by_the_verb_is_an_administrative_sanction(text: str, source: str) -> None:
    found = _events(text)
    assert any(c.startswith("172") and s == source for c, s, _t, _m in found), found


@pytest.mark.parametrize("text", [
    # sports and doping bans are no sanction of a state
    "The Kenyan athlete was banned for four years after failing a drug test.",
    "The Brazilian football federation banned the club from signing players.",
    # a ban whose doer nobody can code is no state's act
    "The novel was banned in 1990.",
    "Several schools banned mobile phones last year.",
])
def test_bans_without_a_state_doer_stay_out(text: str) -> None:
    assert not any(c.startswith("17") for c, *_ in _events(text)), _events(text)


def test_a_ban_lifted_in_the_passive_is_yielding_by_the_government() -> None:
    text = ("The Zambian government met church leaders in Lusaka. The ban on night-time "
            "gatherings was lifted in Zambia last week.")
    found = [(c, s) for c, s, _t, _m in _events(text)]
    assert any(c.startswith("08") and s == "ZMBGOV" for c, s in found), found

