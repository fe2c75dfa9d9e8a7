"""Arrivals, flights and trips of officials (issue 12, CAMEO 042 "make a visit", 043 "host a
visit", 04 talks): "arrived in", "landed in" and "flew to" by an official are visits under the
same senses as "travelled to" (only officials and organisations; to a coded state; not at
home); the talks a trip is for are the traveller's (one event with the visit when they are
with the host); a place visited is the host state's
government, as a country named as such is. Sentences written for these tests, published in
2019, through the real model."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text

Coded = tuple[str, str | None, str | None, str]


def _events(text: str, prefix: str) -> list[Coded]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality) for e in extract_text(text, published="2019-03-01").events
            if e.cameo.startswith(prefix)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.",
     ("042", "CHNGOV", "RUSGOV", "asserted")),
    ("German Foreign Minister Heiko Maas landed in Kabul on Tuesday.",
     ("042", "DEUGOV", "AFGGOV", "asserted")),
    ("Indian Prime Minister Narendra Modi flew to Moscow on Wednesday.",
     ("042", "INDGOV", "RUSGOV", "asserted")),
    ("Indian Prime Minister Narendra Modi will fly to Moscow next week.",
     ("042", "INDGOV", "RUSGOV", "future")),
    ("The Polish president arrived in Kiev on Tuesday.", ("042", "POLGOV", "UKRGOV", "asserted")),
])
def test_an_official_s_arrival_or_flight_abroad_is_a_visit(text: str, expected: Coded,
                                                          nlp: Any) -> None:
    assert _events(text, "042") == [expected]


@pytest.mark.parametrize("text", [
    "The police arrived in Kabul on Monday.",
    "Hundreds of migrants arrived in Italy on Sunday.",
    "The Manchester United squad landed in Madrid on Tuesday.",
    "The plane landed in Kabul on Tuesday.",
    "The storm arrived in Florida on Sunday.",
    # at home: no other party is visited
    "The Kenyan president flew to Mombasa on Monday.",
    "Russian President Vladimir Putin arrived in Sochi on Friday.",
    "The Kenyan president travelled to Mombasa on Monday.",
])
def test_other_arrivals_and_trips_at_home_are_no_visit(text: str, nlp: Any) -> None:
    assert _events(text, "042") == []


def test_a_visit_to_a_capital_and_to_its_country_have_one_host(nlp: Any) -> None:
    to_capital = _events("Japanese Foreign Minister Taro Kono travelled to Seoul on Monday.",
                         "042")
    to_country = _events("Japanese Foreign Minister Taro Kono travelled to South Korea on "
                         "Monday.", "042")
    assert to_capital == to_country == [("042", "JPNGOV", "KORGOV", "asserted")]


def test_the_talks_a_trip_is_for_are_the_traveller_s(nlp: Any) -> None:
    text = "The US envoy arrived in Doha on Sunday for talks with the Taliban."
    found = _events(text, "04")
    assert ("042", "USAGOV", "QATGOV", "asserted") in found
    assert [e for e in found if e[0] == "040" and e[1] == "USAGOV"], found
    text = "The US peace envoy will travel to Doha next week for talks with the Taliban."
    assert [e for e in _events(text, "040") if e[1] == "USAGOV" and e[3] == "future"]


def test_talks_with_the_host_are_the_visit_itself(nlp: Any) -> None:
    # one act: the trip told with its purpose (PETRARCH's ARRIVE (FOR TALKS) is one event)
    text = ("Japanese Foreign Minister Taro Kono travelled to Seoul for talks with his South "
            "Korean counterpart.")
    assert _events(text, "04") == [("042", "JPNGOV", "KORGOV", "asserted")]
    text = "The French president flew to Berlin on Monday for talks with the chancellor."
    assert _events(text, "04") == [("042", "FRAGOV", "DEUGOV", "asserted")]


def test_a_trip_for_a_game_has_no_talks(nlp: Any) -> None:
    assert _events("Fans travelled to Cardiff for the final.", "04") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping hosted his Russian counterpart in Beijing on Friday.",
     ("043", "CHNGOV", "RUSGOV", "asserted")),
    ("The Japanese prime minister was welcomed by Chinese President Xi Jinping in Beijing.",
     ("043", "CHNGOV", "JPNGOV", "asserted")),
    ("The Egyptian president received the Sudanese prime minister in Cairo.",
     ("043", "EGYGOV", "SDNGOV", "asserted")),
])
def test_hosting_a_visitor(text: str, expected: Coded, nlp: Any) -> None:
    assert _events(text, "043") == [expected]


def test_being_visited_is_the_visitor_s_visit(nlp: Any) -> None:
    assert _events("Pakistan was visited by the Saudi crown prince last week.", "042") == [
        ("042", "SAUGOV", "PAKGOV", "asserted")]


def test_a_call_received_is_a_phone_talk_not_a_visit_hosted(nlp: Any) -> None:
    text = "The Iranian foreign minister received a call from his Turkish counterpart."
    assert _events(text, "04") == [("041", "IRNGOV", "TURGOV", "asserted")]
    assert _events("The Kenyan president received a letter from his Ugandan counterpart.",
                   "043") == []
    assert _events("Police received a call from a neighbour about the shooting.", "041") == []
