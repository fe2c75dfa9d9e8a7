"""Which characters a regular expression can start with: the time finder's gate dispatches on it.

The gate (:func:`.finder._gate`) is one zero-width regex that matches where any of ~40 search
patterns starts. As a plain alternation, every word start of an article tried every pattern in
turn (a third of the times stage's CPU). Most patterns can only start with a few letters or a
digit ("ago" needs a number or a vague word, "quarter" a "Q", "the", "first" …), so the gate
first looks at the word's first character and tries only the patterns that can start with it.

The first characters are read from the pattern's own parse (``re._parser``, the module ``re``
compiles with) and are a superset: anything this module does not understand, a class such as
``\\w``, or a pattern that can match the empty string, counts as "any character". Only ASCII
characters are dispatched on; any other character tries every pattern, so case-folding
subtleties (the Kelvin sign matches "k" under ``re.IGNORECASE``) cannot lose a match.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
import string
from typing import Any

_ASCII_SPACE = frozenset(" \t\n\r\f\v")
_DIGITS = frozenset(string.digits)
#: None: "any character" (the analysis does not restrict it)
Firsts = frozenset[str] | None


def _union(a: Firsts, b: Firsts) -> Firsts:
    return None if a is None or b is None else a | b


def _in_class(items: list[tuple[Any, Any]]) -> Firsts:
    found: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            found.add(chr(av))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 256:
                return None
            found.update(chr(code) for code in range(lo, hi + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            found |= _DIGITS
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            found |= _ASCII_SPACE
        else:  # a negation, \w, \W, \S, \D, …: anything
            return None
    return frozenset(found)


def _item(op: Any, av: Any) -> tuple[Firsts, bool]:
    """(first characters, can match empty) of one parsed item."""
    if op is _c.LITERAL:
        return frozenset({chr(av)}), False
    if op is _c.IN:
        return _in_class(av), False
    if op is _c.BRANCH:
        firsts: Firsts = frozenset()
        empty = False
        for branch in av[1]:
            f, e = _sequence(branch)
            firsts, empty = _union(firsts, f), empty or e
        return firsts, empty
    if op is _c.SUBPATTERN:
        return _sequence(av[3])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        f, e = _sequence(body)
        return f, e or low == 0
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return frozenset(), True  # zero-width: a constraint left out only widens the set
    return None, False  # ANY, NOT_LITERAL, group references, …: anything


def _sequence(items: Any) -> tuple[Firsts, bool]:
    firsts: Firsts = frozenset()
    for op, av in items:
        f, empty = _item(op, av)
        firsts = _union(firsts, f)
        if firsts is None:
            return None, False  # "any" stays "any", whatever follows
        if not empty:
            return firsts, False
    return firsts, True


def first_characters(pattern: str, flags: int = 0) -> Firsts:
    """The ASCII characters a match of ``pattern`` can start with, or None for any (both cases
    of a letter under ``re.IGNORECASE``)."""
    firsts, empty = _sequence(_p.parse(pattern, flags))
    if firsts is None or empty:
        return None
    if any(not ch.isascii() for ch in firsts):
        return None  # a non-ASCII letter may fold to an ASCII one
    if flags & re.IGNORECASE:
        firsts = firsts | {ch.swapcase() for ch in firsts}
    return frozenset(firsts)


def dispatch(bodies: list[str], flags: int, starts: str) -> str:
    """A zero-width alternation equivalent to ``(?=body1|body2|…)`` at a position whose
    character is in ``starts``: per group of start characters, a char test then only the bodies
    that can start with one of them; a character outside ``starts`` or non-ASCII tries all."""
    firsts = [first_characters(body, flags) for body in bodies]
    groups: dict[tuple[int, ...], list[str]] = {}
    for ch in starts:
        fits = tuple(i for i, f in enumerate(firsts) if f is None or ch in f)
        groups.setdefault(fits, []).append(ch)
    branches = []
    for fits, chars in groups.items():
        if not fits:
            continue
        test = "".join(re.escape(ch) for ch in chars)
        branches.append(f"(?-i:(?=[{test}]))(?=" + "|".join(bodies[i] for i in fits) + ")")
    outside = "".join(re.escape(ch) for ch in starts)
    branches.append(f"(?-i:(?=[^{outside}]))(?=" + "|".join(bodies) + ")")
    return "(?:" + "|".join(branches) + ")"
