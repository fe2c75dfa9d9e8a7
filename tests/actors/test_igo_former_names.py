"""Intergovernmental bodies: former names resolve to today's code (igos.csv aliases), and
hyphenated IGO titles ("Secretary-General") are read whole, and a title right after an IGO's name
is an office of that IGO.

The European Community (EEC until 1993), in Phoenix's international actors file as
IGOEUREEC, is the European Union's predecessor; archive and wire text still names it.
The sentences are written for this test and are in no gold set.
"""

from __future__ import annotations

import pytest

from newsevents.plover_codes import plover_actor_code

from .conftest import Resolver, find


@pytest.mark.parametrize("text,mention", [
    ("The European Community criticized Chile on Monday.", "The European Community"),
    ("Trade ministers of the European Economic Community met in Lisbon.",
     "the European Economic Community"),
])
def test_european_community_is_the_eu(resolve: Resolver, text: str, mention: str) -> None:
    actor = find(resolve(text, "1990-05-02"), mention)
    assert (actor.code, actor.sector) == ("EUR", "IGO"), actor
    assert plover_actor_code(actor) == "IGO"


def test_hyphenated_title_is_read_whole(resolve: Resolver) -> None:
    """spaCy splits "Secretary-General" into three tokens; the title is the whole word (an IGO
    office in titles.yaml), never the military rank "General" at its end."""
    actors = resolve("The Arab League welcomed Secretary-General Tomas Varga on Friday.",
                     "1990-05-02")
    person = find(actors, "Secretary-General Tomas Varga")
    assert person.sector == "IGO" and person.sector != "MIL", person


@pytest.mark.parametrize("text,mention,code", [
    ("Peru met UN envoy Maria Lopez in Lima.", "UN envoy Maria Lopez", "UNO"),
    ("Arab League Secretary-General Omar Haddad visited Tunis.",
     "Arab League Secretary-General Omar Haddad", "IGO"),
    ("Bolivia thanked U.N. mediator Pablo Ortiz on Monday.", "U.N. mediator Pablo Ortiz", "UNO"),
])
def test_title_after_an_igo_is_its_office(resolve: Resolver, text: str, mention: str,
                                          code: str) -> None:
    """An IGO named right before the title is the person's employer: IGO, never the country
    the story is about or happens in."""
    person = find(resolve(text, "1990-05-02"), mention)
    assert (person.code, person.sector) == (code, "IGO"), person
    assert plover_actor_code(person) == "IGO"


def test_a_national_title_before_an_igo_stays_national(resolve: Resolver) -> None:
    person = find(resolve("U.S. Ambassador to the UN John Harris criticized Peru.", "2021-05-02"),
                  "U.S. Ambassador to the UN John Harris")
    assert person.code == "USAGOV", person
