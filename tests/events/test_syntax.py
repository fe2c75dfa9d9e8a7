"""Voice on hand-built parses: who did it and who underwent it depends on it."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents import extract_text
from newsevents.events.syntax import is_passive

VOCAB = Vocab()


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


def test_participle_completing_a_passive_is_passive() -> None:
    # "people were reported killed": killed (VBN, xcomp) under a passive "reported"
    doc = _doc(["people", "were", "reported", "killed"], [2, 2, 2, 2],
               ["nsubjpass", "auxpass", "ROOT", "xcomp"], ["NNS", "VBD", "VBN", "VBN"])
    assert is_passive(doc[3])
    # "rebels wanted killed people": an active head keeps its participle complement active
    active = _doc(["rebels", "tried", "killing", "people"], [1, 1, 1, 2],
                  ["nsubj", "ROOT", "xcomp", "dobj"], ["NNS", "VBD", "VBG", "NNS"])
    assert not is_passive(active[2])


def test_found_dead_and_reported_killed_never_make_victims_the_killers() -> None:
    for text in ("Twenty people have been confirmed killed after the storm.",
                 "Five villagers were reported killed on Monday."):
        doc = extract_text(text, published="2024-03-01")
        for event in doc.events:
            assert event.source is None or "people" not in event.source.mention
            assert event.source is None or "villagers" not in event.source.mention
