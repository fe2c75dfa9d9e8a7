"""The Ray engine on a two-node cluster (simulated on one machine) writes the local engine's rows.

``ray.cluster_utils.Cluster`` starts a head node and a second node as separate raylets on this
machine, each with one CPU, so the two extraction actors land on different nodes and the driver
connects through ``address=`` exactly as ``newsevents run --engine ray --address HOST:PORT`` does
against a real cluster.
"""

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
cluster_utils = pytest.importorskip("ray.cluster_utils")


def _rows(out: Path, table: str) -> list[tuple[object, ...]]:
    if not list(out.glob(f"{table}/**/*.parquet")):
        return []
    pattern = f"{out}/{table}/**/*.parquet" if table in TABLE_NAMES else f"{out}/{table}/*.parquet"
    query = f"SELECT * FROM read_parquet('{pattern}') ORDER BY ALL"
    return duckdb.connect().execute(query).fetchall()


@pytest.fixture(scope="module")
def two_nodes() -> Iterator[str]:
    if ray.is_initialized():
        ray.shutdown()
    cluster = cluster_utils.Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "include_dashboard": False},
    )
    cluster.add_node(num_cpus=1)
    cluster.wait_for_nodes()
    try:
        yield str(cluster.address)
    finally:
        if ray.is_initialized():
            ray.shutdown()
        cluster.shutdown()


def test_two_node_cluster_writes_the_local_engines_rows(
    two_nodes: str,
    tmp_path_factory: pytest.TempPathFactory,
    make_corpus: Callable[[Path, int, int], Path],
) -> None:
    root = tmp_path_factory.mktemp("ray-cluster")
    folder = make_corpus(root / "in", 20, 5)
    (folder / "zz_empty.txt").write_text("", encoding="utf-8")
    local = run([folder], root / "local", processes=1, published="2025-01-02")

    ray.init(address=two_nodes, log_to_driver=False)
    try:
        assert len([node for node in ray.nodes() if node["Alive"]]) == 2
        assert ray.cluster_resources().get("CPU") == 2
    finally:
        ray.shutdown()
    # the driver connects itself, as `newsevents run --engine ray --address HOST:PORT` does;
    # without --processes it starts one actor per cluster CPU: one on each node
    distributed = run(
        [folder], root / "ray", engine="ray", address=two_nodes, published="2025-01-02"
    )

    assert local.documents + local.copies == 20 and local.failures == 1
    assert (distributed.documents, distributed.copies, distributed.failures) == (
        local.documents,
        local.copies,
        local.failures,
    )
    for table in (*TABLE_NAMES, *FLAT_TABLES):
        ray_rows, local_rows = _rows(root / "ray", table), _rows(root / "local", table)
        assert len(ray_rows) == len(local_rows), table
        for ray_row, local_row in zip(ray_rows, local_rows, strict=True):
            assert ray_row == local_row, table
    assert _rows(root / "local", "documents")
