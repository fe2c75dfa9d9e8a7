"""Write ``newsevents/data/events/artefacts.tsv``: the nouns of WordNet 3.0 that name buildings,
installations, vehicles and routes (noun.artifact), each with the CAMEO sector of the people an
attack on it hits when the text names no owner (events/artefacts.py).

Usage: python tools/convert_wordnet_artefacts.py /usr/share/wordnet
> newsevents/data/events/artefacts.tsv (the ``wordnet-base`` Debian package's database
directory). Re-runnable, deterministic.

Why: CAMEO codes interactions of political actors (Schrodt 2012, CAMEO manual ch. 2). "Gunmen
attacked a bus", "militants ambushed a military convoy", "rebels shelled a police station":
the bus is no party, its users are; the convoy is the army's; the station is the police's.
The KINDS table says which root synset gives which sector to its hyponyms (a more specific
root, later in the table, wins): civilians (CVL) for structures, facilities, vehicles and
routes in general; the military (MIL) for military installations and vehicles; police (COP),
schools (EDU), hospitals (HLH) and places of worship (REL) for theirs. A word takes the sector
of its commonest sense under a root, looked at among its first ``SENSES`` senses only (WordNet
lists senses by frequency: "station" is a facility before it is a rank); SKIP_WORDS are too
often no artefact in news ("position", "line", "front"). Two-word lemmas are kept with a space
("police station"): the events stage tries a compound and its head first.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: root synsets (WordNet 3.0 noun offsets, a lemma for the reader) and the sector of their
#: hyponyms; a more specific root (later) wins
KINDS: list[tuple[str, str, str]] = [
    ("04341686", "structure", "CVL"),
    ("03315023", "facility", "CVL"),
    ("03100490", "conveyance", "CVL"),
    ("04564698", "way", "CVL"),
    ("08417801", "convoy", "CVL"),  # noun.group: a procession of land vehicles
    ("03763133", "military_installation", "MIL"),
    ("03764276", "military_vehicle", "MIL"),
    ("04552696", "warship", "MIL"),
    ("03977678", "police_station", "COP"),
    ("04146050", "school", "EDU"),
    ("03540595", "hospital", "HLH"),
    ("03953416", "place_of_worship", "REL"),
]
#: how many of a word's commonest senses are looked at
SENSES = 3
#: words too often no artefact where an attack names them ("attacked his position", "the
#: front line", "attacked the system"), or places the events stage reads as territory
SKIP_WORDS = frozenset({"position", "line", "front", "way", "system", "place", "point", "area",
                        "side", "target", "course", "path", "access", "approach", "means",
                        "mean", "track", "passage", "direction", "post", "foundation",
                        "organization", "establishment", "institution", "body", "field",
                        "range", "column", "bar", "board", "step", "stage", "floor", "level",
                        "cell", "court", "house", "home", "office", "headquarters", "ministry",
                        "embassy", "consulate", "parliament", "capitol", "bank", "palace",
                        "plant", "industry", "business", "concern", "firm", "company",
                        "service", "network", "grid", "channel", "medium", "carrier", "vehicle",
                        "transport", "transportation", "conveyance", "structure",
                        "construction", "facility", "installation", "building"})


def main(wordnet: Path) -> None:
    words: dict[str, list[str]] = {}
    hypo: dict[str, list[str]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" ")
        off, nwords = parts[0], int(parts[3], 16)
        words[off] = [parts[4 + 2 * i].lower() for i in range(nwords)]
        rest = parts[4 + 2 * nwords:]
        nptr = int(rest[0])
        hypo[off] = [rest[1 + 4 * i + 1] for i in range(nptr) if rest[1 + 4 * i] == "~"]
    kind_of: dict[str, tuple[str, str]] = {}
    for root, name, sector in KINDS:  # later, more specific roots overwrite
        stack = [root]
        seen: set[str] = set()
        while stack:
            off = stack.pop()
            if off in seen:
                continue
            seen.add(off)
            kind_of[off] = (sector, name)
            stack += hypo.get(off, [])
    sector_of: dict[str, tuple[str, str]] = {}
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        w, offsets = parts[0], parts[-int(parts[2]):]
        if "-" in w or w.count("_") > 1 or w in SKIP_WORDS or not w.replace("_", "").isalpha():
            continue
        sense = next((o for o in offsets[:SENSES] if o in kind_of), None)
        if sense is not None:
            sector_of[w.replace("_", " ")] = kind_of[sense]
    print("# Artefacts: nouns of WordNet 3.0 naming buildings, installations, vehicles and")
    print("# routes, with the CAMEO sector of those an attack on them hits when the text names")
    print("# no owner (\"attacked a bus\" → civilians; \"a barracks\" → the military).")
    print("# Generated by tools/convert_wordnet_artefacts.py (its KINDS table; CAMEO sector")
    print("# codes, Schrodt 2012, CAMEO manual 1.1b3 ch. 3).")
    print("# licence: WordNet 3.0 license. Copyright 2006 by Princeton University.")
    print("#   All rights reserved. Permission to use, copy, modify and distribute this")
    print("#   software and database and its documentation for any purpose and without fee or")
    print("#   royalty is hereby granted, provided that you agree to comply with the WordNet")
    print("#   copyright notice and disclaimer.")
    print("# columns: lemma (two words joined by a space), CAMEO sector, WordNet root synset")
    for w in sorted(sector_of):
        print(f"{w}\t{sector_of[w][0]}\t{sector_of[w][1]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
