"""A country word before a run of coordinated titles is the titled person's country, and the
participant is the person ("PRC Director of … and Foreign Minister Wang Yi": the parser heads
the phrase with the first title and makes the name its conjunct; ``events.titled.titled_person``).

Through the real spaCy model on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from newsevents import extract_text


def _targets(text: str) -> list[tuple[str, str, str | None]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, e.target.mention, e.target.code) for e in doc.events if e.target]


def test_the_target_is_the_titled_person_not_the_country_word() -> None:
    found = _targets("Macron spoke today with PRC Director of the Central Commission and "
                     "Foreign Minister Wang Yi.")
    assert [(c[:2], m, code) for c, m, code in found] == [
        ("04", "Foreign Minister Wang Yi", "CHNGOV")], found


def test_the_country_word_gives_an_uncoded_titled_person_its_country() -> None:
    found = _targets("The Kenyan president spoke today with UAE Director of the Executive "
                     "Office and Foreign Minister Abdullah bin Zayed.")
    assert [(c[:2], code) for c, _m, code in found] == [("04", "AREGOV")], found



def test_a_possessive_country_before_the_titles_is_the_persons_country() -> None:
    found = _targets("Macron spoke on Friday with China's Director of the Central Commission "
                     "and Foreign Minister Wang Yi.")
    assert [(c[:2], m, code) for c, m, code in found] == [
        ("04", "Foreign Minister Wang Yi", "CHNGOV")], found
