"""Normalising one time expression to a TIMEX3 value: the rule families.

Each rule family is a regex (built from ``data/times/rules.yaml``) that must match the whole
expression, and a handler that turns the match into a :class:`Norm`. ``normalise`` tries them in
order and is memoised on (text, publication date, tense, previous time), so a phrase repeated
across a corpus is resolved once.

Resolution never looks at the clock: relative expressions resolve against the publication date
and, without one, come back with ``value=None`` and ``type="unresolved"``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from .calendar import fmt, holiday_date, month_year, parse_value, shift
from .days import day_word as _day_word
from .days import part_of_day as _part_of_day
from .days import weekday as _weekday
from .days import weekday_set as _weekday_set
from .periods import (
    bare_units,
    duration,
    duration_value,
    reference,
    set_every,
    set_frequency,
    set_word,
    the_unit,
)
from .reading import Handler, Norm, Situation
from .reading import relative as _relative
from .reading import unresolved as _unresolved
from .rules import Rules, number, rules, spoken_year, unit_of

__all__ = ["Norm", "Situation", "normalise"]


# --------------------------------------------------------------------------- absolute dates


def _month(word: str, r: Rules) -> int:
    return r.months[word.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _iso(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Norm(day.isoformat(), "day", "exact", "none", "DATE", "rule:iso-date")


def _full_date(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    try:
        day = dt.date(int(m["year"]), _month(m["mon"], r), _day(m["day"]))
    except ValueError:
        return None
    return Norm(day.isoformat(), "day", "exact", "none", "DATE", "rule:month-day-year")


def _month_year(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    value = f"{int(m['year'])}-{_month(m['mon'], r):02d}"
    return Norm(value, "month", "exact", "none", "DATE", "rule:month-year")


def _month_day(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    if s.dct is None:
        return _unresolved("day", "rule:month-day")
    month, day_num = _month(m["mon"], r), _day(m["day"])
    year = month_year(s.dct, month, day_num, s.tense)
    if m["wd"]:
        # "Monday, Oct. 26": the year in which that date is that weekday, nearest first
        weekday = r.weekdays[m["wd"].lower().rstrip(".")]
        for candidate in (year, year + 1, year - 1):
            try:
                if dt.date(candidate, month, day_num).weekday() == weekday:
                    year = candidate
                    break
            except ValueError:
                continue
    try:
        day = dt.date(year, month, day_num)
    except ValueError:
        return None
    return _relative(day.isoformat(), "day", "rule:month-day")


def _month_named(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    if s.dct is None:
        return _unresolved("month", "rule:month")
    month = _month(m["mon"], r)
    rel = (m["rel"] or "").lower()
    if rel == "this":
        return _relative(f"{s.dct.year}-{month:02d}", "month", "rule:month")  # "this September"
    year = month_year(s.dct, month, None, {"last": "past", "next": "future"}.get(rel, s.tense))
    if rel == "last" and year == s.dct.year and month >= s.dct.month - 1:
        year -= 1
    if rel == "next" and year == s.dct.year and month <= s.dct.month:
        year += 1
    return _relative(f"{year}-{month:02d}", "month", "rule:month")


def _month_rel_year(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"June last year", "January this year": the month of the year named relative to the DCT."""
    if s.dct is None:
        return _unresolved("month", "rule:month-rel-year")
    year = s.dct.year + r.relative.get(m["rel"].lower(), 0)
    return _relative(f"{year}-{_month(m['mon'], r):02d}", "month", "rule:month-rel-year")


def _year_earlier(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"the year-earlier quarter", "the year-ago period": the same period a year before.

    Financial news compares a reported period with the one a year before it: the period is
    the previous time expression's (a quarter, a month) shifted back a year; without one, a
    quarter means the last reported quarter (the publication date's previous quarter).
    """
    anchor = parse_value(s.prev)
    noun = (m["noun"] or "").lower()
    if anchor is not None and anchor[1] in ("quarter", "month"):
        granularity = anchor[1]
        day = anchor[0]
        if s.dct is not None and day < shift(s.dct, -1, "Y"):
            # the previous time is already the comparison period ("… a year ago. Sales in the
            # year-earlier quarter …"): the same period, not one a year before it
            day = shift(day, 1, "Y")
    elif s.dct is not None and (noun.endswith("quarter") or not noun or noun == "period"):
        granularity, day = "quarter", shift(s.dct, -1, "Q")
    elif s.dct is not None:
        granularity, day = "year", s.dct
    else:
        return _unresolved("quarter", "rule:year-earlier")
    value = fmt(shift(day, -1, "Y"), granularity, "Q" if granularity == "quarter" else "")
    return Norm(value, granularity, "exact", "previous-time" if anchor else "published", "DATE",
                "rule:year-earlier")


def _year_period(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"the 1989 period" after a quarter: that quarter of 1989 (financial news compares the
    reported quarter across years); otherwise the year."""
    anchor = parse_value(s.prev)
    if anchor is not None and anchor[1] == "quarter":
        q = (anchor[0].month - 1) // 3 + 1
        return Norm(f"{m['year']}-Q{q}", "quarter", "exact", "previous-time", "DATE",
                    "rule:year-period")
    return Norm(m["year"], "year", "exact", "none", "DATE", "rule:year")


def _fiscal(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"FY2024", "FY24", "Q3 FY24", "the third quarter of fiscal 2024": the year as written."""
    digits = m["fy"]
    if len(digits) == 2:
        base = s.dct.year if s.dct is not None else 2000
        year = base // 100 * 100 + int(digits)
        if year > base + 10:
            year -= 100
    else:
        year = int(digits)
    q = m["q"] or (str(r.ordinals[m["ord"].lower()]) if m["ord"] else "")
    if q:
        return Norm(f"{year}-Q{q}", "quarter", "exact", "none", "DATE", "rule:fiscal")
    return Norm(str(year), "year", "exact", "none", "DATE", "rule:fiscal")


def _fiscal_year(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"the fiscal year" (the current one), "the latest fiscal year" (the last one closed)."""
    if s.dct is None:
        return _unresolved("year", "rule:fiscal")
    offset = r.relative.get(" ".join((m["rel"] or "this").lower().split()), 0)
    return _relative(str(s.dct.year + offset), "year", "rule:fiscal")


def _unit_long(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"a day-long meeting", "a year-long inquiry": one unit's length."""
    unit = unit_of(m["unit"])
    if unit is None or unit.code == "WE" or m["unit"].lower().endswith("s"):
        return None
    code, amount = unit.code, 1
    if code in ("DE", "CE"):
        amount, code = (10 if code == "DE" else 100), "Y"
    return Norm(duration_value(amount, code, unit.clock), unit.granularity, "duration", "none",
                "DURATION", "rule:duration")


def _holiday(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"Thanksgiving Day", "Christmas", "Election Day": that day of the year the clause means."""
    rule = r.holidays[re.sub(r"\s+", " ", m["name"].lower().replace("’", "'"))]
    if m["year"]:
        day = holiday_date(rule, int(m["year"]))
        if day is not None and m["week"]:
            return Norm(fmt(day, "week"), "week", "exact", "none", "DATE", "rule:holiday")
        return None if day is None else Norm(day.isoformat(), "day", "exact", "none", "DATE",
                                              "rule:holiday")
    if s.dct is None:
        return _unresolved("week" if m["week"] else "day", "rule:holiday")
    this_year = holiday_date(rule, s.dct.year)
    if this_year is None:
        return None
    year = month_year(s.dct, this_year.month, this_year.day, s.tense)
    day = holiday_date(rule, year)
    if day is not None and m["week"]:
        return _relative(fmt(day, "week"), "week", "rule:holiday")  # "Easter week"
    return None if day is None else _relative(day.isoformat(), "day", "rule:holiday")


def _year(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    # "fiscal 1989": TimeBank annotates the plain year, so do we
    return Norm(m["year"], "year", "exact", "none", "DATE", "rule:year")


def _decade(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    if m["dec"]:
        value = m["dec"][:3]
    elif s.dct is not None:
        century = s.dct.year // 100 if int(m["d2"]) <= s.dct.year % 100 // 10 else 19
        value = f"{century}{m['d2']}"
    else:
        value = f"19{m['d2']}"  # "the '90s" with no date: the last century, as in TimeML data
    return Norm(value, "decade", "exact", "none", "DATE", "rule:decade")


def _century(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    return Norm(f"{int(m['n']) - 1:02d}", "decade", "exact", "none", "DATE", "rule:century")


def _quarter(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    q = int(m["q"]) if m["q"] else r.ordinals[m["ord"].lower()]
    if m["year"]:
        return Norm(f"{m['year']}-Q{q}", "quarter", "exact", "none", "DATE", "rule:quarter")
    if s.dct is None:
        return _unresolved("quarter", "rule:quarter")
    year = s.dct.year
    current = (s.dct.month - 1) // 3 + 1
    if s.tense == "past" and q > current:
        year -= 1
    return _relative(f"{year}-Q{q}", "quarter", "rule:quarter")


def _half(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"the first half of 2019", "the last half of this year": 2019-H1, 2025-H2."""
    h = 1 if m["ord"].lower() == "first" else 2
    if m["year"]:
        return Norm(f"{m['year']}-H{h}", "quarter", "exact", "none", "DATE", "rule:half")
    if s.dct is None:
        return _unresolved("quarter", "rule:half")
    year = s.dct.year + r.relative.get((m["rel"] or "this").lower(), 0)
    return _relative(f"{year}-H{h}", "quarter", "rule:half")


def _season(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    code = r.seasons[m["season"].lower()]
    if m["year"]:
        return Norm(f"{m['year']}-{code}", "quarter", "exact", "none", "DATE", "rule:season")
    if s.dct is None:
        return _unresolved("quarter", "rule:season")
    rel = " ".join((m["rel"] or "this").lower().split())
    offset = r.relative.get(rel, 0)
    year = s.dct.year + offset
    starts, ends = {"SP": 3, "SU": 6, "FA": 9}, {"SP": 5, "SU": 8, "FA": 11}
    if not m["rel"] and code in starts:
        # a bare season follows the tense: "lost crops over the summer" in a March story is
        # last year's summer, "will resume in the fall" in December next year's fall
        if s.tense == "past" and s.dct.month < starts[code]:
            year -= 1
        elif s.tense == "future" and s.dct.month > ends[code]:
            year += 1
    if offset < 0 and code in ends and s.dct.month > ends[code]:
        # "last spring", "this past summer": the most recent such season that has ended
        year = s.dct.year
    return _relative(f"{year}-{code}", "quarter", "rule:season")


# --------------------------------------------------------------------------- relative dates


def _clock(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    if m["word"]:
        hour, minute = (24, 0) if m["word"].lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        if hour > 12 or minute > 59:
            return None
        if m["ampm"][0].lower() == "p" and hour != 12:
            hour += 12
        elif m["ampm"][0].lower() == "a" and hour == 12:
            hour = 0
    day: dt.date | None = s.dct
    anchor = parse_value(s.prev)
    if anchor is not None and anchor[1] in ("day", "time"):
        day = anchor[0]  # "10 p.m." after "On Oct. 23, …": the day the narrative is at
    if m["day"]:
        # "5 p.m. EST Nov. 9", "noon Saturday": the clock time on that day
        on = normalise(m["day"], s.dct, s.tense, s.prev, strict=False)
        parsed = parse_value(on.value) if on is not None else None
        if on is None or on.granularity != "day" or parsed is None:
            return None
        day = parsed[0]
    if day is None:
        return _unresolved("time", "rule:clock", "TIME")
    return _relative(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "time", "rule:clock",
                     timex="TIME")


def _relative_unit(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"this week", "last month", "next year", "the following day", "that year"."""
    unit = unit_of(m["unit"])
    if unit is None or unit.clock:
        return None
    rel = (m["rel"] or "this").lower().replace("the same", "same")
    if rel == "next" and unit.code == "D" and m.group(0).lower().startswith("the "):
        rel = "following"  # "charged the next day": the day after the story's, not tomorrow
    offset = r.relative.get(rel, 0)
    if m["unit"].lower().endswith("s") and offset and rel not in r.anaphoric:
        # "the coming months", "the past weeks": an open stretch before or after now (TimeML's
        # FUTURE_REF / PAST_REF), not the one month after the publication date
        value = "FUTURE_REF" if offset > 0 else "PAST_REF"
        return Norm(value, "unknown", "approximate", "published", "DATE", "rule:relative-unit")
    if rel == "past" and unit.code in ("DE", "CE"):
        # "over the past decade": the ten years up to now, a length (TimeML P10Y); "the last
        # decade" stays the previous one (the 2010s)
        years = 10 if unit.code == "DE" else 100
        return Norm(f"P{years}Y", unit.granularity, "duration", "none", "DURATION",
                    "rule:duration")
    granularity = "week" if unit.code == "WE" else unit.granularity
    if rel in r.anaphoric:
        anchor = parse_value(s.prev)
        if anchor is None:
            return _unresolved(granularity, "rule:anaphoric-unit")
        value = fmt(shift(anchor[0], offset, unit.code), granularity, unit.code)
        return Norm(value, granularity, "exact", "previous-time", "DATE", "rule:anaphoric-unit")
    if s.dct is None:
        return _unresolved(granularity, "rule:relative-unit")
    value = fmt(shift(s.dct, offset, unit.code), granularity, unit.code)
    return _relative(value, granularity, "rule:relative-unit")


def _ago(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    amount = number(m["num"])
    if amount is None:
        return Norm("PAST_REF", "unknown", "approximate", "published", "DATE", "rule:ago")
    if s.dct is None:
        return _unresolved(unit.granularity, "rule:ago")
    if unit.clock:
        return _relative(s.dct.isoformat(), "day", "rule:ago")
    anchor = parse_value(s.prev)
    if unit.code == "Y" and anchor is not None and anchor[1] == "quarter":
        # "profit rose from $5 million a year ago" after "the third quarter": that quarter then
        day = shift(anchor[0], -amount, "Y")
        return Norm(fmt(day, "quarter"), "quarter", "exact", "previous-time", "DATE", "rule:ago")
    day = shift(s.dct, -amount * unit.factor, unit.code)
    norm = _relative(fmt(day, unit.granularity, unit.code), unit.granularity, "rule:ago")
    return replace(norm, type="approximate") if m["so"] else norm  # "a week or so ago": hedged


def _relation(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"a year after" / "two days later": a distance from the previous time expression.

    "2023, a year after it invaded" (appositive): the event after "after" lies a year BEFORE
    2023; "In 2020 … Two years later" (narrative): the new time lies two years after 2020.
    """
    unit = unit_of(m["unit"])
    amount = number(m["num"])
    anchor = parse_value(s.prev)
    rel = m["rel"].lower()
    if unit is None or amount is None or unit.clock or anchor is None:
        return None
    if rel in ("after", "before") and not s.appositive:
        return None
    sign = {"later": 1, "afterwards": 1, "afterward": 1, "earlier": -1, "after": -1,
            "before": 1}[rel]
    # the result is as precise as the finer of the anchor and the unit: "the third quarter …
    # a year earlier" is a quarter (1988-Q3), "2023, a year after" a year
    order = ["day", "week", "month", "quarter", "year", "decade"]
    granularity = min(
        anchor[1], unit.granularity, key=lambda g: order.index(g) if g in order else 9
    )
    day = shift(anchor[0], sign * amount * unit.factor, unit.code)
    return Norm(fmt(day, granularity, unit.code), granularity, "exact", "previous-time", "DATE",
                "rule:relation")


def _either(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"weeks or months", "recent days and weeks": one vague length, which TimeML writes with
    its first unit (PXW); "the coming days and weeks" one stretch ahead (FUTURE_REF). Only when
    the first part is vague itself ("three days or weeks" is no reading)."""
    first = normalise(m["first"], s.dct, s.tense, s.prev, s.appositive, strict=False)
    if first is None or first.value is None or not ("X" in first.value
                                                     or first.value.endswith("_REF")):
        return None
    return first


def _position(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"earlier this year", "late 2022", "the end of last month": the period, with a mod."""
    inner = normalise(m["rest"], s.dct, s.tense, s.prev, s.appositive, strict=False)
    if inner is None or inner.timex_type != "DATE" or inner.value is None:
        return inner if inner is not None and inner.value is None else None
    mod = r.positions[m["pos"].lower()]
    return replace(inner, type="approximate", mod=mod, method=inner.method + "+position")


@lru_cache(maxsize=1)
def _table() -> list[tuple[re.Pattern[str], Handler]]:
    r = rules()
    NUM, UNIT, MONTH, WEEKDAY, YEAR, DAYNUM = r.NUM, r.UNIT, r.MONTH, r.WEEKDAY, r.YEAR, r.DAYNUM
    anaphoric = "|".join(sorted(r.anaphoric))
    FULL_WEEKDAY = "(?:" + "|".join(r.full_weekdays) + ")"
    spec: list[tuple[str, Handler]] = [
        (r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", _iso),
        (rf"(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM}),?\s+(?P<year>{YEAR})",
         _full_date),
        (rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+"
         rf"(?P<year>{YEAR})", _full_date),
        (rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", _month_year),
        (rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})", _month_day),
        (rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH})",
         _month_day),
        (rf"(?P<rel>this|last|next)\s+(?P<mon>{MONTH})", _month_named),
        (rf"(?P<rel>)(?P<mon>{MONTH})", _month_named),
        (rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year", _month_rel_year),
        (rf"(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)\s+(?P<num>{NUM})\s+"
         r"(?P<unit>months)(?P<old>)", duration),
        (r"(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)"
         r"(?:\s+(?P<noun>(?:(?:first|second|third|fourth)\s+)?quarter|period|month))?",
         _year_earlier),
        (rf"(?P<name>{r.HOLIDAY})(?P<week>\s+week)?(?:,?\s+(?P<year>{YEAR}))?", _holiday),
        (rf"(?:the\s+)?(?P<year>{YEAR})\s+(?P<noun>period|quarter)", _year_period),
        (rf"(?:the\s+year\s+)?(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<year>{YEAR})", _year),
        (r"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)'?s"
         r"|'(?P<d2>\d)0s)", _decade),
        (r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century", _century),
        (rf"q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?(?P<ord>)", _quarter),
        (rf"(?:the\s+)?(?P<year>{YEAR})\s+(?P<ord>first|second|third|fourth)[\s-]+quarter"
         r"(?P<q>)", _quarter),
        (rf"(?:the\s+)?(?P<ord>first|second|third|fourth)[\s-]+quarter(?P<q>)"
         rf"(?:\s+of\s+(?P<year>{YEAR}))?", _quarter),
        (rf"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<year>{YEAR})"
         r"|(?:the\s+)?(?P<rel>this|last|next)?\s*year))?", _half),
        (rf"(?:the\s+)?(?:(?P<rel>this\s+past|this|last|next|past|coming)\s+)?(?P<season>{r.SEASON})"
         rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?", _season),
        (rf"(?P<wd>{FULL_WEEKDAY})s(?:\s+(?P<pod>{r.POD})s?)?", _weekday_set),
        (rf"(?P<wd>{FULL_WEEKDAY})\s+(?P<pod>{r.POD})s", _weekday_set),
        (rf"(?:(?P<rel>last|next|this|past|coming|(?:the\s+)?(?:previous|preceding|following|"
         rf"prior))\s+)?(?P<wd>{WEEKDAY})(?:'s)?"
         rf"(?:\s+(?P<pod>{r.POD}))?", _weekday),
        (rf"(?P<dw>{r.DAYWORD})(?:\s+(?P<pod>{r.POD}))?", _day_word),
        (rf"(?P<rel>this|last|(?:the\s+)?(?:next|{anaphoric}))\s+(?P<pod>{r.POD})",
         _part_of_day),
        (r"(?:(?P<h>\d{1,2})(?:[:.](?P<min>\d\d))?\s*(?P<ampm>[ap]\.?m\.?)|(?P<word>noon|midday|midnight))"
         rf"(?:\s+{r.ZONE})?(?:\s+(?:on\s+)?(?P<day>[a-z].*))?",
         _clock),
        (rf"(?:the\s+)?(?P<rel>{r.REL}|{anaphoric}|the\s+same)\s+(?P<unit>{UNIT})",
         _relative_unit),
        (rf"(?P<num>{NUM}|{r.VAGUE})\s+(?P<unit>{UNIT})(?P<so>\s+or\s+so)?\s+ago", _ago),
        (rf"(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<rel>later|earlier|after|before|afterwards?)",
         _relation),
        (rf"(?:the\s+)?(?P<pos>{r.POSITION})(?:\s+of\s+|\s+in\s+|\s*-\s*|\s+)(?P<rest>.+)",
         _position),
        (rf"(?:(?P<approx>{r.APPROX})\s+)?(?:the\s+)?(?:(?:past|last|next|coming|previous|first|"
         rf"final|recent)\s+)?(?P<num>{NUM}|{r.VAGUE})[\s-]+(?:{r.INCREMENT}\s+)?(?P<unit>{UNIT})"
         r"(?P<half>\s+and\s+a\s+half)?(?:[\s-]+(?:long|(?P<old>old)))?", duration),
        (rf"(?:(?P<approx>{r.APPROX})\s+)?(?:the\s+)?(?:past|last|recent|coming|next)\s+"
         rf"(?P<num>)(?P<unit>{UNIT})", duration),
        (rf"(?P<unit>{UNIT})-long", _unit_long),
        (rf"(?P<first>.*?{UNIT})\s+(?:or|and)\s+{UNIT}", _either),
        (r"(?:for\s+|many\s+|(?:in\s+)?(?P<recent>recent)\s+)?"
         r"(?P<unit>years|months|decades|weeks|days|hours|minutes|centuries)",
         bare_units),
        (rf"(?P<ref>{r.REFWORD})", reference),
        (rf"(?:every|each|per)\s+(?:other\s+)?(?P<unit>{UNIT}|{WEEKDAY})", set_every),
        (rf"(?P<sw>{r.SETWORD})", set_word),
        (r"the\s+(?P<unit>week|weekend|month|year|quarter|decade)", the_unit),
        (rf"(?:the\s+)?(?:(?P<rel>{r.REL})\s+)?fiscal\s+year", _fiscal_year),
        (rf"(?:(?:q(?P<q>[1-4])|(?:the\s+)?(?P<ord>first|second|third|fourth)[\s-]+quarter"
         rf"(?:\s+of)?)\s+)?(?:{r.FISCAL})\s*'?(?P<fy>\d{{4}}|\d{{2}})", _fiscal),
        (rf"(?:{r.FREQ}|{NUM}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT})",
         set_frequency),
    ]
    return [(re.compile(pattern, re.IGNORECASE), handler) for pattern, handler in spec]


_CLEAN = re.compile(r"[’‘`]")


@lru_cache(maxsize=1)
def _spoken() -> re.Pattern[str]:
    """A year written in words ("nineteen seventy-nine"), see ``spoken_years`` in rules.yaml."""
    return re.compile(rf"\b{rules().SPOKEN_YEAR}\b")


@lru_cache(maxsize=65536)
def normalise(
    text: str,
    dct: dt.date | None,
    tense: str = "past",
    prev: str | None = None,
    appositive: bool = False,
    *,
    strict: bool = True,
) -> Norm | None:
    """The TIMEX3 reading of a whole candidate string, or None when no rule accepts it.

    ``strict`` refuses words that are times only in context ("May", "March" alone); callers
    pass ``strict=False`` when the context already vouches for them ("in May", "early March").
    """
    cleaned = _CLEAN.sub("'", " ".join(text.split())).strip(" ,.;:").lower()
    if cleaned.endswith("'s"):
        cleaned = cleaned[:-2]
    if not cleaned or (strict and cleaned in rules().not_times):
        return None
    if _spoken().search(cleaned):
        # "the winter of nineteen ninety-four": every rule then reads the year in digits
        cleaned = _spoken().sub(lambda m: str(spoken_year(m.group()) or m.group()), cleaned)
    situation = Situation(dct, tense, prev, appositive)
    r = rules()
    for pattern, handler in _table():
        m = pattern.fullmatch(cleaned)
        if m is not None:
            result = handler(m, situation, r)
            if result is not None:
                return result
    return None
