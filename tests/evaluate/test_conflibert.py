"""ConfliBERT tasks: reading, halves and scoring on tiny hand-made inputs; the CLI on ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.evaluate.conflibert import (
    ClassSentence,
    chosen,
    read_classes,
    read_spans,
    root_class,
    score_classes,
    score_spans,
)
from newsevents.records import Actor, Event, Evidence, Plover, Span

from ..conftest import shared_path

runner = CliRunner()


def test_root_classes_follow_the_readme() -> None:
    assert [root_class(r) for r in ("01", "02", "05", "08", "13", "16", "15", "17", "20")] == \
        [0, 0, 1, 2, 3, 3, 4, 4, 4]
    assert root_class("99") is None


def test_halves_follow_the_zero_based_line_index(tmp_path: Path) -> None:
    f = tmp_path / "c.tsv"
    f.write_text("A said x.\t0\nB hit C.\t4\nD met E.\t1\n", encoding="utf-8")
    assert [s.index for s in read_classes(f, half="even")] == [0, 2]
    assert [s.label for s in read_classes(f, half="odd")] == [4]
    assert len(read_classes(f, half="all", limit=2)) == 2
    with pytest.raises(ValueError):
        read_classes(f, half="third")


def test_class_scores() -> None:
    items = [ClassSentence(0, "a", 4), ClassSentence(1, "b", 4), ClassSentence(2, "c", 0)]
    # sentence 0: one right, one wrong event; 1: only a wrong one; 2: nothing
    result = score_classes(items, [["19", "04"], ["04"], []])
    m = result["metrics"]
    assert m["class_found"] == pytest.approx(1 / 3)
    assert m["no_event"] == pytest.approx(1 / 3)
    assert m["in_class"] == pytest.approx(1 / 3)
    assert [r["class"] for r in result["tables"]["per_class"]] == [0, 4]
    assert {r["index"] for r in result["tables"]["missed"]} == {1, 2}


def test_spans_rebuilt_with_offsets(tmp_path: Path) -> None:
    f = tmp_path / "s.txt"
    f.write_text("The O\nPolish B-S\narmy I-S\nshelled O\nrebels B-T\n. O\n\n"
                 "Talks B-R\nended O\n\nX B-S\n", encoding="utf-8")
    sents = read_spans(f)
    assert [s.index for s in sents] == [0, 1, 2]
    s = sents[0]
    assert s.text == "The Polish army shelled rebels ."
    assert [s.text[a:b] for a, b in s.of("S")] == ["Polish army"]
    assert [s.text[a:b] for a, b in s.of("T")] == ["rebels"]
    assert [x.index for x in read_spans(f, half="odd")] == [1]


def _actor(text: str, sentence: str) -> Actor:
    start = sentence.index(text)
    return Actor(text, start, start + len(text), text, "organisation")


def _event(sentence: str, source: str | None, target: str | None, conf: float,
           modality: str = "asserted") -> Event:
    return Event(
        event_id="e", sentence=Span(0, len(sentence), sentence), trigger=Span(0, 1, "x"),
        source=_actor(source, sentence) if source else None,
        target=_actor(target, sentence) if target else None,
        cameo="190", cameo_root="19", cameo_name="", quad_class=4, goldstein=-10.0,
        plover=Plover(None, None, None), modality=modality,  # type: ignore[arg-type]
        date=None, place=None, attribution=None,  # type: ignore[arg-type]
        evidence=Evidence(method="t", confidence=conf),
    )


def test_chosen_is_asserted_first_then_confidence(tmp_path: Path) -> None:
    text = "The Polish army shelled rebels ."
    strong_future = _event(text, "rebels", "Polish army", 0.9, "future")
    weak = _event(text, "Polish army", "rebels", 0.5)
    assert chosen([strong_future, weak]) is weak
    assert chosen([strong_future]) is strong_future
    assert chosen([]) is None
    f = tmp_path / "s.txt"
    f.write_text("The O\nPolish B-S\narmy I-S\nshelled O\nrebels B-T\n. O\n", encoding="utf-8")
    items = read_spans(f)
    # the chosen (asserted) event has the sides swapped: a miss, though some event overlaps
    wrong = _event(text, "rebels", "Polish army", 0.8)
    right_future = _event(text, "Polish army", "rebels", 0.3, "future")
    m = score_spans(items, [[wrong, right_future]])["metrics"]
    assert m["source_overlap"] == 0.0 and m["source_overlap_any"] == 1.0
    m = score_spans(items, [[weak, wrong]])["metrics"]
    assert m["source_overlap"] == 0.0  # wrong has the higher confidence
    m = score_spans(items, [[weak]])["metrics"]
    assert m["source_overlap"] == 1.0 and m["target_overlap"] == 1.0


def test_cli_on_conflibert(nlp) -> None:  # type: ignore[no-untyped-def]
    folder = shared_path("data", "events", "conflibert")
    for task, name in (("conflibert-classes", "classes.train.tsv"),
                       ("conflibert-spans", "spans.train.txt")):
        result = runner.invoke(app, ["evaluate", "--task", task, "--gold", str(folder / name),
                                     "--half", "even", "--limit", "3", "--json"])
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert report["n"] == 3
        key = "class_found" if task.endswith("classes") else "source_overlap"
        assert 0.0 <= report["metrics"][key] <= 1.0


def test_half_only_for_conflibert(fixtures: Path) -> None:
    result = runner.invoke(app, ["evaluate", "--task", "events", "--gold",
                                 str(fixtures / "events_tiny.jsonl"), "--half", "even"])
    assert result.exit_code == 2 and "conflibert" in result.output
