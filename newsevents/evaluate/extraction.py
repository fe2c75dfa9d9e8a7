"""HTML extraction scored on trafilatura's benchmark: does our cleaning cost any story text?

Gold: trafilatura's evaluation set (``evaldata.json`` + ``html/<file>.gz``): per page, snippets the
main text must contain ("with") and must not contain ("without"). Scoring follows trafilatura's
own benchmark (``tests/eval_common.py``): after folding whitespace, a "with" snippet found is a
true positive, missed a false negative; a "without" snippet found is a false positive, absent a
true negative; precision, recall, accuracy and F-score come from the summed counts, and a page
whose extraction fails counts as a full miss.

Two systems are scored on the same pages: bare ``trafilatura.extract`` with exactly the options
:mod:`newsevents.ingest.html` uses (the baseline), and our whole ingest path (reader decoding →
``prepare``: extraction + cleaning, language check off since the set is multilingual). The
headline is ``delta_f1``: our cleaning must not make trafilatura worse.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import NewsEventsError
from ..records import RawDocument
from . import Report

_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass
class Counts:
    """Summed confusion counts of one system."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    failed: int = 0
    seconds: float = 0.0

    def add(self, item: dict[str, Any], result: str | None) -> tuple[int, int]:
        """Score one page; returns its (tp, fp) so systems can be compared page by page."""
        norm = _norm(result) if result else ""
        tp = sum(1 for w in item["with"] if result and _norm(w) in norm)
        fp = sum(1 for w in item["without"] if result and _norm(w) in norm)
        self.tp += tp
        self.fp += fp
        self.fn += len(item["with"]) - tp
        self.tn += len(item["without"]) - fp
        if not result:
            self.failed += 1
        return tp, fp

    def scores(self) -> dict[str, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        denom = 2 * self.tp + self.fp + self.fn
        total = self.tp + self.fp + self.fn + self.tn
        return {
            "precision": precision,
            "recall": recall,
            "f1": 2 * self.tp / denom if denom else 0.0,
            "accuracy": (self.tp + self.tn) / total if total else 0.0,
        }


def load_gold(gold: Path) -> tuple[dict[str, dict[str, Any]], Path]:
    """The annotations and the folder holding ``html/``; ``gold`` is the folder or the JSON."""
    path = gold / "evaldata.json" if gold.is_dir() else gold
    data: dict[str, dict[str, Any]] = json.loads(path.read_text("utf-8"))
    return data, path.parent


def _page(folder: Path, name: str) -> bytes | None:
    for candidate in (folder / "html" / f"{name}.gz", folder / "html" / name):
        if candidate.exists():
            raw = candidate.read_bytes()
            return gzip.decompress(raw) if candidate.suffix == ".gz" else raw
    return None


def run_baseline(page: bytes) -> str | None:
    """Bare trafilatura with the options our ingest uses."""
    import trafilatura

    from ..ingest.html import EXTRACT_OPTIONS

    try:
        result: str | None = trafilatura.extract(page, **EXTRACT_OPTIONS)
        return result
    except Exception:
        return None


def run_ours(page: bytes, name: str) -> tuple[str | None, list[tuple[str, str]]]:
    """Our reader + ``prepare``; returns the clean text and (reason, text) of each removal."""
    from ..ingest.prepare import prepare
    from ..ingest.readers import webpage

    (raw,) = list(webpage.read(page, name))
    if not isinstance(raw, RawDocument):
        return None, []
    try:
        prepared = prepare(raw, check_language=False)
    except NewsEventsError:
        return None, []
    return prepared.text, [(r.reason, r.text) for r in prepared.removed]


def evaluate(gold: Path, *, limit: int | None = None) -> Report:
    """Score baseline trafilatura and our ingest path on the benchmark pages in ``gold``."""
    data, folder = load_gold(Path(gold))
    items = sorted(data.items())[:limit] if limit else sorted(data.items())
    baseline, ours = Counts(), Counts()
    reasons: Counter[str] = Counter()
    lost: list[dict[str, Any]] = []
    examples: list[dict[str, Any]] = []  # every removal, for auditing the rules
    missing = 0
    started = time.perf_counter()
    for url, item in items:
        page = _page(folder, item["file"])
        if page is None:
            missing += 1
            continue
        t0 = time.perf_counter()
        base_text = run_baseline(page)
        t1 = time.perf_counter()
        our_text, removed = run_ours(page, item["file"])
        t2 = time.perf_counter()
        baseline.seconds += t1 - t0
        ours.seconds += t2 - t1
        reasons.update(reason for reason, _ in removed)
        examples.extend(
            {"file": item["file"], "reason": reason, "text": text[:200]} for reason, text in removed
        )
        base_tp, _ = baseline.add(item, base_text)
        our_tp, _ = ours.add(item, our_text)
        if our_tp < base_tp:
            norm = _norm(our_text or "")
            lost.append(
                {
                    "file": item["file"],
                    "url": url,
                    "lost": [w for w in item["with"] if _norm(w) not in norm],
                }
            )
    scores, base_scores = ours.scores(), baseline.scores()
    metrics = {
        **scores,
        **{f"baseline_{k}": v for k, v in base_scores.items()},
        "delta_f1": scores["f1"] - base_scores["f1"],
        "delta_precision": scores["precision"] - base_scores["precision"],
        "delta_recall": scores["recall"] - base_scores["recall"],
    }
    n = len(items) - missing
    return Report(
        task="extraction",
        gold=str(gold),
        n=n,
        metrics=metrics,
        tables={
            "systems": [
                {"system": "trafilatura (baseline)", **_counts(baseline), **base_scores},
                {"system": "newsevents ingest", **_counts(ours), **scores},
            ],
            "removed_reasons": [{"reason": k, "count": v} for k, v in reasons.most_common()],
            "lost_snippets": lost[:50],
            "removals": examples,
        },
        seconds=time.perf_counter() - started,
        notes=[
            f"{n} pages scored ({missing} missing from html/)",
            "scoring as trafilatura's benchmark: whitespace-folded substring match of with/without",
            f"pages where cleaning lost a snippet trafilatura kept: {len(lost)}",
        ],
    )


def _counts(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "tn": counts.tn,
        "failed": counts.failed,
        "seconds": round(counts.seconds, 1),
    }
