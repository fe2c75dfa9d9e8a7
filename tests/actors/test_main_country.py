"""The story's lead sentence and main country (:mod:`newsevents.actors.main_country`).

A dateline opening the text is not the lead; a lead that names one country keeps the story in
that country even when the victims' many nationalities are listed later. Sentences are written
for these tests.
"""

from __future__ import annotations

from newsevents.actors.main_country import lead_sentence
from newsevents.actors.mentions import DocState
from newsevents.actors.vocab import load

from .conftest import Resolver, find

_CRASH = ("Tuesday, March 5, 2019\n\n"
          "A train run by the Peruvian state railway derailed on Monday near Cusco and Puno. "
          "Locals pulled passengers from the carriages. The injured came from France, "
          "Germany, Canada, Japan, Chile, Brazil, Spain and Italy.")


def test_a_dateline_is_not_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    state = DocState(doc=nlp(_CRASH), published=None, vocab=load())
    lead = lead_sentence(state)
    assert lead is not None
    assert lead.text.startswith("A train run by the Peruvian state railway")


def test_the_lead_country_holds_against_many_nationalities(resolve: Resolver) -> None:
    """Peru has the lead but less than the share of all votes: the lead decides."""
    actors = resolve(_CRASH, "2019-03-05")
    assert find(actors, "Locals").code == "PERCVL"


def test_without_a_single_lead_country_many_nationalities_are_no_main_country(
        resolve: Resolver) -> None:
    text = ("Tuesday, March 5, 2019\n\n"
            "A train derailed on Monday, the railway said. Locals pulled passengers from the "
            "carriages. The injured came from Peru, France, Germany, Canada, Japan, Chile, "
            "Brazil, Spain and Italy.")
    assert find(resolve(text, "2019-03-05"), "Locals").code == "CVL"


def test_the_palace_speaks_for_the_story_country(resolve: Resolver) -> None:
    text = ("King Harald of Norway opened the new session on Monday in Oslo. The palace said "
            "the king would travel to Bergen and Trondheim next week.")
    assert find(resolve(text, "2019-03-05"), "palace").code == "NORGOV"


def test_a_business_person_is_of_the_story_country(resolve: Resolver) -> None:
    """A company takes no country from the story; its local owner does."""
    text = ("A fire gutted a hotel in Lagos, Nigeria on Sunday. Police in Lagos said the "
            "owner had ignored safety rules. Nigerian officials closed two more hotels in "
            "Abuja.")
    assert find(resolve(text, "2019-03-05"), "owner").code == "NGABUS"
