"""The accuracy gate: the real floors must hold (CI), and a regression must fail the gate.

``test_floors_hold`` is what makes ``make test`` (and so ``.ci/run``) fail when any score drops
below ``eval/floors.json``. The other tests show the gate failing on a deliberate regression,
with a stand-in coder so they do not depend on how good the real stages are today.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.evaluate import events as events_eval
from newsevents.evaluate.gate import read_floors, run_gate, update_floors
from newsevents.evaluate.gold import REPO_ROOT, GoldPassage
from newsevents.evaluate.matching import Predicted


@pytest.mark.gate
@pytest.mark.slow
def test_floors_hold() -> None:
    """Every evaluation in eval/floors.json scores at least its floor (skips: absent data)."""
    result = run_gate(REPO_ROOT / "eval" / "floors.json", base=REPO_ROOT)
    failures = [f"{r.task} {r.gold} {r.metric}: {r.message}" for r in result.rows
                if r.status == "FAIL"]
    assert not failures, "accuracy gate failed:\n" + "\n".join(failures)
    own = [r for r in result.rows if not r.gold.startswith("${shared}")]
    assert own and all(r.status == "pass" for r in own)  # own gold always runs


def test_floors_file_documents_every_entry() -> None:
    data, entries = read_floors(REPO_ROOT / "eval" / "floors.json")
    assert entries and "about" in data
    for raw, entry in zip(data["entries"], entries, strict=True):
        assert {"task", "gold", "limit", "metric", "why"} <= set(raw)
        assert ("floor" in raw) != ("ceiling" in raw), "each entry is a floor or a ceiling"
        assert entry.why and -1.0 <= entry.floor <= 1.0


def _coder(regressed: bool) -> Callable[[list[GoldPassage]], list[list[Predicted]]]:
    """A stand-in events coder: right on the tiny gold, or with one event lost and one
    forbidden event asserted (the kind of regression the gate exists to catch)."""

    def run(passages: list[GoldPassage]) -> list[list[Predicted]]:
        good = {
            "t-1": [Predicted("042", "JPNGOV", "KORGOV", "asserted", "2024-05-07", "met")],
            "t-2": [Predicted("0253", "KENGOV", "ETHGOV", "asserted", None, "urged")],
        }
        if regressed:
            good["t-1"].append(Predicted("057", "JPN", "KOR", "asserted"))
            good["t-2"] = []
        return [good[p.id] for p in passages]

    return run


@pytest.fixture()
def tiny_floors(tmp_path: Path, fixtures: Path) -> Path:
    for name in ("floors_tiny.json", "events_tiny.jsonl"):
        shutil.copy(fixtures / name, tmp_path / name)
    return tmp_path / "floors_tiny.json"


def test_gate_passes_then_fails_on_regression(
    tiny_floors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, shared = tiny_floors.parent, tiny_floors.parent / "no-shared"
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=False))
    ok = run_gate(tiny_floors, base=base, shared=shared)
    assert [r.status for r in ok.rows] == ["pass", "pass", "skip"]
    assert "development data not found" in ok.rows[2].message
    assert not ok.failed

    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=True))
    bad = run_gate(tiny_floors, base=base, shared=shared)
    assert bad.failed
    assert [r.status for r in bad.rows] == ["FAIL", "FAIL", "skip"]
    assert "< floor" in bad.rows[0].message


def test_cli_exits_non_zero_on_regression(
    tiny_floors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    args = ["evaluate", "--all", "--floors", str(tiny_floors),
            "--shared", str(tiny_floors.parent / "no-shared"), "--json"]
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=False))
    good = runner.invoke(app, args)
    assert good.exit_code == 0, good.output
    assert json.loads(good.stdout)["failed"] is False
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=True))
    bad = runner.invoke(app, args)
    assert bad.exit_code == 1
    assert json.loads(bad.stdout)["failed"] is True


def test_floor_above_achievable_score_fails(tiny_floors: Path) -> None:
    """With the real pipeline, a floor no coder can reach (F1 > 1) must fail the gate."""
    data = json.loads(tiny_floors.read_text())
    data["entries"] = [dict(data["entries"][0], floor=1.01)]
    tiny_floors.write_text(json.dumps(data))
    result = run_gate(tiny_floors, base=tiny_floors.parent)
    assert result.failed and result.rows[0].score is not None


def test_update_floors_raises_never_lowers(
    tiny_floors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(tiny_floors.read_text())
    data["entries"][0]["floor"] = 0.2  # f1 will be 1.0: raised
    tiny_floors.write_text(json.dumps(data))
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=False))
    result = run_gate(tiny_floors, base=tiny_floors.parent, shared=tiny_floors.parent)
    changes = update_floors(tiny_floors, result, margin=0.02)
    after = json.loads(tiny_floors.read_text())["entries"]
    assert after[0]["floor"] == 0.98 and len(changes) == 1
    assert after[1]["floor"] == 1.0  # already at its score: unchanged
    assert after[2]["floor"] == 0.9  # skipped entry: untouched

    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=True))
    worse = run_gate(tiny_floors, base=tiny_floors.parent, shared=tiny_floors.parent)
    assert update_floors(tiny_floors, worse) == []
    assert json.loads(tiny_floors.read_text())["entries"][0]["floor"] == 0.98


def test_update_floors_leaves_fixed_entries(
    tiny_floors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(tiny_floors.read_text())
    data["entries"][0].update(floor=0.2, fixed=True)
    tiny_floors.write_text(json.dumps(data))
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=False))
    result = run_gate(tiny_floors, base=tiny_floors.parent, shared=tiny_floors.parent)
    assert update_floors(tiny_floors, result) == []
    assert json.loads(tiny_floors.read_text())["entries"][0]["floor"] == 0.2


def test_a_ceiling_fails_when_the_rate_of_mistakes_rises(
    tiny_floors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(tiny_floors.read_text())
    data["entries"] = [{"task": "events", "gold": "events_tiny.jsonl", "limit": None,
                        "metric": "fp", "ceiling": 0.5, "why": "no false event"}]
    tiny_floors.write_text(json.dumps(data))
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=False))
    ok = run_gate(tiny_floors, base=tiny_floors.parent)
    assert [r.status for r in ok.rows] == ["pass"] and ok.rows[0].ceiling
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=True))
    bad = run_gate(tiny_floors, base=tiny_floors.parent)
    assert bad.failed and "> ceiling" in bad.rows[0].message
    # update_floors tightens a ceiling towards the score, never loosens it
    monkeypatch.setattr(events_eval, "run_pipeline", _coder(regressed=False))
    good = run_gate(tiny_floors, base=tiny_floors.parent)
    assert update_floors(tiny_floors, good, margin=0.1)
    assert json.loads(tiny_floors.read_text())["entries"][0]["ceiling"] == 0.1
    assert update_floors(tiny_floors, bad) == []


def test_entries_carry_task_options(tiny_floors: Path) -> None:
    data = json.loads(tiny_floors.read_text())
    data["entries"] = [dict(data["entries"][0], options={"half": "odd"}),
                       dict(data["entries"][0], options={"half": "even"})]
    tiny_floors.write_text(json.dumps(data))
    _, entries = read_floors(tiny_floors)
    assert [e.options for e in entries] == [(("half", "odd"),), (("half", "even"),)]
    assert entries[0].key != entries[1].key  # two halves are two evaluation runs
