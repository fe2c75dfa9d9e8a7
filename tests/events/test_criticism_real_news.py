"""Criticism and accusation (CAMEO root 11) on real news (issue 12, round ev-r11e): challenges
in and out of court, railing and taking aim, the anticipatory "it" of a judgement, offices
named by their title alone, accusations' sub-codes, complaints filed with a body, and a
relative clause's object. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from newsevents.events.extraposed import anticipated_clause, anticipated_subject
from newsevents.events.home_offices import home_office
from newsevents.events.targets import relative_object
from newsevents.records import Actor

from .coding import events_of, parsed


def _pairs(text: str, root: str = "11") -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text, root)]


def _targets(text: str) -> list[str | None]:
    return [e.target.mention if e.target else None for e in events_of(text, "11")]


# ---------------------------------------------------------------- challenges (111 / 115)
def test_challenging_the_results_is_criticism_with_the_results_kept() -> None:
    text = "The Zambian opposition challenged the results of the presidential vote."
    assert _pairs(text) == [("111", "ZMBOPP", None)]
    assert _targets(text) == ["the results of the presidential vote"]


def test_challenging_a_ruling_in_court_is_a_lawsuit() -> None:
    assert [c for c, _, _ in _pairs(
        "The Malawian opposition challenged the electoral ruling in court.")] == ["115"]


def test_a_legal_challenge_brought_against_a_government_is_a_lawsuit() -> None:
    assert _pairs("Rights groups in Uganda brought a legal challenge against the Ugandan "
                  "government.") == [("115", "UGANGO", "UGAGOV")]


def test_a_sports_result_challenged_is_no_criticism() -> None:
    assert _pairs("Arsenal challenged the result of the match against Chelsea.") == []


# ---------------------------------------------------------------- railing, taking aim
def test_railing_against_the_eu() -> None:
    assert _pairs("The Slovak prime minister railed against the European Union on "
                  "Monday.") == [("111", "SVKGOV", "EUR")]


def test_taking_aim_at_a_state_in_a_speech() -> None:
    assert _pairs("The Venezuelan president took aim at the United States in a televised "
                  "speech.") == [("111", "VENGOV", "USAGOV")]


def test_taking_aim_with_a_rifle_is_no_criticism() -> None:
    assert _pairs("A Colombian soldier took aim with his rifle at a target.") == []


# ---------------------------------------------------------------- anticipatory "it"
def test_anticipatory_it_is_the_clause_and_its_subject_the_target() -> None:
    assert _pairs("The Irish prime minister called it a mistake for Britain to leave the "
                  "customs union.") == [("111", "IRLGOV", "GBRGOV")]


def test_a_judgement_of_it_never_aims_at_the_speakers_own_office() -> None:
    # read as a pronoun, "it" took the ministry named before it, and the minister criticised
    # his own ministry (THAGOV → THAGOV); it stands for "for Cambodian troops to enter …"
    assert _pairs("The Thai foreign ministry issued a statement on Friday. The minister "
                  "considered it inappropriate for Cambodian troops to enter the "
                  "temple.") == [("111", "THAGOV", "KHMMIL")]


def test_a_judgement_of_it_is_no_call_for_the_clause() -> None:
    found = [e.cameo for e in events_of("The Irish prime minister called it a mistake for "
                                        "Britain to leave the customs union.", "02")]
    assert found == []


def test_anticipatory_it_on_a_hand_built_parse() -> None:
    # "called it a mistake for Britain to leave": it dobj, mistake oprd, leave advcl of mistake
    doc = parsed(["He", "called", "it", "a", "mistake", "for", "Britain", "to", "leave", "."],
                 [1, 1, 1, 4, 1, 8, 8, 8, 4, 1],
                 ["nsubj", "ROOT", "dobj", "det", "oprd", "mark", "nsubj", "aux", "advcl",
                  "punct"],
                 ["PRON", "VERB", "PRON", "DET", "NOUN", "SCONJ", "PROPN", "PART", "VERB",
                  "PUNCT"])
    clause, subject = anticipated_clause(doc[2]), anticipated_subject(doc[2])
    assert clause is not None and clause.i == 8
    assert subject is not None and subject.i == 6


def test_an_ordinary_it_anticipates_nothing() -> None:
    # "He called it a sham .": no clause after the label; "it" is something said before
    doc = parsed(["He", "called", "it", "a", "sham", "."], [1, 1, 1, 4, 1, 1],
                 ["nsubj", "ROOT", "dobj", "det", "oprd", "punct"],
                 ["PRON", "VERB", "PRON", "DET", "NOUN", "PUNCT"])
    assert anticipated_clause(doc[2]) is None


# ---------------------------------------------------------------- offices with no country
_KENYA = ("Kenya's opposition held a rally in Nairobi on Tuesday. Kenyan police dispersed "
          "protesters in Kisumu. ")


@pytest.mark.parametrize(("sentence", "code"), [
    ("The opposition accused the finance minister of corruption.", "1121"),
    ("The opposition accused the interior ministry of torturing detainees.", "1122"),
])
def test_an_office_named_by_its_title_takes_the_storys_country(sentence: str,
                                                               code: str) -> None:
    assert _pairs(_KENYA + sentence) == [(code, "KENOPP", "KENGOV")]


def test_a_private_title_takes_no_country() -> None:
    # "The doctor": a hospital's, not the state's (home_office_sectors)
    doc = parsed(["The", "doctor", "spoke", "."], [1, 2, 2, 2],
                 ["det", "nsubj", "ROOT", "punct"], ["DET", "NOUN", "VERB", "PUNCT"])
    doctor = Actor(mention="The doctor", start=0, end=10, name="doctor", kind="person",
                   sector="HLH", code="HLH")
    assert home_office(doctor, doc, "KEN") is doctor
    minister = parsed(["The", "finance", "minister", "spoke", "."], [2, 2, 3, 3, 3],
                      ["det", "compound", "nsubj", "ROOT", "punct"],
                      ["DET", "NOUN", "NOUN", "VERB", "PUNCT"])
    office = Actor(mention="The finance minister", start=0, end=20, name="finance minister",
                   kind="person", sector="GOV", code="GOV")
    assert home_office(office, minister, "KEN").code == "KENGOV"
    assert home_office(office, minister, None) is office  # no story country: left alone


# ---------------------------------------------------------------- sub-codes of 112
@pytest.mark.parametrize(("sentence", "code"), [
    ("Azerbaijan accused Armenia of ethnic cleansing.", "1124"),
    ("Serbia accused Kosovo of crimes against humanity.", "1124"),
    ("The UN accused the Burmese army of human rights violations.", "1122"),
    ("Georgia accused Russia of violating its sovereignty.", "1123"),
    ("The Peruvian opposition accused the president of embezzlement.", "1121"),
    ("Iran accused the British diplomat of sedition.", "1125"),
])
def test_the_accusations_content_gives_its_sub_code(sentence: str, code: str) -> None:
    assert [c for c, _, _ in _pairs(sentence)] == [code]


# ---------------------------------------------------------------- complaints and objects
def test_a_complaint_filed_with_a_body_is_against_whom_it_is_over() -> None:
    assert _pairs("Bolivia filed a complaint with the United Nations over what it called "
                  "attacks by Chilean troops.") == [("114", "BOLGOV", "CHLMIL")]


def test_a_relative_clause_condemns_the_noun_it_is_about() -> None:
    assert [c for c, _, _ in _pairs("Chile recalled its ambassador, a move Bolivia condemned "
                                     "as hostile.")] == ["111"]


def test_a_relative_pronoun_subject_is_the_doer_not_the_object() -> None:
    doc = parsed(["the", "country", "that", "condemned", "."], [1, 1, 3, 1, 1],
                 ["det", "ROOT", "nsubj", "relcl", "punct"],
                 ["DET", "NOUN", "PRON", "VERB", "PUNCT"])
    assert relative_object(doc[3]) == []
    doc = parsed(["a", "move", "Bolivia", "condemned", "."], [1, 1, 3, 1, 1],
                 ["det", "ROOT", "nsubj", "relcl", "punct"],
                 ["DET", "NOUN", "PROPN", "VERB", "PUNCT"])
    assert relative_object(doc[3]) == [doc[1]]


def test_an_accused_thing_is_not_aimed_at_the_victims_of_the_charge() -> None:
    # the parser runs the charge into the object ("the legislation [of attacking Polish
    # judges]"): the judges are whom it is said to attack, never the accused
    # (thing_target_roots has 111, not 112)
    assert _pairs("The German government accused the legislation of attacking Polish "
                  "judges.") == [("1123", "DEUGOV", None)]
