"""Whom a verbal act is addressed to: a demand made "in a letter to X" is addressed to X
(``participants.channel_addressee``). Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text


def test_a_demand_made_in_a_letter_to_a_government_is_on_that_government() -> None:
    text = ("In a letter to the Kenyan government, Ugandan President Yoweri Museveni demanded "
            "the release of the fishermen.")
    [demand] = [e for e in extract_text(text, published="2019-01-07").events
                if e.cameo_root == "10"]
    assert demand.target is not None and demand.target.code == "KENGOV"
