"""ConfliBERT's CAMEO sentences: event detection by class and actor spans on real news.

ConfliBERT (eventdata/ConfliBERT, GPL-3.0, evaluation only: read from ``../shared``, never
bundled) ships two tables of real wire sentences:

- ``classes.train.tsv``: ``sentence<TAB>class`` with five classes of CAMEO roots (below);
- ``spans.train.txt``: one ``token label`` a line, blank line between sentences, BIO labels
  ``S`` (source actor), ``T`` (target actor), ``R`` (both sides of a reciprocal event).

Each sentence is its own document with no publication date. The team develops on the sentences
with an even 0-based index in file order and reports the even half, the odd half and all
separately (``half``), so the odd half stays an honest check on what was tuned.

The *chosen* event of a sentence for the span task is the one a user of the output would take
as the sentence's event, decided without looking at the gold: the asserted event of highest
confidence (earliest trigger on ties), else the highest-confidence event of any modality. Taking
the event that best overlaps the gold would reward a coder for emitting many guesses; that
optimistic number is reported too (``*_any``), but only as an upper bound.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Actor, Event
from . import Report

#: ConfliBERT class → CAMEO roots (README of the ConfliBERT folder).
CLASS_ROOTS: dict[int, frozenset[str]] = {
    0: frozenset({"01", "02"}),
    1: frozenset({"03", "04", "05"}),
    2: frozenset({"06", "07", "08"}),
    3: frozenset({"09", "10", "11", "12", "13", "16"}),
    4: frozenset({"14", "15", "17", "18", "19", "20"}),
}
CLASS_NAMES = {0: "statement/appeal", 1: "verbal coop", 2: "material coop",
               3: "verbal conflict", 4: "material conflict"}
HALVES = ("even", "odd", "all")


def root_class(root: str) -> int | None:
    """The ConfliBERT class of a CAMEO root (``None`` for a root outside 01-20)."""
    for cls, roots in CLASS_ROOTS.items():
        if root[:2] in roots:
            return cls
    return None


def in_half(index: int, half: str) -> bool:
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    return half == "all" or (index % 2 == 0) == (half == "even")


@dataclass(frozen=True)
class ClassSentence:
    index: int  # 0-based line number in file order (decides the half)
    text: str
    label: int


def read_classes(path: Path, *, half: str = "all", limit: int | None = None
                 ) -> list[ClassSentence]:
    """Sentences of ``classes.train.tsv`` in the half, in file order (first ``limit`` of them)."""
    out: list[ClassSentence] = []
    for index, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
        if not in_half(index, half):
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise ValueError(f"{path}:{index + 1}: expected 'sentence<TAB>class 0-4'")
        out.append(ClassSentence(index, text.strip(), int(label)))
        if limit is not None and len(out) >= limit:
            break
    return out


def score_classes(items: Sequence[ClassSentence], roots: Sequence[Sequence[str]]
                  ) -> dict[str, Any]:
    """Metrics and tables from each sentence's emitted event roots (pure: unit-tested)."""
    found = none = events_n = events_in = 0
    per: dict[int, Counter[str]] = defaultdict(Counter)
    missed: list[dict[str, Any]] = []
    for item, got in zip(items, roots, strict=True):
        c = per[item.label]
        c["n"] += 1
        hits = [r for r in got if r[:2] in CLASS_ROOTS[item.label]]
        events_n += len(got)
        events_in += len(hits)
        c["events"] += len(got)
        c["in_class"] += len(hits)
        if hits:
            found += 1
            c["found"] += 1
        if not got:
            none += 1
            c["no_event"] += 1
        if not hits:
            missed.append({"index": item.index, "class": item.label,
                           "emitted": " ".join(sorted(got)) or "-", "sentence": item.text})
    n = len(items)
    metrics = {
        "class_found": found / n if n else 0.0,
        "no_event": none / n if n else 0.0,
        "in_class": events_in / events_n if events_n else 0.0,
        "events_per_sentence": events_n / n if n else 0.0,
    }
    table = [
        {"class": cls, "name": CLASS_NAMES[cls], "n": c["n"],
         "class_found": round(c["found"] / c["n"], 3),
         "no_event": round(c["no_event"] / c["n"], 3),
         "in_class": round(c["in_class"] / c["events"], 3) if c["events"] else 0.0}
        for cls, c in sorted(per.items())
    ]
    return {"metrics": metrics, "tables": {"per_class": table, "missed": missed}}


# --------------------------------------------------------------------------- spans

@dataclass(frozen=True)
class SpanSentence:
    index: int  # 0-based sentence number in file order (decides the half)
    text: str  # tokens joined with single spaces
    spans: tuple[tuple[str, int, int], ...]  # (S|T|R, start, end) character offsets in text

    def of(self, *labels: str) -> list[tuple[int, int]]:
        return [(s, e) for lab, s, e in self.spans if lab in labels]


def _sentence(index: int, rows: list[tuple[str, str]]) -> SpanSentence:
    parts: list[str] = []
    offset = 0
    spans: list[list[Any]] = []
    for token, label in rows:
        start = offset
        end = start + len(token)
        parts.append(token)
        offset = end + 1
        kind = label[2:] if len(label) > 2 and label[1] == "-" else ""
        if label.startswith("B-") or (label.startswith("I-") and (
                not spans or spans[-1][0] != kind or spans[-1][2] != start - 1)):
            spans.append([kind, start, end])
        elif label.startswith("I-"):
            spans[-1][2] = end
    return SpanSentence(index, " ".join(parts), tuple((k, s, e) for k, s, e in spans))


def read_spans(path: Path, *, half: str = "all", limit: int | None = None
               ) -> list[SpanSentence]:
    """Sentences of ``spans.train.txt`` rebuilt from tokens, with S/T/R character spans."""
    out: list[SpanSentence] = []
    rows: list[tuple[str, str]] = []
    index = 0
    lines = [*Path(path).read_text(encoding="utf-8").splitlines(), ""]
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            if rows:
                if in_half(index, half):
                    out.append(_sentence(index, rows))
                    if limit is not None and len(out) >= limit:
                        break
                index += 1
                rows = []
            continue
        token, sep, label = line.rpartition(" ")
        if not sep or not (label == "O" or label[:2] in ("B-", "I-")):
            raise ValueError(f"{path}:{lineno}: expected 'token BIO-label'")
        rows.append((token, label))
    return out


def chosen(events: Sequence[Event]) -> Event | None:
    """The sentence's event as a user would take it (see the module docstring)."""
    if not events:
        return None
    asserted = [e for e in events if e.modality == "asserted"]
    pool = asserted or list(events)
    return max(pool, key=lambda e: (e.evidence.confidence, -e.trigger.start))


def _overlaps(actor: Actor | None, spans: list[tuple[int, int]], shift: int) -> bool:
    if actor is None:
        return False
    start, end = actor.start + shift, actor.end + shift
    return any(start < e and s < end for s, e in spans)


def score_spans(items: Sequence[SpanSentence], events: Sequence[Sequence[Event]],
                shifts: Sequence[int] | None = None) -> dict[str, Any]:
    """Source/target overlap of the chosen event (and of any event) with the gold spans.

    ``shifts`` maps predicted offsets back onto the rebuilt sentence (cleaning may strip
    leading characters); 0 when absent.
    """
    counts: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    for k, (item, evs) in enumerate(zip(items, events, strict=True)):
        shift = shifts[k] if shifts is not None else 0
        pick = chosen(evs)
        counts["sentences"] += 1
        counts["with_event"] += bool(evs)
        row: dict[str, Any] = {}
        for side, labels, attr in (("source", ("S", "R"), "source"),
                                   ("target", ("T", "R"), "target")):
            gold = item.of(*labels)
            if not gold:
                continue
            counts[f"{side}_n"] += 1
            ok = pick is not None and _overlaps(getattr(pick, attr), gold, shift)
            counts[f"{side}_ok"] += ok
            counts[f"{side}_any"] += any(_overlaps(getattr(e, attr), gold, shift) for e in evs)
            if not ok:
                actor = getattr(pick, attr) if pick is not None else None
                row[side] = actor.mention if actor is not None else "-"
                row[f"gold_{side}"] = " | ".join(item.text[s:e] for s, e in gold)
        if row:
            missed.append({"index": item.index, "event": pick.cameo if pick else "-", **row,
                           "sentence": item.text})

    def ratio(a: str, b: str) -> float:
        return counts[a] / counts[b] if counts[b] else 0.0

    metrics = {
        "source_overlap": ratio("source_ok", "source_n"),
        "target_overlap": ratio("target_ok", "target_n"),
        "source_overlap_any": ratio("source_any", "source_n"),
        "target_overlap_any": ratio("target_any", "target_n"),
        "with_event": ratio("with_event", "sentences"),
    }
    return {"metrics": metrics, "tables": {"missed": missed},
            "counts": {k: counts[k] for k in ("sentences", "source_n", "target_n")}}


# --------------------------------------------------------------------------- tasks

def _documents(texts: list[tuple[str, str]]) -> list[Any]:
    from .run import pipeline_documents

    return pipeline_documents([(ident, text, None) for ident, text in texts])


def evaluate_classes(gold: Path, *, limit: int | None = None, half: str = "all") -> Report:
    """``--task conflibert-classes``: does the coder emit an event of the labelled class?"""
    start = time.perf_counter()
    items = read_classes(gold, half=half, limit=limit)
    docs = _documents([(f"cls-{i.index}", i.text) for i in items])
    roots = [[e.cameo_root for e in d.events] if d is not None else [] for d in docs]
    result = score_classes(items, roots)
    return Report(task="conflibert-classes", gold=str(gold), n=len(items),
                  metrics=result["metrics"], tables=result["tables"],
                  seconds=time.perf_counter() - start,
                  notes=[f"half {half}: {len(items)} sentences, each its own undated document; "
                         "any modality counts"])


def evaluate_spans(gold: Path, *, limit: int | None = None, half: str = "all") -> Report:
    """``--task conflibert-spans``: does the chosen event's source/target overlap S/T spans?"""
    start = time.perf_counter()
    items = read_spans(gold, half=half, limit=limit)
    docs = _documents([(f"span-{i.index}", i.text) for i in items])
    events = [list(d.events) if d is not None else [] for d in docs]
    shifts = []
    for item, doc in zip(items, docs, strict=True):
        found = item.text.find(doc.text[:40]) if doc is not None and doc.text else 0
        shifts.append(max(found, 0))
    result = score_spans(items, events, shifts)
    c = result["counts"]
    return Report(task="conflibert-spans", gold=str(gold), n=len(items),
                  metrics=result["metrics"], tables=result["tables"],
                  seconds=time.perf_counter() - start,
                  notes=[f"half {half}: {c['sentences']} sentences, {c['source_n']} with a source "
                         f"span (S/R), {c['target_n']} with a target span (T/R)",
                         "chosen event = highest-confidence asserted event, else highest-"
                         "confidence event; *_any = some event overlaps (upper bound)"])
