"""A government named by a surname two listed leaders share ("the Bush administration") is that
country's government (``administrations.surname_administrations``); a name right after a
company with a model number between ("Boeing 787 Max") is a product, never a person
(``people.drop_products``); a title split at "of" ("chief of staff") in
apposition takes its possessor's body (``people._of_title``).

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_a_shared_surname_administration_is_the_countrys_government(resolve: Resolver) -> None:
    text = "Veterans said the Bush administration had promised them better care."
    actors = resolve(text, "2020-05-02")
    admin = find(actors, "Bush administration")
    assert admin.code == "USAGOV" and admin.kind == "organisation"
    assert not any(a.mention == "Bush" for a in actors)


def test_an_unknown_surname_administration_takes_no_country_from_the_table(
        resolve: Resolver) -> None:
    text = "Veterans said the Kowalczyk administration had promised them better care."
    actors = resolve(text, "2020-05-02")
    assert not any(a.code == "USAGOV" for a in actors)


def test_a_model_name_after_its_maker_is_no_person(resolve: Resolver) -> None:
    text = "Relatives of the victims sued after Boeing 777 Max jets crashed."
    actors = resolve(text, "2020-05-02")
    assert not any(a.kind == "person" for a in actors), [a.mention for a in actors]


def test_a_person_after_a_company_title_is_still_a_person(resolve: Resolver) -> None:
    text = "Boeing chief executive Daniel Harlow apologised to the families on Tuesday."
    assert find(resolve(text, "2020-05-02"), "Daniel Harlow").kind == "person"


def test_a_body_named_for_a_continent_takes_no_story_country(resolve: Resolver) -> None:
    text = ("Police in Tripoli arrested two men on Sunday. The Association of African Lawyers "
            "condemned the arrests.")
    body = find(resolve(text, "2020-05-02"), "Association of African Lawyers")
    assert body.code == "NGO"


def test_a_body_named_for_its_country_keeps_it(resolve: Resolver) -> None:
    text = ("Police in Tripoli arrested two men on Sunday. The Libyan Bar Association "
            "condemned the arrests.")
    assert find(resolve(text, "2020-05-02"), "Libyan Bar Association").code == "LBYNGO"


def test_a_chief_of_staff_possessed_by_a_leader_takes_the_leaders_body(
        resolve: Resolver) -> None:
    text = ("Protests spread across Chile on Friday. Marta Quiroga, Boric's chief of staff, "
            "resigned on Sunday.")
    quiroga = find(resolve(text, "2023-05-02"), "Marta Quiroga")
    assert quiroga.code == "CHLGOV" and quiroga.resolution.method == "apposition"


def test_a_portfolio_split_at_of_is_not_its_last_word(resolve: Resolver) -> None:
    text = ("Talks stalled in Lusaka on Friday. Peter Banda, the Minister of Justice, said the "
            "bill would pass.")
    assert find(resolve(text, "2023-05-02"), "Peter Banda").code == "ZMBGOV"
