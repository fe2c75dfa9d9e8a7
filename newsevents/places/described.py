"""Capitals named by description: "the Tunisian capital", "Tunisia's capital", "the country's
capital", "the capital".

News names a capital once and then describes it. The country comes from the phrase itself (a
demonym adjective the actors' country table knows, or a possessive place) or, for "the
country's/nation's capital" and a bare "the capital", from the story's own country: the clear
majority of its named places (at least two mentions and twice the next country). A phrase that
goes on to name the city ("the capital, Tunis", "the capital Kabul", "the capital of Tunisia")
is left to the name itself; one with any other modifier ("the financial capital", "the former
capital", "capital punishment") is no capital of a country's government.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp.shared import lowers_of, pos_of, text_of
from .gazetteer import Entry, Gazetteer, fold

__all__ = ["KIND_NOUNS", "described_capitals", "described_names", "story_country"]

#: Nouns of "the <demonym> <noun> of <Name>" and the feature the name then has.
_KIND_NOUNS = {"city": "city", "town": "city", "village": "city", "port": "city",
               "province": "admin1", "state": "admin1", "region": "admin1",
               "governorate": "admin1"}
#: The same nouns, for the event-place reader ("in the Nigerian city of Kano" is in Kano).
KIND_NOUNS = frozenset(_KIND_NOUNS)

#: Possessors that mean the story's own country ("the country's capital").
_SELF = frozenset({"country", "nation"})
#: Dependents after "capital" that name or restrict it: the name follows, so no description.
_NAMING_AFTER = frozenset({"appos", "compound", "nmod", "acl", "relcl", "npadvmod"})
METHOD = "described:capital"
NAMED_METHOD = "described:name"
#: A text without "<noun> of" for any of :data:`_KIND_NOUNS` has no such phrase (one regex
#: search instead of a pass over its tokens).
_KIND_OF = re.compile(r"\b(?:" + "|".join(_KIND_NOUNS) + r")\s+of\b", re.IGNORECASE)

Found = tuple[int, int, Entry, str]


def story_country(found: Sequence[Found]) -> str | None:
    """The country most named places are in: at least two and twice the runner-up, else None."""
    votes = Counter(entry.country for _, _, entry, _ in found if entry.country)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _place_at(found: Sequence[Found], i: int) -> Entry | None:
    return next((entry for start, end, entry, _ in found if start <= i < end), None)


def _names_follow(tok: Token) -> bool:
    """"the capital, Tunis" / "the capital Kabul" / "the capital of Tunisia" / "the capital
    that …": the phrase goes on to name or restrict the city."""
    doc = tok.doc
    for child in tok.rights:
        if child.dep_ in _NAMING_AFTER or (child.dep_ == "prep" and child.lower_ == "of"):
            return True
    nxt = tok.i + 1
    if nxt < len(doc) and doc[nxt].text in (",", "-", "\u2013", "\u2014"):
        nxt += 1
    return nxt < len(doc) and doc[nxt].pos_ == "PROPN"


def _country(tok: Token, found: Sequence[Found], gaz: Gazetteer,
             story: str | None) -> tuple[str, int] | None:
    """The country of a "capital" noun and the token its mention starts at, or None."""
    has_the = False
    country: str | None = None
    start = tok.i
    for child in tok.lefts:
        if child.dep_ == "det" and child.lower_ == "the":
            has_the = True
        elif child.dep_ in ("amod", "compound") and fold(child.text) in gaz.demonyms:
            if country is not None:
                return None
            country, start = gaz.demonyms[fold(child.text)], child.i
        elif child.dep_ == "poss" and child.lower_ in _SELF:
            if country is not None or not any(
                g.dep_ == "det" and g.lower_ == "the" for g in child.lefts
            ):
                return None
            country, start = story, child.i
            has_the = True
        elif child.dep_ == "poss" and (entry := _place_at(found, child.i)) is not None:
            if country is not None or entry.feature != "country":
                return None
            country, has_the = entry.country, True
        elif child.dep_ != "punct":
            return None  # "the financial capital", "the former capital", "its capital"
    if country is None and has_the and start == tok.i:
        country = story  # a bare "the capital"
    if country is None or not has_the:
        return None
    return country, start


def described_capitals(doc: Doc, found: Sequence[Found], gaz: Gazetteer) -> list[Found]:
    """Capitals named by description in ``doc``, given the named places ``found`` so far."""
    if "capital" not in text_of(doc).lower():
        return []
    story = story_country(found)
    covered = {i for start, end, _, _ in found for i in range(start, end)}
    out: list[Found] = []
    pos = pos_of(doc)
    for i, lower in enumerate(lowers_of(doc)):
        if lower != "capital" or pos[i] != "NOUN" or i in covered:
            continue
        tok = doc[i]
        if tok.dep_ in ("compound", "amod") or _names_follow(tok):
            continue
        read = _country(tok, found, gaz, story)
        if read is None:
            continue
        capital = gaz.capitals.get(read[0])
        if capital is not None:
            out.append((read[1], tok.i + 1, capital, METHOD))
    return out


def _demonym_of(tok: Token, gaz: Gazetteer) -> str | None:
    """The country of the one demonym adjective modifying ``tok`` ("the Nigerian city")."""
    found = {gaz.demonyms[fold(c.text)] for c in tok.lefts
             if c.dep_ in ("amod", "compound") and fold(c.text) in gaz.demonyms}
    return found.pop() if len(found) == 1 else None


def described_names(doc: Doc, found: Sequence[Found], gaz: Gazetteer) -> list[Found]:
    """Names a phrase itself calls a place of a country: "the Nigerian city of Kano", "the
    Syrian town of Saraqib", "the Afghan province of Helmand".

    The name is read even where the small model tags it a person or a nationality, and in that
    country only; one the gazetteer does not hold (a small town) is still a place of that
    country, without coordinates.
    """
    if not _KIND_OF.search(text_of(doc)):
        return []
    covered = {i for start, end, _, _ in found for i in range(start, end)}
    out: list[Found] = []
    pos = pos_of(doc)
    for i, lower in enumerate(lowers_of(doc)):
        feature = _KIND_NOUNS.get(lower)
        if feature is None or pos[i] != "NOUN":
            continue
        tok = doc[i]
        country = _demonym_of(tok, gaz)
        if country is None:
            continue
        for prep in tok.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.rights:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                start = obj.i
                while start > prep.i + 1 and doc[start - 1].dep_ == "compound" and \
                        doc[start - 1].pos_ == "PROPN":
                    start -= 1
                if any(i in covered for i in range(start, obj.i + 1)):
                    continue
                surface = doc[start : obj.i + 1].text
                entry = gaz.in_country(surface, country, feature) or Entry(
                    surface, country, feature, "described", None, None, None)
                out.append((start, obj.i + 1, entry, NAMED_METHOD))
    return out
