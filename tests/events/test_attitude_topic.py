"""The topic of a pessimistic, optimistic or empathetic comment kept as its uncoded target when
nothing else is named (``object_party.attitude_topic``, ``attitude_topic`` in arguments.yaml;
issue 12).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from tests.events.coding import events_of


def test_the_topic_of_an_optimistic_comment_is_its_uncoded_target() -> None:
    [event] = events_of("The Kenyan president was optimistic about the talks on Monday.", "01")
    assert event.cameo == "013"
    assert event.target is not None and event.target.mention == "the talks"
    assert event.target.code is None and event.target.country is None


def test_the_topic_after_the_light_verb_of_a_noun() -> None:
    events = events_of("The Italian labour minister expressed pessimism on Friday over the "
                       "future of the airline.", "01")
    assert events and all(e.target is not None and "future" in e.target.mention for e in events)


def test_a_time_phrase_is_no_topic() -> None:
    events = events_of("The Kenyan president was optimistic on Monday.", "01")
    assert events and all(e.target is None for e in events)


def test_a_coded_party_inside_the_topic_still_wins() -> None:
    events = events_of("The Kenyan president was optimistic about Uganda's plan.", "01")
    assert events and all(e.target is not None and e.target.country == "UGA" for e in events)
