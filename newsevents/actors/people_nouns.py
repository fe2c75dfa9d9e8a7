"""Pass 3c: people named by a common noun no sector list holds ("fans", "customers", "attendees").

The sector lists (``sectors.yaml``, the Phoenix agents) name the people political news talks
about most: protesters, residents, passengers. Real articles name people by many more nouns
("thousands of fans", "neighbors told the station", "the contestants"), and a mention nobody
finds is an actor the events coder cannot use and the actor gold scores as missed. WordNet 3.0
knows which common nouns name a person: the supersense of a noun's most frequent sense
(``noun.person``; ``newsevents/data/events/noun_kinds.tsv``, converted by
``tools/convert_wordnet_kinds.py`` from the senses SemCor tagged). Such a noun in an argument
slot, which no earlier pass made an actor and which is no title, is a private person or
people (CAMEO's civilians, ``CVL``: "ordinary people", annotation guide), placed by the same
context steps as "residents" (:mod:`.generic`) and by the nationality in its own phrase
("Canadian fans" → CANCVL). A few words WordNet does not list as people name them when a number
counts them (``counted``: "injured nineteen others"), and a collective noun names them when a
modifier says who its people are (``collective``: "the local LGBT community").

Kept out, because the person is someone else's or no one in particular (``people_nouns`` in
``sectors.yaml``): a noun a title word makes an office ("president"), a partitive or relation
noun whose "of" phrase names the body that acts ("members of the union"), a noun the data
lists as no actor (``skip``), a noun modified by a named organisation ("NASA customers": the
organisation is the actor the events coder wants), and a singular noun with no determiner or
possessor (a bare singular is a compound's modifier or a headline word).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.kinds import kinds_of
from ..nlp.shared import children_of, deps_of, head_of, lemmas_of, lowers_of, pos_of, tokens_of
from .context import _ARGUMENT, _sector_noun
from .mentions import DocState

_SECTOR = "CVL"


def _wordnet_person(token: Token) -> bool:
    """Whether the noun's most frequent WordNet sense is a person (``noun.person``)."""
    return kinds_of(token)[:1] == ("person",)


def _of_body(token: Token) -> bool:
    """"members of the union", "friends of the victim": an "of" phrase after the noun."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token))


def _determined(token: Token) -> bool:
    """A singular noun with a determiner, possessor or number: "the owner", "a neighbour"."""
    return any(c.dep_ in ("det", "poss", "nummod") for c in token.lefts)


def _who(state: DocState, token: Token) -> bool:
    """"the LGBT community", "the local Sikh community": a name or a people's word (in
    capitals) says who the collective's people are; "the community", "the local community",
    "the international community" (many states), "the business community" or "the scientific
    community" (a sector's people, not private ones) say no such thing."""
    vocab = state.vocab
    mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in vocab.foreign_words or c.lower_ in vocab.regional_words
           or c.lower_ in vocab.sector_nouns for c in mods):
        return False
    return any(c.text[:1].isupper() and c.pos_ in ("PROPN", "ADJ", "NOUN") for c in mods)


def people_nouns(state: DocState) -> None:
    """Pass 3c: code WordNet person nouns no earlier pass made an actor as private people."""
    doc = state.doc
    vocab = state.vocab
    skip = vocab.people_noun_skip
    lowers, lemmas, tokens = lowers_of(doc), lemmas_of(doc), tokens_of(doc)
    pos, deps = pos_of(doc), deps_of(doc)  # the columns: a Token only for an argument noun
    for i, lower in enumerate(lowers):
        if pos[i] != "NOUN" or deps[i] not in _ARGUMENT or i in state.owner:
            continue
        token = tokens[i]
        lemma = lemmas[i]
        if lower in skip or lemma in skip or lower in vocab.title_words \
                or lemma in vocab.title_words or lower in vocab.sector_nouns \
                or lemma in vocab.sector_nouns:
            continue
        counted = lower in vocab.people_noun_counted and any(
            c.dep_ == "nummod" for c in token.lefts)
        collective = lemma in vocab.people_noun_collective and _who(state, token)
        if not counted and not collective and not _wordnet_person(token):
            continue
        if token.dep_ == "compound" and head_of(token).i > token.i:
            continue  # "fan convention": the head decides
        plural = token.tag_ == "NNS"
        if not plural and not _determined(token):
            continue
        if lemma in vocab.people_noun_partitive and _of_body(token):
            continue  # "members of the union": the union acts
        if not collective and any(c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG"
                                  for c in token.lefts):
            continue  # "501st Legion members", "NASA customers": the organisation's people
        _sector_noun(state, token, _SECTOR, token.i)
        mention = state.owner.get(token.i)
        if mention is not None and mention.head == token.i:
            mention.reason = mention.reason.replace(
                "sector noun", "counted people noun" if counted else "WordNet person noun", 1)
            if not plural and not collective:
                mention.kind = "person"
