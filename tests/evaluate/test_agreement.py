"""``--task agreement``: two annotators' files, events and actor mentions (hand-made)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.evaluate.agreement import cohen_kappa, split_code

runner = CliRunner()

TEXT = ("Kenya's president urged Ethiopia on Monday to free the detained aid workers. "
        "Ethiopian police later arrested two more workers in Addis Ababa.")


def _article(events: list[dict], ident: str = "art-1") -> str:  # type: ignore[type-arg]
    return json.dumps({"id": ident, "published": "2024-01-10", "text": TEXT, "events": events})


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_kappa() -> None:
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    assert cohen_kappa([("a", "b"), ("b", "a")]) == -1.0
    assert cohen_kappa([("a", "a"), ("a", "a")]) == 1.0
    assert cohen_kappa([]) == 0.0
    # 3 of 4 agree, marginals a:2/2 vs 3/1 → p_e = (2*3 + 2*1)/16 = 0.5 → (0.75-0.5)/0.5
    assert cohen_kappa([("a", "a"), ("a", "a"), ("b", "a"), ("b", "b")]) == pytest.approx(0.5)


def test_split_code() -> None:
    assert split_code("USAGOV") == ("USA", "GOV")
    assert split_code("COP") == ("", "COP")
    assert split_code("NATO") == ("NATO", "")
    assert split_code("KEN") == ("KEN", "")
    assert split_code(None) == ("-", "-")


def test_events_agreement(tmp_path: Path) -> None:
    urge = {"sentence_contains": "urged Ethiopia on Monday to free", "cameo_any": ["0256", "02"],
            "source": "KENGOV", "target": "ETHGOV", "modality": "asserted"}
    arrest = {"sentence_contains": "police later arrested two more", "cameo": "173",
              "source": "ETHCOP", "target": "CVL", "modality": "asserted"}
    a = _write(tmp_path / "a.jsonl", [_article([urge, arrest]),
                                      _article([urge], ident="only-in-a")])
    b_urge = {k: v for k, v in urge.items() if k != "cameo_any"}
    b_urge.update({"sentence_contains": "Kenya's president urged Ethiopia", "cameo": "0243",
                   "modality": "requested"})
    b_arrest = {**arrest, "cameo": "1731", "target": "ETHCVL"}
    extra = {"sentence_contains": "free the detained aid workers", "cameo": "0841",
             "source": "ETHGOV", "target": "CVL", "modality": "requested"}
    b = _write(tmp_path / "b.jsonl", [_article([b_urge, b_arrest, extra])])
    result = runner.invoke(app, ["evaluate", "--task", "agreement", "--gold", str(a),
                                 "--against", str(b), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    m = report["metrics"]
    assert report["n"] == 1  # only the article both files contain
    # pairs by sentence+root: urge (02) and arrest (17); the 08 extra is B's false positive
    assert m["precision"] == pytest.approx(2 / 3) and m["recall"] == 1.0
    assert m["code_agreement"] == 0.5  # 025 vs 024; 173 vs 173
    assert m["source_agreement"] == 1.0 and m["target_agreement"] == 0.5
    assert m["modality_agreement"] == 0.5
    assert [r["only_in"] for r in report["tables"]["missed"]] == ["B"]


def test_actor_agreement(tmp_path: Path) -> None:
    def mention(ident: str, text: str, code: str | None, kind: str | None) -> str:
        return json.dumps({"id": ident, "text": TEXT, "mention": text, "occurrence": 1,
                           "code": code, "kind": kind})

    a = _write(tmp_path / "a.jsonl", [mention("art-1-a01", "Kenya's president", "KENGOV",
                                              "person"),
                                      mention("art-1-a02", "Ethiopian police", "ETHCOP",
                                              "organisation"),
                                      mention("art-1-a03", "workers", "CVL", "group")])
    b = _write(tmp_path / "b.jsonl", [mention("art-1-a07", "Kenya's president", "KENGOV",
                                              "person"),
                                      mention("art-1-a08", "Ethiopian police", "ETHGOV",
                                              "organisation")])
    result = runner.invoke(app, ["evaluate", "--task", "agreement", "--gold", str(a),
                                 "--against", str(b), "--json"])
    assert result.exit_code == 0, result.output
    m = json.loads(result.stdout)["metrics"]
    assert m["mentions_compared"] == 2 and m["only_in_a"] == 1
    assert m["code_agreement"] == 0.5 and m["country_agreement"] == 1.0
    assert m["sector_agreement"] == 0.5 and m["kind_agreement"] == 1.0


def test_against_is_required_and_kinds_must_match(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", [_article([])])
    result = runner.invoke(app, ["evaluate", "--task", "agreement", "--gold", str(a)])
    assert result.exit_code == 2
    m = _write(tmp_path / "m.jsonl", [json.dumps({"id": "x", "text": TEXT, "mention": "Kenya"})])
    result = runner.invoke(app, ["evaluate", "--task", "agreement", "--gold", str(a),
                                 "--against", str(m)])
    assert result.exit_code == 1 and "same kind" in result.output
