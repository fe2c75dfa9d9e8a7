"""Cooperative acts (roots 01-09) coded under the wrong root or not at all (issue 12, round of
ev-roots8): a word read in another sense, or a vocabulary the dictionaries lacked, each with
its source in the data file's comment.

- An election is an endorsement (`support.elect`, 051: CAMEO 051, PETRARCH ELECT * (TO HEAD),
  the annotation guide's "elections won … an endorsement = 051"), not PETRARCH's appointment
  (060); an election with no coded electors is no political act (`election-without-electors`);
  a body electing one of its own keeps the member as the target (`OWN_PERSON_CODES`).
- "Struck a deal" is an agreement reached (`intent.strike-deal`, 030, as PETRARCH's CUT/REACH
  * DEAL), not an attack (190); a company's deal is commerce (`business-deal`).
- "Offered an apology" is an apology (055, sense `offered-apology`), not an offer (03).
- A cooperative or verbal act (roots 01-09) whose uncoded target is a thing ("welcomed the
  agreement between Ethiopia and Eritrea") takes the coded party inside it
  (`object_party.party_inside_a_thing`, `thing_target_roots` in arguments.yaml).

Sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality)
            for e in doc.events]


def _has(found: list[tuple[str, str | None, str | None, str]], code: str, source: str,
         target: str | None) -> bool:
    return any(c.startswith(code) and (s or "").startswith(source)
               and (t is None if target is None else (t or "").startswith(target))
               for c, s, t, _m in found)


def test_an_election_by_a_legislature_is_an_endorsement() -> None:
    found = _events("The Ethiopian parliament elected Abiy Ahmed as prime minister on Tuesday.")
    assert _has(found, "051", "ETHLEG", "ETH"), found
    assert not any(c.startswith("06") for c, *_ in found), found


@pytest.mark.parametrize("text", [
    "The club elected a new chairman on Tuesday.",
    "The company's shareholders elected a new chairman of the board.",
])
def test_an_election_without_political_electors_is_no_event(text: str) -> None:
    found = _events(text)
    assert not any(c.startswith("05") for c, *_ in found), found


def test_striking_a_deal_is_an_agreement_not_an_attack() -> None:
    found = _events("Germany struck a deal with China on steel exports.")
    assert _has(found, "030", "DEU", "CHN"), found
    assert not any(c.startswith("19") for c, *_ in found), found


def test_striking_a_target_is_still_an_attack() -> None:
    found = _events("The militants struck a police checkpoint in Kabul.")
    assert any(c.startswith("19") for c, *_ in found), found


def test_a_companys_deal_is_commerce() -> None:
    found = _events("Ford struck a deal with Volkswagen on electric cars.")
    assert not any(c[:2] in {"03", "19"} for c, *_ in found), found


def test_an_offered_apology_is_an_apology() -> None:
    found = _events("The Japanese prime minister offered an apology to the families of the "
                    "victims.")
    assert any(c == "055" for c, *_ in found), found
    assert not any(c.startswith("03") for c, *_ in found), found


def test_a_body_electing_its_own_member_keeps_the_member() -> None:
    # the annotation guide's example: the House electing its Speaker is USALEG → USALEG
    found = _events("The House of Representatives elected Nancy Pelosi as Speaker on Thursday.")
    assert _has(found, "051", "USALEG", "USALEG"), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The United Nations welcomed the agreement between Ethiopia and Eritrea.", "UNO", "ETH"),
    ("Pakistan welcomed the decision of the Indian government to reopen the border.",
     "PAK", "IND"),
])
def test_a_thing_praised_names_its_party(text: str, source: str, target: str) -> None:
    # the participant pass kept the thing ("the agreement") as an uncoded target; the party
    # inside it is whom the praise is for (party_inside_a_thing, thing_target_roots)
    found = _events(text)
    assert _has(found, "051", source, target), found


def test_a_person_acted_on_keeps_its_place() -> None:
    # "the man" is a person by WordNet: the walk never replaces him with the place
    found = _events("Police arrested the man in Kabul.")
    assert not any(c.startswith("17") and (t or "").startswith("AFG") and t != "AFGCVL"
                   for c, _s, t, _m in found), found


def test_party_inside_a_thing_leaves_people_and_other_roots() -> None:
    from newsevents.events.argument_rules import argument_rules

    roots = argument_rules().thing_target_roots
    assert "05" in roots and "17" not in roots and "19" not in roots
