"""Finding time-expression candidates the small spaCy model misses.

spaCy's DATE/TIME entities are the first source of candidates; these search patterns add what
``en_core_web_sm`` often drops or cuts short: weekday names, "this week", "a year after", "the
1990s", "Q1 2025", "30-day", "now". A candidate is only a proposal: ``normalise`` must accept
it, and the stage picks the best reading where candidates overlap.

Patterns are built from ``data/times/rules.yaml`` and compiled once per process. They are
tried at word starts only, and at each only those :class:`.firsts.PrefixIndex` says can start
with the next three characters, so the result is what a ``finditer`` of each pattern gives
(overlaps between patterns included) without ~45 scans of the whole text, or one scan of
their alternation, which profiling had found hot spots in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .firsts import PrefixIndex
from .rules import rules

#: Words after which a bare year or month name is certainly a time ("in 2022", "since May").
_PREPOSITIONS = (
    r"in|since|by|until|till|from|through|during|before|after|of|early|late|mid|last|next|this"
    r"|between|both"
)


@lru_cache(maxsize=1)
def _finders() -> list[tuple[str, re.Pattern[str], bool]]:
    """(name, pattern, case_sensitive_head) for each search pattern; the candidate is group 'x'."""
    r = rules()
    NUM, UNIT, MONTH, WEEKDAY, YEAR, DAYNUM = r.NUM, r.UNIT, r.MONTH, r.WEEKDAY, r.YEAR, r.DAYNUM
    unit_sing = r"(?:day|week|weekend|month|quarter|year|decade|century|night)"
    number = NUM
    weekday = "(?:" + "|".join(sorted(r.full_weekdays)) + ")"
    specs: list[tuple[str, str]] = [
        ("date", rf"(?P<x>(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?)"),
        ("date", rf"(?P<x>(?:{WEEKDAY},?\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)"),
        ("date", rf"(?P<x>{MONTH},?\s+{YEAR})"),
        ("date", rf"(?P<x>{MONTH},?\s+(?:of\s+)?(?:this|last|next)\s+year)"),
        ("year-earlier", r"(?P<x>(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)"
                         r"(?:\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period|month))?)"),
        # "the year-earlier nine months": a length of months, a year back (read as the length)
        ("year-earlier", rf"(?P<x>(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)\s+"
                         rf"{number}\s+months)"),
        ("weekday", rf"(?P<x>(?:(?:last|next|this|past|coming|(?:the\s+)?(?:previous|preceding|"
                    rf"following|prior))\s+)?{weekday}(?:\s+{r.POD})?)"),
        # "on Sundays", "Tuesday nights": a weekday that recurs (a SET)
        ("weekday-set", rf"(?P<x>{weekday}s(?:\s+{r.POD}s?)?|{weekday}\s+{r.POD}s)"),
        # "April 24 and 25", "May 3 to 5": the last day of a list (read with its month)
        ("next-day", rf"{MONTH}\s+{DAYNUM}(?:,\s+{DAYNUM})*(?:,?\s+(?:and|or|to|through)\s+"
                     rf"|\s*[-–]\s*)(?P<x>{DAYNUM})(?!\s*(?:%|percent))"),
        ("month", rf"(?:{_PREPOSITIONS})[\s-]+(?P<x>{MONTH})"),
        ("year", rf"(?:{_PREPOSITIONS})\s+(?:the\s+year\s+)?(?P<x>{YEAR})(?![\d%])"),
        # "the March accession", "a June agreement", "December's figures": a month that
        # premodifies a noun or owns one (capitalised, checked below)
        ("month", r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\bits )|(?<=\bhis )|(?<=\bher )"
                  rf"|(?<=\btheir )|(?<='s )|(?<=’s ))(?P<x>{MONTH})(?=\s+[a-z])"),
        ("month", rf"(?P<x>{MONTH})(?=['’]s\s)"),
        # "between 1994 and 1997", "in 1994, 1995 and 1997": the years after the first
        ("year", rf"{YEAR}(?:,\s+{YEAR})*?(?:,?\s+(?:and|or)\s+|,\s+|\s*[-–]\s*)(?P<x>{YEAR})"
                 r"(?![\d%])"),
        # "the 1989 period", "the 1988 quarter": the reported period of that year
        ("year", rf"(?P<x>the\s+{YEAR}\s+(?:period|quarter))(?![\w-])"),
        # "the 2016 election", "Russia's 2022 invasion": a year that premodifies a noun
        ("year", r"(?:(?<=the )|(?<=its )|(?<=his )|(?<=her )|(?<=our )|(?<=their )|(?<='s )"
                 rf"|(?<=’s ))(?P<x>{YEAR})(?=\s+[A-Za-z])"),
        ("relative", rf"(?P<x>(?:the\s+)?(?:{r.REL}|that|the\s+same)\s+{unit_sing})"),
        ("position", rf"(?P<x>(?:the\s+)?(?:{r.POSITION})(?:\s+of|-)?\s*"
                     rf"(?:(?:this|last|next|the)\s+{unit_sing}|{YEAR}|{MONTH}))"),
        ("decade", r"(?P<x>(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[5-9]|20)\d0'?s|'\d0s))"),
        # seasons only where they are certainly times: "last summer", "spring 2020", "the winter
        # of 1994", "over the summer" (not "the fall of the regime", "a hot spring")
        ("season", rf"(?P<x>(?:(?:this\s+past|this|last|next|past|coming)\s+{r.SEASON}"
                   rf"|(?:the\s+)?{r.SEASON}\s+(?:of\s+)?{YEAR}))(?![\d%])"),
        ("season", rf"(?:in|during|over|since|until|by|through|throughout)\s+(?P<x>the\s+"
                   rf"{r.SEASON})(?!\s+of\s+(?!{YEAR}))"),
        # years in words ("in nineteen seventy-nine", "the winter of nineteen ninety-four", "the
        # year two thousand"): a thousands form only after "the year" ("two thousand people")
        ("year", rf"(?P<x>(?:(?:the\s+)?{r.SEASON}\s+(?:of\s+)?)?(?:the\s+year\s+{r.SPOKEN_YEAR}"
                 rf"|{r.SPOKEN_CENTURY_YEAR}))"),
        ("century", r"(?P<x>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+century)"),
        ("quarter", rf"(?P<x>Q[1-4](?:\s+{YEAR})?)"),
        # "the first half of 2019", "the last half of this year" (never a bare "first half":
        # sport has halves)
        ("quarter", rf"(?P<x>(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+"
                    rf"(?:{YEAR}|(?:the\s+)?(?:this|last|next)?\s*year))"),
        ("quarter", rf"(?P<x>(?:the\s+)?{YEAR}\s+(?:first|second|third|fourth)[\s-]+quarter)"),
        ("quarter", rf"(?P<x>(?:the\s+)?(?:first|second|third|fourth)[\s-]+quarter"
                    rf"(?:\s+of\s+{YEAR})?)"),
        ("day-word", rf"(?P<x>{r.DAYWORD}(?:\s+{r.POD})?)"),
        ("part-of-day", rf"(?P<x>(?:this|last|the\s+(?:next|following|previous|preceding|same))"
                        rf"\s+{r.POD})"),
        # a clock time, with its zone and the day it is on ("5 p.m. EST Nov. 9", "noon Saturday")
        ("clock", rf"(?P<x>{r.CLOCK}(?:\s+(?:on\s+)?(?:(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAYNUM}"
                  rf"(?:,?\s+{YEAR})?|{weekday}|{r.DAYWORD}))?)"),
        ("ago", rf"(?P<x>(?:{number}|{r.VAGUE})\s+{UNIT}(?:\s+or\s+so)?\s+ago)"),
        ("relation", rf"(?P<x>{number}\s+{UNIT}\s+(?:later|earlier|after|before|afterwards?))"),
        ("duration", rf"(?P<x>(?:(?:{r.APPROX})\s+)?(?:the\s+)?(?:(?:past|last|next|coming|"
                     rf"previous|first|final|recent)\s+)?(?:{number}|{r.VAGUE})[\s-]+"
                     rf"(?:{r.INCREMENT}\s+)?{UNIT}"
                     r"(?:\s+and\s+a\s+half)?(?:[\s-]+long)?)(?![\s-]+old)"),
        ("duration", rf"(?P<x>(?:the\s+)?(?:past|last|recent|coming)\s+{unit_sing})"),
        # "weeks or months", "recent days and weeks": one vague length, read by its first unit
        ("duration", rf"(?P<x>(?:(?:the\s+)?(?:past|last|recent|coming|next)\s+)?{unit_sing}s"
                     rf"\s+(?:or|and)\s+{unit_sing}s)"),
        # "a day-long meeting", "a year-long inquiry": one unit's length
        ("duration", rf"(?P<x>{UNIT}-long)"),
        ("reference", rf"(?P<x>{r.REFWORD_SEARCH})"),
        ("reference-adjective", rf"(?P<x>{r.REFWORD_ADJ})(?=\s+[a-z])"),
        ("set", rf"(?P<x>(?:every|each)\s+(?:other\s+)?(?:{unit_sing}|{weekday}))"),
        ("set", rf"(?P<x>{r.SETWORD})"),
        ("holiday", rf"(?P<x>{r.HOLIDAY}(?:\s+week)?(?:,?\s+{YEAR})?)"),
        ("set", rf"(?P<x>(?:{r.FREQ}|[\w-]+\s+times)\s+(?:a|an|per|each|every)\s+{unit_sing})"),
        ("year", rf"(?P<x>(?:{r.FISCAL})\s*'?(?:\d{{4}}|\d{{2}}))(?![\d%])"),
        # "the fiscal year", "the latest fiscal year": the company's year, from the publication
        ("fiscal-year", rf"(?P<x>the\s+(?:(?:{r.REL})\s+)?fiscal\s+year)"
                        r"(?![\s-]+(?:'?\d|ended|ending))"),
        ("year", rf"(?P<x>Q[1-4]\s+(?:{r.FISCAL})\s*'?(?:\d{{4}}|\d{{2}}))(?![\d%])"),
        ("year", rf"(?P<x>(?:first|second|third|fourth)[\s-]+quarter\s+of\s+(?:{r.FISCAL})"
                 r"\s*'?(?:\d{4}|\d{2}))(?![\d%])"),
        ("relative", r"(?P<x>(?:over|during|on|at)\s+the\s+weekend)"),
        # "the first nine months of the year", "the third quarter of the year": the year the
        # story reports on, read like "this year" (not "the coldest weeks of the year")
        ("of-the-year", r"(?:first|second|third|fourth|last|final|past)\s+(?:[\w-]+\s+)?"
                        r"(?:months|quarter|half|weeks)\s+of\s+(?P<x>the\s+year)"),
        # "for the year ended March 31": a reporting period (read as its length in the stage)
        ("period-ended", r"(?P<x>the\s+(?:year|quarter))(?=\s+(?:ended|ending)\s)"),
    ]
    compiled = []
    for name, pattern in specs:
        compiled.append(
            (name, re.compile(rf"(?<![\w'-]){pattern}(?![\w-])", re.IGNORECASE), name != "ago")
        )
    return compiled


@lru_cache(maxsize=1)
def _index() -> PrefixIndex:
    """The search patterns by the first three characters they can start with."""
    return PrefixIndex([pattern.pattern for _, pattern, _ in _finders()])


@lru_cache(maxsize=1)
def _searched() -> list[tuple[int, re.Pattern[str]]]:
    """The patterns the index cannot dispatch ("[\\w-]+ times a week"), each as a regex that
    matches at a word start only: a ``finditer`` of it finds what trying it at every word start
    does."""
    finders = _finders()
    return [(i, re.compile(r"(?=[\w'])" + finders[i][1].pattern, finders[i][1].flags))
            for i in _index().always]


#: where a search pattern may start: a word's first character (each has that lookbehind)
_WORD_STARTS = re.compile(r"(?<![\w'-])[\w']")
_WORDS = re.compile(r"[A-Za-z]+")
_CAPITALISED = re.compile(r"^(?:the\s+)?(?:(?:last|next|this|past|coming|previous|preceding|"
                          r"following|prior)\s+)?[A-Z0-9]")


def matches(text: str) -> list[tuple[int, int, int]]:
    """(pattern index, start, end of group 'x') of every search pattern's matches, sorted: each
    pattern's matches do not overlap one another, as with a ``finditer`` of its own."""
    finders = _finders()
    free_from = [0] * len(finders)
    found: list[tuple[int, int, int]] = []
    index = _index()
    for i, search in _searched():
        found += [(i, *m.span("x")) for m in search.finditer(text)]
    patterns = [pattern for _, pattern, _ in finders]
    starts = [hit.start() for hit in _WORD_STARTS.finditer(text)]
    for pos, ids in index.scan(text, starts):
        for i in ids:
            if pos < free_from[i]:
                continue
            m = patterns[i].match(text, pos)
            if m is not None:
                free_from[i] = m.end()
                found.append((i, *m.span("x")))
    return sorted(found)


def find_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, finder name) of every pattern match in ``text``.

    Month and weekday names must be capitalised (so "may" and "march" as verbs do not count).
    """
    r = rules()
    months_weekdays = set(r.months) | set(r.weekdays)
    finders = _finders()
    for i, start, end in matches(text):
        name = finders[i][0]
        found = text[start:end]
        words = _WORDS.findall(found)
        if any(w.lower() in months_weekdays and not w[0].isupper() for w in words):
            continue
        capitalised = ("month", "weekday", "weekday-set", "date", "holiday")
        if name in capitalised and not _CAPITALISED.match(found):
            continue
        yield start, end, name
