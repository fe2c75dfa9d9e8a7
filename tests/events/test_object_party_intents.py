"""Targets inside the object phrase, announced intents, claimed acts, reciprocal dictionary
entries and the breach / alert patterns — through the real model, on sentences written for
these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2024-05-02").events)


def _one(text: str, root: str) -> Event:
    found = [e for e in _events(text) if e.cameo.startswith(root)]
    assert found, f"no {root} event in {text!r}: {[e.cameo for e in _events(text)]}"
    return found[0]


# --------------------------------------------------------------- the party inside the object

def test_uncoded_party_inside_the_object_is_the_target() -> None:
    ev = _one("A Spanish court rejected an extradition request for the businessman "
              "Marco Tellini.", "12")
    assert ev.target is not None and "businessman" in ev.target.mention


def test_party_of_the_act_agreed_to_is_the_target() -> None:
    ev = _one("Argentina has agreed to lift its ban on Brazilian beef.", "03")
    assert ev.target is not None and ev.target.country == "BRA"


def test_slot_naming_the_doer_gives_way_to_the_other_party() -> None:
    ev = _one("Hungary opened its borders to refugees from Serbia.", "075")
    assert ev.source is not None and ev.source.country == "HUN"
    assert ev.target is not None and ev.target.country == "SRB"


# --------------------------------------------------------------- announced intents

def test_own_announcement_of_a_release_is_an_asserted_intent() -> None:
    evs = _events("Venezuela said it will release the detained Colombian soldiers.")
    intent = [e for e in evs if e.cameo == "0353"]
    assert intent and intent[0].modality == "asserted"
    assert intent[0].source is not None and intent[0].source.country == "VEN"
    act = [e for e in evs if e.cameo.startswith("084")]
    assert act and act[0].modality == "future"  # the release itself did not happen


def test_someone_elses_forecast_is_no_intent() -> None:
    codes = [e.cameo for e in _events(
        "Analysts said Venezuela will release the detained Colombian soldiers.")]
    assert not any(c.startswith("03") for c in codes)


# --------------------------------------------------------------- claimed acts

def test_claiming_ones_own_attack_is_a_claim_of_responsibility() -> None:
    evs = _events("The Houthis claimed that they had attacked a Saudi airport.")
    claim = [e for e in evs if e.cameo == "015"]
    assert claim and claim[0].modality == "asserted"
    assert claim[0].target is not None and claim[0].target.country == "SAU"


def test_claim_of_a_future_attack_is_no_claim_of_responsibility() -> None:
    codes = [e.cameo for e in _events(
        "The Houthis claimed that they will attack Saudi airports.")]
    assert "015" not in codes


# --------------------------------------------------------------- dictionary and patterns

def test_reciprocal_dictionary_entry_reads_its_partner_after_with() -> None:
    ev = _one("Canadian investigators shared evidence with Germany about the smuggling "
              "ring.", "06")
    assert ev.target is not None and ev.target.country == "DEU"


def test_breaching_an_embargo_is_defiance_and_a_ceasefire_stays_fighting() -> None:
    assert _one("Iran violated the arms embargo last year.", "12").cameo == "128"
    codes = [e.cameo for e in _events("Syria violated the ceasefire agreement on Sunday.")]
    assert "196" in codes and "128" not in codes


def test_forces_kept_on_alert_show_force() -> None:
    ev = _one("Indian troops stayed on alert along the frontier.", "15")
    assert ev.cameo == "152" and ev.source is not None and ev.source.country == "IND"


def test_troops_sent_to_keep_the_peace_are_protection_not_posture() -> None:
    codes = [e.cameo for e in _events(
        "Ghana deployed 200 soldiers to the UN peacekeeping mission in Lebanon.")]
    assert "074" in codes and not any(c.startswith("15") for c in codes)
    codes = [e.cameo for e in _events("Ghana deployed 200 soldiers to its northern border.")]
    assert any(c.startswith("15") for c in codes)


def test_name_the_actors_stage_left_uncoded_is_the_target() -> None:
    # "Brandwell" (an invented name; "Harvard", the first example, is in institutions.csv since
    # round 14) is found by the actors stage but coded by nobody: still whom it was done to
    ev = _one("The Justice Department will investigate Brandwell for failing to disclose "
              "its donors.", "09")
    assert ev.target is not None and ev.target.mention == "Brandwell"
    assert ev.target.code is None


def test_second_of_conjoined_nationalities_is_the_other_party() -> None:
    # the first nationality is the doer's own state; the conjoined one names the other party
    ev = _one("Serbian officials rejected the joint Serbian and Croatian proposal for the "
              "border.", "12")
    assert ev.target is not None and ev.target.country == "HRV"


def test_group_with_a_sector_and_no_country_is_the_last_resort_target() -> None:
    # "newspapers" is MED with no country: not an anchor, but whom the ban acts on
    ev = _one("A judge in Peru has banned local newspapers from publishing the photographs.",
              "17")
    assert ev.target is not None and ev.target.mention == "newspapers"
    assert ev.target.sector == "MED"
