"""Non-political news: how many conflict events does the coder invent where there are none?

A precision check that needs no event gold: articles a person judged non-political (sports
results, market reports, product and entertainment news, science, obituaries, routine police
procedure) should give no events of CAMEO roots 09-20. The gold is JSONL, one article a line::

    {"id": "np-001", "published": "2019-03-02", "text": "…", "category": "sports",
     "split": "dev"}

(``category`` and ``split`` optional; blank lines and ``//`` lines skipped). Issue 12's target,
"at most 0.1 events of roots 09-20 per article", counts every emitted event whatever its
modality (``conflict_per_article``); the asserted-only rate is reported beside it.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Event
from . import Report
from .gold import jsonl_objects

CONFLICT_ROOTS = frozenset(f"{r:02d}" for r in range(9, 21))
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: str | None
    category: str


def read_articles(path: Path, *, limit: int | None = None) -> list[Article]:
    """Articles of a JSONL file in file order (the first ``limit``)."""
    out: list[Article] = []
    seen: set[str] = set()
    for where, obj in jsonl_objects(Path(path)):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or "id" not in obj:
            raise ValueError(f"{where}: an article needs id and text")
        published = obj.get("published")
        if published is not None and not _DATE.match(str(published)):
            raise ValueError(f"{where}: published must be YYYY-MM-DD")
        ident = str(obj["id"])
        if ident in seen:
            raise ValueError(f"{where}: duplicate id {ident!r}")
        seen.add(ident)
        out.append(Article(ident, obj["text"], published, str(obj.get("category") or "-")))
        if limit is not None and len(out) >= limit:
            break
    return out


def is_conflict(event: Event) -> bool:
    return event.cameo_root in CONFLICT_ROOTS


def score(articles: list[Article], events: list[list[Event]]) -> dict[str, Any]:
    """Rates per article, per category, and the conflict events themselves (pure)."""
    n = len(articles)
    totals: Counter[str] = Counter()
    per_cat: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[dict[str, Any]] = []
    for article, evs in zip(articles, events, strict=True):
        conflict = [e for e in evs if is_conflict(e)]
        asserted = [e for e in conflict if e.modality == "asserted"]
        for c in (totals, per_cat[article.category]):
            c["articles"] += 1
            c["events"] += len(evs)
            c["conflict"] += len(conflict)
            c["conflict_asserted"] += len(asserted)
            c["with_conflict"] += bool(conflict)
        for e in conflict:
            listed.append({
                "article": article.id, "cameo": e.cameo, "modality": e.modality,
                "source": e.source.mention if e.source else "-",
                "target": e.target.mention if e.target else "-",
                "trigger": e.trigger.text, "method": e.evidence.method,
                "sentence": e.sentence.text,
            })

    def rate(c: Counter[str], key: str) -> float:
        return c[key] / c["articles"] if c["articles"] else 0.0

    metrics = {
        "conflict_per_article": rate(totals, "conflict"),
        "conflict_asserted_per_article": rate(totals, "conflict_asserted"),
        "events_per_article": rate(totals, "events"),
        "articles_with_conflict": rate(totals, "with_conflict"),
    }
    table = [{"category": cat, "articles": c["articles"],
              "conflict_per_article": round(rate(c, "conflict"), 3),
              "conflict_asserted_per_article": round(rate(c, "conflict_asserted"), 3),
              "events_per_article": round(rate(c, "events"), 3)}
             for cat, c in sorted(per_cat.items())]
    return {"metrics": metrics, "tables": {"per_category": table, "missed": listed},
            "n": n}


def evaluate(gold: Path, *, limit: int | None = None) -> Report:
    """``--task nonpolitical``: conflict events per non-political article (lower is better)."""
    from .run import pipeline_events

    start = time.perf_counter()
    articles = read_articles(Path(gold), limit=limit)
    events = pipeline_events([(a.id, a.text, a.published) for a in articles])
    result = score(articles, events)
    return Report(task="nonpolitical", gold=str(gold), n=len(articles),
                  metrics=result["metrics"], tables=result["tables"],
                  seconds=time.perf_counter() - start,
                  notes=[f"{len(articles)} articles judged non-political; conflict = CAMEO roots "
                         "09-20, every modality (the *_asserted_* rate: asserted only); "
                         "--details lists each conflict event"])
