"""Growth and memory: time and memory per 1,000 words for articles of 1k, 10k and 100k words.

Each size runs in a fresh process so its peak RSS is its own. The process reports its resident
size after importing newsevents, after loading the spaCy model, after :func:`pipeline.warm_up`
(every stage's vocabularies), and its peak while extracting the article; CPU seconds are those of
the extraction only. The 100k-word article is over the default 500,000-character limit, so the
limits are raised for this measurement (``NEWSEVENTS_MAX_CHARS`` and friends).

Usage: ``python benchmarks/growth.py [--sizes 1000,10000,100000]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

CHILD = """
import json, resource, sys, time
import psutil
sys.path.insert(0, {here!r})
def rss():
    return psutil.Process().memory_info().rss / 2**20
out = {{"start_mb": rss()}}
import long_inputs
from newsevents import nlp, pipeline
from newsevents.records import Document, RawDocument
out["import_mb"] = rss()
nlp.load()
out["model_mb"] = rss()
pipeline.warm_up()
out["vocabularies_mb"] = rss()
text = long_inputs.article({words})
raw = RawDocument(input="article", text=text, published="2025-03-14", published_source="cli")
started, wall = time.process_time(), time.perf_counter()
(result,) = pipeline.extract_many([raw])
out["cpu_s"] = time.process_time() - started
out["wall_s"] = time.perf_counter() - wall
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["words"] = len(text.split())
out["chars"] = len(text)
out["result"] = type(result).__name__ + (" " + result.code if hasattr(result, "code") else "")
if isinstance(result, Document):
    out["events"] = len(result.events)
    out["sentences"] = len(result.sentences)
print(json.dumps(out))
"""


def run(words: int) -> dict[str, Any]:
    env = {
        **os.environ,
        "NEWSEVENTS_MAX_CHARS": "2000000",
        "NEWSEVENTS_MAX_SENTENCES": "100000",
        "NEWSEVENTS_TIME_BUDGET": "36000",
    }
    load = os.getloadavg()[0]
    script = CHILD.format(here=str(HERE), words=words)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = [load, os.getloadavg()[0]]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = {int(size): run(int(size)) for size in args.sizes.split(",")}
    (RESULTS / "growth.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    table = Table(title="growth with article length")
    for column in (
        "words", "chars", "CPU s", "CPU s / 1k words", "peak MB", "peak − warm MB",
        "model MB", "vocab MB", "load", "result",
    ):  # fmt: skip
        table.add_column(column, justify="right")
    for r in rows.values():
        table.add_row(
            f"{r['words']:,}",
            f"{r['chars']:,}",
            f"{r['cpu_s']:.1f}",
            f"{1000 * r['cpu_s'] / r['words']:.2f}",
            f"{r['peak_mb']:.0f}",
            f"{r['peak_mb'] - r['vocabularies_mb']:.0f}",
            f"{r['model_mb'] - r['import_mb']:.0f}",
            f"{r['vocabularies_mb'] - r['model_mb']:.0f}",
            f"{r['load'][0]:.0f}→{r['load'][1]:.0f}",
            r["result"],
        )
    Console().print(table)


if __name__ == "__main__":
    main()
