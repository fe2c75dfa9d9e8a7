"""Bare "agents" after a police agency are its staff (COP); after an intelligence body, or with
none named, they keep the dictionary's SPY. The sentences are written for these tests and are
in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_agents_after_a_police_agency_are_police(resolve: Resolver) -> None:
    text = ("The Drug Enforcement Administration said on Friday that it had seized a cargo "
            "plane in Texas. The agents found 200 kilograms of heroin in its hold.")
    actors = resolve(text, "2022-05-10")
    assert find(actors, "agents").code == "USACOP"


def test_agents_after_an_intelligence_body_stay_spies(resolve: Resolver) -> None:
    text = ("The CIA said on Friday that it had lost contact with a station in Vienna. "
            "The agents had sent no report for a week.")
    actors = resolve(text, "2022-05-10")
    assert find(actors, "agents").code.endswith("SPY")
