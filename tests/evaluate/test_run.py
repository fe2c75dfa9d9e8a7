"""The one door the events-side scorers use to run the pipeline: a stage that crashes stops the
evaluation (E051) instead of reading as "found nothing"."""

from __future__ import annotations

import pytest

from newsevents import stages
from newsevents.errors import EvaluationError
from newsevents.evaluate.run import pipeline_events

TEXT = "Police arrested two men in Lagos on Monday, the spokesman said."


def test_events_of_a_text_through_the_real_pipeline() -> None:
    (events,) = pipeline_events([("p1", TEXT, "2019-03-04")])
    assert [e.cameo[:2] for e in events] == ["17"]


def test_a_crashing_stage_fails_the_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx):  # type: ignore[no-untyped-def]
        raise KeyError("requires")  # what a malformed data file does to the events stage

    monkeypatch.setattr(stages, "STAGES", tuple(
        (name, broken if name == "events" else stage) for name, stage in stages.STAGES))
    with pytest.raises(EvaluationError) as caught:
        pipeline_events([("p1", TEXT, "2019-03-04"), ("p2", TEXT, "2019-03-05")])
    assert caught.value.code == "E051"
    assert "'events' failed on 2 gold text(s)" in caught.value.message
    assert "gold:p1" in caught.value.message and "KeyError" in caught.value.message
