"""Long fuzzing run over every reader and the whole extract path (outside CI).

    python benchmarks/fuzz.py --inputs 100000          # the documented run
    python benchmarks/fuzz.py --inputs 2000 --only html

The input budget is split over the targets of ``tests/reliability/fuzz_targets.py`` (the whole
NLP path gets a smaller share: it parses every input). An input that makes a target raise is
saved under ``tests/fixtures/fuzz/<target>/`` so ``tests/reliability/test_fuzz.py`` replays it
forever after; the run goes on and reports every crash. Writes a JSON summary.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.reliability.fuzz_targets import TARGETS  # noqa: E402

CRASHERS = REPO / "tests" / "fixtures" / "fuzz"
SHARE = {"extract": 0.05}  # of the budget; readers share the rest equally


def _save(name: str, value: Any) -> Path:
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)
    path = CRASHERS / name / hashlib.sha256(data).hexdigest()[:16]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def fuzz(name: str, examples: int) -> dict[str, Any]:
    target, strategy = TARGETS[name]
    count = 0
    crashes: list[dict[str, str]] = []

    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(strategy)
    def run(value: Any) -> None:
        nonlocal count
        count += 1
        try:
            target(value)
        except Exception as exc:  # keep going: report and save every crasher
            saved = _save(name, value)
            crashes.append(
                {
                    "error": f"{type(exc).__name__}: {exc}"[:300],
                    "saved": str(saved.relative_to(REPO)),
                    "where": traceback.format_exc().splitlines()[-3][:300],
                }
            )

    started = time.monotonic()
    run()
    return {
        "target": name,
        "inputs": count,
        "crashes": crashes,
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="total inputs over all targets")
    parser.add_argument("--only", action="append", choices=sorted(TARGETS))
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "fuzz.json")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every page it rejects
    names = args.only or sorted(TARGETS)
    fixed = sum(SHARE.get(n, 0.0) for n in names)
    rest = [n for n in names if n not in SHARE]
    budget = {n: int(args.inputs * SHARE[n]) for n in names if n in SHARE}
    for n in rest:
        budget[n] = int(args.inputs * (1 - fixed) / len(rest))
    results = []
    for name in names:
        result = fuzz(name, max(1, budget[name]))
        print(
            json.dumps(
                {k: v for k, v in result.items() if k != "crashes"}
                | {"crashes": len(result["crashes"])}
            ),
            flush=True,
        )
        results.append(result)
    summary = {
        "inputs": sum(r["inputs"] for r in results),
        "crashes": sum(len(r["crashes"]) for r in results),
        "seconds": round(sum(r["seconds"] for r in results), 1),
        "targets": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps({k: v for k, v in summary.items() if k != "targets"}))
    sys.exit(1 if summary["crashes"] else 0)


if __name__ == "__main__":
    main()
