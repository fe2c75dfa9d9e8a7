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

from newsevents import nlp, stages
from newsevents.pipeline import extract_many, prepare_many, warm_up
from newsevents.records import Document, Failure, RawDocument

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


#: The process's high-water mark before each reset (a reset also clears ``ru_maxrss``).
_EARLIER_PEAK_MB: list[float] = []


def reset_peak() -> bool:
    """Start a new high-water mark of this process's RSS (Linux ``clear_refs`` 5), keeping the
    one it replaces for the whole-process figure (:func:`process_peak_mb`)."""
    before = peak_mb()
    if before is not None:
        _EARLIER_PEAK_MB.append(before)
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def peak_mb() -> float | None:
    """``VmHWM`` of this process in MB (None off Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def process_peak_mb() -> float:
    """The whole process's peak RSS in MB, across the per-phase resets."""
    now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return round(max([now, *_EARLIER_PEAK_MB]), 1)


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


class StageClock:
    """CPU seconds per analysis stage, by wrapping the stages the pipeline runs."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self._original = stages.registered

    def __enter__(self) -> StageClock:
        registered = self._original()

        def clocked(name: str, stage: Callable[[Any], Any]) -> Callable[[Any], Any]:
            def run(ctx: Any) -> Any:
                started = time.process_time()
                try:
                    return stage(ctx)
                finally:
                    self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - started

            return run

        wrapped = [(name, clocked(name, stage)) for name, stage in registered]
        stages.registered = lambda: wrapped  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        stages.registered = self._original  # type: ignore[assignment]


def full_pipeline(raws: list[RawDocument], batch_size: int) -> dict[str, Any]:
    with StageClock() as clock, timed() as t:
        done = sum(isinstance(r, Document) for r in extract_many(raws, batch_size=batch_size))
    return {"wall": t["wall"], "cpu": t["cpu"], "docs": done, "stages_cpu": clock.cpu}


def scale_run(folder: Path, **kwargs: Any) -> dict[str, Any]:
    from newsevents.scale import run

    out = Path(tempfile.mkdtemp(prefix="nebench-"))
    try:
        load = os.getloadavg()[0]
        with RssSampler() as sampler, timed() as t:
            summary = run([folder], out, dedup=False, **kwargs)
        return {
            "wall": t["wall"],
            "docs": summary.documents,
            "failures": summary.failures,
            "docs_per_s": summary.documents / t["wall"],
            "worker_peak_rss_mb": sampler.workers_mb(),
            "load_average": [load, os.getloadavg()[0]],
        }
    finally:
        shutil.rmtree(out, ignore_errors=True)


def profile(raws: list[RawDocument], batch_size: int, name: str = "profile.txt") -> str:
    """pyinstrument text report of the full pipeline (pip install pyinstrument)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    for _ in extract_many(raws, batch_size=batch_size):
        pass
    profiler.stop()
    report: str = profiler.output_text(unicode=False, color=False, show_all=False)
    (RESULTS / name).write_text(report, encoding="utf-8")
    return report


def raw_of(doc: corpus.Real | corpus.Synthetic, source: str = "cli") -> RawDocument:
    if isinstance(doc, corpus.Synthetic):
        return RawDocument(
            input=doc.name, text=doc.text, published="2025-03-14", published_source="cli"
        )
    return RawDocument(
        input=doc.name,
        text=doc.text,
        html=doc.html,
        title=doc.title,
        url=doc.url,
        published=doc.published,
        published_source=source if doc.published else "unknown",
    )


def measure(label: str, raws: list[RawDocument], batch_size: int, repeat: int) -> dict[str, Any]:
    """(a), (b), (c) and the stage breakdown for one corpus, bare and full interleaved."""
    with timed() as cleaning:
        prepared = list(prepare_many(raws))
    ok = [(raw, p) for raw, p in zip(raws, prepared, strict=True) if not isinstance(p, Failure)]
    texts = [p.text for _, p in ok]
    kept = [raw for raw, _ in ok]
    words = sum(len(text.split()) for text in texts)
    with timed() as warming:
        # outside the timings, as every worker does before its first document (pipeline.warm_up:
        # the vocabularies and dateparser's regexes, ~0.3-0.6 CPU-s on its first call, which a
        # stage would otherwise be charged for inside whichever document first needs it)
        warm_up()
        for _ in extract_many(kept[:8], batch_size=batch_size):
            pass
    load_start = os.getloadavg()
    bare_runs, full_runs = [], []
    peaks: dict[str, float | None] = {"bare": None, "full": None}

    def phase(key: str, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        # each phase's own high-water mark: bare spaCy's nlp.pipe parses whole batches of
        # long articles at once, which the pipeline never does (nlp.BATCH_CHARS)
        fresh = reset_peak()
        out = run()
        high = peak_mb() if fresh else None
        if high is not None:
            peaks[key] = max(peaks[key] or 0.0, high)
        return out

    for _ in range(repeat):
        bare_runs.append(phase("bare", lambda: bare_spacy(texts, batch_size)))
        full_runs.append(phase("full", lambda: full_pipeline(kept, batch_size)))
    load_end = os.getloadavg()
    bare = min(bare_runs, key=lambda r: r["cpu"])
    full = min(full_runs, key=lambda r: r["cpu"])
    n = len(texts)
    stages = full["stages_cpu"]
    stage_total = sum(stages.values()) or 1.0
    console.print(
        f"{label}: {len(raws)} inputs, {n} English documents, {words:,} words; "
        f"ratio CPU {bare['cpu'] / full['cpu']:.2f} (load {load_start[0]:.1f} → {load_end[0]:.1f})"
    )
    return {
        "corpus": {
            "inputs": len(raws),
            "documents": n,
            "words": words,
            "tokens": int(bare["tokens"]),
            "failures": len(raws) - n,
        },
        "load_average": [load_start[0], load_end[0]],
        "cleaning": {"docs_per_cpu_s": len(raws) / cleaning["cpu"], "cpu_s": cleaning["cpu"]},
        "warm_up_cpu_s": warming["cpu"],
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
        "c_ratio_cpu": bare["cpu"] / full["cpu"],
        "d_peak_rss_mb": {"bare_spacy": peaks["bare"], "pipeline": peaks["full"]},
        "c_ratio_wall": bare["wall"] / full["wall"],
        "runs_cpu": {"bare": [r["cpu"] for r in bare_runs], "full": [r["cpu"] for r in full_runs]},
        "stages_cpu_s": stages,
        "stages_share": {k: v / stage_total for k, v in stages.items()},
        "stages_vs_parse": stage_total / bare["cpu"],
    }


def write_jsonl(docs: list[corpus.Real], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            record = {
                "text": doc.text,
                "html": doc.html,
                "title": doc.title,
                "url": doc.url,
                "published": doc.published,
            }
            handle.write(json.dumps({k: v for k, v in record.items() if v}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description="newsevents throughput benchmark")
    parser.add_argument("--count", type=int, default=1000, help="synthetic documents")
    parser.add_argument(
        "--corpus",
        default="synthetic,wikinews,html",
        help="comma-separated: synthetic, wikinews, html",
    )
    parser.add_argument("--html-count", type=int, default=300, help="trafilatura pages read")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs of (a) and (b)")
    parser.add_argument("--no-ray", action="store_true", help="skip (f)")
    parser.add_argument("--no-scale", action="store_true", help="skip (e) and (f)")
    parser.add_argument(
        "--scale-only", action="store_true", help="only (e) and (f): processes on an idle machine"
    )
    parser.add_argument("--profile", action="store_true", help="also write results/profile*.txt")
    parser.add_argument("--out", type=Path, default=RESULTS / "throughput.json")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    wanted = [c.strip() for c in args.corpus.split(",") if c.strip()]

    work = Path(tempfile.mkdtemp(prefix="nebench-corpus-"))
    results: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "corpora": {},
    }
    folders: dict[str, Path] = {}
    with RssSampler() as sampler:
        for name in wanted:
            if name == "synthetic":
                folder = work / "synthetic"
                corpus.write(folder, args.count, fmt="txt")
                folders[name] = folder
                raws = [
                    RawDocument(
                        input=str(p),
                        text=p.read_text(encoding="utf-8"),
                        published="2025-03-14",
                        published_source="cli",
                    )
                    for p in sorted(folder.glob("*.txt"))
                ]
            elif name == "wikinews":
                articles = corpus.wikinews()
                folder = work / "wikinews"
                folder.mkdir()
                write_jsonl(articles, folder / "wikinews.jsonl")
                folders[name] = folder
                raws = [raw_of(a) for a in articles]
            elif name == "html":
                raws = [raw_of(page) for page in corpus.html_pages(args.html_count)]
            else:
                parser.error(f"unknown corpus {name!r}")
            if args.scale_only:
                continue
            results["corpora"][name] = measure(name, raws, args.batch_size, args.repeat)
            if args.profile:
                sample = raws
                if name == "wikinews":  # hot spots are looked for on the dev half only
                    dev = {a.url for a in corpus.wikinews("dev")}
                    sample = [r for r in raws if r.url in dev]
                profile(sample[:200], args.batch_size, f"profile-{name}.txt")
    results["d_peak_rss_mb_single_process"] = process_peak_mb()
    results["d_peak_rss_mb_sampled"] = round(max(sampler.peaks.values()) / 2**20, 1)

    if not args.no_scale:
        results["e_local"] = {}
        for name, folder in folders.items():
            one = scale_run(folder, processes=1, batch_size=args.batch_size)
            two = scale_run(folder, processes=2, batch_size=args.batch_size)
            results["e_local"][name] = {
                "1_process": one,
                "2_processes": two,
                "speedup": two["docs_per_s"] / one["docs_per_s"],
            }
        if not args.no_ray and "synthetic" in folders:
            from newsevents.scale.ray_engine import ray_available

            if ray_available():
                import ray

                with timed() as startup:
                    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
                ray_run = scale_run(
                    folders["synthetic"], engine="ray", processes=2, batch_size=args.batch_size
                )
                ray.shutdown()
                ray_run["ray_init_s"] = startup["wall"]
                two = results["e_local"]["synthetic"]["2_processes"]
                results["f_ray"] = {
                    "2_cpus": ray_run,
                    "vs_local_2_processes": ray_run["docs_per_s"] / two["docs_per_s"],
                }
            else:
                results["f_ray"] = {"skipped": "ray not installed"}
    results["load_average_at_end"] = os.getloadavg()
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    show(results)
    console.print(f"JSON: {args.out}")
    shutil.rmtree(work, ignore_errors=True)


def show(r: dict[str, Any]) -> None:
    fmt: Callable[[float], str] = lambda v: f"{v:,.1f}"  # noqa: E731
    for name, c in r["corpora"].items():
        table = Table(
            title=f"{name}: {c['corpus']['documents']} documents, {c['corpus']['words']:,} words"
        )
        table.add_column("measure")
        table.add_column("value", justify="right")
        a, b = c["a_spacy"], c["b_pipeline"]
        table.add_row(
            "cleaning (+ HTML extraction) docs/s CPU", fmt(c["cleaning"]["docs_per_cpu_s"])
        )
        table.add_row(
            "(a) spaCy words/s (CPU | wall)",
            f"{fmt(a['words_per_cpu_s'])} | {fmt(a['words_per_wall_s'])}",
        )
        table.add_row(
            "(a) spaCy docs/s (CPU | wall)",
            f"{fmt(a['docs_per_cpu_s'])} | {fmt(a['docs_per_wall_s'])}",
        )
        table.add_row(
            "(b) full pipeline docs/s (CPU | wall)",
            f"{fmt(b['docs_per_cpu_s'])} | {fmt(b['docs_per_wall_s'])}",
        )
        table.add_row("(c) b/a (CPU | wall)", f"{c['c_ratio_cpu']:.2f} | {c['c_ratio_wall']:.2f}")
        table.add_row("stages CPU / parse CPU", f"{c['stages_vs_parse']:.2f}")
        table.add_row(
            "stage shares",
            ", ".join(
                f"{k} {v:.0%}" for k, v in sorted(c["stages_share"].items(), key=lambda kv: -kv[1])
            ),
        )
        d = c.get("d_peak_rss_mb", {})
        table.add_row(
            "(d) peak RSS MB (pipeline | bare spaCy)",
            f"{d.get('pipeline')} | {d.get('bare_spacy')}",
        )
        table.add_row("load average", f"{c['load_average'][0]:.1f} → {c['load_average'][1]:.1f}")
        console.print(table)
    console.print(
        f"(d) peak RSS single process: {r['d_peak_rss_mb_single_process']} MB "
        "(all phases: bare spaCy's nlp.pipe included; per phase in the tables)"
    )
    for name, e in r.get("e_local", {}).items():
        console.print(
            f"(e) {name}: 1 process {e['1_process']['docs_per_s']:.2f} docs/s "
            f"(load {e['1_process']['load_average']}), 2 processes "
            f"{e['2_processes']['docs_per_s']:.2f} docs/s (load {e['2_processes']['load_average']})"
            f" → {e['speedup']:.2f}×; worker peak RSS {e['2_processes']['worker_peak_rss_mb']} MB"
            f" (1 process: {e['1_process']['worker_peak_rss_mb']})"
        )
    f = r.get("f_ray", {})
    if "2_cpus" in f:
        console.print(
            f"(f) Ray 2 CPUs {f['2_cpus']['docs_per_s']:.2f} docs/s = "
            f"{f['vs_local_2_processes']:.2f}× local; init {f['2_cpus']['ray_init_s']:.1f} s"
        )


if __name__ == "__main__":
    main()
