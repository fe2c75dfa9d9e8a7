"""The one a legal verb charges, arrests or convicts for an act noun is that act's (alleged)
doer, not an unnamed attacker (annotation guide, Part 1: "A accused B of killing C" — the killing
is B's) — through the real model, on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str, root: str) -> list[Event]:
    return [e for e in extract_text(text, published="2024-05-02").events
            if e.cameo.startswith(root)]


def test_the_charged_soldier_did_the_killing() -> None:
    (ev,) = _events("Prosecutors charged a British soldier with the killing of an Iraqi "
                    "civilian.", "18")
    assert ev.source is not None and ev.source.code == "GBRMIL", ev.source
    assert ev.target is not None and ev.target.code == "IRQCVL", ev.target


def test_the_convicted_man_did_the_murder_the_phrase_on_him_names() -> None:
    (ev,) = _events("A Dutch court convicted a Moroccan man of the murder of a Dutch "
                    "journalist.", "18")
    assert ev.source is not None and ev.source.mention == "a Moroccan man", ev.source


def test_through_the_charge_and_its_participle_to_the_subject_in_court() -> None:
    (ev,) = _events("A Briton, John Hale, aged 40, appeared in Leeds Crown Court yesterday, "
                    "charged with one count of murder relating to a stabbing of two Polish "
                    "workers in Leeds on Monday.", "18")
    assert ev.source is not None and "Briton" in ev.source.mention, ev.source


def test_a_question_about_a_killing_names_no_doer() -> None:
    evs = _events("The Kenyan minister was asked about the killing of a Somali trader by "
                  "reporters.", "18")
    assert all(e.source is None or e.source.code != "KENGOV" for e in evs), evs
