"""The topic of an appeal, intent, demand or refusal is the act asked for, not a noun inside
that act's object: "urged all nations to condemn the missile test" asks for diplomatic
support (022), not for missiles (0232). Objects still narrow an act of giving ("help Kyiv
with weapons" is military aid) and still make a topic the act takes part in ("abandon its
nuclear weapons" is disarming).

Through the real model, on sentences written for these tests (in no gold set); the topic
choice on its own through the pattern book.
"""

from __future__ import annotations

import pytest

from newsevents import extract_text
from newsevents.events.patterns import pattern_book


def _codes(text: str) -> list[str]:
    return [e.cameo for e in extract_text(text, published="2025-05-06").events]


@pytest.mark.parametrize(("text", "code"), [
    ("The foreign minister urged Germany to condemn the rocket launch.", "022"),
    ("The senator urged France to denounce the tank deployment.", "022"),
    ("The minister refused to condemn the missile test.", "120"),
])
def test_an_act_on_weapons_is_no_appeal_for_weapons(text: str, code: str) -> None:
    assert _codes(text)[0] == code


@pytest.mark.parametrize(("text", "code"), [
    ("The president urged Germany to help Ukraine with weapons.", "0232"),
    ("The envoy urged Iran to abandon its nuclear weapons.", "0256"),
    ("The envoy urged Israel to stop the shelling of Gaza.", "0256"),
])
def test_objects_still_name_what_is_given_or_given_up(text: str, code: str) -> None:
    assert _codes(text)[0] == code


def test_the_act_topic_outranks_an_object_topic() -> None:
    book = pattern_book()
    args = {"condemn", "missile", "test"}
    assert book.topic_code("appeal", args) == ("military-aid", "0232")
    assert book.family_topic("appeal", args, {"condemn"}) == ("diplomatic-support", "022")
    assert book.family_topic("appeal", args, set()) == ("military-aid", "0232")
