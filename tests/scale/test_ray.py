"""The Ray engine writes the same rows as the local engine (50 documents, local 2-CPU Ray)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from newsevents.scale import run
from newsevents.scale.writer import FLAT_TABLES
from newsevents.store.rows import TABLE_NAMES

pytestmark = [pytest.mark.ray, pytest.mark.slow]
ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _rows(out: Path, table: str) -> list[tuple[object, ...]]:
    pattern = f"{out}/{table}/**/*.parquet" if table in TABLE_NAMES else f"{out}/{table}/*.parquet"
    if not list(out.glob(f"{table}/**/*.parquet")):
        return []
    query = f"SELECT * FROM read_parquet('{pattern}') ORDER BY ALL"
    return duckdb.connect().execute(query).fetchall()


def _first_difference(a: list[tuple[object, ...]], b: list[tuple[object, ...]]) -> str:
    """Which column of which row differs first: a readable failure message."""
    if len(a) != len(b):
        return f"{len(a)} rows vs {len(b)}"
    for row_a, row_b in zip(a, b, strict=True):
        for column, (x, y) in enumerate(zip(row_a, row_b, strict=True)):
            if x != y:
                return f"column {column}: {str(x)[:300]!r} != {str(y)[:300]!r}"
    return ""


@pytest.mark.parametrize("dedup", [False, True])
def test_ray_and_local_write_the_same_rows(
    dedup: bool,
    local_ray: None,
    tmp_path_factory: pytest.TempPathFactory,
    make_corpus: Callable[[Path, int, int], Path],
) -> None:
    root = tmp_path_factory.mktemp(f"ray-{dedup}")
    folder = make_corpus(root / "in", 50, 11)
    (folder / "zz_empty.txt").write_text("", encoding="utf-8")
    local = run([folder], root / "local", processes=1, dedup=dedup, published="2025-01-02")
    distributed = run(
        [folder], root / "ray", engine="ray", processes=2, dedup=dedup, published="2025-01-02"
    )
    assert local.documents + local.copies == 50 and local.failures == 1
    assert (distributed.documents, distributed.copies, distributed.failures) == (
        local.documents,
        local.copies,
        local.failures,
    )
    for table in (*TABLE_NAMES, *FLAT_TABLES):
        ray_rows, local_rows = _rows(root / "ray", table), _rows(root / "local", table)
        assert ray_rows == local_rows, (table, _first_difference(ray_rows, local_rows))
    assert _rows(root / "local", "documents")
