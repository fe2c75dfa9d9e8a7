"""The first characters a regular expression can match: the time finder dispatches on them.

The time finder (:func:`.finder.find_candidates`) looks for ~45 search patterns at every word
start of an article. Trying each in turn, or one regex alternation of all of them (the gate
of earlier rounds, a third and then a fifth of the times stage's CPU), costs more than the
matches: most patterns can only start with a few words ("ago" needs a number or a vague word,
"quarter" a "Q", "the", "first" …). :class:`PrefixIndex` keeps, per three first characters
(lower-cased), the patterns that can start with them; the finder tries only those.

The prefixes are read from the pattern's own parse (``re._parser``, the module ``re`` compiles
with) and are a superset: lookarounds are left out, case is ignored, and anything this module
does not understand (a class such as ``\\w``, a back-reference) makes the pattern one that is
tried everywhere. Only ASCII text is dispatched on; a position whose next characters are not
ASCII tries every pattern, so case-folding subtleties (the Kelvin sign matches "k" under
``re.IGNORECASE``) cannot lose a match.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
import string
from collections.abc import Iterable
from functools import cache
from typing import Any

#: what ``\s`` matches in ASCII (``str.isspace``: the separators \x1c–\x1f too)
_ASCII_SPACE = frozenset(ch for ch in map(chr, range(128)) if ch.isspace())
_DIGITS = frozenset(string.digits)


#: strings of one pattern's prefix set before the analysis gives up ("any prefix")
_PREFIX_CAP = 20_000
_ASCII = [chr(code) for code in range(128)]
Prefixes = frozenset[str] | None


@cache
def _folds(ch: str) -> frozenset[str]:
    """``ch`` lower-cased and every ASCII character ``re.IGNORECASE`` matches to it, lower-cased
    ("ſ" matches "s", the Kelvin sign "k"): the alphabet prefixes are spelt in."""
    found = {a.lower() for a in _ASCII if re.fullmatch(re.escape(ch), a, re.IGNORECASE)}
    lower = ch.lower()
    return frozenset(found | {lower if len(lower) == 1 else ch})


def _class_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            found |= _folds(chr(av))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 256:
                return None
            for code in range(lo, hi + 1):
                found |= _folds(chr(code))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            found |= _DIGITS  # a non-ASCII digit is looked up as "any" (see PrefixIndex)
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            found |= _ASCII_SPACE
        else:
            return None
    return frozenset(found)


def _concat(heads: frozenset[str] | None, tails: frozenset[str] | None, k: int) -> Prefixes:
    """Each head (a whole match shorter than ``k``, or a cut prefix of length ``k``) followed by
    each tail, cut to ``k`` characters."""
    if heads is None:
        return None
    done = {h for h in heads if len(h) >= k}
    open_ = [h for h in heads if len(h) < k]
    if not open_:
        return frozenset(done)
    if tails is None:
        return None
    joined = done | {(h + t)[:k] for h in open_ for t in tails}
    return frozenset(joined) if len(joined) <= _PREFIX_CAP else None


def _prefix_item(op: Any, av: Any, k: int) -> Prefixes:
    if op is _c.LITERAL:
        return _folds(chr(av))
    if op is _c.IN:
        return _class_chars(av)
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            part = _prefix_sequence(branch, k)
            if part is None:
                return None
            found |= part
        return frozenset(found) if len(found) <= _PREFIX_CAP else None
    if op is _c.SUBPATTERN:
        return _prefix_sequence(av[3], k)
    if op is _c.ATOMIC_GROUP:
        return _prefix_sequence(av, k)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _prefix_sequence(body, k)
        if once is None:
            return None
        result: set[str] = {""} if low == 0 else set()
        current: Prefixes = frozenset({""})
        # past ``low + k`` repetitions every string is cut or repeats an empty match
        for count in range(1, min(high, low + k) + 1):
            current = _concat(current, once, k)
            if current is None:
                return None
            if count >= low:
                result |= current
        return frozenset(result) if len(result) <= _PREFIX_CAP else None
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return frozenset({""})  # zero-width: a constraint left out only widens the set
    return None


def _prefix_sequence(items: Any, k: int) -> Prefixes:
    found: Prefixes = frozenset({""})
    for op, av in items:
        if found is not None and all(len(s) >= k for s in found):
            return found
        found = _concat(found, _prefix_item(op, av, k), k)
        if found is None:
            return None
    return found


def prefixes(pattern: str, k: int) -> Prefixes:
    """The first ``k`` characters, lower-cased, a match of ``pattern`` (read case-insensitively)
    can start with, or None for any: each string is either ``k`` long or a whole match. A
    superset, like :func:`first_characters` (lookarounds left out, case ignored); a non-ASCII
    character the text has there is for :class:`PrefixIndex` to treat as "any"."""
    return _prefix_sequence(_p.parse(pattern, re.IGNORECASE), k)


class PrefixIndex:
    """Which of a list of patterns can match at a position, from the next ``k`` characters:
    a dictionary look-up instead of trying every pattern (or a regex alternation of them).
    A pattern whose prefixes are unknown is in :attr:`always` and never among the candidates:
    it is for the caller to search the whole text with it (one regex scan, not a try at every
    position)."""

    def __init__(self, patterns: list[str], k: int = 3) -> None:
        self.k = k
        # by_length[n]: prefix of n characters -> the patterns it can start (n == k: cut
        # prefixes; n < k: whole matches that short)
        by_length: list[dict[str, set[int]]] = [{} for _ in range(k + 1)]
        always: list[int] = []
        for i, pattern in enumerate(patterns):
            found = prefixes(pattern, k)
            if found is None:
                always.append(i)
                continue
            for prefix in found:
                by_length[len(prefix)].setdefault(prefix, set()).add(i)
        self.always = tuple(always)
        self.everything = tuple(i for i in range(len(patterns)) if i not in always)

        def merged(prefix: str) -> tuple[int, ...]:
            ids: set[int] = set()
            for n in range(len(prefix) + 1):
                ids |= by_length[n].get(prefix[:n], set())
            return tuple(sorted(ids))

        # each table answers for its keys with the shorter whole matches included
        self._tables = [{p: merged(p) for p in table} for table in by_length]
        self._none = merged("")

    def candidates(self, text: str, pos: int) -> tuple[int, ...]:
        """The patterns (indices, ascending; none of :attr:`always`) that may match ``text`` at
        ``pos``."""
        k = self.k
        ahead = text[pos : pos + k]
        if len(ahead) < k or not ahead.isascii():
            return self.everything
        ahead = ahead.lower()
        tables = self._tables
        found = tables[k].get(ahead)
        if found is not None:
            return found
        for n in range(k - 1, 0, -1):
            found = tables[n].get(ahead[:n])
            if found is not None:
                return found
        return self._none

    def scan(self, text: str, positions: Iterable[int]) -> list[tuple[int, tuple[int, ...]]]:
        """(position, :meth:`candidates`) for each of ``positions`` that has any: the same
        answers in one loop over the text (the finder asks at every word start, ~4,000 times an
        article, and most positions start no pattern), without a method call per position."""
        k = self.k
        tables = self._tables
        full = tables[k]
        shorter = [(n, tables[n]) for n in range(k - 1, 0, -1)]
        none = self._none
        everything = self.everything
        found: list[tuple[int, tuple[int, ...]]] = []
        for pos in positions:
            ahead = text[pos : pos + k]
            if len(ahead) < k or not ahead.isascii():
                ids = everything
            else:
                ahead = ahead.lower()
                hit = full.get(ahead)
                if hit is None:
                    for n, table in shorter:
                        hit = table.get(ahead[:n])
                        if hit is not None:
                            break
                    else:
                        hit = none
                ids = hit
            if ids:
                found.append((pos, ids))
        return found
