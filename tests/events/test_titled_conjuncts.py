"""A country word before a run of coordinated titles is the titled person's country, and the
participant is the person ("PRC Director of … and Foreign Minister Wang Yi": the parser heads
the phrase with the first title and makes the name its conjunct; ``ActorFinder._titled_person``).

Through the real spaCy model on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from newsevents import extract_text


def test_the_target_is_the_titled_person_not_the_country_word() -> None:
    text = ("Blinken held talks with Indian Director of the Cabinet Office and Foreign Minister "
            "Subrahmanyam Jaishankar.")
    doc = extract_text(text, published="2024-05-02")
    targets = [(e.cameo, e.target.mention, e.target.code) for e in doc.events if e.target]
    assert any(c.startswith("04") and "Jaishankar" in m and code == "INDGOV"
               for c, m, code in targets), targets

