"""Intergovernmental bodies: former names resolve to today's code (igos.csv aliases), and
hyphenated IGO titles ("Secretary-General") are read whole.

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
