"""The WordNet 3.0 noun database as the converters read it: hyponym links, the closure of root
synsets over them, and each word's senses in frequency order.

Shared by ``convert_wordnet_weapons.py`` and ``convert_wordnet_artefacts.py``, which differ only
in their roots (KINDS), which words they keep and how many senses they look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

#: The header lines every data file derived from WordNet carries (its licence asks for them).
LICENCE = """# licence: WordNet 3.0 license. Copyright 2006 by Princeton University.
#   All rights reserved. Permission to use, copy, modify and distribute this
#   software and database and its documentation for any purpose and without fee or
#   royalty is hereby granted, provided that you agree to comply with the WordNet
#   copyright notice and disclaimer."""


def hyponyms(wordnet: Path, pointers: tuple[str, ...]) -> dict[str, list[str]]:
    """Each noun synset's hyponym offsets, following the pointer symbols ``pointers`` ("~"
    hyponym, "~i" instance) of ``data.noun``."""
    hypo: dict[str, list[str]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        parts = line.split(" ")
        off, nwords = parts[0], int(parts[3], 16)
        rest = parts[4 + 2 * nwords:]
        nptr = int(rest[0])
        hypo[off] = [rest[1 + 4 * i + 1] for i in range(nptr) if rest[1 + 4 * i] in pointers]
    return hypo


def closure(
    hypo: dict[str, list[str]], kinds: list[tuple[str, str, str]]
) -> dict[str, tuple[str, str]]:
    """Every synset under a root of ``kinds`` (offset, name, value) mapped to (value, name); a
    later root in ``kinds`` overwrites an earlier one, so more specific roots come last."""
    kind_of: dict[str, tuple[str, str]] = {}
    for root, name, value in kinds:
        stack = [root]
        seen: set[str] = set()
        while stack:
            off = stack.pop()
            if off in seen:
                continue
            seen.add(off)
            kind_of[off] = (value, name)
            stack += hypo.get(off, [])
    return kind_of


def senses(wordnet: Path) -> Iterator[tuple[str, list[str]]]:
    """Each lemma of ``index.noun`` with its synset offsets, commonest sense first."""
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        yield parts[0], parts[-int(parts[2]):]
