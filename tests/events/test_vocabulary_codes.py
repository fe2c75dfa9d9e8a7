"""Vocabulary by CAMEO code that neither the team's patterns nor PETRARCH's verbs had, and event
nouns with no undergoer coded at the place where they happened.

Through the real spaCy model on sentences written for these tests (in no gold set); each case
fails without its entry in ``patterns.yaml`` / ``arguments.yaml``.
"""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality)
            for e in doc.events]


def _codes(text: str) -> list[str]:
    return [code for code, *_ in _events(text)]


# --------------------------------------------------------------------------- new words

@pytest.mark.parametrize(("text", "code"), [
    # 111: casting doubt on a power, a decision or a legality
    ("Opposition leader Juan Perez questioned the legality of the president's decree.", "111"),
    ("The Kenyan senator challenged the legitimacy of the electoral commission.", "111"),
    # 124: refusing to yield
    ("The Indonesian military resisted pressure from the president.", "124"),
    # 115 / 116: the nouns of lawsuits and convictions
    ("Greenpeace's lawsuit against the Brazilian government drew wide support.", "115"),
    ("The court's conviction of the former Egyptian president drew protests.", "116"),
    # 173: a court keeping someone in custody
    ("A court in Lagos denied bail to the former Nigerian governor.", "173"),
    # 111: judging by a negative label
    ("The Canadian court deemed the Ontario government's decision unlawful.", "111"),
])
def test_new_vocabulary_codes(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize("text", [
    # the asking sense of "question" and the self-control sense of "resist" stay out
    "Police in Oslo questioned the suspect for six hours.",
    "The Irish minister said he resisted the temptation to reply.",
    # film and sports shootings are no violence
    "The shooting of the film in Prague ended on Monday.",
])
def test_other_senses_stay_out(text: str) -> None:
    codes = _codes(text)
    assert not any(c.startswith(("111", "124", "18")) for c in codes), codes


def test_question_a_suspect_is_not_criticism() -> None:
    assert "111" not in _codes("The Chilean police questioned two men after the robbery.")


# --------------------------------------------------------------------------- nouns at a place

@pytest.mark.parametrize(("text", "code", "target"), [
    ("Two suicide bombings took place in the Kenyan capital, Nairobi, last month.", "1831",
     "KENCVL"),
    ("A military coup took place in Sudan in April.", "170", "SDN"),
    ("The gunman carried out a mass shooting in El Paso.", "180", "USACVL"),
])
def test_event_noun_at_a_place(text: str, code: str, target: str) -> None:
    found = [(c, t) for c, _s, t, _m in _events(text)]
    assert (code, target) in found, found


def test_event_noun_without_place_stays_uncoded() -> None:
    # a bare noun says nothing about anyone: no place, no event
    assert not any(c.startswith("18") for c in _codes(
        "Officials said the shooting was over within minutes."))


def test_protest_noun_at_a_place_stays_uncoded() -> None:
    # protests are addressed to someone the place does not tell (nominal_place_roots)
    assert not any(c.startswith("14") for c in _codes(
        "The decision follows three weeks of protests in Caracas over the election."))


# --------------------------------------------------------------------------- bans, light verbs

def test_ban_noun_under_a_light_verb() -> None:
    assert ("172", "KENGOV") in [(c, s) for c, s, _t, _m in _events(
        "The Kenyan government imposed a ban on plastic bags in 2017.")]


def test_sports_ban_is_no_sanction() -> None:
    assert "172" not in _codes("FIFA imposed a doping ban on the Brazilian striker.")


def test_conjoined_subjects_of_a_ban_each_ban() -> None:
    found = [(c, s, t) for c, s, t, _m in _events(
        "Algeria and Morocco have imposed bans on face veils.")]
    bans = [(s, t) for c, s, t in found if c == "172"]
    assert sorted(s for s, _t in bans) == ["DZAGOV", "MARGOV"], found
    assert all(t not in ("DZA", "MAR") for _s, t in bans), found


def test_conjoined_subjects_of_talks_still_meet_each_other() -> None:
    found = [(c, s, t) for c, s, t, _m in _events("Ukraine and Russia held talks in Minsk.")]
    # one reciprocal event, first-named doer → the other (same_act.reciprocal_mirrors)
    assert ("040", "UKRGOV", "RUSGOV") in found and ("040", "RUSGOV", "UKRGOV") not in found, found


def test_ban_on_trade_is_an_embargo() -> None:
    codes = _codes("The Japanese government imposed a ban on exports of rice to Vietnam.")
    assert "163" in codes and "172" not in codes, codes


def test_investigation_of_a_company_is_kept() -> None:
    found = [(c, s, t) for c, s, t, _m in _events(
        "The United States Department of Justice is conducting a criminal investigation of "
        "General Motors' emission testing practices.")]
    assert any(c.startswith("09") for c, _s, _t in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("The Peruvian congress voted to impeach President Vizcarra on Monday.", "172"),
    ("Gunmen were behind the kidnapping of two Chinese engineers in Kogi.", "181"),
    ("Italy's deportation of 40 Tunisian migrants drew criticism.", "174"),
    ("Moscow announced the expulsion of two Polish diplomats.", "161"),
])
def test_legal_and_violent_nouns(text: str, code: str) -> None:
    assert code in _codes(text)
