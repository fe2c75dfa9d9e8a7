"""The party inside an act's object phrase: another person of the doer's own government, and
an event noun's phrase the parser hung on the verb that takes the noun — through the real
model, on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _one(text: str, root: str) -> Event:
    found = [e for e in extract_text(text, published="2024-05-02").events
             if e.cameo.startswith(root)]
    assert found, f"no {root} event in {text!r}"
    return found[0]


def test_a_minister_of_the_same_government_is_the_target() -> None:
    ev = _one("Croatian Prime Minister Anna Kovac demanded the resignation of Finance Minister "
              "Petar Horvat on Monday.", "10")
    assert ev.target is not None and ev.target.code == "HRVGOV"
    assert "Horvat" in ev.target.mention


def test_the_doer_itself_is_still_no_target() -> None:
    ev = _one("Croatian Prime Minister Anna Kovac announced her resignation on Monday.", "083")
    assert ev.target is None or "Kovac" not in ev.target.mention


def test_an_inquiry_launched_into_someones_conduct_targets_them() -> None:
    # the parser hangs "into the conduct of …" on "launching", not on "inquiry"
    ev = _one("Kenyan senators said they would be launching an impeachment inquiry into the "
              "conduct of Governor John Mwangi.", "09")
    assert ev.target is not None and ev.target.code == "KENGOV"


def test_a_place_phrase_on_the_verb_is_no_target() -> None:
    ev = _one("The Kenyan Senate opened an investigation in Nairobi on Tuesday.", "09")
    assert ev.target is None


def test_an_office_named_without_a_person_is_no_party() -> None:
    # published on the day the term ends: the leader is read as former, the office as another
    # person of the same government
    text = ("Prime Minister Shinzo Abe is to step down today, with Yoshihide Suga succeeding "
            "him as the Prime Minister of Japan.")
    ev = next(e for e in extract_text(text, published="2020-09-16").events
              if e.cameo.startswith("083"))
    assert ev.target is None
