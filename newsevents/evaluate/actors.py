"""Actor resolution scored against a mention-in-context table (``eval/gold/actors.jsonl``).

Each gold line is one mention in one short passage::

    {"id": "actors-001", "published": "2025-03-14", "text": "Russia launched …",
     "mention": "Russia", "occurrence": 1, "code": "RUS", "kind": "state",
     "role": "President of Poland"}

``code``/``kind`` null means "no coded actor here" (a capital used as a place, an unknown
person). ``role`` is optional and matches when it is contained in the predicted role, case
folded. The predicted actor is the one :func:`~newsevents.actors.lookup.actor_for_span` gives
for the mention with its last character as head (media included), exactly how the events and
quotes coders ask. Codes are compared with REB and INS as one sector (:func:`fold_code`): the
annotation guide gives them as one row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Actor
from . import Report
from .matching import fold_code


@dataclass(frozen=True)
class GoldMention:
    id: str
    text: str
    published: dt.date | None
    mention: str
    occurrence: int
    code: str | None
    kind: str | None
    role: str | None

    def span(self) -> tuple[int, int]:
        """Offsets of the ``occurrence``-th appearance of the mention as whole words."""
        left = r"\b" if self.mention[:1].isalnum() else ""
        right = r"\b" if self.mention[-1:].isalnum() else ""
        found = list(re.finditer(left + re.escape(self.mention) + right, self.text))
        if len(found) < self.occurrence:
            raise ValueError(f"{self.id}: mention {self.mention!r} not found in its text")
        match = found[self.occurrence - 1]
        return match.start(), match.end()


def load_gold(path: Path) -> list[GoldMention]:
    """Read the JSONL table (blank lines and lines starting with '#' are skipped)."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        data: dict[str, Any] = json.loads(line)
        published = data.get("published")
        rows.append(
            GoldMention(
                id=str(data.get("id") or f"line-{number}"),
                text=str(data["text"]),
                published=dt.date.fromisoformat(published) if published else None,
                mention=str(data["mention"]),
                occurrence=int(data.get("occurrence") or 1),
                code=data.get("code"),
                kind=data.get("kind"),
                role=data.get("role"),
            )
        )
    return rows


def predict(gold: GoldMention, actors: list[Actor]) -> Actor | None:
    from ..actors.lookup import actor_for_span

    start, end = gold.span()
    return actor_for_span(actors, start, end, end - 1, include_media=True)


def judge(gold: GoldMention, actor: Actor | None) -> dict[str, bool | None]:
    """Per-field verdicts for one case (``role`` None when the case does not test it)."""
    if gold.code is None:
        code_ok = actor is None or actor.code is None
    else:
        code_ok = (actor is not None and actor.code is not None
                   and fold_code(actor.code) == fold_code(gold.code))
    if gold.kind is None:
        kind_ok = actor is None or actor.code is None
    else:
        kind_ok = actor is not None and actor.kind == gold.kind
    role_ok: bool | None = None
    if gold.role:
        role_ok = actor is not None and gold.role.lower() in (actor.role or "").lower()
    return {"code": code_ok, "kind": kind_ok, "role": role_ok,
            "all": code_ok and kind_ok and role_ok is not False}


def evaluate(gold: Path, *, limit: int | None = None) -> Report:
    """Accuracy of code, kind and role over the table, with a per-method breakdown."""
    from .. import nlp
    from ..actors import resolve_doc

    started = time.perf_counter()
    cases = load_gold(Path(gold))
    if limit is not None:
        cases = cases[:limit]
    texts = list(dict.fromkeys(c.text for c in cases))
    docs = dict(zip(texts, nlp.parse_many(texts), strict=True))
    cache: dict[tuple[str, dt.date | None], list[Actor]] = {}
    totals: dict[str, int] = defaultdict(int)
    by_method: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[dict[str, Any]] = []
    for case in cases:
        key = (case.text, case.published)
        if key not in cache:
            cache[key] = resolve_doc(docs[case.text], case.published)
        actor = predict(case, cache[key])
        verdict = judge(case, actor)
        totals["n"] += 1
        totals["code"] += bool(verdict["code"])
        totals["kind"] += bool(verdict["kind"])
        totals["all"] += bool(verdict["all"])
        if verdict["role"] is not None:
            totals["role_n"] += 1
            totals["role"] += bool(verdict["role"])
        method = actor.resolution.method if actor is not None else "none"
        by_method[method]["n"] += 1
        by_method[method]["code_ok"] += bool(verdict["code"])
        if not verdict["all"]:
            errors.append({
                "id": case.id, "mention": case.mention, "expected": case.code,
                "expected_kind": case.kind, "expected_role": case.role,
                "got": actor.code if actor else None, "got_kind": actor.kind if actor else None,
                "got_role": actor.role if actor else None,
                "method": method, "reason": actor.resolution.reason if actor else "",
            })
    n = totals["n"] or 1
    metrics = {
        "accuracy": totals["all"] / n,
        "code_accuracy": totals["code"] / n,
        "kind_accuracy": totals["kind"] / n,
        "role_accuracy": totals["role"] / totals["role_n"] if totals["role_n"] else 0.0,
    }
    methods = [
        {"method": m, "n": c["n"], "code_accuracy": round(c["code_ok"] / c["n"], 3)}
        for m, c in sorted(by_method.items(), key=lambda kv: -kv[1]["n"])
    ]
    return Report(
        task="actors", gold=str(gold), n=totals["n"], metrics=metrics,
        tables={"by_method": methods, "errors": errors},
        seconds=time.perf_counter() - started,
        notes=[f"{len(errors)} of {totals['n']} mentions wrong in code, kind or role"],
    )
