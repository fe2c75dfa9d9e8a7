"""``_pobjs_by_prep``: the prepositional objects of a trigger's holders grouped by preposition in
one walk, the same lists (and order) as asking ``_pobjs`` once per preposition; sentences written
for this test, through the real model."""

from __future__ import annotations

from typing import Any

from newsevents import nlp as ne_nlp
from newsevents.events.patient_words import _holders, _pobjs, _pobjs_by_prep

_SENTENCES = [
    "Chile imposed tariffs on Peru and Bolivia against the advice of the WTO.",
    "The rebels fired rockets at the base, into the town and toward the airport on Monday.",
    "Sweden handed the files to Finland, to Norway and to the court in The Hague.",
    "The ministers met with farmers from Kerala and with unions at the port.",
]


def test_grouped_walk_is_the_per_preposition_walk(nlp: Any) -> None:
    seen = 0
    for text in _SENTENCES:
        for tok in ne_nlp.parse(text):
            holders = _holders(tok)
            grouped = _pobjs_by_prep(holders)
            names = {c.lower_ for h in holders for c in h.children} | {"to", "from", "upon"}
            for name in names:
                expected = [g for h in holders for g in _pobjs(h, frozenset({name}))]
                assert grouped.get(name, []) == expected, (text, tok.text, name)
                seen += bool(expected)
    assert seen >= 8  # the premise: the sentences have oblique phrases to find
