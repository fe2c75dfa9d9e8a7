"""Targets kept on real news (issue 12): the country of the place an act falls on, for the codes
whose act falls on a place (``place_target_roots``, ``place_where_roots`` in
``arguments.yaml``), and the noun a relative clause's object stands for."""

from __future__ import annotations

from newsevents.events.argument_rules import argument_rules
from tests.events.coding import events_of


def test_aid_stopped_in_a_city_is_stopped_for_that_country() -> None:
    # PLOVER GSR SANCTION-0005: the cut falls on the place the aid went to
    found = events_of("Red Cross officials suspended aid deliveries in Baghdad on Wednesday "
                      "after two of their vehicles were hit by gunfire.", "16")
    assert [(e.cameo, e.target.code if e.target else None) for e in found] == [("162", "IRQ")]
    assert found[0].target is not None and found[0].target.resolution.method == "metonymy"


def test_halted_talks_keep_no_place_target() -> None:
    # where talks were held is not with whom: 164/165 are no place codes
    rules = argument_rules()
    assert not any(code.startswith(("164", "165")) for code in rules.place_where_roots)
    assert not any(code.startswith("16") for code in rules.place_target_roots)


def test_whom_a_relative_clause_acts_on_is_the_noun_it_describes() -> None:
    # the relative pronoun is the passive subject: the soldiers were attacked
    found = events_of("The soldiers, who were attacked by Taliban fighters, returned fire.", "19")
    attacked = [e for e in found if e.trigger.text == "attacked"]
    assert attacked and attacked[0].target is not None
    assert attacked[0].target.mention == "The soldiers"


def test_two_conjoined_verbs_share_the_object_after_them() -> None:
    # "arrested" has no object of its own: the men were arrested and charged (a charge by the
    # police is legal action too, 173: senses.yaml legal-charge, the guide's "charges: 173")
    found = events_of("Police arrested and charged two men.", "17")
    assert [(e.trigger.text, e.target.mention if e.target else None) for e in found] == [
        ("arrested", "men"), ("charged", "men")]


def test_an_act_that_needs_no_object_shares_none() -> None:
    # resigning is done to no one (an intransitive pattern): the president was only criticised
    found = events_of("The minister resigned and criticised the president.", "08")
    assert [e.target for e in found] == [None]
