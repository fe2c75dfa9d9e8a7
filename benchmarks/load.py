"""Load test of the HTTP API on 127.0.0.1 while an ingest runs beside it.

Starts ``newsevents serve --allow-ingest`` on a free loopback port over a fresh store with the
bundled samples, then runs N concurrent clients for S seconds against the read endpoints while
one more client keeps POSTing new articles to ``/ingest``. Every request loop is bounded in count
and time and stops by itself. Reports requests/s, latency percentiles and errors; writes JSON.

    python benchmarks/load.py                      # 50 clients, 30 s (the documented figure)
    python benchmarks/load.py --clients 10 --seconds 5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "newsevents" / "samples"
MAX_REQUESTS_PER_CLIENT = 100_000  # a hard bound besides the time limit

COUNTRIES = ["Poland", "France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada"]
VERBS = ["condemned", "praised", "met with", "signed an agreement with", "accused", "urged"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _article(i: int) -> dict[str, str]:
    rng = random.Random(i)
    a, b = rng.sample(COUNTRIES, 2)
    verb = rng.choice(VERBS)
    text = (
        f"{a} {verb} {b} on Tuesday, the foreign ministry said in statement number {i}. "
        f"Officials in {b} said talks would continue next week."
    )
    return {"text": text, "published": f"2025-0{1 + i % 9}-1{i % 10}"}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


async def _reader(
    client: httpx.AsyncClient, stop: float, latencies: list[float], errors: list[str]
) -> None:
    paths = [
        ("events", {"limit": 20}),
        ("events", {"country": "POL"}),
        ("events", {"modality": "asserted", "root": "04"}),
        ("stats/dyad", {"a": "USA", "b": "CHN"}),
        ("actors", {}),
        ("quotes", {}),
        ("health", {}),
    ]
    for n in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= stop:
            return
        path, params = paths[n % len(paths)]
        started = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            if response.status_code >= 400:
                errors.append(f"{path}: {response.status_code}")
        except httpx.HTTPError as exc:
            errors.append(f"{path}: {type(exc).__name__}")
        latencies.append(time.perf_counter() - started)


async def _ingester(
    client: httpx.AsyncClient, stop: float, stored: list[str], errors: list[str]
) -> None:
    for i in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= stop:
            return
        try:
            response = await client.post("ingest", json={"documents": [_article(i)]}, timeout=120)
            if response.status_code != 200:
                errors.append(f"ingest: {response.status_code}")
            else:
                stored.extend(response.json()["stored"])
        except httpx.HTTPError as exc:
            errors.append(f"ingest: {type(exc).__name__}")


async def _run(base: str, clients: int, seconds: float) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    ingest_errors: list[str] = []
    stored: list[str] = []
    limits = httpx.Limits(max_connections=clients + 2)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.monotonic()
        stop = started + seconds
        await asyncio.gather(
            _ingester(client, stop, stored, ingest_errors),
            *(_reader(client, stop, latencies, errors) for _ in range(clients)),
        )
        elapsed = time.monotonic() - started
    return {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(1000 * _percentile(latencies, 99), 1),
        "max_ms": round(1000 * max(latencies), 1) if latencies else None,
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:10],
        "documents_ingested_meanwhile": len(stored),
        "ingest_errors": len(ingest_errors),
    }


def run(clients: int, seconds: float, workdir: Path) -> dict[str, Any]:
    """Start a server, load it, stop it; the result dict is what the CLI prints."""
    exe = Path(sys.executable).with_name("newsevents")
    db = workdir / "load.duckdb"
    subprocess.run(
        [str(exe), "ingest", *map(str, sorted(SAMPLES.glob("*.txt"))), "--db", str(db)],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    server = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port), "--allow-ingest"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise RuntimeError("server did not start")
        result = asyncio.run(_run(base, clients, seconds))
        result["server_alive_after"] = server.poll() is None
        return result
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "load.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.clients, args.seconds, Path(tmp))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    sys.exit(0 if result["errors"] == 0 and result["ingest_errors"] == 0 else 1)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
