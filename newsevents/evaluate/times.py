"""Temporal expression evaluation on TimeML files (TempEval-3 TBAQ).

Each ``.tml`` file gives the document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``, our publication date) and, inside ``<TEXT>``, the gold
TIMEX3 spans with their ``type`` (DATE/TIME/DURATION/SET) and ``value``. We strip the tags, parse
the text with the shared pipeline (``nlp.parse_many``), run the times stage with the DCT as the
publication date, and score as TempEval-3 does:

- span detection P/R/F1, *strict* (same characters) and *relaxed* (any overlap, one-to-one);
- type and value *accuracy* over relaxed matches;
- *value F1* (TempEval-3's headline "value" score): a system timex counts when it overlaps a gold
  one and has the gold value; precision over all system timexes, recall over all gold ones. The
  published TempEval-3 test-set marks are HeidelTime 77.6 and SUTime 67.4 (the TBAQ training
  data scored here is a different, larger set, so compare with care).

The TimeML data is evaluation-only and never copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..records import TimeExpr
from . import Report, prf

#: Published TempEval-3 value F1 of reference systems on the TE3 test set (Platinum).
REFERENCE_VALUE_F1 = {"HeidelTime": 0.776, "SUTime": 0.674}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    timexes: tuple[GoldTimex, ...]


def _walk(
    element: ET.Element, parts: list[str], timexes: list[GoldTimex], offset: list[int]
) -> None:
    """Collect the text under ``element`` and the character span of every TIMEX3 in it."""
    if element.text:
        parts.append(element.text)
        offset[0] += len(element.text)
    for child in element:
        start = offset[0]
        _walk(child, parts, timexes, offset)
        if child.tag == "TIMEX3":
            surface = "".join(parts)[start : offset[0]]
            timexes.append(
                GoldTimex(start, offset[0], surface, child.get("type", ""), child.get("value", ""))
            )
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)


def read_timeml(path: Path) -> TimeMLDoc:
    """One TimeML file: the TEXT without tags, the DCT and the gold TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct: dt.date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = dt.date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                dct = None
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if text_el is not None:
        _walk(text_el, parts, timexes, [0])
    return TimeMLDoc(path.stem, "".join(parts), dct, tuple(timexes))


def _files(gold: Path) -> list[Path]:
    return sorted(gold.rglob("*.tml")) if gold.is_dir() else [gold]


def _match(gold: list[GoldTimex], pred: list[TimeExpr]) -> list[tuple[GoldTimex, TimeExpr]]:
    """One-to-one overlap matching, exact spans first, then the largest overlap."""
    pairs: list[tuple[GoldTimex, TimeExpr]] = []
    used: set[int] = set()
    for g in gold:
        best, best_overlap = -1, 0
        for i, p in enumerate(pred):
            if i in used:
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap <= 0:
                continue
            score = overlap + (1000 if (p.start, p.end) == (g.start, g.end) else 0)
            if score > best_overlap:
                best, best_overlap = i, score
        if best >= 0:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def evaluate(gold: Path, *, limit: int | None = None, half: str = "all") -> Report:
    """Score the times stage on TimeML files (a folder searched recursively, or one file).

    ``half`` keeps the files with an even or odd 0-based index in sorted path order (as the
    ConfliBERT tasks do with sentences): rules are developed on the even half, so the odd half
    stays an honest check. ``limit`` then takes the first N files of that half.
    """
    from .. import nlp
    from ..times import times_of
    from .conflibert import in_half

    started = time.perf_counter()
    files = [p for i, p in enumerate(_files(Path(gold))) if in_half(i, half)]
    docs = [read_timeml(p) for p in files[:limit]]
    n_gold = n_pred = strict_tp = relaxed_tp = type_ok = value_ok = 0
    per_type: dict[str, Counter[str]] = {}
    misses: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for doc, parsed in zip(docs, nlp.parse_many(d.text for d in docs), strict=True):
        pred = times_of(parsed, doc.dct)
        gold_list = list(doc.timexes)
        n_gold += len(gold_list)
        n_pred += len(pred)
        gold_spans = {(g.start, g.end) for g in gold_list}
        strict_tp += sum((p.start, p.end) in gold_spans for p in pred)
        pairs = _match(gold_list, pred)
        relaxed_tp += len(pairs)
        matched_pred = {id(p) for _, p in pairs}
        matched_gold = {id(g) for g, _ in pairs}
        for g, p in pairs:
            row = per_type.setdefault(g.type, Counter())
            row["matched"] += 1
            if p.timex_type == g.type:
                type_ok += 1
                row["type_ok"] += 1
            if p.value == g.value:
                value_ok += 1
                row["value_ok"] += 1
            else:
                wrong[f"{g.text!r} gold={g.value} ours={p.value}"] += 1
        for g in gold_list:
            per_type.setdefault(g.type, Counter())["gold"] += 1
            if id(g) not in matched_gold:
                misses[f"{g.text!r} ({g.type} {g.value})"] += 1
        for p in pred:
            if id(p) not in matched_pred:
                spurious[f"{p.text!r} ({p.timex_type} {p.value})"] += 1
    strict = prf(strict_tp, n_pred - strict_tp, n_gold - strict_tp)
    relaxed = prf(relaxed_tp, n_pred - relaxed_tp, n_gold - relaxed_tp)
    value = prf(value_ok, n_pred - value_ok, n_gold - value_ok)
    metrics = {
        "strict_precision": strict["precision"],
        "strict_recall": strict["recall"],
        "strict_f1": strict["f1"],
        "relaxed_precision": relaxed["precision"],
        "relaxed_recall": relaxed["recall"],
        "relaxed_f1": relaxed["f1"],
        "type_accuracy": type_ok / relaxed_tp if relaxed_tp else 0.0,
        "value_accuracy": value_ok / relaxed_tp if relaxed_tp else 0.0,
        "value_f1": value["f1"],
    }
    table = [
        {
            "type": name,
            "gold": row["gold"],
            "recall": row["matched"] / row["gold"] if row["gold"] else 0.0,
            "type_accuracy": row["type_ok"] / row["matched"] if row["matched"] else 0.0,
            "value_accuracy": row["value_ok"] / row["matched"] if row["matched"] else 0.0,
        }
        for name, row in sorted(per_type.items())
    ]
    notes = [
        f"half {half}: {len(docs)} documents, {n_gold} gold TIMEX3, {n_pred} predicted",
        "reference value F1 on the TempEval-3 test set: "
        + ", ".join(f"{k} {v:.3f}" for k, v in REFERENCE_VALUE_F1.items()),
    ]
    return Report(
        task="times",
        gold=str(gold),
        n=len(docs),
        metrics=metrics,
        tables={
            "per_type": table,
            "missed": [{"timex": k, "count": v} for k, v in misses.most_common(40)],
            "wrong_value": [{"timex": k, "count": v} for k, v in wrong.most_common(40)],
            "spurious": [{"timex": k, "count": v} for k, v in spurious.most_common(40)],
        },
        seconds=time.perf_counter() - started,
        notes=notes,
    )
