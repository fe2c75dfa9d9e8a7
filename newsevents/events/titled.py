"""Titled persons behind a country word: in "PRC Director of the Office … and Foreign Minister
Wang Yi" the parser heads the phrase with the first title and hangs the name off it as a
conjunct, so the country word would stand for the phrase; the participant is the person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors import vocab as actor_vocab
from ..actors.lookup import ActorIndex, actor_for_span
from ..nlp.shared import children_of
from ..records import Actor, Resolution


def titled_person(actors: ActorIndex, token: Token) -> Actor | None:
    """The person a run of coordinated titles belongs to: in "PRC Director of the Office
    … and Foreign Minister Wang Yi" the parser makes the first title the phrase's head and
    the titled name its conjunct, so the country word before the first title would stand
    for the phrase. A country word modifying a person's titles is that person's country,
    and the participant is the person: a title without a determiner (no actor of its own)
    whose conjunct is a titled person of the modifier's country, or of no country yet
    ("UAE Director … and Foreign Minister Abdullah bin Zayed": the UAE's)."""
    if token.lower_ not in actor_vocab.load().title_words or any(
            c.dep_ == "det" for c in children_of(token)):
        return None
    countries: set[str] = set()
    for child in children_of(token):
        # "PRC Director …", "China's Director …"
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < token.i:
            mod = actor_for_span(actors, child.idx, child.idx + len(child.text),
                                 head=child.idx)
            if mod is not None and mod.kind == "state" and mod.country:
                countries.add(mod.country)
    if not countries:
        return None
    for child in children_of(token):
        if child.dep_ != "conj":
            continue
        person = actor_for_span(actors, child.idx, child.idx + len(child.text),
                                head=child.idx)
        if person is None or person.kind != "person" or person.start >= child.idx:
            continue
        if person.country in countries:
            return person
        if person.country is None and person.sector and len(countries) == 1:
            (country,) = countries
            return replace(person, country=country, code=country + person.sector,
                           resolution=Resolution(person.resolution.method, (
                               f"{person.resolution.reason}; country {country} from the "
                               f"country word before the titles '{token.text}' …")))
    return None
