"""Listing events over Parquet files in place pages on (file, row number), newest files first:
the page must be exactly the DuckDB store's for the same filter, limit and offset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.store import Store
from newsevents.store import query as q

ROWS = 6_000


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """A store of synthetic events and the same events as month partitions of Parquet files.

    The events' days are up to 45 days before or after publication (so months overlap in
    ``day``, and the newest file alone does not decide a page), one in 50 has no day, and
    several events share a day (so the order's later keys decide).
    """
    folder = tmp_path_factory.mktemp("inplace")
    with Store(folder / "events.duckdb") as store:
        store.con.execute(
            f"""
            INSERT INTO events (doc_id, event_id, event_index, source_code, source_country,
                                target_code, target_country, cameo, cameo_root, quad_class,
                                goldstein, modality, day, published)
            SELECT 'd' || lpad((i // 4)::VARCHAR, 5, '0'), 'e' || i::VARCHAR, i % 4,
                   ['USAGOV', 'RUSGOV', 'CHNMIL', 'UKRGOV'][(h % 4)::INT + 1],
                   ['USA', 'RUS', 'CHN', 'UKR'][(h % 4)::INT + 1],
                   ['RUSGOV', 'USAGOV', 'UKRMIL', 'CHNGOV'][((h >> 8) % 4)::INT + 1],
                   ['RUS', 'USA', 'UKR', 'CHN'][((h >> 8) % 4)::INT + 1],
                   lpad((((h >> 16) % 20) + 1)::VARCHAR, 2, '0') || '0',
                   lpad((((h >> 16) % 20) + 1)::VARCHAR, 2, '0'), 1, 1.0,
                   CASE WHEN h % 10 < 7 THEN 'asserted' ELSE 'negated' END,
                   CASE WHEN h % 50 = 0 THEN NULL
                        ELSE DATE '2024-01-01' + (i // 20)::INT + ((h >> 24) % 90)::INT - 45 END,
                   DATE '2024-01-01' + (i // 20)::INT
            FROM (SELECT range AS i, hash(range) AS h FROM range({ROWS}))
            """
        )
        out = folder / "run"
        (out / "events").mkdir(parents=True)
        target = str(out / "events").replace("'", "''")
        store.con.execute(
            "COPY (SELECT *, strftime(published, '%Y-%m') AS month FROM events "
            f"ORDER BY hash(event_id)) TO '{target}' "
            "(FORMAT PARQUET, PARTITION_BY (month), ROW_GROUP_SIZE 200)"
        )
        yield store, out


FILTERS = [
    q.EventFilter(),
    q.EventFilter(actor="RUSGOV", modality=("asserted",)),
    q.EventFilter(code="19"),
    q.EventFilter(dyad=("USA", "RUS")),
    q.EventFilter(actor="USA", until="2024-03-01"),
    q.EventFilter(actor="CHN", since="2024-06-01", modality=("negated",)),
    q.EventFilter(actor="NOBODY"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
@pytest.mark.parametrize(("limit", "offset"), [(100, 0), (300, 0), (7, 30), (50, 5_900), (1, 0)])
def test_the_page_is_the_stores(
    both: tuple[Store, Path], filters: q.EventFilter, limit: int, offset: int
) -> None:
    store, out = both
    con = q.parquet_connection(out)
    assert q.inplace.pattern_of(con, "events") is not None  # the paged path, not the plain one
    expected = q.events(store.con, filters, limit=limit, offset=offset)
    assert q.events(con, filters, limit=limit, offset=offset) == expected


def test_the_data_makes_the_page_reach_past_the_newest_file(both: tuple[Store, Path]) -> None:
    """The premise of the comparison: the 300 newest span more than one month's file."""
    _store, out = both
    newest = q.events(q.parquet_connection(out), q.EventFilter(), limit=300)
    assert len({str(row["published"])[:7] for row in newest}) > 1
    assert newest[0]["day"] > newest[-1]["day"]


def test_the_store_itself_is_not_paged_by_files(both: tuple[Store, Path]) -> None:
    store, _ = both
    assert q.inplace.pattern_of(store.con, "events") is None
