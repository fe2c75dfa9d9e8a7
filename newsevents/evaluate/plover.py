"""PLOVER gold standard records (GSR): does the coder find the gold event in each sentence?

The GSR (``../shared/data/events/plover-gsr/dev.json``) is one JSON array; each record is one
wire sentence with one gold event: a PLOVER ``event`` type, ``source`` and (usually) ``target``
actor lists with ISO-3 country codes (or ``IGO``, ``NGO`` …). Records without a target code a
compound actor ("Bosnia and Slovenia agreed …"): each listed actor is source and target of the
others, so such a record's target test accepts any other listed actor (or anything when alone).

A prediction has the gold type when its CAMEO code converts to it through PLOVER's own
conversion table (``CAMEO2PLOVER-2021.txt``, read from beside the gold file when present) or
when the event's own ``plover.event_type`` says so. The GSR was coded with PLOVER 0.5b1, whose
types draft 0.8 renamed or merged; ``data/evaluate/plover_legacy.yaml`` bridges the two.

Reported: type recall, type+source, type+source+target (the fraction of records where some
predicted event passes each test), mode recall (over the records whose gold names a mode: some
event of the gold type carries that mode; PLOVER 0.5b1 and draft 0.8 share most mode names, not
all, so it reads low), a per-type table, and per-record misses.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml, optional
from ..plover_codes import plover_actor_code
from ..records import Event
from . import Report

TABLE_NAME = "CAMEO2PLOVER-2021.txt"
_LINE = re.compile(r"^\s*(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?")


@dataclass(frozen=True)
class GsrRecord:
    """One gold sentence: id, text, PLOVER type and actor country codes."""

    id: str
    text: str
    event: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    compound: bool  # no target list: the sources act on each other
    mode: str = ""  # the GSR's mode of the event type ("visit", "arrest", "heavy-weapons" …)


def _codes(actors: Any) -> tuple[str, ...]:
    """Actor codes of a source/target list; a few records hold a stray string there instead
    (a context word or ""), which carries no actor and is treated as absent."""
    if not isinstance(actors, list):
        return ()
    return tuple(a["code"] for a in actors if isinstance(a, dict) and a.get("code"))


def read_gsr(path: Path, *, limit: int | None = None) -> list[GsrRecord]:
    """Read a GSR JSON array (in file order; ``limit`` keeps the first N records)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: a PLOVER GSR file is one JSON array of records")
    records = []
    for i, obj in enumerate(data[:limit] if limit is not None else data):
        try:
            sources = _codes(obj.get("source"))
            targets = _codes(obj.get("target"))
            records.append(GsrRecord(
                id=str(obj.get("id", i)), text=str(obj["text"]).strip(), event=str(obj["event"]),
                sources=sources, targets=targets, compound=not targets,
                mode=str(obj.get("mode") or "").strip(),
            ))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: record {i} lacks {exc}") from exc
    return records


def read_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from PLOVER's conversion table.

    Two-digit lines are section headers (08 appears twice, CONCEDE and RETREAT), so only codes
    of three or four digits are kept; a root is looked up through its ``…0`` code.
    """
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("~~"):
            break
        m = _LINE.match(line)
        if m and len(m.group(1)) >= 3:
            table[m.group(1)] = (m.group(2), (m.group(3) or "").strip())
    return table


_LEGACY_SCHEMA = {
    "legacy": {str: {"type": str, optional("modes"): [str], optional("modes_not"): [str]}},
    "cameo": {str: {"type": str, "why": str}},
    "modes": {str: [str]},
}


@cache
def _legacy_file() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml("evaluate/plover_legacy.yaml", _LEGACY_SCHEMA)
    for code in data["cameo"]:
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise ValueError(f"plover_legacy.yaml: cameo key {code!r} is not a CAMEO code")
    return data


def legacy_rules() -> dict[str, dict[str, Any]]:
    """GSR (PLOVER 0.5b1) type → its draft-0.8 type and mode constraints (data file)."""
    rules: dict[str, dict[str, Any]] = _legacy_file()["legacy"]
    return rules


def legacy_type(code: str) -> str | None:
    """The 0.5b1 type of a CAMEO code the 2021 table moved to another type (longest listed
    prefix of ``code``), or None: the data file's ``cameo`` section, each line with its source."""
    moved: dict[str, dict[str, str]] = _legacy_file()["cameo"]
    for n in range(len(code), 1, -1):
        if code[:n] in moved:
            return moved[code[:n]]["type"]
    return None


def predicted_types(event: Event, table: dict[str, tuple[str, str]]) -> set[tuple[str, str]]:
    """The (PLOVER type, mode) pairs an event stands for: its own ``plover`` block, and — unless
    the act is ``negated`` (an act that did not happen is not that act; its ``plover`` block
    says what PLOVER makes of it, REJECT for a refusal) — its CAMEO code's line of the
    conversion table and the 0.5b1 type of a code that version placed elsewhere."""
    out: set[tuple[str, str]] = set()
    code = event.cameo
    if event.modality != "negated":
        mode = ""
        for key in (code, code[:3], code[:2] + "0"):
            if key in table:
                out.add(table[key])
                mode = table[key][1]
                break
        old = legacy_type(code)
        if old is not None:
            out.add((old, mode))
    if event.plover.event_type:
        out.add((event.plover.event_type.upper(), event.plover.mode or ""))
    return out


def type_ok(gold_type: str, pairs: set[tuple[str, str]]) -> bool:
    """Does any predicted (type, mode) count as the GSR type ``gold_type``?"""
    rule = legacy_rules().get(gold_type)
    for ptype, mode in pairs:
        if ptype == gold_type:
            return True
        if rule is None or ptype != rule["type"]:
            continue
        if "modes" in rule and mode not in rule["modes"]:
            continue
        if "modes_not" in rule and mode in rule["modes_not"]:
            continue
        return True
    return False


def legacy_modes(mode: str) -> frozenset[str]:
    """The names a GSR (0.5b1) mode may carry in draft 0.8: itself and the data file's own."""
    renamed: dict[str, list[str]] = _legacy_file()["modes"]
    return frozenset([mode, *renamed.get(mode, [])])


def mode_ok(record: GsrRecord, events: list[Event], table: dict[str, tuple[str, str]]) -> bool:
    """Some event of the gold type carries the gold mode, under its 0.5b1 name or its draft-0.8
    one (through its code or its own block)."""
    names = legacy_modes(record.mode)
    return any(
        mode in names
        for e in events
        for ptype, mode in predicted_types(e, table)
        if type_ok(record.event, {(ptype, mode)})
    )


def _code_ok(gold: tuple[str, ...], code: str | None) -> bool:
    """The predicted PLOVER actor code is (or, for a CAMEO code, starts with) a gold one."""
    return code is not None and any(code.startswith(g) for g in gold)


def record_result(
    record: GsrRecord, events: list[Event], table: dict[str, tuple[str, str]]
) -> tuple[bool, bool, bool]:
    """(type found, type+source found, type+source+target found) for one record."""
    typed = [e for e in events if type_ok(record.event, predicted_types(e, table))]
    with_source = [e for e in typed if _code_ok(record.sources, plover_actor_code(e.source))]
    if record.compound:
        full = [
            e for e in with_source
            if len(record.sources) < 2
            or _code_ok(tuple(c for c in record.sources), plover_actor_code(e.target))
        ]
    else:
        full = [e for e in with_source if _code_ok(record.targets, plover_actor_code(e.target))]
    return bool(typed), bool(with_source), bool(full)


def find_table(gold: Path) -> Path | None:
    """PLOVER's conversion table, looked for beside the gold file."""
    candidate = gold.parent / TABLE_NAME
    return candidate if candidate.is_file() else None


def evaluate(gold: Path, *, limit: int | None = None) -> Report:
    """Score the events stage on a PLOVER GSR file."""
    from .run import pipeline_events

    start = time.perf_counter()
    gold = Path(gold)
    records = read_gsr(gold, limit=limit)
    table_path = find_table(gold)
    table = read_table(table_path) if table_path else {}
    found = pipeline_events([(r.id, r.text, None) for r in records])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[dict[str, Any]] = []
    for record, events in zip(records, found, strict=True):
        t, ts, tst = record_result(record, events, table)
        c = counts[record.event]
        c["n"] += 1
        c["type"] += t
        c["type_source"] += ts
        c["type_source_target"] += tst
        if record.mode:
            c["mode_n"] += 1
            c["mode"] += mode_ok(record, events, table)
        if not tst:
            misses.append({
                "id": record.id, "gold": f"{record.event} {'/'.join(record.sources)}->"
                f"{'/'.join(record.targets) or '*'}",
                "predicted": "; ".join(
                    f"{e.cameo}/{e.plover.event_type} {plover_actor_code(e.source)}->"
                    f"{plover_actor_code(e.target)}" for e in events
                ) or "-",
            })
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    n = total["n"] or 1
    metrics = {
        "type_recall": total["type"] / n,
        "type_source_recall": total["type_source"] / n,
        "type_source_target_recall": total["type_source_target"] / n,
        # records whose gold names a mode: an event of the gold type with that mode
        "mode_recall": total["mode"] / (total["mode_n"] or 1),
    }
    per_type = [
        {"type": k, "n": c["n"], "type_recall": round(c["type"] / c["n"], 3),
         "type_source": round(c["type_source"] / c["n"], 3),
         "type_source_target": round(c["type_source_target"] / c["n"], 3)}
        for k, c in sorted(counts.items())
    ]
    notes = [f"{len(records)} GSR records"]
    if not table:
        notes.append(f"{TABLE_NAME} not found beside the gold file: types come only from the "
                     "events' own plover.event_type")
    return Report(task="events", gold=str(gold), n=len(records), metrics=metrics,
                  tables={"per_type": per_type, "missed": misses},
                  seconds=time.perf_counter() - start, notes=notes)
