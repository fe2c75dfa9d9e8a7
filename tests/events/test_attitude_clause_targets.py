"""An attitude (012 pessimism, 013 optimism and hope) is about whom its clause names: the
subject of its that-clause or of a gerund after its preposition — through the real model, on
sentences written for these tests (in no gold set), and on hand-built parses for the slot."""

from __future__ import annotations

import pytest

from newsevents import extract_text
from newsevents.events.slots import slot

from .coding import parsed


def _targets(text: str, root: str) -> set[str]:
    return {(e.target.code or e.target.country or "") if e.target else ""
            for e in extract_text(text, published="2024-05-02").events if e.cameo_root == root}


@pytest.mark.parametrize(("text", "root", "target"), [
    ("The EU is worried that Serbia will block the deal.", "01", "SRB"),
    ("The EU expressed concern that Serbia would block the deal.", "01", "SRB"),
    ("Germany voiced optimism that Russia would resume gas deliveries.", "01", "RUS"),
    ("Poland's foreign minister is skeptical about Germany being able to deliver the gas.",
     "01", "DEU"),
])
def test_the_clause_names_whom_the_attitude_is_about(text: str, root: str, target: str) -> None:
    found = _targets(text, root)
    assert any(t.startswith(target) for t in found), found


def test_a_clause_about_no_one_leaves_no_target() -> None:
    assert _targets("The French president is optimistic that the talks will succeed.",
                    "01") == {""}


def test_clause_slot_reads_a_gerund_after_the_preposition() -> None:
    # skeptical about Chile being able : Chile is nsubj of "being" (pcomp of "about")
    doc = parsed(["skeptical", "about", "Chile", "being", "able"],
                 [0, 0, 3, 1, 3], ["ROOT", "prep", "nsubj", "pcomp", "acomp"],
                 ["ADJ", "ADP", "PROPN", "AUX", "ADJ"])
    assert [t.text for t in slot(doc[0], "clause")] == ["Chile"]


def test_clause_slot_reads_a_that_clause_of_a_noun_but_not_a_relative_one() -> None:
    # concern that Chile would leave / concern Chile raised (no "that": a relative clause)
    doc = parsed(["concern", "that", "Chile", "would", "leave"],
                 [0, 4, 4, 4, 0], ["ROOT", "mark", "nsubj", "aux", "acl"],
                 ["NOUN", "SCONJ", "PROPN", "AUX", "VERB"])
    assert [t.text for t in slot(doc[0], "clause")] == ["Chile"]
    rel = parsed(["concern", "Chile", "raised"], [0, 2, 0], ["ROOT", "nsubj", "acl"],
                 ["NOUN", "PROPN", "VERB"])
    assert slot(rel[0], "clause") == []
