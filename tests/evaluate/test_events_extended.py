"""The extended match mode (actors ignored), actors_right, nonasserted_found, and whole-article
passages scored per sentence through ``sentence_contains`` (hand-made predictions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluate.events import score
from newsevents.evaluate.gold import parse_passage

ARTICLE = ("Chile's president urged Peru on Monday to reopen the border. "
           "Peru's foreign minister said Lima would not reopen it before March.")


def _passage(events: list[dict]):  # type: ignore[no-untyped-def, type-arg]
    return parse_passage({"id": "a", "text": ARTICLE, "events": events}, "t", Path("g.jsonl"))


def test_sentence_contains_keeps_matches_in_their_sentence(pred) -> None:  # type: ignore[no-untyped-def]
    gold = _passage([{"cameo": "02", "source": "CHL", "target": "PER", "modality": "asserted",
                      "sentence_contains": "urged Peru on Monday"}])
    first, second = ARTICLE.split(". ", 1)
    right = pred("0256", "CHLGOV", "PERGOV", sentence=first + ".")
    elsewhere = pred("0256", "CHLGOV", "PERGOV", sentence=second)
    assert score([gold], [[elsewhere]])["metrics"]["recall"] == 0.0
    assert score([gold], [[right]])["metrics"]["recall"] == 1.0


def test_actors_right_and_loose_recall(pred) -> None:  # type: ignore[no-untyped-def]
    gold = _passage([
        {"cameo": "02", "source": "CHL", "target": "PER", "modality": "asserted"},
        {"cameo": "08", "source": "PER", "target": "CHL", "modality": "negated"},
    ])
    preds = [pred("0256", "CHLGOV", "PERGOV"),  # right
             pred("081", "CHLGOV", None, modality="negated")]  # found, wrong participants
    m = score([gold], [preds])["metrics"]
    assert m["recall"] == 0.5 and m["precision"] == 0.5  # today's meaning
    assert m["loose_recall"] == 1.0 and m["loose_precision"] == 1.0
    assert m["actors_right"] == 0.5
    # the negated gold event is not matched in the strict sense: not found
    assert m["nonasserted_found"] == 0.0


def test_nonasserted_found_needs_the_right_modality(pred) -> None:  # type: ignore[no-untyped-def]
    gold = _passage([
        {"cameo": "08", "source": "PER", "target": "CHL", "modality": "negated"},
        {"cameo": "02", "source": "CHL", "target": "PER", "modality": "asserted"},
    ])
    m = score([gold], [[pred("081", "PERGOV", "CHLGOV", modality="asserted")]])["metrics"]
    assert m["recall"] == 0.5 and m["nonasserted_found"] == 0.0
    m = score([gold], [[pred("081", "PERGOV", "CHLGOV", modality="negated")]])["metrics"]
    assert m["nonasserted_found"] == 1.0
    assert m["actors_right"] == pytest.approx(1.0)
