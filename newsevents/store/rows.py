"""One Document flattened into table rows: the single column contract of every store.

The DuckDB store, the Parquet writer of ``newsevents.scale`` and the ``parquet``/``csv``/``jsonl``
exports all go through :func:`document_rows` and :data:`TABLES`, so a column means the same thing
wherever it is read. Column names are public (analysts write SQL against them): add columns
freely, never rename or drop one without a migration note in the changelog.

Design choices, and why:

* Every row carries ``doc_id``, so each table can be joined to ``documents`` and a document can be
  deleted or skipped as a whole.
* Nested records are flattened into the columns people filter on (``source_code``, ``cameo_root``,
  ``modality`` …) and the full record is kept as JSON in ``record``, so nothing the pipeline found
  is lost and a record can be rebuilt with :func:`newsevents.records.from_json`.
* Character offsets are ``span_start``/``span_end`` (``start``/``end`` alone are SQL keywords).
* Only scalar columns (lists are JSON text), so the same rows round-trip through CSV unchanged.
* ``day`` is the date an event is counted on: the event's own date when it resolves to a single
  day, else the publication date (GDELT's convention). ``day_source`` says which: ``text`` (the
  article dates the event to that day) or ``publication`` (it does not: no time of its own, or
  only a coarser one such as "in 1967"), so date-based counts can leave the second kind out.
  ``date_start``/``date_end`` give the whole period a coarser date covers ("in 2022" →
  2022-01-01 … 2022-12-31), so nothing is made more precise than the text says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pyarrow as pa

from ..dates import parse_day, timex_period
from ..records import Actor, Document, Event, Place, Quote, Span, TimeExpr, to_dict

Row = dict[str, Any]

_S = pa.string()
_I = pa.int64()
_F = pa.float64()
_D = pa.date32()

#: The order tables are written and exported in; ``documents`` first so children never dangle.
TABLE_NAMES: tuple[str, ...] = ("documents", "actors", "events", "quotes", "times", "places")

TABLES: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _S),
            ("title", _S),
            ("published", _D),
            ("published_source", _S),
            ("language", _S),
            ("source_path", _S),
            ("source_url", _S),
            ("outlet", _S),
            ("syndicated_by", _S),
            ("credits", _S),  # JSON list of credited agencies ("The Associated Press …" → AP)
            ("copies", _S),  # JSON list of syndicated copies merged into this document
            ("n_copies", _I),  # 1 + len(copies): how many articles carried this text
            ("text", _S),
            ("n_sentences", _I),
            ("n_actors", _I),
            ("n_events", _I),
            ("n_quotes", _I),
            ("n_times", _I),
            ("n_places", _I),
            ("n_errors", _I),
            ("removed", _S),  # JSON list of {"text", "reason", "start"}
            ("errors", _S),  # JSON list of {"stage", "code", "message"}
            ("record", _S),  # the whole Document as JSON
        ]
    ),
    "actors": pa.schema(
        [
            ("doc_id", _S),
            ("actor_index", _I),
            ("mention", _S),
            ("span_start", _I),
            ("span_end", _I),
            ("name", _S),
            ("kind", _S),
            ("country", _S),
            ("sector", _S),
            ("code", _S),
            ("role", _S),
            ("entity", _S),
            ("resolution_method", _S),
            ("resolution_reason", _S),
            ("sentence_start", _I),
            ("sentence_end", _I),
            ("published", _D),
            ("record", _S),
        ]
    ),
    "events": pa.schema(
        [
            ("doc_id", _S),
            ("event_id", _S),
            ("event_index", _I),
            ("sentence_start", _I),
            ("sentence_end", _I),
            ("sentence_text", _S),
            ("trigger_text", _S),
            ("trigger_start", _I),
            ("trigger_end", _I),
            ("source_code", _S),
            ("source_country", _S),
            ("source_sector", _S),
            ("source_name", _S),
            ("source_kind", _S),
            ("source_mention", _S),
            ("target_code", _S),
            ("target_country", _S),
            ("target_sector", _S),
            ("target_name", _S),
            ("target_kind", _S),
            ("target_mention", _S),
            ("cameo", _S),
            ("cameo_root", _S),
            ("cameo_name", _S),
            ("quad_class", _I),
            ("goldstein", _F),
            ("plover_type", _S),
            ("plover_mode", _S),
            ("plover_context", _S),
            ("modality", _S),
            ("date_text", _S),
            ("date_value", _S),
            ("date_granularity", _S),
            ("date_type", _S),
            ("date_start", _D),
            ("date_end", _D),
            ("day", _D),
            ("day_source", _S),  # text | publication: where ``day`` comes from (NULL: no day)
            ("place_name", _S),
            ("place_country", _S),
            ("place_feature", _S),
            ("place_lat", _F),
            ("place_lon", _F),
            ("place_geonameid", _I),
            ("speaker_code", _S),
            ("speaker_name", _S),
            ("medium", _S),
            ("method", _S),
            ("confidence", _F),
            ("published", _D),
            ("source_url", _S),
            ("record", _S),
        ]
    ),
    "quotes": pa.schema(
        [
            ("doc_id", _S),
            ("quote_index", _I),
            ("text", _S),
            ("span_start", _I),
            ("span_end", _I),
            ("kind", _S),
            ("speaker_code", _S),
            ("speaker_country", _S),
            ("speaker_name", _S),
            ("speaker_mention", _S),
            ("cue", _S),
            ("medium", _S),
            ("date_value", _S),
            ("sentence_start", _I),
            ("sentence_end", _I),
            ("method", _S),
            ("confidence", _F),
            ("published", _D),
            ("record", _S),
        ]
    ),
    "times": pa.schema(
        [
            ("doc_id", _S),
            ("time_index", _I),
            ("text", _S),
            ("span_start", _I),
            ("span_end", _I),
            ("value", _S),
            ("granularity", _S),
            ("type", _S),
            ("anchor", _S),
            ("timex_type", _S),
            ("date_start", _D),
            ("date_end", _D),
            ("method", _S),
            ("published", _D),
            ("record", _S),
        ]
    ),
    "places": pa.schema(
        [
            ("doc_id", _S),
            ("place_index", _I),
            ("name", _S),
            ("span_start", _I),
            ("span_end", _I),
            ("country", _S),
            ("feature", _S),
            ("lat", _F),
            ("lon", _F),
            ("geonameid", _I),
            ("method", _S),
            ("published", _D),
            ("record", _S),
        ]
    ),
}

# --------------------------------------------------------------------------- dates

def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers (``newsevents.dates.timex_period``),
    or None for durations, refs, sets, and halves and seasons (no column holds their span)."""
    found = timex_period(value)
    if found is None or found.granularity in ("half", "season"):
        return None
    return found.first, found.last


#: ``day_source`` values: the text dates the event to its day, or the day is the report's.
DAY_SOURCES: tuple[str, ...] = ("text", "publication")


def text_day(event: Event) -> dt.date | None:
    """The event's own day when the text dates it to one (never the publication fallback)."""
    date = event.date
    if date is None or date.type == "publication" or date.start < 0:
        return None
    span = period(date.value)
    return span[0] if span is not None and span[0] == span[1] else None


def event_day(event: Event, published: dt.date | None) -> dt.date | None:
    """The day an event is counted on: its own date if that is one day, else publication."""
    own = text_day(event)
    if own is not None:
        return own
    if event.date is not None and event.date.type == "publication":
        return parse_day(event.date.value) or published  # the publication date it was given
    return published


def day_source(event: Event, published: dt.date | None) -> str | None:
    """``text`` when the article dates the event to its ``day``; ``publication`` when the day is
    the report's; None when there is no day (no event date and no publication date)."""
    if text_day(event) is not None:
        return "text"
    return "publication" if event_day(event, published) is not None else None


# --------------------------------------------------------------------------- rows


def _json(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False)


_PRIMITIVES = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """:func:`~newsevents.records.to_dict`, equal output, with each record class's field names
    looked up once per process (``dataclasses.fields`` per object was most of the row cost)."""
    cls: type = value.__class__
    if cls in _PRIMITIVES:
        return value
    names = _FIELDS.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(cls):
            return to_dict(value)  # lists, tuples, dicts and anything else, as to_dict does
        names = tuple(f.name for f in dataclasses.fields(cls))
        _FIELDS[cls] = names
    result: dict[str, Any] = {}
    for name in names:
        item = getattr(value, name)
        if item.__class__ in _PRIMITIVES:
            result[name] = item
        elif item.__class__ is tuple or item.__class__ is list:
            result[name] = [plain(x) for x in item]
        else:
            result[name] = plain(item)
    return result


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _actor_cols(prefix: str, actor: Actor | None) -> Row:
    if actor is None:
        return {
            f"{prefix}_{col}": None
            for col in ("code", "country", "sector", "name", "kind", "mention")
        }
    return {
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_name": actor.name,
        f"{prefix}_kind": actor.kind,
        f"{prefix}_mention": actor.mention,
    }


def _sentence(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def document_row(doc: Document, published: dt.date | None, record: Any = None) -> Row:
    """The documents row; ``record`` is ``plain(doc)`` when the caller has it already."""
    record = plain(doc) if record is None else record
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "published": published,
        "published_source": doc.published_source,
        "language": doc.language,
        "source_path": doc.source.path,
        "source_url": doc.source.url,
        "outlet": doc.source.outlet,
        "syndicated_by": doc.source.syndicated_by,
        "credits": _json(list(doc.source.credits)),
        "copies": _json(list(doc.source.copies)),
        "n_copies": 1 + len(doc.source.copies),
        "text": doc.text,
        "n_sentences": len(doc.sentences),
        "n_actors": len(doc.actors),
        "n_events": len(doc.events),
        "n_quotes": len(doc.quotes),
        "n_times": len(doc.times),
        "n_places": len(doc.places),
        "n_errors": len(doc.errors),
        "removed": _json(list(doc.removed)),
        "errors": _json(list(doc.errors)),
        "record": _dumps(record),
    }


def actor_row(
    doc_id: str, index: int, actor: Actor, published: dt.date | None, record: Any = None
) -> Row:
    sentence_start, sentence_end = _sentence(actor.sentence)
    return {
        "doc_id": doc_id,
        "actor_index": index,
        "mention": actor.mention,
        "span_start": actor.start,
        "span_end": actor.end,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "code": actor.code,
        "role": actor.role,
        "entity": actor.entity,
        "resolution_method": actor.resolution.method,
        "resolution_reason": actor.resolution.reason,
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "published": published,
        "record": _dumps(plain(actor) if record is None else record),
    }


def event_row(
    doc: Document, index: int, event: Event, published: dt.date | None, record: Any = None
) -> Row:
    date = event.date
    span = period(date.value) if date is not None else None
    place = event.place
    speaker = event.attribution.speaker
    row: Row = {
        "doc_id": doc.doc_id,
        "event_id": event.event_id,
        "event_index": index,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "sentence_text": event.sentence.text,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
    }
    row.update(_actor_cols("source", event.source))
    row.update(_actor_cols("target", event.target))
    row.update(
        {
            "cameo": event.cameo,
            "cameo_root": event.cameo_root,
            "cameo_name": event.cameo_name,
            "quad_class": event.quad_class,
            "goldstein": float(event.goldstein),
            "plover_type": event.plover.event_type,
            "plover_mode": event.plover.mode or None,
            "plover_context": event.plover.context or None,
            "modality": event.modality,
            "date_text": date.text if date is not None else None,
            "date_value": date.value if date is not None else None,
            "date_granularity": date.granularity if date is not None else None,
            "date_type": date.type if date is not None else None,
            "date_start": span[0] if span else None,
            "date_end": span[1] if span else None,
            "day": event_day(event, published),
            "day_source": day_source(event, published),
            "place_name": place.name if place else None,
            "place_country": place.country if place else None,
            "place_feature": place.feature if place else None,
            "place_lat": place.lat if place else None,
            "place_lon": place.lon if place else None,
            "place_geonameid": place.geonameid if place else None,
            "speaker_code": speaker.code if speaker else None,
            "speaker_name": speaker.name if speaker else None,
            "medium": event.attribution.medium,
            "method": event.evidence.method,
            "confidence": float(event.evidence.confidence),
            "published": published,
            "source_url": doc.source.url,
            "record": _dumps(plain(event) if record is None else record),
        }
    )
    return row


def quote_row(
    doc_id: str, index: int, quote: Quote, published: dt.date | None, record: Any = None
) -> Row:
    sentence_start, sentence_end = _sentence(quote.sentence)
    speaker = quote.speaker
    return {
        "doc_id": doc_id,
        "quote_index": index,
        "text": quote.text,
        "span_start": quote.start,
        "span_end": quote.end,
        "kind": quote.kind,
        "speaker_code": speaker.code if speaker else None,
        "speaker_country": speaker.country if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_mention": speaker.mention if speaker else None,
        "cue": quote.cue,
        "medium": quote.medium,
        "date_value": quote.date.value if quote.date else None,
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "method": quote.evidence.method if quote.evidence else None,
        "confidence": float(quote.evidence.confidence) if quote.evidence else None,
        "published": published,
        "record": _dumps(plain(quote) if record is None else record),
    }


def time_row(
    doc_id: str, index: int, time: TimeExpr, published: dt.date | None, record: Any = None
) -> Row:
    span = period(time.value)
    return {
        "doc_id": doc_id,
        "time_index": index,
        "text": time.text,
        "span_start": time.start,
        "span_end": time.end,
        "value": time.value,
        "granularity": time.granularity,
        "type": time.type,
        "anchor": time.anchor,
        "timex_type": time.timex_type,
        "date_start": span[0] if span else None,
        "date_end": span[1] if span else None,
        "method": time.method or None,
        "published": published,
        "record": _dumps(plain(time) if record is None else record),
    }


def place_row(
    doc_id: str, index: int, place: Place, published: dt.date | None, record: Any = None
) -> Row:
    return {
        "doc_id": doc_id,
        "place_index": index,
        "name": place.name,
        "span_start": place.start,
        "span_end": place.end,
        "country": place.country,
        "feature": place.feature,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "method": place.method or None,
        "published": published,
        "record": _dumps(plain(place) if record is None else record),
    }


def document_rows(doc: Document) -> dict[str, list[Row]]:
    """Every row one document contributes, per table (keys in :data:`TABLE_NAMES` order)."""
    published = parse_day(doc.published)
    doc_id = doc.doc_id
    record = plain(doc)  # each child record's JSON is its part of the document's, built once
    return {
        "documents": [document_row(doc, published, record)],
        "actors": [
            actor_row(doc_id, i, a, published, r)
            for i, (a, r) in enumerate(zip(doc.actors, record["actors"], strict=True))
        ],
        "events": [
            event_row(doc, i, e, published, r)
            for i, (e, r) in enumerate(zip(doc.events, record["events"], strict=True))
        ],
        "quotes": [
            quote_row(doc_id, i, q, published, r)
            for i, (q, r) in enumerate(zip(doc.quotes, record["quotes"], strict=True))
        ],
        "times": [
            time_row(doc_id, i, t, published, r)
            for i, (t, r) in enumerate(zip(doc.times, record["times"], strict=True))
        ],
        "places": [
            place_row(doc_id, i, p, published, r)
            for i, (p, r) in enumerate(zip(doc.places, record["places"], strict=True))
        ],
    }


def arrow_table(name: str, rows: list[Row]) -> pa.Table:
    """Rows of one table as a pyarrow Table with the contract schema (columns in order)."""
    return pa.Table.from_pylist(rows, schema=TABLES[name])


def arrow_tables(docs: list[Document]) -> dict[str, pa.Table]:
    """Many documents as one pyarrow Table per table name (for batch Parquet writers)."""
    merged: dict[str, list[Row]] = {name: [] for name in TABLE_NAMES}
    for doc in docs:
        for name, rows in document_rows(doc).items():
            merged[name].extend(rows)
    return {name: arrow_table(name, rows) for name, rows in merged.items()}
