"""The story's reference day: datelines and the narrative's moving day (sentences written for
these tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsevents.context import Context
from newsevents.ingest.clean.cleaner import clean
from newsevents.times.reference import dateline_day, reference_day

SATURDAY = dt.date(2025, 3, 15)


def _value(ctx: Context, text: str) -> str | None:
    return next(t.value for t in ctx.times if t.text == text)


def test_a_dateline_a_day_behind_the_metadata_is_the_reference_day() -> None:
    text = "OSLO, March 14 (Norwire) -- The fishermen's union on Friday rejected the offer."
    assert dateline_day(text, SATURDAY) == dt.date(2025, 3, 14)
    assert reference_day(text, SATURDAY) == dt.date(2025, 3, 14)


def test_a_dateline_far_from_the_metadata_or_after_it_is_not() -> None:
    far = "OSLO, March 2 (Norwire) -- The fishermen's union rejected the offer."
    assert reference_day(far, SATURDAY) == SATURDAY
    ahead = "OSLO, March 16 (Norwire) -- The fishermen's union rejected the offer."
    assert reference_day(ahead, SATURDAY) == SATURDAY


def test_a_dateline_with_its_year_dates_a_story_without_metadata() -> None:
    text = "OSLO, March 14, 2025 (Norwire) -- The union rejected the offer."
    assert reference_day(text, None) == dt.date(2025, 3, 14)
    assert reference_day("OSLO, March 14 (Norwire) -- The union rejected it.", None) is None


def test_a_sentence_that_opens_with_a_place_and_date_is_no_dateline() -> None:
    text = "Talks in Oslo, March 14 and after, went nowhere."
    assert dateline_day(text, SATURDAY) is None


def test_weekdays_and_today_read_from_the_dateline_day(
    context: Callable[..., Context],
) -> None:
    # published Sunday 16th by the desk's clock; the story is filed on Saturday the 15th
    text = ("OSLO, March 15 (Norwire) -- The fishermen's union today rejected the offer it "
            "had received on Sunday.")
    ctx = context(text, dt.date(2025, 3, 16))
    assert _value(ctx, "today") == "2025-03-15"
    assert _value(ctx, "Sunday") == "2025-03-09"


def test_a_wire_prefix_with_its_year_is_the_publication_date_when_there_is_none() -> None:
    cleaned = clean("OSLO, March 14, 2025 (Reuters) - The union rejected the offer on Friday.")
    assert cleaned.dateline == "2025-03-14"
    assert clean("OSLO, March 14 (Reuters) - The union rejected the offer.").dateline is None


def test_comparisons_sentences_later_are_with_the_leads_quarter(
    context: Callable[..., Context],
) -> None:
    text = ("Harbor Mills Inc. reported a 12% rise in third-quarter profit. "
            "After a weak second quarter hurt by storms, the miller credited stronger flour "
            "sales in Canada. "
            "Margins also benefited from a one-time charge taken in the year-earlier period.")
    ctx = context(text, dt.date(2025, 10, 30))
    assert _value(ctx, "third-quarter") == "2025-Q3"
    assert _value(ctx, "the year-earlier period") == "2024-Q3"


def test_a_comparison_in_the_same_sentence_keeps_the_quarter_next_to_it(
    context: Callable[..., Context],
) -> None:
    text = ("Harbor Mills Inc. reported a 12% rise in third-quarter profit. "
            "Its second-quarter loss was smaller than in the year-earlier period.")
    ctx = context(text, dt.date(2025, 10, 30))
    assert _value(ctx, "the year-earlier period") == "2024-Q2"


def test_a_bare_clock_time_takes_the_day_the_narrative_is_at(
    context: Callable[..., Context],
) -> None:
    ctx = context("The ferry left the harbour on March 3. It sank at 10 p.m. near the cape.")
    assert _value(ctx, "10 p.m.") == "2025-03-03T22:00"
    alone = context("The ferry sank at 10 p.m. near the cape, the coast guard said.")
    assert _value(alone, "10 p.m.") == "2025-03-14T22:00"


def test_a_month_that_names_a_thing_takes_the_nearer_month(
    context: Callable[..., Context],
) -> None:
    autumn = dt.date(2025, 10, 30)
    named = context("The brewery plans to sell itself under a June agreement with its lender.",
                    autumn)
    assert _value(named, "June") == "2025-06"
    ahead = context("The brewery plans to sell itself in June to its lender.", autumn)
    assert _value(ahead, "June") == "2026-06"


def test_the_year_of_a_reported_period_is_the_storys_year(
    context: Callable[..., Context],
) -> None:
    autumn = dt.date(1989, 10, 30)
    ctx = context("Revenue fell 5% through the first nine months of the year.", autumn)
    assert _value(ctx, "the year") == "1989"
    generic = context("Ice fishing is best in the coldest weeks of the year.", autumn)
    assert all(t.text != "the year" for t in generic.times)


def test_a_roundups_separate_story_has_its_own_quarter(
    context: Callable[..., Context],
) -> None:
    text = ("Harbor Mills Inc. said profit rose 12% in its fiscal first quarter. "
            "Flour sales in Canada were strong. "
            "Separately, Lakeside Bakeries Corp. reported third-quarter net income of $4 million. "
            "The bakery said the gain came from bread. "
            "Year-earlier results included a charge for a plant closing.")
    ctx = context(text, dt.date(2025, 10, 30))
    assert _value(ctx, "Year-earlier") == "2024-Q3"


def test_a_year_to_date_period_compared_a_year_earlier_is_last_year(
    context: Callable[..., Context],
) -> None:
    text = ("Harbor Mills Inc. reported a 12% rise in third-quarter profit. "
            "For the nine months, the miller earned $9 million, compared with $7 million a year "
            "earlier.")
    ctx = context(text, dt.date(2025, 10, 30))
    assert _value(ctx, "a year earlier") == "2024"
    quarter = context("Harbor Mills Inc. earned $3 million in the third quarter, compared with "
                      "$2 million a year earlier.", dt.date(2025, 10, 30))
    assert _value(quarter, "a year earlier") == "2024-Q3"


def test_the_year_earlier_months_are_a_length(context: Callable[..., Context]) -> None:
    ctx = context("Profit for the year-earlier six months included a gain on a flour mill.",
                  dt.date(2025, 10, 30))
    (time,) = [t for t in ctx.times if "six months" in t.text]
    assert (time.text, time.value, time.timex_type) == (
        "the year-earlier six months", "P6M", "DURATION")


def test_the_year_earlier_period_after_a_count_of_months_is_that_length(
    context: Callable[..., Context],
) -> None:
    text = ("Harbor Mills Inc. reported a 12% rise in third-quarter profit. "
            "For the six months, the miller earned $9 million on sales of $80 million. "
            "In the year-earlier period, it earned $7 million.")
    ctx = context(text, dt.date(2025, 10, 30))
    (time,) = [t for t in ctx.times if t.text == "the year-earlier period"]
    assert (time.value, time.timex_type) == ("P6M", "DURATION")
    quarter = context("Harbor Mills Inc. earned $3 million in the third quarter. In the "
                      "year-earlier period, it earned $2 million.", dt.date(2025, 10, 30))
    assert _value(quarter, "the year-earlier period") == "2024-Q3"
