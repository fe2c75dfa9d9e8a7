"""The country a participant's own words give it: a nationality, a demonym, the sentence's place.

An uncoded participant often says whose it is: "shelled *Iraqi* towns" (Iraq's territory),
"rejected an *Australian* ultimatum" (Australia issued it), "kidnapped 16 *Russian* advisers",
"killed five … in Peshawar" (counted people of the place's country). These functions read that
country off the phrase or its sentence. Split out of ``participants.py`` (which had reached the
600-line limit) because they code an actor's country, not find a target.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ..actors import vocab as actor_vocab
from ..nlp.shared import children_of, head_of
from ..records import Actor, Place, Resolution, Span
from . import arguments as args
from .actor_finder import ActorFinder
from .patient_words import _people


@lru_cache(maxsize=4096)
def _demonym_country(word: str) -> str | None:
    entries = actor_vocab.load().phrases.get(actor_vocab.normalise(word), [])
    countries = {e.country for e in entries if e.type in ("demonym", "country") and e.country}
    return next(iter(countries)) if len(countries) == 1 else None


def demonym(tok: Token) -> tuple[Token, str] | None:
    """The country a capitalised demonym or country-name modifier names, with the phrase's
    first token: a two-word demonym is read whole first ("*South* Korean sites" → KOR, "the
    *North* Korean crisis" → PRK, "*South* Sudanese refugees" → SSD, never the "Korean" or
    "Sudanese" of its last word alone), when the word before is a capitalised modifier of the
    same noun or of the demonym itself."""
    if tok.i > tok.sent.start:
        prev = tok.doc[tok.i - 1]
        if prev.text[:1].isupper() and prev.dep_ in ("amod", "compound", "nmod") and (
                prev.head.i in (tok.i, tok.head.i)):
            country = _demonym_country(f"{prev.text} {tok.text}")
            if country is not None:
                return prev, country
    country = _demonym_country(tok.text)
    return (tok, country) if country is not None else None


def nationality(tok: Token) -> tuple[Token, str] | None:
    """The capitalised demonym or country name modifying ``tok`` ("Iraqi towns", "U.S.
    exports"), with its country; or ``tok`` itself when it is such a modifier."""
    cands = [tok] if tok.dep_ in ("amod", "compound", "nmod") else [
        c for c in children_of(tok) if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    for c in cands:
        if c.text[:1].isupper() and c.pos_ in ("ADJ", "PROPN", "NOUN") and (
                found := demonym(c)) is not None:
            return found
    return None


def with_nationality(actor: Actor, tok: Token) -> Actor:
    """An uncoded participant whose phrase names its nationality carries that country; a
    place noun ("Iraqi towns", "Palestinian homes") is that country's territory."""
    if actor.country or actor.code:
        return actor
    found = nationality(tok)
    if found is None:
        return actor
    mod, country = found
    reason = f"{actor.resolution.reason}; nationality '{mod.text}' → {country}"
    if tok.lemma_.lower() in args.argument_rules().territory_nouns:
        return replace(actor, country=country, code=country, kind="state",
                       resolution=Resolution("metonymy", f"{reason}: {country}'s territory"))
    return replace(actor, country=country, resolution=Resolution("unresolved", reason))


def sentence_place(places: list[Place], tok: Token) -> Place | None:
    """The first place of ``tok``'s sentence when all its places are of one country ("An
    explosion killed seven … at a bus station in Peshawar"), else None."""
    sent = tok.sent
    here = [p for p in places if p.country and sent.start_char <= p.start < sent.end_char]
    return here[0] if here and len({p.country for p in here}) == 1 else None


def counted_people(actor: Actor, tok: Token, finder: ActorFinder) -> Actor:
    """A bare number acted on ("killed five and wounded 110") or a counted noun of people
    ("killing one person") counts people: civilians
    (``counted_people_sector``) of the one country the sentence puts its places in, else of
    the article's country — the country a reader gives them, as the actors stage places
    "people" (actors/generic.py). Anything else is returned as it is."""
    if actor.country or actor.code or not (tok.pos_ == "NUM" or _counted_person(tok)):
        return actor
    place = sentence_place(finder.places, tok)
    if place is not None and place.country:
        country, where = place.country, f"the place of the sentence, {place.name}"
    else:
        found = args.document_country(finder.all_actors, finder.places)
        if found is None:
            return actor
        country, where = found, "the article's country"
    sector = args.argument_rules().counted_people_sector
    return replace(actor, country=country, sector=sector, code=country + sector, kind="group",
                   resolution=Resolution("context", f"'{actor.mention}' counts people: "
                                         f"{sector} of {where} ({country})"))


def _counted_person(tok: Token) -> bool:
    """A counted noun of people ("killing one person", "three passengers"): by its number and
    the head noun's WordNet supersense (``patient_kinds``), as :func:`patients` reads them."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in children_of(tok)) and bool(
        _people([tok]))


def owner_actor(tok: Token) -> Actor | None:
    """A demonym naming who a thing belongs to ("an Australian ultimatum" → AUS), as a state;
    also the second of conjoined demonyms ("the Iraqi and *Turkish* demands")."""
    dep = head_of(tok).dep_ if tok.dep_ == "conj" else tok.dep_
    if dep not in ("amod", "compound", "nmod") or not tok.text[:1].isupper():
        return None
    found = demonym(tok)
    if found is None:
        return None
    first, country = found
    sent = tok.sent
    mention = tok.doc[first.i:tok.i + 1].text
    return Actor(mention=mention, start=first.idx, end=tok.idx + len(tok.text), name=country,
                 kind="state", country=country, code=country,
                 resolution=Resolution("metonymy", f"nationality '{mention}' of "
                                       f"'{head_of(tok).text}': the state {country}"),
                 sentence=Span(sent.start_char, sent.end_char, sent.text))
