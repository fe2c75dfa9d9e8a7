"""Governing party or opposition: the guard on PTY.

The annotation guide codes a party ``PTY`` only while it holds the head of government; every
other party is ``OPP``. Sector nouns and unknown ORG names ("Thai Raksa Chart Party") first get
``PTY`` from the word "party"; :func:`guard_parties` then keeps ``PTY`` only for a party that
``parties.csv`` lists as the head of government's on the publication date. Without a date
nothing changes (we cannot know who governs).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles
from ..nlp.shared import lowers_of, tokens_of, words_of
from .mentions import DocState, Mention

_SCHEMA = {"name": str, "aliases": str, "country": str, "start": str, "end": str}
#: Words that name no party in particular ("the party", "the ruling party").
_PARTY_WORDS = frozenset({"the", "party", "parties", "ruling", "political", "governing",
                          "opposition", "his", "her", "their", "its", "a", "an"})


@dataclass(frozen=True)
class _Term:
    country: str
    start: dt.date
    end: dt.date | None


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _key(name: str) -> str:
    """'The Law and Justice Party' and 'Law and Justice' are one key."""
    words = re.sub(r"[’']s\b", "", name).lower().split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1)
def governing() -> dict[str, tuple[_Term, ...]]:
    """Party name key -> the periods it held the head of government (read once)."""
    table: dict[str, list[_Term]] = {}
    for row in datafiles.load_csv("actors/parties.csv", _SCHEMA):
        start = _date(row["start"])
        if start is None:
            continue
        term = _Term(row["country"], start, _date(row["end"]))
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            table.setdefault(_key(name), []).append(term)
    return {k: tuple(v) for k, v in table.items()}


def _named(state: DocState, m: Mention) -> bool:
    """Does the mention name a party ("Thai Raksa Chart Party"), not just say "the party"?"""
    return any(t.text[:1].isupper() and t.lower_ not in _PARTY_WORDS
               for t in state.doc[m.start : m.end])


def guard_parties(state: DocState) -> None:
    """Named parties not in government on the publication date become ``OPP`` (in place)."""
    day = state.published
    if day is None:
        return
    table = governing()
    for m in state.mentions:
        if m.sector != "PTY":
            continue
        if m.kind == "person":
            name = _office_party(state, m)  # "Green Party leader X": the Green Party's
            if name is None:
                continue
        elif _named(state, m):
            name = state.text[m.start_char : m.end_char]
        else:
            continue
        terms = table.get(_key(name), ())
        if any(t.start <= day and (t.end is None or day < t.end)
               and (not m.country or t.country == m.country) for t in terms):
            m.reason += "; the party of the sitting head of government (parties.csv) → PTY"
            continue
        m.sector = "OPP"
        if m.code == "PTY":
            m.code = "OPP"
        m.reason += (f"; not the head of government's party on {day.isoformat()} "
                     "(parties.csv) → OPP")


def _office_party(state: DocState, m: Mention) -> str | None:
    """The named party whose office a titled person holds ("Green Party leader X" → "Green
    Party"): the capitalised words before the "Party" in the mention's title, within the
    sentence (the mention itself may start at "Party")."""
    doc = state.doc
    party = next((t for t in doc[m.start : m.end] if t.text == "Party"), None)
    if party is None:
        return None
    sent_start = state.sents[state.sent_index[party.i]].start
    i = party.i - 1
    while i >= sent_start and doc[i].text[:1].isupper() and doc[i].lower_ not in ("former",):
        i -= 1
    if i + 1 == party.i:
        return None
    return doc[i + 1 : party.i + 1].text


#: How many sentences back "the party" may find the party it means.
_WINDOW = 4


def the_party(state: DocState) -> None:
    """"the party" after a named party is that party ("… the Law and Justice Party. The party
    said …"); with no party named nearby it is a celebration or a side in a case, no actor."""
    doc = state.doc
    lowers, tokens = lowers_of(doc), tokens_of(doc)
    for i, lower in enumerate(lowers):  # the lower column: a Token only for "the party"
        if lower != "party" or i == 0 or lowers[i - 1] != "the":
            continue
        tok = tokens[i]
        if (not state.free(tok.i - 1, tok.i + 1)
                or any(c.dep_ in ("amod", "compound", "poss") for c in tok.lefts)):
            continue
        here = state.sent_index[tok.i]
        best: Mention | None = None
        for m in state.mentions:
            if (m.start < tok.i and m.sector in ("PTY", "OPP") and m.kind == "organisation"
                    and _named(state, m) and here - state.sent_index[m.head] <= _WINDOW
                    and (best is None or m.start > best.start)):
                best = m
        if best is None:
            continue
        name = state.text[best.start_char : best.end_char]
        state.add(Mention(tok.i - 1, tok.i + 1, doc[tok.i - 1].idx, tok.idx + len(tok),
                          name, "organisation", best.country, best.sector, None,
                          "coreference", f"'the party' refers back to '{name}'",
                          head=tok.i, code=best.code, entity=best.entity))


_CONNECTORS = frozenset({"and", "of", "for", "&"})


def named_parties(state: DocState) -> None:
    """A capitalised name ending in "Party" is one party even when the small NER model cuts it
    into a person and a judge ("Law and Justice Party" → "Law", "Justice")."""
    doc = state.doc
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):
        if word != "Party" or i == 0:
            continue
        tok = tokens[i]
        start = tok.i
        i = tok.i - 1
        while i >= 0 and (doc[i].text[:1].isupper() or (doc[i].lower_ in _CONNECTORS
                                                         and i > 0
                                                         and doc[i - 1].text[:1].isupper())):
            if doc[i].is_sent_start:
                start = i
                break
            start = i
            i -= 1
        if start == tok.i or doc[start].lower_ == "the":
            start += 1 if doc[start].lower_ == "the" else 0
        if start >= tok.i:
            continue
        covered = [m for m in state.mentions if m.start < tok.i + 1 and m.end > start]
        if any(m.start < start or m.end > tok.i + 1 or not (m.generic or m.method == "ner")
               for m in covered):
            continue  # part of a longer actor, or a dictionary name inside it
        for m in covered:
            state.remove(m)
        nation = next((state.nation[t.i][0] for t in doc[start : tok.i]
                       if t.i in state.nation and len(state.nation[t.i][0]) == 3), None)
        state.add(Mention(start, tok.i + 1, doc[start].idx, tok.idx + len(tok),
                          doc[start : tok.i + 1].text, "organisation", nation, "PTY", None,
                          "ner", "a capitalised name ending in 'Party' (PTY)",
                          head=tok.i, code="PTY" if nation is None else None,
                          generic=nation is None))
