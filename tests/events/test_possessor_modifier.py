"""A noun modifier before the possessor belongs to the possessor's phrase: in "the United States
federal government's practice" the practice is the government's, even when the parser hangs
"States" on "practice" (issue 12: which mention fills an event's slot). The parse is the
premise, so the Doc is built by hand."""

from __future__ import annotations

from newsevents.events.actor_finder import ActorFinder
from newsevents.records import Actor, Resolution
from tests.events.coding import parsed


def _actor(doc_text: str, mention: str, code: str, kind: str) -> Actor:
    start = doc_text.index(mention)
    return Actor(mention=mention, start=start, end=start + len(mention), name=mention,
                 kind=kind, country=code[:3], code=code,  # type: ignore[arg-type]
                 sector=code[3:] or None, resolution=Resolution("dictionary", "test"))


def test_a_modifier_before_the_possessor_is_the_possessor_s() -> None:
    words = ["the", "Kenyan", "Republic", "national", "government", "'s", "plan"]
    # the parser's reading: "Republic" an nmod of "plan", "government" its possessor
    doc = parsed(words, heads=[6, 2, 6, 4, 6, 4, 6],
                 deps=["det", "compound", "nmod", "amod", "poss", "case", "ROOT"],
                 pos=["DET", "PROPN", "PROPN", "ADJ", "NOUN", "PART", "NOUN"])
    state = _actor(doc.text, "Kenyan Republic", "KEN", "state")
    government = _actor(doc.text, "government", "KENGOV", "organisation")
    found = ActorFinder([state, government]).at(doc[6])
    assert found is government


def test_a_modifier_of_the_head_itself_still_names_the_owner() -> None:
    words = ["the", "Kenyan", "army", "'s", "Somali", "allies"]
    doc = parsed(words, heads=[2, 2, 5, 2, 5, 5],
                 deps=["det", "amod", "poss", "case", "amod", "ROOT"],
                 pos=["DET", "ADJ", "NOUN", "PART", "ADJ", "NOUN"])
    somali = _actor(doc.text, "Somali", "SOM", "state")
    assert ActorFinder([somali]).at(doc[5]) is somali
