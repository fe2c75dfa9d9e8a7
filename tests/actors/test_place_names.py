"""Places the small NER model or a country name inside them would make actors of: a country
name inside a longer place ("New Mexico"), a town tagged PERSON or ORG after "of/in". The
sentences are written for these tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_country_inside_a_state_name_is_not_the_country(resolve: Resolver) -> None:
    actors = resolve("New Mexico Governor Ana Ruiz signed the water bill.", "2019-03-01")
    assert find(actors, "Ana Ruiz").code == "USAGOV"
    assert not any(a.code == "MEX" for a in actors)


def test_a_country_alone_is_still_the_country(resolve: Resolver) -> None:
    actors = resolve("Mexico signed the water treaty with Guatemala.", "2019-03-01")
    assert find(actors, "Mexico").code == "MEX"


def test_town_tagged_person_places_its_residents(resolve: Resolver) -> None:
    actors = resolve("Residents of Kot Addu protested against the closure of the mill.",
                     "2019-03-01")
    assert find(actors, "Residents").code == "PAKCVL"
    assert not any(a.mention == "Kot Addu" for a in actors)


def test_a_body_named_at_a_quotes_opening_is_an_organisation(resolve: Resolver) -> None:
    """The small model labels '"The Safeguarding Board will …' WORK_OF_ART (the quote mark);
    a name headed by an institution noun that acts is an organisation; a real title is not."""
    text = ('Leeds Council stated, "The Safeguarding Board will look closely at this case."')
    board = find(resolve(text, "2019-03-01"), "Safeguarding Board")
    assert (board.kind, board.sector) == ("organisation", "GOV")
    actors = resolve('"The Road Home" was shown in Leeds on Friday.', "2019-03-01")
    assert not any("Road Home" in a.mention for a in actors)
