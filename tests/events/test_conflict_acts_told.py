"""Conflictual acts the blind Wikinews sets showed us missing (issue 12, round of ev-roots7):
vocabulary with its source and general syntax, never one sentence's words.

- A charge laid, pressed or brought is legal action (`coerce.lay-charges`: PETRARCH2's PRESS *
  CHARGES, FILE * CHARGE AGAINST; WordNet charge.v.02), not an appeal.
- A protest or demand by the people naming no addressee is addressed to the government of the
  country where it happened (`implied_addressees` in `arguments.yaml`).
- A state's executive voices the state's threat (`intents._voice_of_state`, `state_voices` in
  `plover_stance.yaml`).

Sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import pytest

from newsevents import extract_text
from newsevents.events.argument_rules import argument_rules


def _events(text: str) -> list[tuple[str, str | None, str | None, str, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality,
             e.evidence.method)
            for e in doc.events]


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Police in Kenya laid charges against the former governor.", "173", "KENCOP", "KEN"),
    ("Kenyan prosecutors pressed charges against the opposition leader.", "173", "KENJUD",
     "KENOPP"),
])
def test_acts_told_through_a_verb_phrase(text: str, code: str, source: str,
                                         target: str) -> None:
    found = _events(text)
    assert any(c == code and (s or "").startswith(source) and (t or "").startswith(target)
               and m == "asserted" for c, s, t, m, _w in found), found


@pytest.mark.parametrize(("text", "not_root"), [
    # pressing someone to act stays an appeal, not legal action
    ("Russia pressed Iran to release the tanker.", "17"),
])
def test_other_senses_stay_out(text: str, not_root: str) -> None:
    found = _events(text)
    assert not any(c.startswith(not_root) for c, *_ in found), found


def test_the_charge_pattern_goes_before_the_appeal_sense_of_press() -> None:
    found = _events("Kenyan prosecutors pressed charges against the opposition leader.")
    assert not any(c.startswith("02") for c, *_ in found), found


def test_the_states_executive_voices_its_threat() -> None:
    # "warned that the United States would impose tariffs": the head of government announces
    # the state's own act, a threat (1312) beside the hypothetical sanction (163)
    found = _events("Trump warned that the United States would impose tariffs on Mexico.")
    assert any(c == "1312" and m == "asserted" and (t or "").startswith("MEX")
               for c, _s, t, m, _w in found), found
    assert any(c == "163" and m == "hypothetical" for c, _s, _t, m, _w in found), found


def test_someone_elses_forecast_is_no_threat() -> None:
    # the opposition does not speak for the state
    found = _events("The Venezuelan opposition leader warned that Venezuela would expel the "
                    "American diplomats.")
    assert not any(c.startswith("13") for c, *_ in found), found


@pytest.mark.parametrize(("text", "root", "target"), [
    # a protest or demand by the people or the opposition naming no addressee is addressed to
    # the government of the country where it happened (implied_addressees, arguments.yaml)
    ("Kokesh, an American libertarian activist, has also been involved in demonstrations in "
     "support of free speech.", "14", "USAGOV"),
    ("Opposition supporters marched through Caracas demanding new elections.", "10", "VENGOV"),
])
def test_a_civil_protest_or_demand_is_addressed_to_the_government(text: str, root: str,
                                                                   target: str) -> None:
    found = _events(text)
    assert any(c.startswith(root) and t == target for c, _s, t, _m, _w in found), found


def test_a_state_demanding_of_no_one_named_addresses_no_government_of_its_own() -> None:
    found = _events("Russia demanded an apology.")
    assert any(c.startswith("10") for c, *_ in found), found
    assert not any(c.startswith("10") and t is not None for c, _s, t, _m, _w in found), found


def test_the_implied_addressee_rule_names_its_doers() -> None:
    sector, codes, doers = argument_rules().implied_addressees["protest"]
    assert sector == "GOV" and codes == ("14",) and "CVL" in doers and "GOV" not in doers
    assert argument_rules().implied_addressees["plead"][2] == frozenset()  # a plea: anyone's
