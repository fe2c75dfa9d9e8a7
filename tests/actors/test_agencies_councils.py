"""National agencies the dictionaries name (metonyms.csv) and elected councils (LEG). The
sentences are written for these tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_named_security_agencies(resolve: Resolver) -> None:
    actors = resolve("The FSB detained a sailor, and the Secret Service questioned MI6.",
                     "2019-03-01")
    assert find(actors, "FSB").code == "RUSSPY"
    assert find(actors, "Secret Service").code == "USACOP"
    assert find(actors, "MI6").code == "GBRSPY"


def test_member_of_a_provincial_council_is_a_legislator(resolve: Resolver) -> None:
    actors = resolve("Ahmad Karimi, of the Herat provincial council, said 20 people died.",
                     "2019-03-01")
    assert find(actors, "Ahmad Karimi").code == "AFGLEG"
    assert not any(a.mention == "Herat" for a in actors)


def test_staff_of_a_named_agency(resolve: Resolver) -> None:
    actors = resolve("Secret Service agents searched the hotel in Miami.", "2019-03-01")
    assert find(actors, "agents").code == "USACOP"
    actors = resolve("GRU officers were seen in Salisbury.", "2019-03-01")
    assert find(actors, "officers").code == "RUSSPY"


def test_a_named_police_spokesman_is_police(resolve: Resolver) -> None:
    actors = resolve("Polish police spokesman Jan Nowak said nobody died.", "2019-03-01")
    assert find(actors, "Jan Nowak").code == "POLCOP"
    actors = resolve("Polish government spokesman Jan Nowak said nobody died.", "2019-03-01")
    assert find(actors, "Jan Nowak").code == "POLGOV"
