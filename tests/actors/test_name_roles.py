"""A person's office carried from the phrase that gives it to the name and its later short forms:
the first of two Spanish surnames ("Rosselló" after "Ricardo Rosselló Nevares",
``people.first_surname``), a people noun right before the name ("Police officer X",
``affiliations._role_person``), a labour body before a title ("Union leader X",
``people.TITLE_BODIES``) and a capitalised title in apposition to a name the small model labels
ORG ("X, the Secretary of Justice for …", ``ner_persons._named_like_a_person``).

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_the_first_surname_alone_is_the_official_named_in_full(resolve: Resolver) -> None:
    text = ("Tomás Herrera Quintana, Colombia's interior minister, visited Cali on Monday. "
            "Later, Herrera met the families of the victims.")
    actors = resolve(text, "2019-05-02")
    assert find(actors, "Tomás Herrera Quintana").code == "COLGOV"
    herrera = find(actors, "Herrera")
    assert herrera.code == "COLGOV" and herrera.entity == find(actors, "Quintana").entity


def test_a_first_surname_met_before_the_org_labelled_full_name_is_coded(
        resolve: Resolver) -> None:
    # the small model labels the full name ORG, so the titled-person pass meets "Rosselló" first
    text = ("Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation on "
            "Wednesday. Rosselló said he is to leave office next month.")
    actors = resolve(text, "2019-07-28")
    rossello = find(actors, "Rosselló")
    assert rossello.code == "PRIGOV" and rossello.resolution.method == "coreference"


def test_a_middle_name_two_people_share_links_no_one(resolve: Resolver) -> None:
    text = ("Carlos Pardo Ruiz, Peru's trade minister, met Luis Pardo Vega, a Lima "
            "shopkeeper, on Monday. Pardo said the market would reopen.")
    actors = resolve(text, "2019-05-02")
    assert find(actors, "Carlos Pardo Ruiz").code == "PERGOV"
    pardo = find(actors, "Pardo")
    assert pardo.code != "PERGOV" and pardo.name == "Pardo"


def test_a_people_noun_before_the_name_is_the_persons_role(resolve: Resolver) -> None:
    text = "Police officer Daniel Mutua was shot in Kisumu on Monday night."
    assert find(resolve(text), "Daniel Mutua").code == "KENCOP"
    text = "Ghanaian doctor Ama Owusu treated the injured at a clinic in Kumasi."
    assert find(resolve(text), "Ama Owusu").code == "GHAHLH"


def test_a_private_lawyer_or_student_before_the_name_gives_no_body(resolve: Resolver) -> None:
    text = "Defence lawyer Peter Njoroge said his client in Kisumu would appeal the verdict."
    assert find(resolve(text), "Peter Njoroge").code == "KENCVL"
    text = "Danish student Freja Holm was hurt in a crash near Aarhus on Sunday."
    assert find(resolve(text), "Freja Holm").code == "DNKCVL"


def test_a_labour_body_before_a_title_gives_labour(resolve: Resolver) -> None:
    text = "Union leader Joseph Kiprop said nurses in Eldoret would strike on Monday."
    assert find(resolve(text), "Joseph Kiprop").code == "KENLAB"
    text = "A union spokesman said the strike at the port of Mombasa would go on."
    assert find(resolve(text), "A union spokesman").code == "KENLAB"


def test_a_capitalised_title_in_apposition_codes_an_org_labelled_name(
        resolve: Resolver) -> None:
    text = ("The governor will be replaced by Wanda Vázquez Garced, the Secretary of Justice "
            "for Puerto Rico. In a statement, Vázquez said the transition would be orderly.")
    actors = resolve(text, "2019-07-28")
    assert find(actors, "Wanda Vázquez Garced").code == "PRIGOV"
    assert find(actors, "Vázquez").code == "PRIGOV"
    # the portfolio of the title is no second person
    assert not any(a.mention == "Justice" and a.kind == "person" for a in actors)


def test_a_people_noun_in_apposition_is_the_persons_role(resolve: Resolver) -> None:
    text = "Kwame Mensah, a police officer, was shot in Kumasi on Monday."
    assert find(resolve(text), "Kwame Mensah").code == "GHACOP"
    text = ("Pieter de Wet, owner of a game farm near Polokwane, South Africa, was attacked by "
            "a leopard on Sunday. De Wet was flown to a hospital.")
    actors = resolve(text, "2019-08-22")
    assert find(actors, "Pieter de Wet").code == "ZAFBUS"
    # the name's last words ("De Wet") are its short form, whatever their case
    assert find(actors, "De Wet").code == "ZAFBUS"


def test_an_org_labelled_repeat_of_a_full_name_is_that_person(resolve: Resolver) -> None:
    # the small model labels the second "Lerato Mahlangu" ORG
    text = ("Police spokesperson Lerato Mahlangu said the farm near Polokwane was closed. "
            "\"The leopard was shot,\" said Lerato Mahlangu, adding that no one else was hurt.")
    actors = resolve(text, "2019-08-22")
    again = find(actors, "Lerato Mahlangu", 2)
    assert again.code == "ZAFCOP" and again.kind == "person"


def test_police_ranks_before_a_name_are_police(resolve: Resolver) -> None:
    text = "Detective Inspector Sarah Holt said two men were arrested in Leeds on Friday."
    assert find(resolve(text), "Sarah Holt").code == "GBRCOP"
    text = "Chief Superintendent Mark Ellis said officers in Leeds found the car."
    assert find(resolve(text), "Mark Ellis").code == "GBRCOP"
    text = "Police Colonel Somchai Wong said the suspects were caught in Bangkok."
    assert find(resolve(text), "Somchai Wong").code == "THACOP"
    # a bare "inspector" is no police officer
    text = "The inspector said the building in Leeds was unsafe."
    assert not any(a.code == "GBRCOP" for a in resolve(text))


def test_a_name_holding_air_force_is_the_military(resolve: Resolver) -> None:
    text = "The Air Force Reserve flew a plane into the storm near Florida on Monday."
    assert find(resolve(text), "Air Force Reserve").code == "USAMIL"
