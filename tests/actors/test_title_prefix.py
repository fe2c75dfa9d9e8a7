"""A rank word inside the title keeps the nationality before it in the person's phrase."""

from __future__ import annotations

from .conftest import Resolver, find


def test_junior_minister_keeps_the_nationality_before_it(resolve: Resolver) -> None:
    text = "Kenyan junior foreign minister Wanjiru Kamau criticized Uganda on Friday."
    actor = find(resolve(text), "Wanjiru Kamau")
    assert actor.code == "KENGOV"
    assert actor.mention.startswith("Kenyan junior")


def test_an_igo_office_named_before_the_name_keeps_the_igo(resolve: Resolver) -> None:
    # the table's latest office is national (Norway, 2025); the text names the NATO office
    text = "NATO Secretary General Jens Stoltenberg warned Moscow against escalation."
    actor = find(resolve(text, None), "Jens Stoltenberg")
    assert actor.code == "NATO"


def test_without_the_igo_in_the_text_the_table_decides(resolve: Resolver) -> None:
    text = "Norwegian Finance Minister Jens Stoltenberg presented the budget."
    assert find(resolve(text, "2025-10-06"), "Jens Stoltenberg").code == "NORGOV"


def test_a_polity_naming_a_title_phoenix_codes_gov_makes_its_office(resolve: Resolver) -> None:
    # "chief executive" is a business title in titles.yaml and GOV in the Phoenix agents; the
    # territory's own name on it makes the territory's head of government
    text = "Macau Chief Executive Ho Wai-man opened the new bridge on Monday."
    assert find(resolve(text, "2021-05-01"), "Ho Wai-man").code == "MACGOV"
    text = "Ho Wai-man, the chief executive of Macau, opened the new bridge on Monday."
    assert find(resolve(text, "2021-05-01"), "Ho Wai-man").code == "MACGOV"


def test_a_nationality_or_a_company_on_chief_executive_stays_business(resolve: Resolver) -> None:
    text = "Brazilian chief executive Paulo Souza resigned on Monday."
    assert find(resolve(text, "2021-05-01"), "Paulo Souza").code == "BRABUS"
    text = "Kenya Airways chief executive Ann Mbugua resigned on Monday."
    assert find(resolve(text, "2021-05-01"), "Ann Mbugua").code == "KENBUS"
