""""The state" that acts is a government (GOV, placed by the context); the territory, the
"state of emergency" and "the Islamic State" are not."""

from __future__ import annotations

from .conftest import Resolver


def _states(resolve: Resolver, text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.code) for a in resolve(text, "2019-06-14")
            if a.mention.lower().endswith("state")]


def test_the_state_that_acts_is_the_government(resolve: Resolver) -> None:
    text = ("A judge in Tallahassee struck down the Florida law on Monday. The state said it "
            "would appeal the ruling.")
    assert ("The state", "USAGOV") in _states(resolve, text)


def test_a_causative_have_the_parser_takes_for_the_verb(resolve: Resolver) -> None:
    text = ("A truck crashed on a highway near Orlando on Sunday. The state had two lanes "
            "closed overnight.")
    assert ("The state", "USAGOV") in _states(resolve, text)


def test_the_state_as_territory_is_no_actor(resolve: Resolver) -> None:
    text = ("The governor of Ohio declared a state of emergency. The state has 12 million "
            "people. Floods hit the state on Sunday.")
    assert _states(resolve, text) == []


def test_criminals_named_by_their_crime_are_private_people(resolve: Resolver) -> None:
    actors = resolve("Looters ransacked shops in Caracas on Sunday, and police arrested an "
                     "arsonist.", "2019-06-14")
    codes = {a.mention: (a.code, a.kind) for a in actors}
    assert codes["Looters"] == ("VENCVL", "group")
    assert codes["arsonist"] == ("VENCVL", "person")


def test_only_an_authority_is_they_who_arrest(resolve: Resolver) -> None:
    residents = resolve("Residents said the blast was loud. They arrested three men later that "
                        "day.", "2019-06-14")
    police = resolve("Police in Lagos found the van. They arrested three men later that day.",
                     "2019-06-14")
    assert not [a for a in residents if a.mention == "They"]
    assert [a.code for a in police if a.mention == "They"] == ["NGACOP"]
