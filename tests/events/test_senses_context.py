"""Senses read from the participants and the page, not the trigger alone (senses.yaml):
wars named by their arena, figurative indictments, rules told to the reader, private affairs,
incidents investigated, and fighting with no force in it.

Each sentence is coded through the real model with and without the sense hook, so a test shows
both that a pattern fires and that the hook drops (or keeps, or recodes) it.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.events.sense_book import compile_senses
from newsevents.events.sense_tests import modifier_words
from tests.events.coding import codes as _codes
from tests.events.coding import with_and_without_senses as _both


@pytest.mark.parametrize("text, raw_root", [
    ("The Democratic Party in Ohio waged a culture war against the Republican Party.", "19"),
    ("The driver in London may refuse travel if your suitcase is too big.", "12"),
    ("The driver has the right to refuse travel in Manchester if your pram exceeds the "
     "dimensions.", "12"),
    ("The man in New York turned down the job offer.", "12"),
    ("The Hyogo Prefectural Police in Japan is investigating the incident as a case of theft.",
     "09"),
    ("Police in Ohio are investigating the shooting at the mall.", "09"),
    ("The move will be the first big battle between Trump and Pelosi in Washington.", "19"),
    ("The government of Ontario is grappling with a deficit.", "19"),
])
def test_no_political_reading_is_dropped(text: str, raw_root: str, nlp: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    raw, gated = _both(text, monkeypatch)
    assert any(c.startswith(raw_root) for c in raw), f"the premise: {raw_root} fires: {raw}"
    assert not [c for c in gated if "09" <= c[:2] <= "20"], (text, gated)


@pytest.mark.parametrize("text, root", [
    ("The Russian army waged a war against Ukraine in 2022.", "19"),
    ("The Syrian army launched an attack on the rebels in Idlib.", "19"),
    ("Turkey attacked Syria on Wednesday.", "19"),
    ("A federal grand jury in Texas handed down an indictment of the former governor.", "17"),
    ("The Kenyan government turned down the offer of the IMF.", "12"),
    ("Police in Ohio are investigating the mayor of Columbus.", "09"),
    ("Police in London arrested the Russian diplomat on Monday, as you may have read.", "17"),
    ("Students in Chile protested against tuition fees on Monday.", "14"),
])
def test_political_readings_stay(text: str, root: str, nlp: Any) -> None:
    assert any(c.startswith(root) for c in _codes(text)), (text, _codes(text))


def test_a_telling_indictment_is_criticism(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    raw, gated = _both("The senators' report in Kenya is a damning indictment of the Interior "
                       "Ministry.", monkeypatch)
    assert "173" in raw
    assert "111" in gated and "173" not in gated


def test_modifier_words_are_the_nouns_own_modifiers(nlp: Any) -> None:
    doc = nlp("To end our culture war, the left must win it.")
    war = next(t for t in doc if t.lower_ == "war")
    assert "culture" in modifier_words(war)
    assert "our" not in modifier_words(war)  # a possessor says whose, not what kind


def test_sections_fail_loudly_on_unknown_codes_and_classes() -> None:
    with pytest.raises(ValueError):
        compile_senses({"force": {"codes": ["99x"], "classes": []}})
    with pytest.raises(ValueError):
        compile_senses({"force": {"codes": ["19"], "classes": ["nowhere"]}})
    with pytest.raises(ValueError):
        compile_senses({"private": {"codes": ["1x"]}})


@pytest.mark.parametrize("text", [
    "The Norwegian government supported medical assistance to the flood victims in Pakistan.",
    "Japan gave 20 million dollars to support the returning refugees in Sudan.",
])
def test_support_given_as_money_is_aid(text: str, monkeypatch: pytest.MonkeyPatch,
                                       nlp: Any) -> None:
    raw, gated = _both(text, monkeypatch)
    assert "051" in raw, raw
    assert "051" not in gated and "070" in gated, gated


@pytest.mark.parametrize("text", [
    "The senator supported the new bill on schools.",
    "Germany backed the Kenyan bid for a council seat.",
])
def test_support_in_words_stays_an_endorsement(text: str, nlp: Any) -> None:
    assert "051" in _codes(text), text


@pytest.mark.parametrize("text", [
    "Hungary opened its borders to thousands of refugees from Ukraine.",
    "Chad opened its border to families fleeing the fighting in Darfur.",
])
def test_a_border_opened_to_refugees_is_asylum(text: str, monkeypatch: pytest.MonkeyPatch,
                                               nlp: Any) -> None:
    raw, gated = _both(text, monkeypatch)
    assert "050" in raw, raw
    assert "050" not in gated and "075" in gated, gated


def test_a_border_opened_to_a_neighbour_stays_cooperation(nlp: Any) -> None:
    assert "050" in _codes("China reopened its border with Vietnam after the talks.")
