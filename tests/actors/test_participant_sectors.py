"""Sector and country of event participants (issue 13): an institution many countries have,
named with "of <country>" after it, is that country's; a title whose body is a named
institution after "for" takes the body's sector; a person who "heads"/"leads" a coded body in
a relative clause takes the body's code.

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_an_institution_of_a_named_country_is_that_countrys(resolve: Resolver) -> None:
    text = "The Senate of Nigeria rejected the budget on Tuesday in Washington."
    assert find(resolve(text), "The Senate").code == "NGALEG"


def test_its_office_holder_follows_the_named_country(resolve: Resolver) -> None:
    text = "The president of the Senate of Nigeria, Bukola Saraki, rejected the budget."
    assert find(resolve(text), "Bukola Saraki").code == "NGALEG"


def test_the_us_one_stays_the_default(resolve: Resolver) -> None:
    text = "The Supreme Court of the United States heard the case of a Kenyan man."
    court = [a for a in resolve(text) if a.mention.startswith("The Supreme Court")]
    assert court and court[0].code == "USAJUD"


def test_who_heads_a_body_is_its_actor(resolve: Resolver) -> None:
    text = "Maria Silva, who heads the Brazilian environment agency Ibama, said fines would rise."
    assert find(resolve(text), "Maria Silva").code == "BRAGOV"


def test_who_works_for_a_body_is_its_actor(resolve: Resolver) -> None:
    text = "Joao Costa, who works for Amnesty International, said the arrests were illegal."
    assert find(resolve(text), "Joao Costa").code == "NGO"


def test_working_with_a_body_is_no_membership(resolve: Resolver) -> None:
    text = "Tom Hardy, who had worked with the police for years, was arrested in Leeds."
    assert find(resolve(text), "Tom Hardy").code == "GBRCVL"


def test_an_unnamed_spokesman_for_a_named_court_is_the_court(resolve: Resolver) -> None:
    text = "A spokesman for the Constitutional Court of Peru said the judges would meet."
    assert find(resolve(text), "A spokesman").code == "PERJUD"


def test_an_unnamed_spokeswoman_for_an_ngo_is_the_ngo(resolve: Resolver) -> None:
    text = "A spokeswoman for Amnesty International said the arrests were illegal."
    assert find(resolve(text), "A spokeswoman").code == "NGO"


def test_an_unnamed_spokesman_for_a_named_force_is_the_force(resolve: Resolver) -> None:
    text = "A spokesman for the Kenya Defence Forces said two soldiers died."
    assert find(resolve(text), "A spokesman").code == "KENMIL"


def test_an_unnamed_spokesman_for_a_ministry_stays_the_government(resolve: Resolver) -> None:
    text = "A spokesman for the Kenyan interior ministry said two soldiers died."
    assert find(resolve(text), "A spokesman").code == "KENGOV"


def test_a_former_official_in_apposition_takes_the_storys_country(resolve: Resolver) -> None:
    text = "Police in Nairobi arrested Kenneth Odhiambo, a former finance ministry official."
    assert find(resolve(text), "Kenneth Odhiambo").code == "KEN"


def test_a_former_general_in_apposition_is_no_longer_military(resolve: Resolver) -> None:
    text = "A former army general, Ahmed Saleh, announced a new party in Khartoum."
    assert find(resolve(text), "Ahmed Saleh").code == "SDN"


def test_a_retired_general_is_a_former_official(resolve: Resolver) -> None:
    text = "Retired general Peter Ochieng accused the Ugandan army of abuses in Kampala."
    assert find(resolve(text), "Peter Ochieng").code == "UGA"


def test_a_national_agency_phoenix_names_in_full_has_its_country(resolve: Resolver) -> None:
    text = "The Central Intelligence Agency said on Monday that the report was false."
    assert find(resolve(text), "The Central Intelligence Agency").code == "USASPY"
    text = "The Federal Bureau of Investigation arrested a man in Ohio."
    assert find(resolve(text), "The Federal Bureau of Investigation").code == "USACOP"
    text = "The Royal Navy escorted the tanker through the strait."
    assert find(resolve(text), "The Royal Navy").code == "GBRMIL"


def test_an_unknown_outlet_called_local_is_the_storys(resolve: Resolver) -> None:
    text = "Police in Kathmandu arrested two men, the local newspaper Himalayan Sun reported."
    assert find(resolve(text), "Himalayan Sun").code == "NPLMED"
    text = "Police in Lima arrested two men, Diario Uno, a local news site, reported."
    assert find(resolve(text), "Diario Uno").code == "PERMED"


def test_an_unknown_outlet_not_called_local_keeps_no_country(resolve: Resolver) -> None:
    text = "Police in Lima arrested two men, the newspaper Diario Uno reported."
    assert find(resolve(text), "Diario Uno").code == "MED"


def test_a_title_given_later_in_apposition_codes_the_earlier_mentions(resolve: Resolver) -> None:
    text = ("Ahmed Karim said on Monday that the border would stay closed. Karim, Egypt's "
            "interior minister, spoke in Cairo.")
    actors = resolve(text)
    assert find(actors, "Ahmed Karim").code == "EGYGOV"
    assert find(actors, "Karim", 2).code == "EGYGOV"


def test_the_full_name_again_with_a_title_codes_the_first_mention(resolve: Resolver) -> None:
    text = ("Ahmed Karim said on Monday that the border would stay closed. Ahmed Karim, "
            "Egypt's interior minister, spoke in Cairo.")
    actors = resolve(text)
    assert find(actors, "Ahmed Karim").code == "EGYGOV"
    assert find(actors, "Ahmed Karim", 2).code == "EGYGOV"


def test_a_surname_under_a_title_first_codes_the_full_name_after(resolve: Resolver) -> None:
    # a headline's "Governor Okafor" before the body's "Chidi Okafor": one person, the governor
    text = ("Governor Okafor resigned on Monday in Lagos, Nigeria. Chidi Okafor had held the "
            "office for two years. Okafor said he would leave.")
    actors = resolve(text)
    assert find(actors, "Chidi Okafor").code == "NGAGOV"
    assert find(actors, "Okafor", 3).code == "NGAGOV"
    text = ("Okafor resigned on Monday in Lagos, Nigeria. Chidi Okafor had held the office "
            "for two years.")
    assert find(resolve(text), "Chidi Okafor").code == "NGACVL"


def test_a_later_job_that_is_no_office_changes_nothing(resolve: Resolver) -> None:
    text = ("Ahmed Karim said on Monday that the border would stay closed. Karim, a "
            "shopkeeper, spoke in Cairo.")
    assert find(resolve(text), "Ahmed Karim").code == "EGYCVL"


def test_a_national_red_cross_is_that_countrys_ngo(resolve: Resolver) -> None:
    text = "The Nigerian Red Cross said 20 people died in the floods."
    assert find(resolve(text), "Nigerian Red Cross").code == "NGANGO"
    text = "The Red Cross said 20 people died in the floods in Kenya."
    assert find(resolve(text), "The Red Cross").code == "NGO"


def test_the_head_of_a_body_named_in_apposition_is_its_actor(resolve: Resolver) -> None:
    text = "The head of the Kenya Red Cross, Asha Mohammed, said 20 people died."
    assert find(resolve(text), "Asha Mohammed").code == "KENNGO"


def test_a_leaders_surname_after_another_given_name_is_someone_else(resolve: Resolver) -> None:
    text = "The Attorney General of Kenya, Paul Kihara, said the case would proceed."
    assert find(resolve(text), "Paul Kihara").code == "KENJUD"
    actors = resolve("Ivanka Trump visited a factory in Ohio on Monday.", "2019-06-01")
    ivanka = find(actors, "Trump")
    assert ivanka.mention == "Ivanka Trump" and ivanka.code == "USACVL"


def test_the_leaders_own_given_name_still_finds_the_leader(resolve: Resolver) -> None:
    actors = resolve("Joseph Biden and Recep Erdogan spoke on Monday.", "2019-06-01")
    assert find(actors, "Joseph Biden").code == "USA"
    assert find(actors, "Erdogan").code == "TURGOV"
