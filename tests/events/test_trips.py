"""A trip to another state by one of its officials is a visit (042, consult.travel-to); other
travellers' trips are not (senses.yaml trip-is-no-visit). Sentences written for these tests,
published in 2019 (Abe, Merkel and Modi in office then)."""

from __future__ import annotations

from newsevents import extract_text


def _visits(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality) for e in extract_text(text, published="2019-03-01").events
            if e.cameo == "042"]


def test_an_official_trip_abroad_is_a_visit() -> None:
    assert _visits("Japanese Prime Minister Shinzo Abe travelled to Washington on Monday.") == [
        ("042", "JPNGOV", "USAGOV", "asserted")]
    assert _visits("German Chancellor Angela Merkel travelled to Ukraine last week.") == [
        ("042", "DEUGOV", "UKRGOV", "asserted")]
    assert _visits("Indian Prime Minister Narendra Modi travelled to Tokyo on Tuesday.") == [
        ("042", "INDGOV", "JPNGOV", "asserted")]


def test_a_trip_yet_to_come_is_a_future_visit() -> None:
    assert _visits("Japanese Prime Minister Shinzo Abe is due to travel to Washington next "
                   "week.") == [("042", "JPNGOV", "USAGOV", "future")]


def test_migrants_troops_and_fans_make_no_visit() -> None:
    assert _visits("Hundreds of migrants travelled to Greece by boat.") == []
    assert _visits("French troops travelled to Mali on Sunday.") == []
    assert _visits("Fans travelled to Cardiff for the final.") == []


def test_a_trip_to_a_place_no_actor_is_coded_for_is_no_visit() -> None:
    assert _visits("The Grace Baptist Church choir had been travelling from Texas to Disneyland "
                   "when the bus crashed.") == []
    assert _visits("The president will travel to the border on Thursday.") == []
    assert _visits("Pope Francis travelled to Morocco on Saturday.") == [
        ("042", "VATREL", "MARGOV", "asserted")]
