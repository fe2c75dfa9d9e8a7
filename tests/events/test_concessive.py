"""Concessive adjuncts are no arguments of the act (issue 12, precision): a phrase or clause the
act happens in spite of ("despite the rebels' attack", "though he was praised for the comedy
Family Talk") names neither what the act is nor whom it is for. Sentences written for these
tests, in no gold set."""

from __future__ import annotations

import pytest

from .coding import codes, events_of


def test_despite_phrase_gives_no_topic_and_no_target() -> None:
    text = ("The Dutch minister pledged continued support for peace efforts in Mali, despite "
            "the rebels' recent attack on two army posts.")
    found = codes(text)
    assert found and all(c.startswith("03") for c in found), found  # no 1384 threat
    for event in events_of(text, "03"):
        assert event.target is None or event.target.mention != "the rebels", event.target


@pytest.mark.parametrize("text", [
    "Though he was praised for the comedy Family Talk, the Canadian prime minister considered "
    "his best speech to be his farewell address.",
    "Though critics praised her memoir about the peace talks, the German chancellor considered "
    "her best book to be a novel.",
    "Although he had been offered a visit to the factory, the French president considered the "
    "weather too cold.",
])
def test_though_clause_words_are_not_the_object_weighed(text: str) -> None:
    assert "014" not in codes(text), codes(text)


def test_an_option_weighed_is_still_considered() -> None:
    text = ("Although the opposition had called for new sanctions, the French president "
            "considered the proposal.")
    assert "014" in codes(text)


def test_despite_keeps_the_act_itself() -> None:
    found = codes("Despite protests from Beijing, the Japanese prime minister visited Seoul.")
    assert "042" in found, found
