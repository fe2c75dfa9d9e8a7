"""A place is where an act happened, not who did it or whom it hit (issue 12): a capital
modifying an event noun ("the Ankara terrorist attack") is no doer (``doers.place_modifier``),
and a country inside the place phrase of a thing struck ("a military base in X in the centre of
Afghanistan's province") leaves the thing's owner as the target (``weapons._where_it_is``).

Behaviour through the real model on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from tests.events.coding import events_of as _events


def test_a_capital_before_an_attack_noun_is_where_not_who() -> None:
    events = _events("Relatives of those who perished in the Ankara terrorist attack gathered "
                     "on Sunday.", "19")
    assert all(e.source is None or e.source.code != "TURGOV" for e in events)


def test_a_country_in_the_place_phrase_of_a_base_struck_is_not_the_target() -> None:
    [event] = _events("A car bomb was on Tuesday rammed into a military base in Maidan Shahr in "
                      "the centre of Afghanistan's Wardak province.", "18")
    assert event.target is not None and event.target.code == "AFGMIL"
