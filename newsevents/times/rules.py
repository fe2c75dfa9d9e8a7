"""The time-expression vocabulary (``data/times/rules.yaml``) and the regexes built from it.

Everything here is compiled once per process (``rules()`` is cached): the stage then runs a
handful of precompiled regexes over each text and never builds a pattern per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import ANY, load_yaml, optional

#: Where the vocabulary lives (package data, shipped in the wheel).
DATA = Path(__file__).resolve().parent.parent / "data" / "times"


def _alt(words: list[str]) -> str:
    """A regex alternation of words, built as a trie so the engine reads each letter once.

    A flat "|"-alternation of fifty words is tried word by word at every position of every text;
    the trie shares prefixes ("j(?:an(?:uary)?|u…)") and fails on the first letter that fits no
    word. At each node a longer word is preferred ("a few" over "a"), as longest-first would.
    Spaces inside a phrase match any run of white space.
    """
    trie: dict[str, Any] = {}
    for word in {w.lower() for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


@dataclass(frozen=True)
class Unit:
    code: str
    granularity: str
    clock: bool = False
    factor: int = 1


@dataclass(frozen=True)
class Rules:
    """The vocabulary plus the regex fragments every rule family shares."""

    numbers: dict[str, float]
    vague: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, Unit]
    weekdays: dict[str, int]  # name or abbreviation -> 0 (Monday) … 6
    full_weekdays: tuple[str, ...]
    months: dict[str, int]  # name or abbreviation -> 1 … 12
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    weekday_parts_of_day: frozenset[str]
    relative: dict[str, int]
    anaphoric: frozenset[str]
    day_words: dict[str, int]
    reference_words: dict[str, str]
    positions: dict[str, str]
    approximators: frozenset[str]
    approximators_outside: frozenset[str]
    range_starts: tuple[str, ...]
    set_words: dict[str, str]
    set_report_adjectives: frozenset[str]
    future_aux: frozenset[str]
    nearest_aux: frozenset[str]
    deadline_words: frozenset[str]
    schedule_verbs: frozenset[str]
    asked_object_verbs: frozenset[str]
    implicative_verbs: frozenset[str]
    story_breaks: frozenset[str]
    discourse_openers: frozenset[str]
    not_times: frozenset[str]
    frequency_counts: dict[str, int]
    holidays: dict[str, str]
    spoken_centuries: dict[str, int]
    spoken_thousands: dict[str, int]
    # regex fragments (uncompiled, lower-case text, no anchors)
    NUM: str
    VAGUE: str
    UNIT: str
    MONTH: str
    WEEKDAY: str
    YEAR: str
    DAYNUM: str
    REL: str
    POD: str
    SEASON: str
    ORD: str
    DAYWORD: str
    REFWORD: str
    REFWORD_SEARCH: str
    REFWORD_ADJ: str
    SETWORD: str
    POSITION: str
    APPROX: str
    FISCAL: str
    FREQ: str
    HOLIDAY: str
    ZONE: str
    CLOCK: str
    SPOKEN_YEAR: str
    INCREMENT: str
    SPOKEN_CENTURY_YEAR: str


#: Schema of ``rules.yaml`` (docs/data-files.md): the keys read here, open to more.
_SCHEMA: dict[Any, Any] = {
    "numbers": {str: float},
    "vague_numbers": [str],
    "ordinals": {str: int},
    "units": {str: {"code": str, "granularity": str, optional("clock"): bool, ...: ANY}},
    "weekdays": [str],
    "weekday_abbreviations": {str: str},
    "months": [str],
    "month_abbreviations": {str: str},
    "holidays": {str: str},
    "frequency_counts": {str: int},
    "fiscal_words": [str],
    "time_zones": [str],
    ...: ANY,
}


def _load_yaml() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml("times/rules.yaml", _SCHEMA)
    return data


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The rule vocabulary, loaded and compiled once per process."""
    raw = _load_yaml()
    weekdays = {name: i for i, name in enumerate(raw["weekdays"])}
    weekdays.update({abbr: weekdays[full] for abbr, full in raw["weekday_abbreviations"].items()})
    months = {name: i + 1 for i, name in enumerate(raw["months"])}
    months.update({abbr: months[full] for abbr, full in raw["month_abbreviations"].items()})
    units = {name: Unit(**spec) for name, spec in raw["units"].items()}
    numbers = {str(k): float(v) for k, v in raw["numbers"].items()}
    unit_words = [*units, "centuries"]
    num_word = _alt([w for w in numbers if w not in ("a", "an")])
    spoken = raw.get("spoken_years") or {"centuries": {}, "thousands": {}}
    return Rules(
        numbers=numbers,
        vague=frozenset(raw["vague_numbers"]),
        ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
        units=units,
        weekdays=weekdays,
        full_weekdays=tuple(raw["weekdays"]),
        months=months,
        seasons=dict(raw["seasons"]),
        parts_of_day=dict(raw["parts_of_day"]),
        weekday_parts_of_day=frozenset(raw.get("weekday_parts_of_day", ())),
        relative={str(k): int(v) for k, v in raw["relative_modifiers"].items()},
        anaphoric=frozenset(raw["anaphoric_modifiers"]),
        day_words={str(k): int(v) for k, v in raw["day_words"].items()},
        reference_words={
            str(k): str(v)
            for k, v in {**raw["reference_words"], **raw["reference_words_ner_only"],
                         **raw.get("reference_adjectives", {})}.items()
        },
        positions=dict(raw["position_modifiers"]),
        approximators=frozenset(raw["approximators"]),
        approximators_outside=frozenset(raw["approximators_outside"]),
        range_starts=tuple(sorted(raw["range_starts"], key=len, reverse=True)),
        set_words=dict(raw["set_words"]),
        set_report_adjectives=frozenset(raw.get("set_words_report_adjectives", ())),
        future_aux=frozenset(raw["future_auxiliaries"]),
        nearest_aux=frozenset(raw["nearest_auxiliaries"]),
        deadline_words=frozenset(raw["deadline_words"]),
        schedule_verbs=frozenset(raw.get("schedule_verbs", ())),
        asked_object_verbs=frozenset(raw.get("asked_object_verbs", ())),
        implicative_verbs=frozenset(raw.get("implicative_verbs", ())),
        story_breaks=frozenset(raw.get("story_breaks", ())),
        discourse_openers=frozenset(raw.get("discourse_openers", ())),
        not_times=frozenset(raw["not_times"]),
        frequency_counts={str(k): int(v) for k, v in raw["frequency_counts"].items()},
        holidays={str(k): str(v) for k, v in raw["holidays"].items()},
        spoken_centuries={str(k): int(v) for k, v in spoken["centuries"].items()},
        spoken_thousands={str(k): int(v) for k, v in spoken["thousands"].items()},
        NUM=rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2|½)?|an?|{num_word}(?:[\s-]+{num_word})?(?:\s+and\s+a\s+half)?)",
        VAGUE=_alt(raw["vague_numbers"]),
        UNIT=rf"(?:{_alt(unit_words)}s?)",
        MONTH=rf"(?:{_alt(raw['months'])}|{_alt(list(raw['month_abbreviations']))}\.?)",
        WEEKDAY=rf"(?:{_alt(raw['weekdays'])}|{_alt(list(raw['weekday_abbreviations']))}\.?)",
        YEAR=r"(?:1[5-9]\d\d|20\d\d)",
        DAYNUM=r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        REL=_alt(list(raw["relative_modifiers"])),
        POD=_alt(list(raw["parts_of_day"])),
        SEASON=_alt(list(raw["seasons"])),
        ORD=_alt(list(raw["ordinals"])),
        DAYWORD=_alt(list(raw["day_words"])),
        REFWORD=_alt([*raw["reference_words"], *raw["reference_words_ner_only"],
                      *raw.get("reference_adjectives", {})]),
        REFWORD_ADJ=_alt(list(raw.get("reference_adjectives", {}) or {"(?!x)x": ""})),
        REFWORD_SEARCH=_alt(list(raw["reference_words"])),
        SETWORD=_alt(list(raw["set_words"])),
        POSITION=_alt(list(raw["position_modifiers"])),
        APPROX=_alt(list(raw["approximators"])),
        FISCAL=_alt(list(raw["fiscal_words"])),
        FREQ=_alt(list(raw["frequency_counts"])),
        HOLIDAY=_alt(list(raw["holidays"])).replace("'", "['’]"),
        ZONE=_alt(list(raw["time_zones"])),
        CLOCK=(r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.|\d{1,2}(?::\d\d)?\s*[ap]m|noon|midday|midnight)"
               rf"(?:\s+{_alt(list(raw['time_zones']))})?"),
        SPOKEN_YEAR=_spoken_year_regex(numbers, spoken),
        INCREMENT=_alt(list(raw.get("duration_increments") or ["more"])),
        SPOKEN_CENTURY_YEAR=_spoken_year_regex(numbers, {**spoken, "thousands": {}}),
    )


def _spoken_year_regex(numbers: dict[str, float], spoken: dict[str, Any]) -> str:
    """"nineteen seventy-nine", "eighteen hundred", "nineteen oh five", "two thousand and one"."""
    ones = _alt([w for w, v in numbers.items() if 1 <= v <= 9 and w not in ("a", "an")])
    teens = _alt([w for w, v in numbers.items() if 10 <= v <= 19])
    tens = _alt([w for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)])
    two_digits = rf"(?:{teens}|{tens}(?:[\s-]+{ones})?)"
    if not spoken["centuries"]:
        return r"(?!x)x"
    centuries = _alt(list(spoken["centuries"]))
    thousands = _alt(list(spoken["thousands"])) if spoken["thousands"] else r"(?!x)x"
    return (rf"(?:{centuries}[\s-]+(?:hundred|oh[\s-]+{ones}|{two_digits})"
            rf"|{thousands}(?:\s+and)?(?:[\s-]+(?:{ones}|{two_digits}))?)")


def spoken_year(text: str) -> int | None:
    """The year a spoken year names ("nineteen seventy-nine" → 1979), or None."""
    r = rules()
    words = re.split(r"[\s-]+", text.lower().strip())
    for phrase, base in r.spoken_thousands.items():
        size = len(phrase.split())
        if words[:size] == phrase.split():
            rest = [w for w in words[size:] if w != "and"]
            tail = number(" ".join(rest)) if rest else 0.0
            return None if tail is None or tail >= 100 else base + int(tail)
    if len(words) < 2 or words[0] not in r.spoken_centuries:
        return None
    century = r.spoken_centuries[words[0]] * 100
    rest = words[1:]
    if rest == ["hundred"]:
        return century
    if rest[0] == "oh":
        rest = rest[1:]
    tail = number(" ".join(rest)) if rest else None
    return None if tail is None or tail >= 100 else century + int(tail)


def number(word: str) -> float | None:
    """The value of a number written in digits or words ("24", "twenty four", "two and a half")."""
    r = rules()
    text = word.lower().replace(",", "").strip()
    half = 0.0
    for written in ("and a half", "1/2", "½"):
        if text.endswith(written):
            half = 0.5
            text = text[: -len(written)].strip()
    try:
        return float(text) + half
    except ValueError:
        pass
    if text in r.vague:
        return None
    if text in r.numbers:
        return r.numbers[text] + half  # also a phrase ("a couple of")
    total = 0.0
    for part in re.split(r"[\s-]+", text):
        if part not in r.numbers:
            return None
        value = r.numbers[part]
        total = total * value if value == 100 and total else total + value
    return total + half


def unit_of(word: str) -> Unit | None:
    """The unit of a (possibly plural) unit word: "years" → Y, "centuries" → CE."""
    r = rules()
    w = word.lower()
    if w == "centuries":
        w = "century"
    if w not in r.units and w.endswith("s"):
        w = w[:-1]
    return r.units.get(w)
