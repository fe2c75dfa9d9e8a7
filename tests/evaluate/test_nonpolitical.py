"""``--task nonpolitical``: conflict events per article on articles written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.evaluate.nonpolitical import read_articles

runner = CliRunner()

ARTICLES = [
    {"id": "np-1", "published": "2024-05-02", "category": "politics-control",
     "text": "Russia attacked Ukraine on Wednesday. Russian forces shelled Kharkiv overnight."},
    {"id": "np-2", "published": "2024-05-02", "category": "culture",
     "text": "The orchestra played three encores at the festival on Saturday. "
             "The conductor thanked the audience."},
]


def test_reader_checks_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text("// comment\n" + "\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    assert [a.id for a in read_articles(f)] == ["np-1", "np-2"]
    assert read_articles(f, limit=1)[0].category == "politics-control"
    f.write_text('{"id": "x"}\n')
    with pytest.raises(ValueError, match="id and text"):
        read_articles(f)


def test_counts_conflict_events_per_article(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    result = runner.invoke(app, ["evaluate", "--task", "nonpolitical", "--gold", str(f),
                                 "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    m = report["metrics"]
    # the control article's attack is a root-18/19 event: half an event per article at least
    assert m["conflict_per_article"] >= 0.5
    assert m["conflict_asserted_per_article"] <= m["conflict_per_article"]
    rows = {r["category"]: r for r in report["tables"]["per_category"]}
    assert rows["culture"]["conflict_per_article"] == 0.0
    listed = report["tables"]["missed"]
    assert listed and all(r["article"] == "np-1" and r["method"] for r in listed)
