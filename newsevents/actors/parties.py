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
        if m.sector != "PTY" or m.kind == "person" or not _named(state, m):
            continue
        terms = table.get(_key(state.text[m.start_char : m.end_char]), ())
        if any(t.start <= day and (t.end is None or day < t.end)
               and (not m.country or t.country == m.country) for t in terms):
            m.reason += "; the party of the sitting head of government (parties.csv) → PTY"
            continue
        m.sector = "OPP"
        if m.code == "PTY":
            m.code = "OPP"
        m.reason += (f"; not the head of government's party on {day.isoformat()} "
                     "(parties.csv) → OPP")
