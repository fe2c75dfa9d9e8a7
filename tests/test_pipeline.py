"""The orchestrator: order, isolation of failures, resource limits."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import stages
from newsevents.context import Context
from newsevents.pipeline import Limits, extract_many
from newsevents.records import Document, Failure, RawDocument

ARTICLE = "Germany and France signed a defence agreement in Paris on Monday, officials said."


def _raw(name: str, text: str) -> RawDocument:
    return RawDocument(input=name, text=text, published="2025-03-14", published_source="cli")


def test_results_come_back_in_input_order_with_failures_in_place() -> None:
    items = [_raw("a", ARTICLE), _raw("empty", "   "), _raw("b", ARTICLE + " Spain agreed.")]
    results = list(extract_many(items, batch_size=2))
    assert [type(r) for r in results] == [Document, Failure, Document]
    failure = results[1]
    assert isinstance(failure, Failure) and failure.input == "empty" and failure.code == "E002"


def test_text_over_the_character_limit_fails_without_parsing(monkeypatch: Any) -> None:
    monkeypatch.setenv("NEWSEVENTS_MAX_CHARS", "200")
    results = list(extract_many([_raw("long", ARTICLE * 10), _raw("short", ARTICLE)]))
    assert isinstance(results[0], Failure) and results[0].code == "E024"
    assert "over the limit of 200" in results[0].line()
    assert isinstance(results[1], Document)


def test_sentence_flood_is_rejected() -> None:
    flood = "Yes. " * 2_000
    results = list(extract_many([_raw("flood", flood)], limits=Limits(max_sentences=1_000)))
    assert isinstance(results[0], Failure) and results[0].code == "E023"


def test_a_failing_stage_is_recorded_and_the_others_still_run(monkeypatch: Any) -> None:
    real = stages.registered

    def with_a_broken_stage() -> list[tuple[str, Any]]:
        def broken(ctx: Context) -> list[Any]:
            raise RuntimeError("boom")

        return [(name, broken if name == "quotes" else fn) for name, fn in real()]

    monkeypatch.setattr(stages, "registered", with_a_broken_stage)
    (doc,) = extract_many([_raw("a", ARTICLE)])
    assert isinstance(doc, Document)
    assert [(e.stage, e.code) for e in doc.errors] == [("quotes", "E021")]
    assert "RuntimeError: boom" in doc.errors[0].message
    assert doc.times  # the stages around the broken one ran


def test_time_budget_fails_the_document_not_the_batch(monkeypatch: Any) -> None:
    from newsevents import pipeline

    monkeypatch.setattr(pipeline, "_set_up", True)
    (slow, fine) = extract_many(
        [_raw("slow", ARTICLE), _raw("fine", ARTICLE)], limits=Limits(time_budget=-1.0)
    )
    assert isinstance(slow, Failure) and slow.code == "E022"
    assert isinstance(fine, Failure) and fine.code == "E022"
    (ok,) = extract_many([_raw("ok", ARTICLE)], limits=Limits(time_budget=60))
    assert isinstance(ok, Document)


def test_parser_crash_on_a_chunk_fails_only_the_culprit(monkeypatch: Any) -> None:
    from newsevents import nlp

    real_parse = nlp.parse

    def parse_many(texts: Any, batch_size: int = 32) -> Any:
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise ValueError("parser fell over")
        return [real_parse(t) for t in texts]

    def parse(text: str) -> Any:
        if "POISON" in text:
            raise ValueError("parser fell over")
        return real_parse(text)

    monkeypatch.setattr(nlp, "parse_many", parse_many)
    monkeypatch.setattr(nlp, "parse", parse)
    items = [_raw("a", ARTICLE), _raw("bad", "POISON " + ARTICLE), _raw("c", ARTICLE + " Yes.")]
    results = list(extract_many(items, batch_size=3))
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert isinstance(results[1], Failure) and results[1].code == "E020"


def test_extract_text_raises_with_the_numbered_code() -> None:
    from newsevents import NewsEventsError, extract_text

    with pytest.raises(NewsEventsError) as info:
        extract_text("  ")
    assert info.value.code == "E002"


def test_warm_up_is_not_held_to_the_time_budget(monkeypatch: Any) -> None:
    # warm-up builds every stage's vocabularies inside its sample document: on a loaded
    # machine that outlasts any per-document budget, and a worker must still start
    from newsevents import pipeline

    monkeypatch.setenv("NEWSEVENTS_TIME_BUDGET", "0")
    monkeypatch.setattr(pipeline, "_set_up", False)
    pipeline.warm_up()  # raised E022 when the budget applied
    doc = RawDocument(input="x", text="Chile and Peru signed a trade agreement on Monday.")
    (result,) = extract_many([doc])
    assert isinstance(result, Failure) and result.code == "E022"  # documents still are


def test_the_first_document_of_a_process_is_not_held_to_the_time_budget(monkeypatch: Any) -> None:
    # its stages load their vocabularies: on a loaded machine that alone outlasted the budget
    # and the first document of every `newsevents extract` failed with E022
    from newsevents import pipeline

    monkeypatch.setattr(pipeline, "_set_up", False)
    (first, second) = extract_many(
        [_raw("first", ARTICLE), _raw("second", ARTICLE)], limits=Limits(time_budget=-1.0)
    )
    assert isinstance(first, Document)
    assert isinstance(second, Failure) and second.code == "E022"
