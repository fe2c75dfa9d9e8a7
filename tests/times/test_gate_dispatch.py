"""The time finder's gate tries only the patterns that can start with a word's first character:
it must match exactly where the plain alternation of every pattern matches."""

from __future__ import annotations

import re

from newsevents.times.finder import _finders, _gate, find_candidates
from newsevents.times.firsts import first_characters

SENTENCES = [
    "The ferry left on Thursday morning, two weeks after the strike began in March 2011.",
    "Q3 2024 sales rose; the year-earlier quarter was weak, the minister said at 5 p.m. EST.",
    "Twice a year the council meets, and three times a week the inspectors visit, every day.",
    "In the early 1990s the mill closed; by the summer of 1994 it was gone, about 40 years ago.",
    "She spoke ſome words at noon Saturday; K and İstanbul’s mayor left 'til the weekend.",
    "FY2023 ended in June. The year ended June 30 was the first half of fiscal 2023.",
]


def _plain() -> re.Pattern[str]:
    bodies = [p.pattern.replace("(?P<x>", "(?:") for _, p, _ in _finders()]
    return re.compile(r"(?<![\w'-])(?=[\w'])(?=" + "|".join(bodies) + ")", re.IGNORECASE)


def test_first_characters_of_simple_patterns() -> None:
    assert first_characters(r"(?:the\s+)?year", re.IGNORECASE) == frozenset("tTyY")
    assert first_characters(r"Q[1-4]", 0) == frozenset("Q")
    assert first_characters(r"\d{1,2}\s+century", 0) == frozenset("0123456789")
    assert first_characters(r"[\w-]+\s+times", 0) is None  # \w: any character
    assert first_characters(r"(?:ago)?", 0) is None  # can match the empty string
    assert first_characters(r"(?<=the )(?:May|June)", 0) == frozenset("MJ")


def test_gate_matches_where_the_plain_alternation_matches() -> None:
    plain = _plain()
    for sentence in SENTENCES:
        assert [m.start() for m in _gate().finditer(sentence)] == [
            m.start() for m in plain.finditer(sentence)
        ]
    found = {sentence[s:e] for sentence in SENTENCES for s, e, _ in find_candidates(sentence)}
    assert {"Thursday morning", "Q3 2024", "three times a week", "the early 1990s"} <= found
