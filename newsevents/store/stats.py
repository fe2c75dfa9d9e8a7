"""Aggregates for the actor network view: who acts on whom, how often, how cooperatively."""

from __future__ import annotations

from typing import Any

import duckdb


def network(con: duckdb.DuckDBPyConnection, *, limit: int = 200) -> dict[str, Any]:
    """Nodes (coded actors) and directed links (asserted event counts, mean Goldstein).

    Only asserted events with both a source and a target code count: a network of what
    happened, not of what was hoped or denied. The ``limit`` strongest links are kept.
    """
    rows = con.execute(
        """SELECT source_code, target_code, count(*) AS n, avg(goldstein) AS g
           FROM events
           WHERE modality = 'asserted' AND source_code IS NOT NULL AND target_code IS NOT NULL
             AND source_code <> target_code
           GROUP BY source_code, target_code
           ORDER BY n DESC, source_code, target_code
           LIMIT ?""",
        [int(limit)],
    ).fetchall()
    links = [
        {
            "source": s,
            "target": t,
            "count": int(n),
            "mean_goldstein": None if g is None else float(g),
        }
        for s, t, n, g in rows
    ]
    degree: dict[str, int] = {}
    for link in links:
        for end in (link["source"], link["target"]):
            degree[end] = degree.get(end, 0) + link["count"]
    nodes = [{"id": code, "count": n} for code, n in sorted(degree.items())]
    return {"nodes": nodes, "links": links}
