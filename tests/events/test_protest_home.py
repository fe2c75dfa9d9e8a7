"""A protest with no addressee and no place is against the state of the article's country
(``object_party.protest_home``, issue 12).

Through the real model, on articles written for these tests (in no gold set).
"""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event

_US = ("The United States Senate met in Washington on Monday. American senators debated a bill "
       "on guns in Washington and in New York. ")


def _protests(text: str) -> list[Event]:
    return [e for e in extract_text(text, published="2025-05-06").events if e.cameo_root == "14"]


def test_a_protest_placed_nowhere_is_against_the_articles_state() -> None:
    events = _protests(_US + "Senator Mary Holt has also taken part in demonstrations in "
                       "support of free speech.")
    assert events and all(e.target is not None and e.target.code == "USAGOV" for e in events)
    assert all(e.target.mention == "" for e in events if e.target is not None)


def test_protesters_of_another_country_keep_no_addressee() -> None:
    events = _protests(_US + "Venezuelan students have also taken part in demonstrations in "
                       "support of free speech.")
    assert events and all(e.target is None for e in events)


def test_a_sentence_with_a_place_of_another_country_is_left_open() -> None:
    events = _protests(_US + "Senator Mary Holt has also taken part in demonstrations in "
                       "support of free speech with flags from Canada and Mexico.")
    assert events and all(e.target is None for e in events)


def test_a_sentence_naming_another_party_is_left_to_it() -> None:
    events = _protests(_US + "Senator Mary Holt, a friend of President Donald Trump, has also "
                       "taken part in demonstrations in support of free speech.")
    assert events and all(e.target is None or e.target.mention for e in events)
