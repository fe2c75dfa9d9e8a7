"""The extraction evaluation: scoring as trafilatura's benchmark, baseline vs our ingest path."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsevents.evaluate.extraction import Counts, evaluate

from ..conftest import shared_path


def test_counts_follow_trafilaturas_scoring() -> None:
    counts = Counts()
    item = {"with": ["alpha  beta", "gamma"], "without": ["delta", "epsilon"]}
    assert counts.add(item, "xx alpha\nbeta yy delta") == (1, 1)  # whitespace folded
    assert counts.add(item, None) == (0, 0)  # a failed extraction misses everything
    assert (counts.tp, counts.fp, counts.fn, counts.tn, counts.failed) == (1, 1, 3, 3, 1)
    scores = counts.scores()
    assert scores["precision"] == 0.5 and scores["recall"] == 0.25
    assert scores["f1"] == pytest.approx(2 * 1 / (2 + 1 + 3))
    assert scores["accuracy"] == pytest.approx(4 / 8)


def test_evaluate_on_a_small_gold_set(tmp_path: Path, make_html, paragraphs) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "html").mkdir()
    page = make_html()
    (tmp_path / "html" / "nordic.html.gz").write_bytes(gzip.compress(page.encode()))
    gold = {
        "https://nordicwire.example/1": {
            "file": "nordic.html",
            "with": [paragraphs[0][:60], paragraphs[3][-50:]],
            "without": ["Related stories", "Privacy", "Sweden raises defence budget"],
        },
        "https://nordicwire.example/gone": {"file": "gone.html", "with": ["x"], "without": ["y"]},
    }
    (tmp_path / "evaldata.json").write_text(json.dumps(gold))
    report = evaluate(tmp_path)
    assert report.task == "extraction" and report.n == 1
    assert report.metrics["recall"] == 1.0 and report.metrics["precision"] == 1.0
    assert report.metrics["baseline_f1"] == 1.0 and report.metrics["delta_f1"] == 0.0
    assert {row["system"] for row in report.tables["systems"]} == {
        "trafilatura (baseline)",
        "newsevents ingest",
    }
    assert "1 missing" in report.notes[0]


@pytest.mark.slow
@pytest.mark.shared
def test_cleaning_does_not_degrade_trafilatura_on_the_benchmark() -> None:
    gold = shared_path("data", "extraction", "trafilatura-eval")
    report = evaluate(gold, limit=40)
    assert report.n == 40
    assert report.metrics["delta_f1"] > -0.01, report.tables["lost_snippets"]
    assert report.metrics["f1"] > 0.75  # these 40 pages score 0.795 for both systems
