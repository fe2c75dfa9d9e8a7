"""Rule families for durations, sets and reference words ("three years", "every week",
"twice a month", "recently"): values that are lengths or recurrences, not calendar points."""

from __future__ import annotations

import datetime as dt
import re

from .calendar import fmt, shift
from .reading import Norm, Situation, relative, unresolved
from .rules import Rules, number, unit_of

# --------------------------------------------------------------------------- durations, sets, refs


#: A fraction of a unit written in the next smaller one, as TimeBank does ("2 1/2 years" is
#: P2Y6M, "a minute and a half" PT1M30S): unit -> (smaller unit, how many, is it a clock unit).
_SMALLER = {("Y", False): ("M", 12, False), ("D", False): ("H", 24, True),
            ("H", True): ("M", 60, True), ("M", True): ("S", 60, True),
            ("W", False): ("D", 7, False)}


def duration_value(amount: float | None, code: str, clock: bool) -> str:
    """The TIMEX3 value of a length: P3D, PT2H, PXY (a vague amount), P2Y6M (a fraction)."""
    if amount is None:
        return f"PT{'X'}{code}" if clock else f"PX{code}"
    whole, part = int(amount), amount % 1
    smaller = _SMALLER.get((code, clock))
    if part and smaller is not None and (part * smaller[1]) % 1 == 0:
        unit, per, small_clock = smaller
        rest = f"{int(part * per)}{unit}"
        head = f"{whole}{code}" if whole else ""
        if clock:
            return f"PT{head}{rest}"
        return f"P{head}T{rest}" if small_clock else f"P{head}{rest}"
    shown = f"{amount:g}" if part else f"{whole}"
    return f"PT{shown}{code}" if clock else f"P{shown}{code}"


def duration(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    if m.groupdict().get("old"):
        return None  # an age ("6-year-old") is not a time expression in TimeML
    amount = number(m["num"]) if m["num"] else None
    if amount is not None and m.groupdict().get("half"):
        amount += 0.5  # "a minute and a half"
    if amount is not None:
        amount *= unit.factor
        if unit.code == "WE":
            return None
    code = "W" if unit.code == "WE" else unit.code
    if code in ("DE", "CE") and amount is not None:
        amount, code = amount * (10 if code == "DE" else 100), "Y"  # TimeBank: P20Y, not P2DE
    mod = "APPROX" if m.groupdict().get("approx") else ""
    return Norm(duration_value(amount, code, unit.clock), unit.granularity, "duration", "none",
                "DURATION", "rule:duration", mod)


def bare_units(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"for years", "many months": a vague length; "in recent weeks": the recent past."""
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    if m.groupdict().get("recent"):
        return Norm("PAST_REF", "unknown", "approximate", "published", "DATE", "rule:reference")
    return Norm(duration_value(None, unit.code, unit.clock), unit.granularity, "duration",
                "none", "DURATION", "rule:duration")


def reference(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    value = r.reference_words[re.sub(r"\s+", " ", m["ref"].lower())]
    return Norm(value, "unknown", "approximate", "published", "DATE", "rule:reference")


def set_every(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    word = m["unit"].lower().rstrip(".")
    if word in r.weekdays:
        value = f"XXXX-WXX-{r.weekdays[word] + 1}"
        return Norm(value, "day", "set", "none", "SET", "rule:set")
    unit = unit_of(word)
    if unit is None:
        return None
    return Norm(duration_value(1, unit.code, unit.clock), unit.granularity, "set", "none", "SET",
                "rule:set")


def set_frequency(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"twice a week", "three times a year": a SET of the period (the count is not a value)."""
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    return Norm(duration_value(1, unit.code, unit.clock), unit.granularity, "set", "none", "SET",
                "rule:set-frequency")


def set_word(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    value = r.set_words[m["sw"].lower()]
    return Norm(value, "unknown", "set", "none", "SET", "rule:set")


def the_unit(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"the year", "the week": the current period in news prose (TimeML marks it so)."""
    unit = unit_of(m["unit"])
    if unit is None or unit.clock:
        return None
    if s.dct is None:
        return unresolved(unit.granularity, "rule:the-unit")
    day = s.dct
    if unit.code == "Q" and s.tense != "future":
        day = shift(day, -1, "Q")  # "earnings for the quarter rise": the last reported quarter
    if unit.code == "WE":
        # "over the weekend": the last one (the current one when published on a weekend)
        ahead = 5 - day.weekday() if s.tense == "future" else -((day.weekday() + 2) % 7)
        day = day + dt.timedelta(days=ahead if day.weekday() < 5 else 0)
        return relative(fmt(day, "week", "WE"), "week", "rule:the-unit")
    return relative(fmt(day, unit.granularity, unit.code), unit.granularity, "rule:the-unit")
