"""Of one doer's asserted events in a sentence, the one naming no target ranks below the one
naming both sides (``events._one_sided``) — through the real model, on sentences written for
these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2024-05-02").events)


def _best(events: list[Event]) -> Event:
    return max(events, key=lambda e: (e.evidence.confidence, -e.trigger.start))


def test_the_same_doers_two_sided_event_ranks_first() -> None:
    evs = _events("The Peruvian navy had released a Chilean trawler it seized off the coast "
                  "of Arica on Friday.")
    assert {e.cameo[:3] for e in evs} >= {"084", "192"}
    best = _best(evs)
    assert best.cameo.startswith("084") and best.target is not None


def test_a_protest_that_names_whom_ranks_over_the_strike() -> None:
    evs = _events("Kenyan teachers began a hunger strike on Monday in protest against new pay "
                  "rules imposed by the Kenyan government.")
    strike = [e for e in evs if e.cameo == "142"]
    assert strike and strike[0].target is None
    assert _best(evs).cameo == "141"


def test_another_doers_event_is_not_compared() -> None:
    # the targetless declaration is Kiir's; the two-sided rejection is the rebels': no change
    evs = _events("President Kiir declared a ceasefire on Monday, but the rebels rejected "
                  "his offer.")
    declared = [e for e in evs if e.cameo.startswith("087")]
    rejected = [e for e in evs if e.cameo.startswith("12")]
    assert declared and declared[0].target is None
    assert rejected and rejected[0].target is not None
    assert declared[0].evidence.confidence == rejected[0].evidence.confidence
