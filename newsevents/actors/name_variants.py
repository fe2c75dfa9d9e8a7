"""A person named again with or without a middle name: "John R. Bolton" … "John Bolton",
"Robert Mugabe" … "Robert Gabriel Mugabe".

News names a person in full once and varies the form later: a middle initial dropped or added,
a middle name given in a biography paragraph. Without a link, the variant is looked up or coded
on its own: the dictionary's stale entry for "John Bolton" (an office that ended in 2006) over
the text's "national security advisor John R. Bolton", or a bare "Robert Gabriel Mugabe" coded as
a private person of the article's country, and every "he" after it with him. The later variant
takes the earlier mention's codes when the earlier one says more (the dictionary's office or a
title the text gave) and the later one only names the person.

Conservative by construction: the given name and the surname must be the same words, the only
difference is middle words, and exactly one earlier person fits. Two people the dictionary
tells apart ("George H. W. Bush", "George W. Bush") are never merged.
"""

from __future__ import annotations

from ..names import fold
from .mentions import DocState, Mention

#: Methods of a later mention that only named the person (no title or apposition of its own).
_NAME_ONLY = frozenset({"dictionary", "context", "ner", "unresolved"})


def _words(person: str) -> list[str]:
    return fold(person).replace(".", "").split()


def _middle_variant(short: list[str], long: list[str]) -> bool:
    """Is ``long`` ``short`` with middle words added (same first and last word)?"""
    if len(short) < 2 or len(long) <= len(short):
        return False
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])  # short's middle words, in order


def same_name(a: str, b: str) -> bool:
    """Do two person names differ only by middle names or initials?"""
    wa, wb = _words(a), _words(b)
    return _middle_variant(wa, wb) or _middle_variant(wb, wa)


def _informed(m: Mention) -> bool:
    """Does the mention carry more than a name: an office from the dictionary or a title?"""
    return m.role is not None or m.method == "dictionary"


def _names_only(state: DocState, m: Mention) -> bool:
    """Is the mention the bare name (no title words of its own in its span)?"""
    text = state.doc[m.start:m.end].text
    return m.person is not None and _words(text) == _words(m.person)


def link_middle_names(state: DocState) -> None:
    """Give a later bare variant of an earlier, better-informed person mention that person's
    codes and entity (pass 4, before pronouns, so "he" after the variant follows too)."""
    people = sorted((m for m in state.mentions if m.kind == "person" and m.person
                     and len(m.person.split()) >= 2), key=lambda m: m.start)
    for i, later in enumerate(people):
        if later.method not in _NAME_ONLY or not _names_only(state, later):
            continue
        earlier = {m.person: m for m in reversed(people[:i])
                   if m.person != later.person and same_name(m.person or "", later.person or "")}
        if len(earlier) != 1:
            continue  # none, or two different people the variant could be
        first = next(iter(earlier.values()))
        if not _informed(first) or (first.method == "dictionary" and later.method == "dictionary"):
            continue  # nothing to carry over, or two people the dictionary tells apart
        if first.entity is not None and first.entity == later.entity:
            continue
        name = state.text[first.start_char:first.end_char]
        later.country, later.sector, later.role, later.code = (
            first.country, first.sector, first.role, first.code)
        later.person, later.entity, later.name, later.generic = (
            first.person, first.entity, first.name, False)
        later.method = "coreference"
        later.reason = f"the name of '{name}' named earlier, with or without a middle name"
