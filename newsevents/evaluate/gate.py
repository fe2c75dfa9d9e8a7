"""The accuracy gate: every evaluation in ``eval/floors.json`` must score at least its floor.

A floor is a promise that a score will not quietly get worse. Each entry names a task, a gold
file, a fixed ``limit`` (a deterministic subset: the first N documents, so the gate fits CI
time), a metric and the floor. A relative gold path is looked up beside the floors file, then
in the checkout; a gold path may start with ``${shared}``: those are the
development sets of ``../shared/data``, skipped with a message when absent. A gold file inside
the repository must exist: its absence fails the gate instead of silently skipping.

``update_floors`` raises floors to the scores just measured and never lowers one: lowering a
floor is a decision for a human with a reason written in the changelog, so it is an edit of the
file, never a flag.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import Report
from .gold import REPO_ROOT
from .registry import TaskUnavailable, run

SHARED_TOKEN = "${shared}"
DEFAULT_FLOORS = Path("eval/floors.json")
EPSILON = 1e-9


@dataclass(frozen=True)
class Entry:
    """One bound on a metric of one evaluation run.

    Most metrics are better higher and get a ``floor``; a rate of mistakes (sentences with no
    event, conflict events per non-political article) gets a ``ceiling`` instead. ``options`` are
    the task's own arguments (``{"half": "odd"}`` for the ConfliBERT tasks).
    """

    task: str
    gold: str
    metric: str
    floor: float
    limit: int | None = None
    why: str = ""
    ceiling: bool = False
    options: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> tuple[str, str, int | None, tuple[tuple[str, str], ...]]:
        """Entries sharing a key share one evaluation run."""
        return (self.task, self.gold, self.limit, self.options)

    def holds(self, score: float) -> bool:
        """True when ``score`` is on the right side of the bound."""
        if self.ceiling:
            return score <= self.floor + EPSILON
        return score + EPSILON >= self.floor


@dataclass
class Row:
    """The gate's verdict on one entry."""

    task: str
    gold: str
    limit: int | None
    metric: str
    floor: float
    score: float | None
    status: str  # pass | FAIL | skip
    seconds: float
    message: str = ""
    ceiling: bool = False  # ``floor`` is an upper bound
    options: dict[str, str] = field(default_factory=dict)


@dataclass
class GateResult:
    floors: Path
    rows: list[Row] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(r.status == "FAIL" for r in self.rows)

    def to_dict(self) -> dict[str, Any]:
        return {"failed": self.failed, "rows": [asdict(r) for r in self.rows]}


def find_floors(path: Path) -> Path | None:
    """The floors file: ``path`` as given, else (for the default relative path) the checkout's.

    ``newsevents evaluate --all`` is run from anywhere inside or beside a checkout; from an
    installed package there is no ``eval/`` folder, and the caller says so in one line.
    """
    if path.is_file():
        return path
    if not path.is_absolute() and (REPO_ROOT / path).is_file():
        return REPO_ROOT / path
    return None


def read_floors(path: Path) -> tuple[dict[str, Any], list[Entry]]:
    """The floors file as raw JSON (to write back) and its entries."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    entries = []
    for i, obj in enumerate(data.get("entries", [])):
        try:
            ceiling = "ceiling" in obj
            bound = float(obj["ceiling"] if ceiling else obj["floor"])
            options = tuple(sorted((str(k), str(v)) for k, v in obj.get("options", {}).items()))
            entries.append(Entry(task=obj["task"], gold=obj["gold"], metric=obj["metric"],
                                 floor=bound, limit=obj.get("limit"), why=obj.get("why", ""),
                                 ceiling=ceiling, options=options))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: entry {i} is malformed ({exc})") from exc
    return data, entries


def resolve_gold(gold: str, shared: Path, bases: list[Path]) -> tuple[Path, bool]:
    """(path, is_shared): ``${shared}/…`` under ``shared``; else the first of ``bases`` (the
    floors file's folder, then the checkout) holding the relative path."""
    if gold.startswith(SHARED_TOKEN):
        return shared / gold[len(SHARED_TOKEN):].lstrip("/"), True
    path = Path(gold)
    if path.is_absolute():
        return path, False
    for base in bases:
        if (base / path).exists():
            return base / path, False
    return bases[-1] / path, False


def default_shared(base: Path = REPO_ROOT) -> Path:
    """``../shared`` next to the checkout, the layout the development data comes in."""
    return base.parent / "shared"


def _judge(group: list[Entry], status: str, message: str, seconds: float = 0.0,
           report: Report | None = None) -> list[Row]:
    """Rows for the entries of one evaluation run: its scores against their floors, or the
    run's own status (skip, crash) when there is no report."""
    out = []
    for e in group:
        score = report.metrics.get(e.metric) if report is not None else None
        row_status, row_message = status, message
        if report is not None and score is None:
            row_status, row_message = "FAIL", f"metric {e.metric!r} not in the report"
        elif score is not None:
            row_status = "pass" if e.holds(score) else "FAIL"
            if row_status == "FAIL":
                side = "> ceiling" if e.ceiling else "< floor"
                row_message = f"{e.metric} {score:.4f} {side} {e.floor:.4f}"
        out.append(Row(e.task, e.gold, e.limit, e.metric, e.floor, score, row_status,
                       seconds, row_message, ceiling=e.ceiling, options=dict(e.options)))
    return out


def run_gate(
    floors: Path = DEFAULT_FLOORS,
    *,
    shared: Path | None = None,
    base: Path | None = None,
    tasks: set[str] | None = None,
) -> GateResult:
    """Run every evaluation the floors name (once per task/gold/limit) and judge each floor."""
    base = base or (Path.cwd() if (Path.cwd() / floors).exists() else REPO_ROOT)
    floors = floors if floors.is_absolute() else base / floors
    shared = shared or default_shared(base)
    _, entries = read_floors(floors)
    result = GateResult(floors=floors)
    groups: dict[tuple[str, str, int | None, tuple[tuple[str, str], ...]], list[Entry]] = {}
    for entry in entries:
        if tasks is None or entry.task in tasks:
            groups.setdefault(entry.key, []).append(entry)
    for (task, gold, limit, options), group in groups.items():
        path, is_shared = resolve_gold(gold, shared, [floors.parent, base])

        if not path.exists():
            if is_shared:
                result.rows += _judge(group, "skip", f"development data not found at {path}")
            else:
                result.rows += _judge(group, "FAIL", f"gold file {path} is missing")
            continue
        start = time.perf_counter()
        try:
            report = run(task, path, limit=limit, **dict(options))
        except TaskUnavailable as exc:
            result.rows += _judge(group, "skip", str(exc))
            continue
        except Exception as exc:  # an evaluation that crashes is a failed gate, not a skip
            result.rows += _judge(group, "FAIL", f"{type(exc).__name__}: {exc}",
                                  time.perf_counter() - start)
            continue
        result.reports.append(report)
        result.rows += _judge(group, "pass", "", time.perf_counter() - start, report)
    return result


def update_floors(path: Path, result: GateResult, *, margin: float = 0.0) -> list[str]:
    """Raise each floor to its measured score minus ``margin`` (rounded down to 3 decimals),
    and lower each ceiling to the score plus ``margin`` (rounded up).

    Never loosens a bound. Returns one line per bound moved. Only entries that were measured
    in ``result`` move, and never one marked ``"fixed": true``.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    scores = {(r.task, r.gold, r.limit, tuple(sorted(r.options.items())), r.metric): r.score
              for r in result.rows if r.score is not None}
    changes = []
    for obj in data.get("entries", []):
        if obj.get("fixed"):
            continue  # a promise with a fixed bound (e.g. a delta), not a measured level
        options = tuple(sorted((str(k), str(v)) for k, v in obj.get("options", {}).items()))
        key = (obj["task"], obj["gold"], obj.get("limit"), options, obj["metric"])
        score = scores.get(key)
        if score is None:
            continue
        if "ceiling" in obj:
            proposed = math.ceil((score + margin) * 1000 - EPSILON) / 1000
            if proposed < float(obj["ceiling"]) - EPSILON:
                changes.append(f"{obj['task']} {obj['gold']} {obj['metric']} (ceiling): "
                               f"{float(obj['ceiling']):.3f} -> {proposed:.3f}")
                obj["ceiling"] = proposed
            continue
        proposed = math.floor(max(score - margin, 0.0) * 1000 + EPSILON) / 1000
        if proposed > float(obj["floor"]) + EPSILON:
            changes.append(f"{obj['task']} {obj['gold']} {obj['metric']}: "
                           f"{float(obj['floor']):.3f} -> {proposed:.3f}")
            obj["floor"] = proposed
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return changes
