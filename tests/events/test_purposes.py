"""An act and its purpose clause read with the same code are one act (issue 12, precision);
a purpose of another code, or an appeal passed on to a third party, stays an act of its own.
Sentences written for these tests, in no gold set."""

from __future__ import annotations

from .coding import codes, events_of


def test_opening_a_border_to_allow_aid_is_one_act() -> None:
    found = codes("Egypt has agreed to open its borders with Gaza to allow humanitarian aid into "
                  "the Palestinian enclave.")
    assert found.count("0863") == 1, found


def test_summoned_to_protest_is_one_protest() -> None:
    found = codes("The Swiss ambassador in Ankara was summoned to protest the arrest of a Turkish "
                  "journalist.")
    assert found.count("114") == 1, found


def test_a_purpose_of_another_code_stays() -> None:
    found = codes("Russia sent troops to Syria to attack the rebels in Idlib.")
    assert "154" in found and "190" in found, found


def test_an_appeal_passed_on_is_two_appeals() -> None:
    found = codes("The French government urged Brussels to urge Turkey to release the journalist.")
    assert found.count("0253") == 2, found


def test_the_reading_that_names_whom_is_kept() -> None:
    text = ("Uzbekistan opened the border bridge last week to allow the delivery of wheat to "
            "Tajikistan.")
    found = [e for e in events_of(text, "08")]
    assert len(found) == 1, found
    assert found[0].target is not None and found[0].target.code == "TJK", found[0].target


def test_a_for_clause_with_its_own_doer_stays() -> None:
    found = events_of("The Ethiopian government gave approval for the United Nations to deliver "
                      "aid to thousands of civilians near the border.", "07")
    assert any(e.trigger.text == "deliver" for e in found), found
