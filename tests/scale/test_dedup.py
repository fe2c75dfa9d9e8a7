"""Syndication merging: near-copies with different boilerplate merge, same-topic stories don't."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import numpy as np
import pytest

from newsevents.pipeline import extract_text
from newsevents.records import Document
from newsevents.scale import run
from newsevents.scale.dedup import THRESHOLD, DedupIndex, signature, similarity
from newsevents.scale.sink import Sink
from newsevents.scale.work import Outcome

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt"
SAMPLES = REPO / "newsevents" / "samples"


def _fox_original(seed: str) -> str:
    """The same story as first published: Fox News furniture instead of the republisher's."""
    body = [line for line in seed.splitlines() if len(line.split()) >= 8]
    return "\n\n".join(
        [
            "Fox News | World",
            "By Fox News Digital staff | Published March 14, 2025 6:12am EDT",
            *body,
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Fox News Digital's reporter contributed to this report.",
            "Get the latest updates on the world's most important stories. Subscribe now.",
        ]
    )


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    seed = SEED.read_text(encoding="utf-8")
    return {
        "prices": seed,
        "fox": _fox_original(seed),
        "rubio": (SAMPLES / "rubio_wang_call.txt").read_text(encoding="utf-8"),
        "blinken": (SAMPLES / "blinken_wang_call_2023-10-14.txt").read_text(encoding="utf-8"),
    }


def test_copies_with_different_boilerplate_are_similar(texts: dict[str, str]) -> None:
    score = similarity(signature(texts["prices"]), signature(texts["fox"]))
    assert score >= 0.75 > THRESHOLD


def test_distinct_stories_on_the_same_topic_are_not(texts: dict[str, str]) -> None:
    # two readouts of two different calls between the US Secretary of State and Wang Yi
    score = similarity(signature(texts["rubio"]), signature(texts["blinken"]))
    assert score < 0.2


def test_half_a_story_still_matches_the_whole(texts: dict[str, str]) -> None:
    lines = [line for line in texts["prices"].splitlines() if line.strip()]
    half = "\n".join(lines[: len(lines) // 2 + 2])
    assert similarity(signature(texts["prices"]), signature(half)) >= THRESHOLD


def test_index_finds_copies_and_keeps_stories_apart(texts: dict[str, str]) -> None:
    index = DedupIndex()
    assert index.find_or_add("prices", signature(texts["prices"])) is None
    assert index.find_or_add("rubio", signature(texts["rubio"])) is None
    assert index.find_or_add("blinken", signature(texts["blinken"])) is None
    match = index.find_or_add("fox", signature(texts["fox"]))
    assert match is not None and match.story == "prices"
    assert len(index) == 3  # the copy was not indexed as a story of its own


def test_index_never_matches_unrelated_random_signatures() -> None:
    rng = np.random.default_rng(3)
    index = DedupIndex()
    sigs = rng.integers(0, 2**32 - 1, size=(2000, 128), dtype=np.uint64).astype(np.uint32)
    assert all(index.find_or_add(str(i), sig) is None for i, sig in enumerate(sigs))
    assert len(index) == 2000


def _doc(text: str, published: str, path: str) -> Document:
    doc = extract_text(text, published=published)
    return dataclasses.replace(doc, source=dataclasses.replace(doc.source, path=path))


def test_canonical_is_the_earliest_copy_and_lists_the_others(
    texts: dict[str, str], tmp_path: Path
) -> None:
    later = _doc(texts["prices"], "2025-03-16", "prices.txt")
    first = _doc(texts["fox"], "2025-03-14", "fox.txt")
    other = _doc(texts["rubio"], "2025-03-15", "rubio.txt")
    sink = Sink(tmp_path, run_id="t", inputs=[None, None, None])
    for number, doc in enumerate((later, first, other)):
        sink.add(
            Outcome(
                file=number,
                input=str(doc.source.path),
                document=doc,
                signature=signature(doc.text).tobytes(),
            )
        )
    summary = sink.close()
    assert (summary.documents, summary.copies) == (2, 1)
    con = duckdb.connect()
    docs = con.execute(
        "SELECT source_path, copies, n_copies FROM "
        f"read_parquet('{tmp_path}/documents/**/*.parquet') ORDER BY source_path"
    ).fetchall()
    assert [(d[0], d[1], d[2]) for d in docs] == [
        ("fox.txt", '["prices.txt"]', 2),
        ("rubio.txt", "[]", 1),
    ]
    copies = con.execute(
        f"SELECT doc_id, copy_doc_id, source_path FROM read_parquet('{tmp_path}/copies/*.parquet')"
    ).fetchall()
    assert copies == [(first.doc_id, later.doc_id, "prices.txt")]
    # the copy's own quotes/events are not written: each is counted once
    assert first.quotes, "the seed story has quotes"
    quoted = {
        row[0]
        for row in con.execute(
            f"SELECT DISTINCT doc_id FROM read_parquet('{tmp_path}/quotes/**/*.parquet')"
        ).fetchall()
    }
    assert first.doc_id in quoted and later.doc_id not in quoted


def test_copies_found_after_a_flush_and_after_a_rerun(
    texts: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_prices.txt").write_text(texts["prices"], encoding="utf-8")
    (folder / "b_rubio.txt").write_text(texts["rubio"], encoding="utf-8")
    out = tmp_path / "out"
    first = run([folder], out, processes=1, flush_every=1)
    assert (first.documents, first.copies) == (2, 0)
    (folder / "c_fox.txt").write_text(texts["fox"], encoding="utf-8")
    second = run([folder], out, processes=1, db=tmp_path / "n.duckdb")
    assert (second.skipped_inputs, second.documents, second.copies) == (2, 0, 1)
    rows = duckdb.connect().execute(
        f"SELECT c.source_path, d.source_path FROM read_parquet('{out}/copies/*.parquet') c "
        f"JOIN read_parquet('{out}/documents/**/*.parquet') d USING (doc_id)"
    ).fetchall()
    assert [(Path(c).name, Path(d).name) for c, d in rows] == [("c_fox.txt", "a_prices.txt")]


def test_no_dedup_keeps_every_copy(texts: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(texts["prices"], encoding="utf-8")
    (folder / "b.txt").write_text(texts["fox"], encoding="utf-8")
    summary = run([folder], tmp_path / "out", processes=1, dedup=False)
    assert (summary.documents, summary.copies) == (2, 0)
