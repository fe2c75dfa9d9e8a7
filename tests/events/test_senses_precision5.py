"""Senses a reader of non-political news sees coded wrong (issue 12, round of ev-prec5).

A space probe is a spacecraft, not an inquiry (`space-probe`); a killing whose object is only an
animal is done to no person (`harm-done-to-a-creature`, a participant rule on the verb's object
when no target was read); meeting a need is no meeting (`meet-a-requirement`); a source's request
for anonymity is no appeal (`anonymity-requested`); a deal between companies is no intent or aid
(`business-deal`, rule test `complement`; `extend-a-bid`). Each sentence is coded with and
without the sense hook through the real model: the pattern fires without it, and the hook removes
it; the political sense stays.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.events.sense_book import sense_book
from tests.events.coding import assert_kept, assert_vetoed


@pytest.mark.parametrize("text, code", [
    ("NASA launched a probe to study the Sun.", "09"),
    ("The agency launched its Mars probe in 2020.", "09"),
    ("Police shot dead a bear that wandered into the town.", "18"),
    ("A bear was shot dead by police in the town.", "18"),
    # meet a need, not a meeting (meet-a-requirement)
    ("The United States will help Kenya meet the needs of bombing victims.", "04"),
    ("Britain failed to meet the deadline set by the European Union.", "04"),
    # a deal between companies, no intent or aid (business-deal, extend-a-bid)
    ("Microsoft agreed to acquire LinkedIn for $26 billion.", "03"),
    ("Boeing agreed to sell 30 aircraft to a Chinese airline.", "03"),
    ("Two rival bidders for Connaught BioSciences extended their offers to acquire the "
     "Toronto-based vaccine manufacturer.", "07"),
    # a source's condition for speaking, no appeal (anonymity-requested)
    ("Both Kenyan officials requested anonymity.", "02"),
    ("A British Foreign Office spokesman, speaking with customary anonymity, said the talks "
     "continued.", "04"),
])
def test_nonpolitical_sense_is_vetoed(text: str, code: str, monkeypatch: pytest.MonkeyPatch,
                                      nlp: Any) -> None:
    assert_vetoed(text, code, monkeypatch)


@pytest.mark.parametrize("text, code", [
    ("The Senate launched a probe into the company's finances.", "09"),
    ("Police shot dead a man who attacked officers.", "18"),
    ("Gunmen killed three people in the market.", "18"),
    ("The Kenyan president met the Ugandan president in Kampala.", "04"),
    ("The Kenyan government said it could not meet the demands of the striking teachers.",
     "08"),
    ("Kenyan officials requested aid from the European Union.", "02"),
    ("Germany agreed to buy 35 F-35 fighter jets from the United States.", "03"),
    ("Russia agreed to sell S-400 missiles to Turkey.", "03"),
])
def test_political_sense_is_kept(text: str, code: str, nlp: Any) -> None:
    assert_kept(text, code)


def test_object_role_is_loaded() -> None:
    rules = {r.id: r for rs in sense_book().kinds.values() for r in rs}
    assert rules["harm-done-to-a-creature"].roles == ("object",)
