"""The TimeML (TempEval-3) reader and scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluate.times import evaluate, read_timeml
from tests.conftest import shared_path

#: A TimeML document written for these tests (not taken from any corpus).
TIMEML = Path(__file__).resolve().parent / "data" / "written.tml"


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "test001.tml"
    path.write_text(TIMEML.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_reader_strips_tags_and_finds_dct(gold: Path) -> None:
    doc = read_timeml(gold)
    assert str(doc.dct) == "2025-03-14"
    assert [t.text for t in doc.timexes] == ["Thursday", "three days", "last year", "every week"]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert "<" not in doc.text


def test_scores_on_a_small_document(gold: Path) -> None:
    report = evaluate(gold)
    assert report.task == "times" and report.n == 1
    # "last year" is deliberately gold-annotated 2024 (correct) so every value should match
    assert report.metrics["relaxed_recall"] == 1.0
    assert report.metrics["value_accuracy"] == 1.0
    assert report.metrics["type_accuracy"] == 1.0
    assert report.metrics["value_f1"] > 0.8
    assert {row["type"] for row in report.tables["per_type"]} == {"DATE", "DURATION", "SET"}


def test_wrong_value_lowers_the_score(tmp_path: Path) -> None:
    path = tmp_path / "wrong.tml"
    text = TIMEML.read_text(encoding="utf-8").replace('value="2024"', 'value="2023"')
    path.write_text(text, encoding="utf-8")
    report = evaluate(path)
    assert report.metrics["value_accuracy"] == 0.75
    assert report.tables["wrong_value"][0]["timex"].startswith("'last year'")


@pytest.mark.shared
@pytest.mark.slow
def test_tbaq_subset_scores() -> None:
    tbaq = shared_path("data", "time", "tempeval3-tbaq", "data", "TBAQ-cleaned", "TimeBank")
    report = evaluate(tbaq, limit=15)
    assert report.n == 15
    assert report.metrics["relaxed_f1"] > 0.8
    assert report.metrics["value_f1"] > 0.6


def test_halves_split_the_files_by_sorted_index(tmp_path: Path) -> None:
    from newsevents.evaluate.times import evaluate

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.tml").write_text(
            '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-14" '
            'functionInDocument="CREATION_TIME">2025-03-14</TIMEX3></DCT>'
            f'<TEXT>Story {name} ran in <TIMEX3 tid="t1" type="DATE" value="2019">2019'
            "</TIMEX3>.</TEXT></TimeML>",
            encoding="utf-8",
        )
    assert evaluate(tmp_path, half="even").n == 2  # a, c
    assert evaluate(tmp_path, half="odd").n == 1  # b
    assert evaluate(tmp_path).n == 3
