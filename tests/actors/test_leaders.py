"""Term dates: a person is coded by the office held on the publication date."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from newsevents.actors import leaders
from newsevents.actors.vocab import load, read_csv

IGO_CODES = {"UNO", "NATO", "EUR", "IGO"}
#: the annotation guide's sectors an office holder may have (COP: a national police chief,
#: the FBI director, as agencies.csv codes the FBI)
SECTORS = {"GOV", "MIL", "IGO", "OPP", "LEG", "JUD", "REB", "REL", "COP"}


def _status(name: str, day: str | None, former: bool = False) -> leaders.Status:
    person = leaders.load().people[name]
    return leaders.status(person, dt.date.fromisoformat(day) if day else None, former=former)


@pytest.mark.parametrize(
    ("name", "day", "code", "role"),
    [
        ("Andrzej Duda", "2015-08-06", "POLGOV", "President of Poland"),  # first day in office
        ("Andrzej Duda", "2025-08-05", "POLGOV", "President of Poland"),  # last day
        ("Andrzej Duda", "2025-08-06", "POL", "former President of Poland"),
        ("Andrzej Duda", "2030-01-01", "POL", "former President of Poland"),
        ("Karol Nawrocki", "2025-08-06", "POLGOV", "President of Poland"),
        ("Donald Trump", "2018-05-01", "USAGOV", "President of the United States"),
        ("Donald Trump", "2022-05-01", "USA", "former President of the United States"),
        ("Donald Trump", "2025-03-14", "USAGOV", "President of the United States"),
        ("Joe Biden", "2016-01-01", "USAGOV", "Vice President of the United States"),
        ("Joe Biden", "2025-03-14", "USA", "former President of the United States"),
        ("Antony Blinken", "2023-10-14", "USAGOV", "Secretary of State"),
        ("Mike Pompeo", "2019-05-01", "USAGOV", "Secretary of State"),
        ("Marco Rubio", "2025-02-20", "USAGOV", "Secretary of State"),
        ("Wang Yi", "2023-03-01", "CHNGOV", "Director of the Office of the CCP Central Foreign"),
        ("Wang Yi", "2025-02-20", "CHNGOV", "Foreign Minister of China"),
        ("Mark Rutte", "2023-03-01", "NLDGOV", "Prime Minister of the Netherlands"),
        # terms checked in the actors7 spot-check of leaders.csv (split and earlier terms)
        ("Sebastián Piñera", "2012-06-01", "CHLGOV", "President of Chile"),
        ("Sebastián Piñera", "2016-06-01", "CHL", "former President of Chile"),
        ("Nancy Pelosi", "2009-05-01", "USALEG", "Speaker of the United States House"),
        ("Hassan Sheikh Mohamud", "2014-05-01", "SOMGOV", "President of Somalia"),
        ("Abdel Fattah al-Burhan", "2019-06-01", "SDNGOV", "Transitional Military Council"),
        ("Ranil Wickremesinghe", "2022-06-01", "LKAGOV", "Prime Minister of Sri Lanka"),
        ("Mark Rutte", "2025-03-01", "NATO", "Secretary General of NATO"),
        ("Tammy Bruce", "2025-01-15", "USAGOV", "State Department Spokesperson"),  # month precision
    ],
)
def test_office_on_date(name: str, day: str, code: str, role: str) -> None:
    status = _status(name, day)
    got = status.country if status.sector == "IGO" else status.code
    assert got == code, status
    assert status.role is not None and role in status.role, status


def test_before_first_term_is_country_only() -> None:
    status = _status("Marco Rubio", "2023-03-01")
    assert status.code == "USA" and status.sector is None and not status.in_office
    assert "not yet in office" in status.reason


def test_former_in_text_without_date() -> None:
    status = _status("Andrzej Duda", None, former=True)
    assert status.code == "POL" and status.sector == "ELI"
    assert status.role == "former President of Poland"


def test_no_date_takes_current_office() -> None:
    status = _status("Vladimir Putin", None)
    assert status.code == "RUSGOV" and "no publication date" in status.reason


def test_month_precision_dates() -> None:
    assert leaders.parse_date("2025-08") == dt.date(2025, 8, 1)
    assert leaders.parse_date("2025-08", end=True) == dt.date(2025, 9, 1)
    assert leaders.parse_date("2024-02", end=True) == dt.date(2024, 3, 1)
    assert leaders.parse_date("") is None


def test_every_row_is_well_formed() -> None:
    iso = {c.alpha_3 for c in pycountry.countries}
    rows = read_csv("leaders.csv")
    assert len(rows) >= 250
    for row in rows:
        assert row["country"] in iso or row["country"] in IGO_CODES, row
        assert row["sector"] in SECTORS, row
        start = leaders.parse_date(row["start"])
        end = leaders.parse_date(row["end"], end=True)
        assert start is not None, row
        assert end is None or start < end, row
        assert row["office"] and row["source"], row


def test_leader_names_are_matchable() -> None:
    vocab = load()
    assert any(e.type == "leader" for e in vocab.phrases["putin"])
    assert any(e.type == "leader" for e in vocab.phrases["zelenskyy"])
