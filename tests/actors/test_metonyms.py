"""Capitals and seats of government stand for governments, unless they are plain places."""

from __future__ import annotations

import pytest

from newsevents.actors.lookup import actor_for_span

from .conftest import Resolver, find


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Moscow has rejected the proposal.", "Moscow", "RUSGOV"),
        ("The Kremlin said the plan was unacceptable.", "The Kremlin", "RUSGOV"),
        ("The White House declined to comment.", "The White House", "USAGOV"),
        ("Washington imposed new tariffs.", "Washington", "USAGOV"),
        ("Kyiv said it was ready for talks.", "Kyiv", "UKRGOV"),
        ("Kiev accused Moscow of shelling.", "Kiev", "UKRGOV"),
        ("Beijing hit back with tariffs.", "Beijing", "CHNGOV"),
        ("Pyongyang must cease its provocations.", "Pyongyang", "PRKGOV"),
        ("Downing Street said the prime minister would attend.", "Downing Street", "GBRGOV"),
        ("The Elysee confirmed the call.", "The Elysee", "FRAGOV"),
        ("The Pentagon will send more munitions.", "The Pentagon", "USAMIL"),
        ("Despite Moscow's objections, the drills went ahead.", "Moscow", "RUSGOV"),
        ("The steps were important for Warsaw's security.", "Warsaw", "POLGOV"),
    ],
)
def test_metonym_is_the_government(resolve: Resolver, text: str, mention: str, code: str) -> None:
    actor = find(resolve(text), mention)
    assert actor.code == code
    assert actor.resolution.method == "metonymy"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The talks were held in Moscow on Tuesday.", "Moscow"),
        ("Thousands rallied in Warsaw on Sunday.", "Warsaw"),
        ("The delegation landed at Beijing airport.", "Beijing"),
        ("George Washington crossed the Delaware.", "Washington"),
    ],
)
def test_capital_as_place_is_no_actor(resolve: Resolver, text: str, place: str) -> None:
    actors = resolve(text)
    start = text.index(place)
    actor = actor_for_span(actors, start, start + len(place), start)
    assert actor is None or actor.code is None or not actor.code.endswith("GOV")


def test_dateline_is_no_actor(resolve: Resolver) -> None:
    text = "KYIV, Ukraine (AP) — Ukraine said on Tuesday that talks would resume."
    actors = resolve(text)
    assert actor_for_span(actors, 0, 4, 0) is None


def test_investigative_committee_is_russian_judiciary_unless_the_story_is_elsewhere(
        resolve: Resolver) -> None:
    """Russia's Investigative Committee brings criminal cases (JUD); Belarus has one too."""
    russian = ("Police in Moscow detained two men on Monday. The Investigative Committee said "
               "it had opened a criminal case against them in Moscow.")
    assert find(resolve(russian, "2019-05-01"), "Investigative Committee").code == "RUSJUD"
    belarus = ("Police in Minsk, Belarus detained two men on Monday in Minsk and Gomel. The "
               "Investigative Committee said it had opened a criminal case against them.")
    assert find(resolve(belarus, "2019-05-01"), "Investigative Committee").code == "BLRJUD"
