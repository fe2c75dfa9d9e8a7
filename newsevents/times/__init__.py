"""Stage 'times': every time expression of the text, normalised to a TIMEX3 value.

Candidates come from spaCy's DATE/TIME entities and from the search patterns of
:mod:`.finder`; :func:`.normalise.normalise` reads each one (rules from ``data/times/rules.yaml``,
dateparser as a fallback for odd absolute formats). Overlapping candidates are resolved in text
order, so anaphoric expressions ("a year after", "the following day") see the time expression
before them. Relative expressions resolve against the publication date; with none they stay
``unresolved`` (``value=None``), never silently today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..nlp.shared import ents_of, head_of, text_of
from ..records import TimeExpr
from .absolute import parse_absolute, worth_parsing
from .calendar import parse_value
from .finder import find_candidates
from .normalise import Norm, normalise
from .reference import reference_day
from .rules import rules
from .tense import tense_of

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["extract_times", "tense_of", "times_of"]

_NER_LABELS = frozenset({"DATE", "TIME"})
_APPOSITIVE_GAP = re.compile(r"^\s*[,;(–—-]?\s*$")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_TRUSTED_FINDERS = frozenset({"month", "year", "date", "next-day"})


@dataclass
class _Candidate:
    start: int
    end: int
    source: str  # ner | finder name


def _context_type(text: str, start: int, norm: Norm) -> Norm:
    """Mark a time that starts a range ("since 2022", "beginning in 2023") or is hedged."""
    if norm.value is None or norm.type not in ("exact", "approximate"):
        return norm
    before = text[max(0, start - 24) : start].lower().rstrip()
    r = rules()
    if norm.timex_type == "DATE" and _ends_with_word(r.range_starts).search(before):
        return replace(norm, type="range")
    if _ends_with_word(r.approximators).search(before):
        return replace(norm, type="approximate")
    return norm


@cache
def _ends_with_word(words: frozenset[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One regex for "the text ends with one of ``words``, after a non-word character or at its
    start" (a search per word, per time, was most of the marking)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in words) + ")$")


@cache
def _month_before() -> re.Pattern[str]:
    """The month of a list of days ending where a following day starts ("April 24 and ")."""
    r = rules()
    return re.compile(rf"(?P<mon>{r.MONTH})\s+{r.DAYNUM}(?:,\s+{r.DAYNUM})*(?:,?\s+(?:and|or|to"
                      r"|through)\s+|\s*[-–]\s*)$", re.IGNORECASE)


@cache
def _deadline() -> re.Pattern[str]:
    """The words before a time that make it a deadline (``deadline_words`` in rules.yaml)."""
    words = "|".join(re.escape(w) for w in sorted(rules().deadline_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


def _ahead(value: str | None, dct: dt.date | None) -> bool:
    """A calendar value that starts after the reference day (a hearing set for next month)."""
    parsed = parse_value(value)
    return dct is not None and parsed is not None and parsed[0] > dct


#: The reading of a spaCy date the rules cannot read and only dateparser could: asked for only
#: when no reading of our own rules already holds its span (:func:`_settle`).
_DEFERRED = Norm(None, "unknown", "unresolved", "none", "DATE", "deferred")


def _read(
    text: str, cand: _Candidate, doc: Doc, dct: dt.date | None, prev: str | None, prev_end: int,
    behind: str | None = None, absolute: bool = True,
) -> Norm | None:
    """The reading of one candidate; ``absolute=False`` answers :data:`_DEFERRED` where
    dateparser would be asked."""
    surface = text[cand.start : cand.end]
    if cand.source == "next-day":
        # "April 24 and 25": the later day is read with the month written before it
        month = _month_before().search(text, max(0, cand.start - 40), cand.start)
        if month is None:
            return None
        surface = f"{month['mon']} {surface}"
    if cand.source == "of-the-year":
        surface = "this year"  # "the first nine months of the year": the year the story is in
    appositive = prev_end >= 0 and bool(_APPOSITIVE_GAP.match(text[prev_end : cand.start]))
    tense = tense_of(doc, cand.start, cand.end)
    if tense == "past" and _deadline().search(text, max(0, cand.start - 12), cand.start):
        # "gave them until Tuesday", "loans through January", "effective Feb. 1": a deadline
        # set in the past may lie ahead; the nearer day or month of that name
        tense = "present"
    if tense == "future" and _premodifier(doc, cand):
        tense = "present"  # "to sell itself under a June agreement": a thing named by its month
    if _SINCE.search(text, max(0, cand.start - 8), cand.start):
        tense = "past"  # "up 5% since Sunday", "closed since Monday": what began has begun
    if tense == "past" and _ahead(prev, dct):
        # "remanded until April 5. The attack was at 13:40 … on the same day": a past clause
        # is at the last time the story named on or before its reference day, not at a
        # hearing or deadline still ahead
        prev = behind
    if _HHMM.fullmatch(surface) and _zone_after().match(text, cand.end):
        return _zoned_clock(surface, dct, prev)
    norm = normalise(surface, dct, tense, prev, appositive, strict=cand.source
                     not in _TRUSTED_FINDERS)
    if norm is None and cand.source == "ner" and worth_parsing(surface):
        if not absolute:
            return _DEFERRED
        norm = parse_absolute(surface, dct)
    if norm is not None and cand.source == "period-ended" and norm.granularity in ("year",
                                                                                 "quarter"):
        # "the year ended March 31" is the twelve months up to that day: a length (TimeBank P1Y)
        unit = "Y" if norm.granularity == "year" else "Q"
        return Norm(f"P1{unit}", norm.granularity, "duration", "none", "DURATION",
                    "rule:period-ended")
    if norm is not None and norm.timex_type == "DURATION" and not _a_duration(doc, cand):
        return None
    if norm is not None and cand.source == "reference-adjective" and not _adjective(doc, cand):
        return None
    if norm is not None and norm.method == "rule:reference" and _opens_sentence(doc, cand):
        return None  # "Now, he says, …": a turn of the argument, not a time
    if norm is not None and norm.timex_type == "SET":
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if (span is not None and len(span) == 1 and span[0].pos_ == "ADJ"
                and span[0].lower_ in rules().set_report_adjectives):
            return None  # "quarterly earnings": a report's kind; "daily life" recurs
    return norm


def _opens_sentence(doc: Doc, cand: _Candidate) -> bool:
    """A discourse word (``discourse_openers``) that opens its sentence, after any quote mark."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in rules().discourse_openers:
        return False
    before = doc[span.sent.start : span.start]
    after = doc[span.end] if span.end < len(doc) else None
    return all(t.is_punct for t in before) and after is not None and after.text == ","


_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


@cache
def _zone_after() -> re.Pattern[str]:
    """A time-zone name right after a span (``time_zones`` in rules.yaml)."""
    return re.compile(rf"\s*(?:{rules().ZONE})\b", re.IGNORECASE)


def _zoned_clock(surface: str, dct: dt.date | None, prev: str | None) -> Norm:
    """"(0300 UTC)", "at 1830 GMT": four digits before a zone are a 24-hour clock time, never a
    year or a count; on the day the narrative is at, as a bare clock time is."""
    anchor = parse_value(prev)
    day = anchor[0] if anchor is not None and anchor[1] in ("day", "time") else dct
    if day is None:
        return Norm(None, "time", "unresolved", "none", "TIME", "rule:clock")
    return Norm(f"{day.isoformat()}T{surface[:2]}:{surface[2:]}", "time", "exact", "published",
                "TIME", "rule:clock")


def _premodifier(doc: Doc, cand: _Candidate) -> bool:
    """A time that premodifies a noun after it ("a June agreement", "the May vote")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return (root.dep_ in ("compound", "nmod", "amod") and head_of(root).i == span.end
            and head_of(root).pos_ == "NOUN")


def _adjective(doc: Doc, cand: _Candidate) -> bool:
    """A reference adjective that modifies a noun ("the current weakness"), not "a current"."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return (span is not None and len(span) == 1 and span[0].pos_ == "ADJ"
            and span[0].dep_ == "amod" and span[0].head.i > span[0].i)


def _a_duration(doc: Doc, cand: _Candidate) -> bool:
    """False for unit phrases that are not lengths of time: an ordinal ("a second betrayal"),
    a fraction ("three-quarters of its food"), a title ("60 Minutes"). Rates ("$1 billion a
    year") stay: TimeBank marks them as durations as often as not."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    last = span[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.lower_ == "second" and after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN"):
        return False
    if last.lower_.endswith(("quarter", "quarters")) and after is not None and after.lower_ == "of":
        return False
    return not (last.text[:1].isupper() and not last.is_sent_start and len(span) > 1
                and not span[0].text[:1].isupper())


def _settle(
    readings: list[tuple[_Candidate, Norm | None]],
) -> list[tuple[_Candidate, Norm | None, bool]]:
    """Each reading with whether a deferred one's span is already held by a resolved reading of
    our own rules that the cluster keeps.

    Those outrank any dateparser reading (:func:`_rank`) and are chosen before it whatever it
    says, so dateparser is asked only for a span none of them holds: the same times, without
    dateparser's first call (~0.6 CPU-s of regex building per process) or its per-call cost.
    """
    kept: list[_Candidate] = []
    ranked = sorted(readings, key=lambda cr: _rank(cr[1], cr[0]), reverse=True)
    for cand, norm in ranked:
        if norm is None or norm is _DEFERRED or _rank(norm, cand)[:2] != (2, 1):
            continue
        if not any(cand.start < c.end and c.start < cand.end for c in kept):
            kept.append(cand)
    return [(cand, norm, norm is _DEFERRED and any(
        cand.start < c.end and c.start < cand.end for c in kept)) for cand, norm in readings]


def _rank(norm: Norm | None, cand: _Candidate) -> tuple[int, int, int, int]:
    """Resolved readings first, then our own rules over dateparser, then the longer span."""
    resolved = 2 if norm is not None and norm.value is not None else (1 if norm else 0)
    ruled = 0 if norm is None or norm.method == "dateparser" else 1
    return (resolved, ruled, cand.end - cand.start, 1 if cand.source != "ner" else 0)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, punctuation and a possessive from the edges of a span."""
    while start < end and text[start] in " \t\n,.;:\"“”'(":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:\"“”)":
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    first, _, rest = text[start:end].partition(" ")
    if rest and first.lower() in rules().approximators_outside:
        start += len(first) + 1  # "about [five hours]": the hedge is recorded in `type`
    if end > start and text[end - 1] == "." and not re.search(r"[ap]\.m\.$", text[start:end]):
        end -= 1
    return start, end


def _sentence_of(doc: Doc, start: int) -> int:
    """The index of the first token of the sentence holding character ``start``."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else -1


_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)", re.IGNORECASE)
_MONTHS = re.compile(r"P\d+M")
_PERIOD = re.compile(r"\bperiod$", re.IGNORECASE)


def _period_compared(
    text: str, cand: _Candidate, doc: Doc, dct: dt.date | None, norm: Norm,
    last: tuple[str | None, int],
) -> Norm:
    """"For the nine months, it earned $9 million, compared with $7 million a year earlier":
    a year-to-date period compared with the same months a year before, which lie in the
    previous year (TimeML writes the year) — when the time before the comparison, in the same
    sentence, is a count of months."""
    value, end = last
    if (value is not None and _MONTHS.fullmatch(value) and norm.method == "rule:year-earlier"
            and _PERIOD.search(text, cand.start, cand.end)):
        # "For the nine months, it earned $9 million. In the year-earlier period, …": the same
        # months a year before, a length as the period it repeats (TimeML: P9M)
        return replace(norm, value=value, granularity="month", type="duration",
                       timex_type="DURATION", method=norm.method + "+period")
    if (dct is None or value is None or norm.method not in ("rule:relation", "rule:ago")
            or not _MONTHS.fullmatch(value)
            or not _YEAR_BACK.fullmatch(text[cand.start : cand.end])
            or _sentence_of(doc, cand.start) != _sentence_of(doc, max(end - 1, 0))):
        return norm
    return replace(norm, value=str(dct.year - 1), granularity="year",
                   method=norm.method + "+period")


def _opens_story(doc: Doc, start: int) -> bool:
    """Whether the sentence holding ``start`` opens a new story of a roundup ("Separately, …";
    ``story_breaks`` in rules.yaml)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.sent[0].lower_ in rules().story_breaks


def _compared_with(
    text: str, cand: _Candidate, doc: Doc, dct: dt.date | None, lead: str, norm: Norm | None
) -> Norm | None:
    """A period compared across years ("the year-earlier period", "the 1989 period", "a year
    ago") in a later sentence than the quarter before it: the story's reported quarter.

    An earnings story names its quarter in the lead ("posted a 20% gain in third-quarter net")
    and may mention another in passing ("after a flat second quarter"); the comparisons that
    follow, sentences later, are with the lead's quarter, not the passing one."""
    if norm is None or norm.anchor != "previous-time" or norm.method not in _COMPARISONS:
        return norm
    return _read(text, cand, doc, dct, lead, -1)


_COMPARISONS = frozenset({"rule:year-earlier", "rule:year-period", "rule:ago"})
#: Readings of a month or month-day written without a year (nor "last"/"next"/"this").
_YEARLESS = frozenset({"rule:month-day", "rule:month"})
_RELATIVE_WORD = re.compile(r"(?:the\s+)?(?:last|next|this|past|coming|previous|following)\b",
                            re.IGNORECASE)


def _main_clause_time(doc: Doc, start: int, end: int) -> bool:
    """A time that dates its sentence's main verb ("In 2017 he became mayor"), not a phrase or
    a subordinate clause of it ("shootings dating to 1994", "an offer made in 1987 that …")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or head_of(token) == token:
            break
        if token.dep_ in _PREMODIFIER_DEPS and head_of(token).pos_ in ("NOUN", "PROPN"):
            return False  # "the 2016 election": the year is the election's
        token = head_of(token)
    return token.pos_ in ("VERB", "AUX") and token.i == span.sent.root.i


_PREMODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})


def _narrative_year(
    text: str, doc: Doc, cand: _Candidate, norm: Norm, prev: str | None, prev_end: int,
) -> Norm:
    """A month or month-day without a year in a past clause, in a paragraph whose story is in
    an earlier year than the one the reference day gives it: the year the narrative is in.

    "Smith became mayor in 2017. He resigned on November 21, citing ill health." in a 2019
    obituary is 2017-11-21, not the most recent November 21 (2018): the paragraph's last time
    says where the story is. The date is the first such day on or after that time (a
    narrative runs forward: "In December 2017 … On February 3" is 2018-02-03). Only within the
    paragraph, only for an earlier year, and only in a past clause (a schedule ahead keeps the
    reading of its tense)."""
    if (norm.method not in _YEARLESS or norm.value is None or prev_end < 0
            or "\n\n" in text[prev_end : cand.start]
            or _RELATIVE_WORD.match(text, cand.start)):
        return norm
    at, own = parse_value(prev), parse_value(norm.value)
    if at is None or own is None or at[0].year >= own[0].year:
        return norm
    if tense_of(doc, cand.start, cand.end) != "past":
        return norm
    first = own[0]
    for year in (at[0].year, at[0].year + 1):
        try:
            day = first.replace(year=year)
        except ValueError:
            continue
        if day >= at[0] and year < own[0].year:
            value = day.isoformat() if own[1] == "day" else f"{year}-{day.month:02d}"
            return replace(norm, value=value, anchor="previous-time",
                           method=f"{norm.method}+narrative-year")
    return norm


def times_of(
    doc: Doc, published: dt.date | None, dateline: str | None = None
) -> list[TimeExpr]:
    """Every time expression of a parsed document, in text order.

    ``dateline`` is the day of a dateline cleaning removed from the text's start (``Removed.day``,
    see ``times/reference.py``); relative times are read from it when it is the story's day.
    """
    text = text_of(doc)
    published = reference_day(text, published, dateline)
    cands: list[_Candidate] = []
    for ent in ents_of(doc):
        if ent.label_ in _NER_LABELS:
            start, end = _strip(text, ent.start_char, ent.end_char)
            if end > start:
                cands.append(_Candidate(start, end, "ner"))
    for start, end, name in find_candidates(text):
        start, end = _strip(text, start, end)
        if end > start:
            cands.append(_Candidate(start, end, name))
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))

    out: list[TimeExpr] = []
    prev: str | None = None
    prev_end = -1
    prev_sent = -1
    behind: str | None = None  # the last calendar time not after the reference day
    story: tuple[str | None, int] = (None, -1)  # the last written date of a main clause
    lead_quarter: str | None = None  # the quarter the story reports on: the first one it names
    last: tuple[str | None, int] = (None, -1)  # the last time's value and where it ended
    i = 0
    while i < len(cands):
        # a cluster: candidates connected by overlap
        cluster = [cands[i]]
        reach = cands[i].end
        i += 1
        while i < len(cands) and cands[i].start < reach:
            cluster.append(cands[i])
            reach = max(reach, cands[i].end)
            i += 1
        compare = lead_quarter is not None and prev != lead_quarter and prev_sent != (
            _sentence_of(doc, cluster[0].start))
        readings = [(c, _read(text, c, doc, published, prev, prev_end, behind, absolute=False))
                    for c in cluster]
        if compare:
            readings = [(c, _compared_with(text, c, doc, published, lead_quarter or "", n))
                        for c, n in readings]
        if any(n is _DEFERRED for _, n in readings):
            settled: list[tuple[_Candidate, Norm | None]] = []
            for c, n, held in _settle(readings):
                if n is _DEFERRED:  # dateparser, only where no rule reading holds the span
                    n = None if held else _read(text, c, doc, published, prev, prev_end, behind)
                    if compare and n is not None:
                        n = _compared_with(text, c, doc, published, lead_quarter or "", n)
                settled.append((c, n))
            readings = settled
        readings.sort(key=lambda cr: _rank(cr[1], cr[0]), reverse=True)
        chosen: list[tuple[_Candidate, Norm]] = []
        for cand, norm in readings:
            if norm is None:
                continue
            if any(cand.start < c.end and c.start < cand.end for c, _ in chosen):
                continue
            chosen.append((cand, norm))
        for cand, norm in sorted(chosen, key=lambda cn: cn[0].start):
            norm = _context_type(text, cand.start, _period_compared(text, cand, doc, published,
                                                                    norm, last))
            norm = _narrative_year(text, doc, cand, norm, *story)
            last = (norm.value, cand.end)
            out.append(
                TimeExpr(
                    text=text[cand.start : cand.end],
                    start=cand.start,
                    end=cand.end,
                    value=norm.value,
                    granularity=norm.granularity,  # type: ignore[arg-type]
                    type=norm.type,  # type: ignore[arg-type]
                    anchor=norm.anchor,  # type: ignore[arg-type]
                    timex_type=norm.timex_type,
                    method=norm.method if cand.source != "ner" else f"{norm.method}+ner",
                )
            )
            parsed = parse_value(norm.value) if norm.timex_type in ("DATE", "TIME") else None
            if parsed is not None:
                prev, prev_end = norm.value, cand.end
                if not _ahead(norm.value, published):
                    behind = norm.value
                prev_sent = _sentence_of(doc, cand.start)
                if (norm.anchor == "none" and norm.type == "exact"
                        and _main_clause_time(doc, cand.start, cand.end)):
                    story = (norm.value, cand.end)
                elif story[0] is not None and (norm.value or "")[:4] != story[0][:4]:
                    story = (None, -1)  # the text has moved to another year
                if parsed[1] == "quarter" and (lead_quarter is None
                                               or _opens_story(doc, cand.start)):
                    lead_quarter = norm.value
    return out


def extract_times(ctx: Context) -> list[TimeExpr]:
    """The 'times' stage: every time expression of ``ctx.doc``, resolved by ``ctx.published``
    (or by the day of the dateline cleaning removed, ``ctx.dateline``)."""
    return times_of(ctx.doc, ctx.published, ctx.dateline)
