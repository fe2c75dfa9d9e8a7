"""Convert WordNet 3.0's noun index into newsevents' table of noun kinds (supersenses).

Usage (from the repository root; re-runnable, the output is deterministic)::

    python tools/convert_wordnet_kinds.py /usr/share/wordnet newsevents/data/events/noun_kinds.tsv

The folder is WordNet 3.0's database (Debian/Ubuntu package ``wordnet-base``: ``index.noun``
and ``data.noun``). Every noun synset sits in one lexicographer file, its supersense
(``noun.person``, ``noun.animal``, ``noun.artifact``, ``noun.cognition`` …, see WordNet's
``lexnames(5WN)``). The event senses (``events/senses.py``) ask one question of a participant
nobody coded: can this noun name someone (a person, a group) or somewhere, or is it a thing, an
animal, an idea? ("workers rounded up the goats", "the driver struck the pillars", "apprehend a
truth"). A noun's kinds are the supersenses of the senses SemCor tagged (WordNet's ``tagsense_cnt``:
the senses a reader meets), in frequency order; ``noun.Tops`` synsets are named by their own
word ("person", "food", "animal"). Kept: one-word lemmas with at least one tagged sense (about
9,500 common nouns); a rarer noun is unknown to the table and never vetoes an event.
"""

from __future__ import annotations

import argparse
from pathlib import Path

LEXNAMES = {3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body",
            9: "cognition", 10: "communication", 11: "event", 12: "feeling", 13: "food",
            14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
            19: "phenomenon", 20: "plant", 21: "possession", 22: "process", 23: "quantity",
            24: "relation", 25: "shape", 26: "state", 27: "substance", 28: "time"}

#: Senses newer than WordNet 3.0's tagged ones, added first (the reason beside each)
ADDED = {
    "drone": "artifact",  # an unmanned aircraft: SemCor (1990s) tagged only the male bee
}

HEADER = """\
# Noun kinds: the WordNet supersenses of common English nouns (events/senses.py)
#
# source: WordNet 3.0 (Princeton University), index.noun and data.noun, converted by
#   tools/convert_wordnet_kinds.py: the lexicographer files of each one-word noun's senses that
#   SemCor tagged, in frequency order; noun.Tops synsets named by their own word; a sense newer
#   than SemCor's texts added first where the converter's ADDED table says why ("drone").
# licence: WordNet 3.0 license. Copyright 2006 by Princeton University. All rights reserved.
#   Permission to use, copy, modify and distribute this software and database and its
#   documentation for any purpose and without fee or royalty is hereby granted, provided that
#   you agree to comply with the following copyright notice and statements, including the
#   disclaimer, and that the same appear on ALL copies of the software, database and
#   documentation, including modifications that you make for internal use or for distribution.
#   THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
#   REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
#   Princeton may not be used in advertising or publicity pertaining to distribution of the
#   software and/or database. Title to copyright in this software, database and any associated
#   documentation shall at all times remain with Princeton University and LICENSEE agrees to
#   preserve same.
#
# columns: lemma <TAB> kinds (space-separated supersenses, most frequent sense first)
"""


def _synsets(data_noun: Path) -> dict[str, tuple[str, str]]:
    """Offset → (supersense, first word) of every noun synset."""
    out: dict[str, tuple[str, str]] = {}
    with data_noun.open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            fields = line.split(" ", 5)
            out[fields[0]] = (LEXNAMES[int(fields[1])], fields[4].lower())
    return out


def kinds_table(folder: Path) -> list[tuple[str, list[str]]]:
    synsets = _synsets(folder / "data.noun")
    rows: list[tuple[str, list[str]]] = []
    with (folder / "index.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            f = line.split()
            lemma, pointers = f[0], int(f[3])
            tagged = int(f[5 + pointers])
            offsets = f[6 + pointers:]
            if tagged < 1 or "_" in lemma or "-" in lemma or not lemma.isalpha():
                continue
            kinds: list[str] = [ADDED[lemma]] if lemma in ADDED else []
            for offset in offsets[:tagged]:
                kind, word = synsets[offset]
                if kind == "tops":
                    kind = word if word in LEXNAMES.values() else "tops"
                if kind not in kinds:
                    kinds.append(kind)
            rows.append((lemma, kinds))
    return sorted(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wordnet", type=Path, help="WordNet 3.0 dict folder (index.noun, data.noun)")
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    body = "".join(f"{lemma}\t{' '.join(kinds)}\n" for lemma, kinds in kinds_table(a.wordnet))
    a.out.write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main()
