"""A government named by its leader's surname alone: "the Bush administration".

The dictionary pass codes "<leader> administration" when the leader's name is an alias in
``leaders.csv`` ("the Obama administration"). A surname two listed leaders share ("Bush": George
H. W. and George W.) is no alias of either, so the NER read it as a private person and the noun
"administration" was left without a country. Whichever of them led it, an administration named
after a leader is that leader's country's government; the surname decides the country when every
listed leader of that surname led the same country, and gives nothing otherwise.
"""

from __future__ import annotations

from functools import lru_cache

from ..nlp.shared import lowers_of
from . import leaders as _leaders
from .mentions import DocState, Mention
from .resolve import ADMIN_NOUNS


@lru_cache(maxsize=1)
def surname_countries() -> dict[str, frozenset[str]]:
    """Last word of every listed leader's full name → the countries those leaders served."""
    found: dict[str, set[str]] = {}
    for person in _leaders.load().people.values():
        words = person.name.split()
        if len(words) < 2 or person.phoenix:
            continue
        country = next((t.country for t in person.terms if t.sector != "IGO"), None)
        if country:
            found.setdefault(words[-1].lower(), set()).add(country)
    return {k: frozenset(v) for k, v in found.items()}


def surname_administrations(state: DocState) -> None:
    """Pass 1b: "the <surname> administration" → the government of that surname's country."""
    doc = state.doc
    surnames = surname_countries()
    for i, lower in enumerate(lowers_of(doc)):
        if lower not in ADMIN_NOUNS or i == 0:
            continue
        token = doc[i]
        name = doc[i - 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        if i >= 2 and doc[i - 2].pos_ == "PROPN":
            continue  # "George Bush administration": the full name is the dictionary's
        owner = state.owner.get(name.i)
        if owner is not None and owner.owns and owner.kind != "person":
            continue
        countries = surnames.get(name.lower_, frozenset())
        if len(countries) != 1:
            continue
        country = next(iter(countries))
        start = i - 2 if i >= 2 and doc[i - 2].lower_ == "the" else i - 1
        span = doc[start:i + 1]
        m = Mention(start, i + 1, span.start_char, span.end_char,
                    f"{name.text} {token.lower_}", "organisation", country, "GOV", None,
                    "dictionary",
                    f"'{name.text} {token.lower_}' names the government of {country}: every "
                    f"leader surnamed {name.text} in leaders.csv led {country}", head=i)
        state.add(m)
