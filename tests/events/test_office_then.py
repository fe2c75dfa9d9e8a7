"""A former office holder acting, by the date the text gives, while in office takes that
office's code (the annotation guide: an event long before the article is coded with the office
at the time of the event) — through the real model, on sentences written for these tests (in
no gold set)."""

from __future__ import annotations

import datetime as dt

from newsevents import extract_text
from newsevents.events.office_then import _interval
from newsevents.records import Event

TEXT = ("Former South African President Jacob Zuma was jailed on Wednesday. In 2012, Zuma "
        "accused the opposition of spreading lies. Zuma also criticised the judges.")


def _events() -> list[Event]:
    return list(extract_text(TEXT, published="2021-07-02").events)


def test_an_act_dated_inside_the_term_is_the_governments() -> None:
    accused = next(e for e in _events() if e.cameo.startswith("112"))
    assert accused.source is not None and accused.source.code == "ZAFGOV"


def test_an_undated_act_keeps_the_former_holder_as_the_country() -> None:
    criticised = next(e for e in _events() if e.trigger.text == "criticised")
    assert criticised.source is not None and criticised.source.code == "ZAF"


def test_the_jailed_former_president_is_no_government() -> None:
    jailed = next(e for e in _events() if e.cameo.startswith("17"))
    assert jailed.target is not None and jailed.target.code == "ZAF"


def test_date_values_read_as_the_days_they_cover() -> None:
    assert _interval("199") == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
    assert _interval("2017-11") == (dt.date(2017, 11, 1), dt.date(2017, 11, 30))
    assert _interval("2017-11-21") == (dt.date(2017, 11, 21), dt.date(2017, 11, 21))
    assert _interval("2017-W47") is None and _interval("PRESENT_REF") is None
