"""Throughput benchmark: bare spaCy vs the full pipeline, memory, local processes, Ray.

Not a test: it prints a table and writes ``benchmarks/results/throughput.json``. Everything runs
in one invocation on the same machine, over one synthetic corpus of distinct documents
(:mod:`corpus`), so the numbers compare like with like:

(a) bare spaCy ``nlp.pipe`` words/s and documents/s over the clean texts;
(b) the full pipeline (clean → parse → every stage → Document) documents/s on the same texts;
(c) b / a;
(d) peak RSS of each worker (psutil, sampled every 50 ms) and of the single process;
(e) ``newsevents.scale.run`` local engine with 2 processes vs 1 (wall clock);
(f) the Ray engine with 2 CPUs vs the local engine with 2 processes.

(a) and (b) are measured in CPU seconds of this process as well as wall seconds: on a shared
machine wall time mostly measures the neighbours, CPU time measures our code. They are
interleaved (a, b, a, b) and the best of each kept.

Usage: ``python benchmarks/throughput.py [--count 1000] [--no-ray] [--profile]``
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

from newsevents import nlp
from newsevents.ingest.prepare import prepare
from newsevents.pipeline import extract_many, extract_prepared
from newsevents.records import Document, RawDocument

RESULTS = Path(__file__).resolve().parent / "results"
console = Console()


class RssSampler:
    """Peak RSS of this process and of each child process, sampled in a background thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                procs = [me, *me.children(recursive=True)]
            except psutil.Error:
                procs = [me]
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def workers_mb(self) -> list[float]:
        me = os.getpid()
        return sorted(
            round(v / 2**20, 1)
            for pid, v in self.peaks.items()
            if pid != me and v > 150 * 2**20  # the workers that loaded spaCy, not helpers
        )


@contextmanager
def timed() -> Iterator[dict[str, float]]:
    out: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    yield out
    out["wall"] = time.perf_counter() - wall
    out["cpu"] = time.process_time() - cpu


def bare_spacy(texts: list[str], batch_size: int) -> dict[str, float]:
    model = nlp.load()
    with timed() as t:
        words = sum(len(doc) for doc in model.pipe(texts, batch_size=batch_size))
    return {"wall": t["wall"], "cpu": t["cpu"], "tokens": words}


def full_pipeline(raws: list[RawDocument], batch_size: int) -> dict[str, float]:
    with timed() as t:
        done = sum(isinstance(r, Document) for r in extract_many(raws, batch_size=batch_size))
    return {"wall": t["wall"], "cpu": t["cpu"], "docs": done}


def scale_run(folder: Path, **kwargs: Any) -> dict[str, Any]:
    from newsevents.scale import run

    out = Path(tempfile.mkdtemp(prefix="nebench-"))
    try:
        with RssSampler() as sampler, timed() as t:
            summary = run([folder], out, dedup=False, **kwargs)
        return {
            "wall": t["wall"],
            "docs": summary.documents,
            "failures": summary.failures,
            "docs_per_s": summary.documents / t["wall"],
            "worker_peak_rss_mb": sampler.workers_mb(),
        }
    finally:
        shutil.rmtree(out, ignore_errors=True)


def profile(raws: list[RawDocument], batch_size: int) -> str:
    """pyinstrument text report of the full pipeline (pip install pyinstrument)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    for _ in extract_many(raws, batch_size=batch_size):
        pass
    profiler.stop()
    report: str = profiler.output_text(unicode=False, color=False, show_all=False)
    (RESULTS / "profile.txt").write_text(report, encoding="utf-8")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description="newsevents throughput benchmark")
    parser.add_argument("--count", type=int, default=1000, help="documents in the corpus")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs of (a) and (b)")
    parser.add_argument("--no-ray", action="store_true", help="skip (f)")
    parser.add_argument("--no-scale", action="store_true", help="skip (e) and (f)")
    parser.add_argument("--profile", action="store_true", help="also write results/profile.txt")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="nebench-corpus-"))
    folder = work / "corpus"
    words = corpus.write(folder, args.count, fmt="txt")
    files = sorted(folder.glob("*.txt"))
    raws = [
        RawDocument(
            input=str(p),
            text=p.read_text(encoding="utf-8"),
            published="2025-03-14",
            published_source="cli",
        )
        for p in files
    ]
    texts = [prepare(raw).text for raw in raws]
    console.print(f"corpus: {len(files)} documents, {words} words, load {os.getloadavg()}")

    # warm up: model, stages and their data files load once, outside the timings
    for _ in extract_prepared([prepare(r) for r in raws[:8]]):
        pass
    bare_runs, full_runs = [], []
    with RssSampler() as sampler:
        for _ in range(args.repeat):
            bare_runs.append(bare_spacy(texts, args.batch_size))
            full_runs.append(full_pipeline(raws, args.batch_size))
    bare = min(bare_runs, key=lambda r: r["cpu"])
    full = min(full_runs, key=lambda r: r["cpu"])
    n = len(texts)
    results: dict[str, Any] = {
        "corpus": {"documents": n, "words": words, "tokens": int(bare["tokens"])},
        "load_average_at_start": os.getloadavg(),
        "cpu_count": os.cpu_count(),
        "a_spacy": {
            "docs_per_cpu_s": n / bare["cpu"],
            "words_per_cpu_s": bare["tokens"] / bare["cpu"],
            "docs_per_wall_s": n / bare["wall"],
            "words_per_wall_s": bare["tokens"] / bare["wall"],
        },
        "b_pipeline": {
            "docs_per_cpu_s": n / full["cpu"],
            "docs_per_wall_s": n / full["wall"],
            "ok_docs": int(full["docs"]),
        },
    }
    results["c_ratio_cpu"] = bare["cpu"] / full["cpu"]
    results["c_ratio_wall"] = bare["wall"] / full["wall"]
    results["d_peak_rss_mb_single_process"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )
    results["d_peak_rss_mb_sampled"] = round(max(sampler.peaks.values()) / 2**20, 1)

    if not args.no_scale:
        one = scale_run(folder, processes=1, batch_size=args.batch_size)
        two = scale_run(folder, processes=2, batch_size=args.batch_size)
        results["e_local"] = {
            "1_process": one,
            "2_processes": two,
            "speedup": two["docs_per_s"] / one["docs_per_s"],
        }
        if not args.no_ray:
            from newsevents.scale.ray_engine import ray_available

            if ray_available():
                import ray

                with timed() as startup:
                    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
                ray_run = scale_run(folder, engine="ray", processes=2, batch_size=args.batch_size)
                ray.shutdown()
                ray_run["ray_init_s"] = startup["wall"]
                results["f_ray"] = {
                    "2_cpus": ray_run,
                    "vs_local_2_processes": ray_run["docs_per_s"] / two["docs_per_s"],
                }
            else:
                results["f_ray"] = {"skipped": "ray not installed"}
    results["load_average_at_end"] = os.getloadavg()
    if args.profile:
        profile(raws[: min(200, len(raws))], args.batch_size)
        results["profile"] = str(RESULTS / "profile.txt")

    (RESULTS / "throughput.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    show(results)
    shutil.rmtree(work, ignore_errors=True)


def show(r: dict[str, Any]) -> None:
    table = Table(title=f"newsevents throughput ({r['corpus']['documents']} documents)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    fmt: Callable[[float], str] = lambda v: f"{v:,.1f}"  # noqa: E731
    a, b = r["a_spacy"], r["b_pipeline"]
    table.add_row(
        "(a) spaCy nlp.pipe words/s (CPU | wall)",
        f"{fmt(a['words_per_cpu_s'])} | {fmt(a['words_per_wall_s'])}",
        "",
    )
    table.add_row(
        "(a) spaCy nlp.pipe docs/s (CPU | wall)",
        f"{fmt(a['docs_per_cpu_s'])} | {fmt(a['docs_per_wall_s'])}",
        "",
    )
    table.add_row(
        "(b) full pipeline docs/s (CPU | wall)",
        f"{fmt(b['docs_per_cpu_s'])} | {fmt(b['docs_per_wall_s'])}",
        "",
    )
    table.add_row(
        "(c) b/a (CPU | wall)", f"{r['c_ratio_cpu']:.2f} | {r['c_ratio_wall']:.2f}", "≥ 0.85"
    )
    table.add_row(
        "(d) peak RSS, single process (MB)", fmt(r["d_peak_rss_mb_single_process"]), "≤ 600"
    )
    if "e_local" in r:
        e = r["e_local"]
        table.add_row(
            "(d) peak RSS per worker, 2 processes (MB)",
            ", ".join(map(str, e["2_processes"]["worker_peak_rss_mb"])),
            "≤ 600",
        )
        table.add_row("(e) local 1 process docs/s (wall)", fmt(e["1_process"]["docs_per_s"]), "")
        table.add_row(
            "(e) local 2 processes docs/s (wall)", fmt(e["2_processes"]["docs_per_s"]), ""
        )
        table.add_row("(e) speed-up 2 vs 1", f"{e['speedup']:.2f}×", "≥ 1.8×")
    f = r.get("f_ray", {})
    if "2_cpus" in f:
        table.add_row(
            "(f) Ray 2 CPUs docs/s (wall, excl. init)", fmt(f["2_cpus"]["docs_per_s"]), ""
        )
        table.add_row("(f) Ray vs local 2 processes", f"{f['vs_local_2_processes']:.2f}×", "")
        table.add_row("(f) Ray init (s)", fmt(f["2_cpus"]["ray_init_s"]), "")
    table.add_row(
        "load average start → end",
        f"{r['load_average_at_start'][0]:.1f} → {r['load_average_at_end'][0]:.1f}",
        "",
    )
    console.print(table)
    console.print(f"JSON: {RESULTS / 'throughput.json'}")


if __name__ == "__main__":
    main()
