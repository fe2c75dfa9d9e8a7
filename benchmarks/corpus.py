"""Synthetic benchmark corpus: varied copies of the bundled samples and the seed article.

Every document is a distinct text, so no cache or duplicate check can skip work: paragraphs are
shuffled (the lead stays first), countries (with their adjective and capital) and people are
renamed consistently from ``benchmarks/data/names.csv``, weekdays and years are changed, and each
document gets its own publication date. Copies of one source stay similar enough that the
syndication merger (rightly) sees them as one story, so throughput runs use ``dedup=False``.

Usage: ``python benchmarks/corpus.py OUT_DIR [--count 1000] [--format txt|jsonl] [--seed 1]``
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [
    *sorted((REPO / "newsevents" / "samples").glob("*.txt")),
    REPO / "tests" / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt",
]
NAMES = Path(__file__).resolve().parent / "data" / "names.csv"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Synthetic:
    name: str
    text: str
    published: str
    words: int


def _names() -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    countries: list[tuple[str, str, str]] = []
    people: list[tuple[str, str]] = []
    with NAMES.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            if row["kind"] == "country":
                countries.append((row["name"], row["short"], row["capital"]))
            else:
                people.append((row["name"], row["short"]))
    return countries, people


def _renamer(text: str, rng: random.Random) -> dict[str, str]:
    """A consistent mapping of the countries/people present in ``text`` to other real ones."""
    countries, people = _names()
    mapping: dict[str, str] = {}
    present = [c for c in countries if any(re.search(rf"\b{re.escape(f)}\b", text) for f in c)]
    others = [c for c in countries if c not in present]
    for old, new in zip(present, rng.sample(others, len(present)), strict=True):
        mapping.update(zip(old, new, strict=True))
    present_people = [p for p in people if re.search(rf"\b{re.escape(p[1])}\b", text)]
    other_people = [p for p in people if p not in present_people]
    for old, new in zip(present_people, rng.sample(other_people, len(present_people)), strict=True):
        mapping.update(zip(old, new, strict=True))
    return mapping


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _shuffle_sentences(paragraph: str, rng: random.Random) -> str:
    sentences = _SENTENCE.split(paragraph)
    rng.shuffle(sentences)
    return " ".join(sentences)


def vary(text: str, rng: random.Random) -> str:
    """One distinct variant of a source text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    tail = 0  # short trailing lines are the republisher's boilerplate: they stay at the end
    while tail < len(lines) - 1 and len(lines[-1 - tail].split()) < 8:
        tail += 1
    lead, body, end = lines[:1], lines[1 : len(lines) - tail], lines[len(lines) - tail :]
    rng.shuffle(body)
    body = [_shuffle_sentences(paragraph, rng) for paragraph in body]
    if lead:  # a one-paragraph release: keep its first sentence, shuffle the others
        first, *others = _SENTENCE.split(lead[0])
        rng.shuffle(others)
        lead = [" ".join([first, *others])]
    varied = "\n\n".join(lead + body + end)
    mapping = _renamer(varied, rng)
    if mapping:
        pattern = re.compile(
            r"\b(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b"
        )
        varied = pattern.sub(lambda m: mapping[m.group(0)], varied)
    weekdays = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
    varied = weekdays.sub(lambda _m: rng.choice(WEEKDAYS), varied)
    varied = re.sub(r"\b20[12]\d\b", lambda _m: str(rng.randint(2015, 2026)), varied)
    return varied


def generate(count: int, seed: int = 1) -> Iterator[Synthetic]:
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in SOURCES]
    start = dt.date(2024, 1, 1)
    seen: set[int] = set()
    for number in range(count):
        text = vary(texts[number % len(texts)], rng)
        while hash(text) in seen:  # short sources have few variants: draw until distinct
            text = vary(texts[number % len(texts)], rng)
        seen.add(hash(text))
        published = (start + dt.timedelta(days=rng.randrange(730))).isoformat()
        yield Synthetic(f"doc{number:06d}", text, published, len(text.split()))


def write(out: Path, count: int, *, fmt: str = "txt", seed: int = 1, shard: int = 250) -> int:
    """Write ``count`` documents under ``out``; returns the number of words written."""
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    handle = None
    for number, doc in enumerate(generate(count, seed)):
        words += doc.words
        if fmt == "txt":
            (out / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
            continue
        if number % shard == 0:
            if handle is not None:
                handle.close()
            handle = (out / f"shard{number // shard:04d}.jsonl").open("w", encoding="utf-8")
        assert handle is not None
        url = f"https://example.org/{doc.name}"
        record = {"text": doc.text, "published": doc.published, "url": url}
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle is not None:
        handle.close()
    return words


SHARED = REPO.parent / "shared" / "data"


SPLIT = REPO / "eval" / "wikinews-2019-split.csv"


@dataclass(frozen=True)
class Real:
    """One article of a real corpus: text or HTML, with the metadata its source gives."""

    name: str
    published: str | None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None


def shared_root(override: Path | None = None) -> Path:
    """``../shared/data`` of the checkout (a worktree's is two levels up), or ``override``."""
    if override is not None:
        return override
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return SHARED


def wikinews(split: str | None = None, root: Path | None = None) -> list[Real]:
    """The 171 Wikinews 2019 articles (CC BY 2.5), optionally only the ``dev`` or ``test`` half.

    Profiling (finding hot spots) uses the ``dev`` half only; throughput is measured on all.
    """
    path = shared_root(root) / "news" / "wikinews-2019" / "articles.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path} is absent: the Wikinews corpus lives in ../shared")
    wanted: set[str] | None = None
    if split is not None:
        with SPLIT.open(encoding="utf-8") as handle:
            wanted = {row["url"] for row in csv.DictReader(handle) if row["split"] == split}
    out: list[Real] = []
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if wanted is not None and row["url"] not in wanted:
                continue
            out.append(
                Real(
                    f"wn{number:03d}",
                    row["date"] or None,
                    text=row["text"],
                    title=row["title"],
                    url=row["url"],
                )
            )
    return out


def html_pages(count: int | None = None, root: Path | None = None) -> list[Real]:
    """Pages of the trafilatura evaluation set (html.gz, many languages), in file-name order."""
    folder = shared_root(root) / "extraction" / "trafilatura-eval" / "html"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is absent: the page set lives in ../shared")
    out: list[Real] = []
    for path in sorted(folder.glob("*.html.gz"))[:count]:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        out.append(Real(path.name.removesuffix(".html.gz"), None, html=html))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    words = write(args.out, args.count, fmt=args.format, seed=args.seed)
    print(f"{args.count} documents, {words} words → {args.out}")


if __name__ == "__main__":
    main()
