"""Senses that keep a trigger's code in its CAMEO class on wire sentences (issue 12): a request
turned down is a rejection, a summoned diplomat is a protest, and legal appeals, letters sent,
opinions shared, houses built, causes fought, wrongs committed and month names are no events of
the codes their words also carry. Sentences written for these tests, in no gold set."""

from __future__ import annotations

import pytest

from .coding import codes


@pytest.mark.parametrize("text", [
    "The prime minister rejected European calls for a truce and dismissed allegations of torture.",
    "A Spanish court on Monday rejected an extradition request for the former minister on the "
    "charge of fraud.",
])
def test_rejecting_a_request_is_a_rejection(text: str) -> None:
    found = codes(text)
    assert any(c.startswith("12") for c in found), found
    assert found.count("016") <= 1, found  # "dismissed allegations" stays a denial


def test_denied_permission_is_a_rejection() -> None:
    found = codes("The regional government denied permission to the opposition party for a rally.")
    assert found and all(c.startswith("12") for c in found), found


def test_summoned_diplomat_is_an_official_complaint() -> None:
    found = codes("Kenya summoned a senior Ugandan diplomat on Friday to complain about what "
                  "Nairobi says were border raids.")
    assert "114" in found and "040" not in found, found


def test_protest_a_ministry_summons_for_is_no_demonstration() -> None:
    found = codes("The Swedish foreign ministry summoned Norway's charge d'affaires in Stockholm "
                  "on Friday to protest the arrest of a journalist.")
    assert not any(c.startswith("14") for c in found), found


def test_summoning_a_witness_is_no_protest() -> None:
    assert "114" not in codes("The judge summoned a witness to testify on Monday.")


@pytest.mark.parametrize("text, root", [
    ("The former governor of Ohio appealed his bribery conviction on Monday.", "02"),
    ("The US president sent a letter to the World Bank threatening to cut its funding.", "07"),
    ("Officials from Chile said they agree with the recommendation of the panel.", "03"),
    ("The Israeli cabinet unanimously approved a proposal to build 500 housing units for "
     "settlers in the West Bank.", "15"),
    ("The UN documented atrocities committed by the army in the north.", "03"),
    ("Rights groups said the army has committed war crimes in the north.", "13"),
    ("Sweden spent millions on fighting the root causes of poverty abroad.", "19"),
    ("Prime Minister Modi and Home Minister Singh attend the party meeting at the library in "
     "New Delhi on March 13, 2018.", "14"),
])
def test_no_event_of_the_other_sense(text: str, root: str) -> None:
    found = codes(text)
    assert not any(c.startswith(root) for c in found), found


def test_building_up_troops_is_still_a_posture() -> None:
    found = codes("Russia is building up troops on its border with Ukraine, officials in Kyiv "
                  "said.")
    assert any(c.startswith("15") for c in found), found


def test_a_march_is_still_a_protest() -> None:
    found = codes("Protesters in Santiago held a march against the new tax on Friday.")
    assert any(c.startswith("14") for c in found), found


def test_appealing_to_a_party_is_still_an_appeal() -> None:
    found = codes("The Kenyan president appealed to the rebels to lay down their arms.")
    assert any(c.startswith("02") for c in found), found


def test_aid_sought_is_an_appeal_for_aid() -> None:
    found = codes("The Red Cross was seeking aid for flood victims in Malawi.")
    assert "023" in found and not any(c.startswith("07") for c in found), found


def test_troops_committed_are_still_a_pledge() -> None:
    found = codes("NATO committed 2,000 more troops to the mission in Kosovo.")
    assert any(c.startswith("03") for c in found), found


@pytest.mark.parametrize("text, code", [
    ("The European Union urged Iran to curb its nuclear program.", "0256"),
    ("Washington demanded that North Korea dismantle its nuclear weapons program.", "1056"),
    ("Pakistan agreed to dismantle its nuclear weapons program.", "0356"),
    ("Libya refused to dismantle its chemical weapons.", "1246"),
])
def test_giving_up_weapons_is_de_escalation_not_arms_aid(text: str, code: str) -> None:
    found = codes(text)
    assert code in found and not any(c.endswith("32") for c in found), found


def test_weapons_sent_are_still_military_aid() -> None:
    assert "0332" in codes("Washington agreed to send more weapons to Kyiv.")


def test_halting_own_operations_is_de_escalation() -> None:
    found = codes("The Syrian army said it has halted its military operations near the capital.")
    assert "087" in found and "1622" not in found, found


def test_suspending_military_aid_is_still_a_cut() -> None:
    assert "1622" in codes("The US suspended military aid to Egypt on Tuesday.")


def test_stepped_up_military_presence_is_a_posture() -> None:
    found = codes("Moscow has stepped up its military presence in the Baltic Sea.")
    # a show of force (15): 154 "increase armed forces" since strengthened forces are coded,
    # 150 before; never material cooperation (06)
    assert {"150", "154"} & set(found) and not any(c.startswith("06") for c in found), found


def test_protest_called_off_is_no_official_complaint() -> None:
    found = codes("Kenya's opposition party agreed to call off its protest against the killing "
                  "of four students.")
    assert "114" not in found, found


def test_agreeing_is_never_a_threat() -> None:
    found = codes("NATO has agreed to an expansion of its peacekeeping force in Kosovo.")
    assert "030" in found and not any(c.startswith("13") for c in found), found


def test_vowing_to_attack_is_still_a_threat() -> None:
    assert "1384" in codes("Hamas vowed to attack Israeli forces.")


def test_measures_to_remove_restrictions_impose_nothing() -> None:
    found = codes("The UAE introduced measures to remove trade and travel restrictions with "
                  "Israel.")
    assert "163" not in found, found


def test_imposed_sanctions_are_still_sanctions() -> None:
    assert "163" in codes("The European Union imposed new sanctions on Belarus on Monday.")


def test_a_blow_delivered_is_no_rejection() -> None:
    found = codes("A rebel commander surrendered to Colombian troops, delivering a fresh blow to "
                  "the insurgency.")
    assert "0874" in found and not any(c.startswith("12") for c in found), found


def test_pilots_trained_is_military_cooperation() -> None:
    found = codes("The US Army trains Afghan pilots to fly helicopters, a general said.")
    assert "062" in found and "0312" not in found, found
