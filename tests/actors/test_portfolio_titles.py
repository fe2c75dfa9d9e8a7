"""A capitalised portfolio word the title list lacks ("Emergencies", "Tourism") sits between the
nationality and the title: the nationality still codes the official."""

from __future__ import annotations

from newsevents import extract_text


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.code) for a in extract_text(text, published="2025-03-14").actors]


def test_a_portfolio_word_between_nationality_and_title() -> None:
    codes = _codes("Russian Emergencies Minister Pavel Sorokin visited the flooded town on Monday.")
    assert ("Russian Emergencies Minister Pavel Sorokin", "RUSGOV") in codes


def test_a_company_before_a_title_stays_the_company() -> None:
    codes = _codes("Apple CEO Tim Cook met the French president.")
    assert ("Apple", "USABUS") in codes and ("CEO Tim Cook", "USABUS") in codes
