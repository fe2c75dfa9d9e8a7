"""A short mention that takes its person's code says so once, though the sharing pass runs twice
(once after the context pass, once after the late recodes)."""

from __future__ import annotations

from newsevents import extract_text


def test_a_short_mention_gives_its_borrowed_code_once() -> None:
    text = ("Floods hit the Russian city of Omsk on Monday. Emergencies Minister Pavel Sorokin "
            "visited the town. Sorokin said rescuers had saved 40 people in Russia.")
    doc = extract_text(text, published="2025-03-14")
    [short] = [a for a in doc.actors if a.mention == "Sorokin"]
    assert short.code == "RUSGOV"
    assert short.resolution.reason.count("is coded RUSGOV by its context") == 1
