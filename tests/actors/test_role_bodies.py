"""A role noun takes the sector of the body that owns it: "a United Nations rapporteur" in
apposition is the UN (``affiliations._affiliated``), "the court's spokesman" the judiciary
(``bare_titles._bare_title``), "the sheriff's deputies" the police (Phoenix's "sheriff deputy",
``noun_phrases.sector_of``).

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_an_apposition_naming_an_igo_role_gives_the_igo(resolve: Resolver) -> None:
    text = ("The report was published in Riyadh on Monday. Marta Olsen, a United Nations "
            "special rapporteur, said the evidence was clear.")
    olsen = find(resolve(text), "Marta Olsen")
    assert olsen.code == "UNO" and olsen.resolution.method == "apposition"


def test_an_apposition_naming_an_ngo_role_gives_the_ngo(resolve: Resolver) -> None:
    text = ("Clashes continued in Caracas on Sunday. Pablo Ferrer, an Amnesty International "
            "researcher, said dozens had been detained.")
    assert find(resolve(text), "Pablo Ferrer").code == "NGO"


def test_a_body_naming_the_role_noun_before_the_name_gives_the_body(resolve: Resolver) -> None:
    # "<body> <role noun> <name>": the pre-name form of "X, an Amnesty International researcher"
    text = ("Clashes continued in Caracas on Sunday. Amnesty International researcher Pablo "
            "Ferrer said dozens had been detained.")
    ferrer = find(resolve(text), "Pablo Ferrer")
    assert ferrer.code == "NGO" and ferrer.resolution.method == "apposition"
    # the small model hangs "Greenpeace" as an adjective of the role noun
    text = "Greenpeace campaigner Ann Leeds said the oil spill off Norway was huge."
    assert find(resolve(text), "Ann Leeds").code == "NGO"


def test_a_nationality_on_the_role_noun_is_no_body(resolve: Resolver) -> None:
    # "German student" is one generic mention; it does not make Lena Vogt a body's member
    text = "German student Lena Vogt was hurt in the crash near Hamburg on Sunday."
    assert find(resolve(text), "Lena Vogt").code == "DEUCVL"


def test_a_plain_apposition_still_leaves_a_private_person(resolve: Resolver) -> None:
    text = ("Clashes continued in Caracas on Sunday. Pablo Ferrer, a local shopkeeper, said "
            "dozens had been detained.")
    assert find(resolve(text), "Pablo Ferrer").code == "VENCVL"


def test_the_courts_spokesman_is_the_judiciary(resolve: Resolver) -> None:
    text = ("A Kenyan judge freed the opposition leader on Friday. The court's spokesman said "
            "the ruling was final.")
    assert find(resolve(text), "The court's spokesman").code == "KENJUD"


def test_the_armys_spokesman_is_the_military(resolve: Resolver) -> None:
    text = ("Fighting broke out near the Malian town of Gao on Friday. The army's spokesman "
            "said ten attackers were killed.")
    assert find(resolve(text), "The army's spokesman").code == "MLIMIL"


def test_sheriffs_deputies_are_police_not_legislators(resolve: Resolver) -> None:
    text = "Sheriff's deputies arrested two men in Ohio on Saturday after a car chase."
    deputies = find(resolve(text), "Sheriff's deputies")
    assert deputies.code == "USACOP"


def test_deputies_of_a_parliament_stay_legislators(resolve: Resolver) -> None:
    text = "French deputies voted against the pension bill on Thursday."
    assert find(resolve(text), "French deputies").code == "FRALEG"


def test_a_name_labelled_org_with_a_title_in_apposition_is_that_official(
        resolve: Resolver) -> None:
    text = ("Agnes Callamard, a UN rapporteur, said the killing was premeditated. Callamard "
            "urged an inquiry.")
    actors = resolve(text)
    assert find(actors, "Agnes Callamard").code == "UNO"
    assert find(actors, "Callamard", 2).code == "UNO"


def test_a_spokeswoman_for_the_police_is_the_police(resolve: Resolver) -> None:
    text = ("A fire destroyed a warehouse in Durban on Monday. Thandi Nkosi, a spokeswoman for "
            "the police department, said nobody was hurt.")
    assert find(resolve(text), "Thandi Nkosi").code == "ZAFCOP"


def test_a_bare_spokesman_for_the_army_is_the_military(resolve: Resolver) -> None:
    text = ("Rebels attacked a base near the Malian town of Gao on Friday. A spokesman for the "
            "army said ten attackers were killed.")
    assert find(resolve(text), "A spokesman").code == "MLIMIL"


def test_a_minister_of_justice_stays_the_government(resolve: Resolver) -> None:
    text = ("The Kenyan Minister of Justice, Paul Mwangi, said the bill would pass. Mwangi spoke "
            "in Nairobi.")
    assert find(resolve(text), "Paul Mwangi").code == "KENGOV"
