"""Events evaluation on the project's own gold format (and PLOVER GSR files, by dispatch).

Runs the real pipeline (``extract_many`` over RawDocuments carrying the passage's publication
date) so the score measures what users get, cleaning and all, then scores with
:mod:`newsevents.evaluate.matching`:

- precision / recall / F1 over events (CAMEO prefix + source + target);
- modality accuracy over matched events; date accuracy over matched events whose gold has a date;
  date-or-mark accuracy over all matched events (the gold date, or, where the gold gives none,
  a date marked as not from the text: ``publication`` or ``unresolved``);
  trigger accuracy over matched events whose gold has a trigger;
- ``must_not_assert``: how many forbidden items some asserted prediction matched;
- the extended match mode (CAMEO prefix + sentence, actors ignored) gives ``loose_recall`` /
  ``loose_precision`` and ``actors_right`` (share of those matches whose source and target are
  both right), so participant errors show apart from missed events while ``precision`` /
  ``recall`` / ``f1`` keep their meaning and stay comparable across versions;
- ``nonasserted_found``: share of gold events whose modality is not ``asserted`` that are
  matched with the right modality (what keeps "did not happen" out of the data);
- tables per gold CAMEO root and per gold modality, plus the misses for debugging.

Optional gold events (``"optional": true``: a defensible extra coding) cost nothing when
missed and are no false positive when found. Passages marked ``"exhaustive": false`` (e.g. the
seed, whose gold lists events "at least") contribute recall but no false positives: an
unlisted prediction there may well be right.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..records import MODALITIES
from . import Report, prf
from .gold import GoldPassage, read_gold
from .matching import (
    Predicted,
    actors_ok,
    date_ok,
    date_or_mark_ok,
    from_event,
    match,
    modality_ok,
    trigger_ok,
    violations,
)
from .run import pipeline_events


def run_pipeline(passages: list[GoldPassage]) -> list[list[Predicted]]:
    """Predicted events of every gold passage, reduced to what the scorer compares."""
    found = pipeline_events([(p.id, p.text, p.published) for p in passages])
    return [[from_event(e) for e in events] for events in found]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def score(passages: list[GoldPassage], predictions: list[list[Predicted]]) -> dict[str, Any]:
    """Score predictions against gold passages; returns metrics and tables (pure function)."""
    tp = fp = fn = 0
    mod_ok = date_n = date_hit = trig_n = trig_hit = marked_hit = 0
    viol = forbidden = 0
    loose_tp = loose_fp = actors_hit = nonasserted_n = nonasserted_hit = 0
    root_counts: dict[str, Counter[str]] = defaultdict(Counter)
    mod_counts: dict[str, Counter[str]] = defaultdict(Counter)
    missed: list[dict[str, Any]] = []
    violated: list[dict[str, Any]] = []
    for passage, preds in zip(passages, predictions, strict=True):
        pairs = match(passage.events, preds)
        used = {pi for pi in pairs if pi is not None}
        loose = match(passage.events, preds, actors=False)
        loose_used = {pi for pi in loose if pi is not None}
        for gold, pi in zip(passage.events, loose, strict=True):
            if gold.optional or pi is None:
                continue
            loose_tp += 1
            actors_hit += actors_ok(gold, preds[pi])
        if passage.exhaustive:
            loose_fp += sum(pi not in loose_used for pi in range(len(preds)))
        for gold, pi in zip(passage.events, pairs, strict=True):
            if gold.optional or "asserted" in gold.modality:
                continue
            nonasserted_n += 1
            nonasserted_hit += pi is not None and modality_ok(gold, preds[pi])
        for gold, pi in zip(passage.events, pairs, strict=True):
            if gold.optional:
                continue  # its match (if any) is in ``used``: neither a hit nor a false alarm
            root = gold.root
            modality = gold.modality[0]
            root_counts[root]["gold"] += 1
            mod_counts[modality]["gold"] += 1
            if pi is None:
                fn += 1
                missed.append({
                    "passage": passage.id, "cameo": "|".join(gold.cameo),
                    "source": "|".join(gold.source) or "*", "target": "|".join(gold.target) or "*",
                    "modality": "|".join(gold.modality),
                    "predicted": "; ".join(
                        f"{p.cameo} {p.source}->{p.target} {p.modality}" for p in preds
                    ) or "-",
                })
                continue
            pred = preds[pi]
            tp += 1
            root_counts[root]["tp"] += 1
            mod_counts[modality]["matched"] += 1
            if modality_ok(gold, pred):
                mod_ok += 1
                mod_counts[modality]["modality_ok"] += 1
            marked_hit += date_or_mark_ok(gold, pred)
            if gold.date:
                date_n += 1
                date_hit += date_ok(gold, pred)
            if gold.trigger is not None:
                trig_n += 1
                trig_hit += trigger_ok(gold, pred)
        for pi, pred in enumerate(preds):
            root_counts[pred.root]["predicted"] += 1
            if pi not in used and passage.exhaustive:
                fp += 1
                root_counts[pred.root]["fp"] += 1
        bad = violations(passage.must_not_assert, preds)
        forbidden += len(passage.must_not_assert)
        viol += len(bad)
        for i in bad:
            item = passage.must_not_assert[i]
            violated.append({"passage": passage.id, "cameo": "|".join(item.cameo) or "*",
                             "source": "|".join(item.source) or "*",
                             "target": "|".join(item.target) or "*", "note": item.note or ""})
    metrics = prf(tp, fp, fn)
    metrics.update({
        "modality_accuracy": _ratio(mod_ok, tp),
        "date_accuracy": _ratio(date_hit, date_n),
        # over every matched event: the gold date, or marked not-from-the-text when gold has none
        "date_or_mark_accuracy": _ratio(marked_hit, tp),
        "trigger_accuracy": _ratio(trig_hit, trig_n),
        "must_not_assert_violations": float(viol),
        "must_not_assert_ok": 1.0 - _ratio(viol, forbidden) if forbidden else 1.0,
        "loose_recall": _ratio(loose_tp, tp + fn),
        "loose_precision": _ratio(loose_tp, loose_tp + loose_fp),
        "actors_right": _ratio(actors_hit, loose_tp),
        "nonasserted_found": _ratio(nonasserted_hit, nonasserted_n),
        "tp": float(tp), "fp": float(fp), "fn": float(fn),
    })
    per_root = []
    for root in sorted(root_counts):
        c = root_counts[root]
        r = prf(c["tp"], c["fp"], c["gold"] - c["tp"])
        per_root.append({"root": root, "gold": c["gold"], "predicted": c["predicted"],
                         "tp": c["tp"], **{k: round(v, 3) for k, v in r.items()}})
    per_modality = []
    for modality in [m for m in MODALITIES if m in mod_counts]:
        c = mod_counts[modality]
        per_modality.append({
            "modality": modality, "gold": c["gold"], "matched": c["matched"],
            "recall": round(_ratio(c["matched"], c["gold"]), 3),
            "modality_accuracy": round(_ratio(c["modality_ok"], c["matched"]), 3),
        })
    return {"metrics": metrics,
            "tables": {"per_root": per_root, "per_modality": per_modality,
                       "missed": missed, "must_not_assert_violations": violated},
            "counts": {"passages": len(passages), "gold_events": tp + fn,
                       "must_not_assert": forbidden}}


def _is_plover(gold: Path) -> bool:
    """A PLOVER GSR file is one JSON array of records with ``event`` and ``text`` keys."""
    if gold.suffix.lower() != ".json":
        return False
    try:
        data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return isinstance(data, list) and bool(data) and isinstance(data[0], dict) and {
        "event", "text"
    } <= set(data[0])


def evaluate(gold: Path, *, limit: int | None = None) -> Report:
    """Score the events stage on a gold JSONL file (or a PLOVER GSR ``.json`` file)."""
    gold = Path(gold)
    if _is_plover(gold):
        from .plover import evaluate as evaluate_plover

        return evaluate_plover(gold, limit=limit)
    start = time.perf_counter()
    passages = read_gold(gold, limit=limit)
    predictions = run_pipeline(passages)
    result = score(passages, predictions)
    notes = [
        f"{result['counts']['passages']} passages, {result['counts']['gold_events']} gold events, "
        f"{result['counts']['must_not_assert']} must-not-assert items",
        f"evaluated {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
    ]
    return Report(
        task="events",
        gold=str(gold),
        n=len(passages),
        metrics=result["metrics"],
        tables=result["tables"],
        seconds=time.perf_counter() - start,
        notes=notes,
    )
