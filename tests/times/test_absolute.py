"""dateparser, the fallback for spaCy dates the rules cannot read: asked only where no reading of
our own rules holds the span, and never for a bare number (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from newsevents import times
from newsevents.times.absolute import parse_absolute, worth_parsing
from newsevents.times.normalise import Norm

FRIDAY = dt.date(2025, 3, 14)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The strings the times stage hands to dateparser (answered with a fixed reading)."""
    calls: list[str] = []

    def fake(text: str, dct: dt.date | None) -> Norm | None:
        calls.append(text)
        return Norm("1991", "year", "exact", "none", "DATE", "dateparser")

    monkeypatch.setattr(times, "parse_absolute", fake)
    return calls


def test_dateparser_is_not_asked_where_a_rule_reading_holds_the_span(
    nlp: Language, asked: list[str]
) -> None:
    # spaCy's TIME "the night of June 21" holds the rules' "June 21", which outranks any
    # dateparser reading: asking dateparser (its first call builds ~0.6 CPU-s of regexes)
    # could not change the answer
    doc = nlp("The storm hit the coast on the night of June 21, officials said.")
    found = {t.text: t.value for t in times.times_of(doc, FRIDAY)}
    assert found == {"June 21": "2024-06-21"}
    assert asked == []


def test_dateparser_is_asked_where_no_rule_reads_the_date(
    nlp: Language, asked: list[str]
) -> None:
    doc = nlp("The last census was in 1991-92.")
    found = {t.text: (t.value, t.method) for t in times.times_of(doc, FRIDAY)}
    assert asked == ["1991-92"]
    assert found == {"1991-92": ("1991", "dateparser+ner")}


def test_a_bare_number_is_no_date() -> None:
    # "785 miles (1260 kilometers)": spaCy's DATE; the rules read every bare year they believe
    # (1500-2099), so a bare number that reaches dateparser is a count, not the year 1260
    assert not worth_parsing("1260")
    assert parse_absolute("1260", FRIDAY) is None
    assert worth_parsing("1991-92") and worth_parsing("Oct 14th '23")
