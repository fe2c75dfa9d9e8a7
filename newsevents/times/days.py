"""Day-level rule families of :mod:`newsevents.times.normalise`: weekdays ("Friday", "the
following Monday", "on Sundays"), day words ("yesterday morning", "tonight") and parts of a day
("last night", "the next morning").

Split from ``normalise.py`` (at the size limit) along the seam of the handlers that resolve to
one day or a part of one; the regex table that calls them stays there.
"""

from __future__ import annotations

import datetime as dt
import re

from .calendar import parse_value, weekday_date
from .reading import Norm, Situation
from .reading import relative as _relative
from .reading import unresolved as _unresolved
from .rules import Rules

__all__ = ["day_word", "part_of_day", "weekday", "weekday_set"]


def weekday(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    if s.dct is None:
        return _unresolved("day", "rule:weekday")
    rel = (m["rel"] or "").lower().removeprefix("the").strip()
    if rel in r.anaphoric:
        # "the previous Friday", "the following Monday": the day before/after the time the text
        # is at (the previous time expression's day), else before/after the publication date
        anchor = parse_value(s.prev)
        if anchor is not None and anchor[1] != "day":
            anchor = None  # only a day can anchor a weekday
        if anchor is None and s.dct is None:
            return _unresolved("day", "rule:anaphoric-weekday")
        base = anchor[0] if anchor is not None else s.dct
        assert base is not None
        how = "next" if r.relative.get(rel, 0) > 0 else "last"
        day = weekday_date(base, r.weekdays[m["wd"].lower().rstrip(".")], direction=how)
        return Norm(day.isoformat(), "day", "exact",
                    "previous-time" if anchor is not None else "published", "DATE",
                    "rule:anaphoric-weekday")
    direction = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}
    how = direction.get(rel, {"future": "future", "present": "nearest"}.get(s.tense, "past"))
    day = weekday_date(s.dct, r.weekdays[m["wd"].lower().rstrip(".")], direction=how)
    pod = (m["pod"] or "").lower()
    if pod in r.weekday_parts_of_day:
        # "Friday evening" is that day's evening (2025-03-14TEV); "Friday night" keeps the bare
        # day (``weekday_parts_of_day`` in rules.yaml says why)
        return _relative(f"{day.isoformat()}T{r.parts_of_day[pod]}", "time", "rule:weekday",
                         timex="TIME")
    return _relative(day.isoformat(), "day", "rule:weekday")


def weekday_set(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"on Sundays", "Tuesday nights": every such day (XXXX-WXX-2TNI), not one date."""
    value = f"XXXX-WXX-{r.weekdays[m['wd'].lower()] + 1}"
    if m["pod"]:
        value += f"T{r.parts_of_day[m['pod'].lower()]}"
    return Norm(value, "day", "set", "none", "SET", "rule:set")


def day_word(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    word = re.sub(r"\s+", " ", m["dw"].lower())
    if s.dct is None:
        return _unresolved("day", "rule:day-word")
    day = s.dct + dt.timedelta(days=r.day_words[word])
    pod = m["pod"].lower() if m["pod"] else ("night" if word == "tonight" else "")
    if pod:
        return _relative(f"{day.isoformat()}T{r.parts_of_day[pod]}", "time", "rule:day-word",
                         timex="TIME")
    return _relative(day.isoformat(), "day", "rule:day-word")


def part_of_day(m: re.Match[str], s: Situation, r: Rules) -> Norm | None:
    """"this morning", "last night" (of the publication day); "the next morning", "the
    following evening", "the previous night", "that afternoon": of the day the text is at
    (the previous time expression's), moved by the modifier — news narrates "… asked for his
    resignation Monday night, and he tendered it the next morning" (Tuesday morning)."""
    rel = m["rel"].lower().removeprefix("the").strip()
    pod = r.parts_of_day[m["pod"].lower()]
    if rel in ("this", "last"):
        if s.dct is None:
            return _unresolved("time", "rule:part-of-day", "TIME")
        day = s.dct - dt.timedelta(days=1 if rel == "last" else 0)
        return _relative(f"{day.isoformat()}T{pod}", "time", "rule:part-of-day", timex="TIME")
    anchor = parse_value(s.prev)
    if anchor is None or anchor[1] != "day":
        return _unresolved("time", "rule:anaphoric-part-of-day", "TIME")
    day = anchor[0] + dt.timedelta(days=r.relative.get(rel, 0))
    return Norm(f"{day.isoformat()}T{pod}", "time", "exact", "previous-time", "TIME",
                "rule:anaphoric-part-of-day")
