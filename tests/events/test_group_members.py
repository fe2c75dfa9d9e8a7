"""One event per member of a multi-actor group, also when the members are of one country
(annotation guide, "One event per (action, source, target)"; issue 12: events found, then
dropped). The events stage keeps one event per trigger, code and pair of countries, so two
mentions of one dyad are one event; two named persons are two members, not two mentions.

Behaviour through the real model on sentences written for these tests (in no gold set); the
rule on plain values.
"""

from __future__ import annotations

from newsevents.events import _another_member
from tests.events.coding import events_of


def test_two_named_lawmakers_of_one_country_are_two_events() -> None:
    found = events_of("Senator Mark Tillman and Representative Joan Oakes both criticised the "
                      "President's plan on Sunday.", "11")
    assert sorted(e.source.mention for e in found if e.source is not None) == [
        "Representative Joan Oakes", "Senator Mark Tillman"]


def test_a_named_person_is_another_member_only_beside_another_named_person() -> None:
    # two persons named apart on the source side: two members
    assert _another_member(("at 0", None), [("at 30", None)])
    # the same person again (one coreference entity), or a person beside a body of the same
    # country (the earlier event names no person on that side): one event, as before
    assert not _another_member(("entity 3", None), [("entity 3", None)])
    assert not _another_member((None, "at 40"), [(None, None)])
    assert not _another_member(("at 0", None), [("at 30", None), ("at 0", None)])


# --------------------------------------- a state acting on a named person of its own country

def test_a_state_sanctioning_a_named_person_of_its_own_country_keeps_the_person() -> None:
    # UKR → UKR by code, yet two parties named apart: the sanction stands, with its target
    [sanction] = events_of("Ukraine has imposed sanctions on former President Viktor "
                           "Yanukovich.", "16")
    assert sanction.target is not None and "Yanukovich" in sanction.target.mention
    [accusation] = events_of("Hungary accused former prime minister Ferenc Gyurcsany of "
                             "treason.", "11")
    assert accusation.target is not None and "Gyurcsany" in accusation.target.mention


def test_a_person_acting_on_their_own_country_is_still_no_dyad() -> None:
    # the rule is for a state or body acting on a person, never a person on a state
    [visit] = events_of("President Putin visited Russia's Far East on Monday.", "04")
    assert visit.target is None
