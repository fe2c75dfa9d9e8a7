"""What a person reads: one-line errors that never wrap, help and tables readable when piped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from newsevents.cli.common import plural
from newsevents.evaluate.gate import GateResult, Row, find_floors

CLI = "import sys; from newsevents.cli import main; sys.argv[0] = 'newsevents'; main()"


def _run(*args: str, columns: str | None = None, cwd: Path | None = None
         ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "TERMINAL_WIDTH"}}
    if columns:
        env["COLUMNS"] = columns
    return subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def test_error_line_is_one_line_even_in_a_narrow_terminal(tmp_path: Path) -> None:
    deep = tmp_path / "a-rather-long-folder-name-that-does-not-fit" / "in-forty-columns"
    deep.mkdir(parents=True)
    binary = deep / "random.bi"
    binary.write_bytes(bytes(range(256)) * 4)
    result = _run("extract", str(binary), columns="40")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"{binary}: E003: the input looks binary, not text, HTML, JSONL, a feed or "
                     "a WARC"]


def test_help_is_not_cut_at_80_columns_when_piped() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert any("query" in line and "all modalities unless --modality" in line
               for line in result.stdout.splitlines()), result.stdout


def test_gate_table_fits_80_columns() -> None:
    rows = [Row(task="events", gold="eval/gold/wikinews_events.dev.jsonl", limit=None,
                metric="must_not_assert_ok", floor=0.98, score=1.0, status="pass", seconds=41.2),
            Row(task="quotes", gold="${shared}/data/quotes/polnear/data/dev", limit=40,
                metric="f1", floor=0.5, score=None, status="skip", seconds=0.0,
                message="../shared is absent: development data not here")]
    console = Console(width=80, record=True, color_system=None)
    from newsevents.evaluate.render import print_gate
    print_gate(GateResult(floors=Path("eval/floors.json"), rows=rows), console)
    text = console.export_text()
    table_lines = [line for line in text.splitlines() if not line.startswith(("skip:", "gate"))]
    assert all(len(line) <= 80 for line in table_lines), text
    assert "wikinews_events.dev.jsonl" in text and "quotes/polnear/data/dev[:40]" in text
    assert "skip: quotes ${shared}/data/quotes/polnear/data/dev f1: ../shared is absent" in text


def test_gate_without_a_checkout_says_what_it_needs_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "floors.json"
    assert find_floors(missing) is None
    result = _run("evaluate", "--all", "--floors", str(missing), cwd=tmp_path)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "E050" in lines[0] and "--floors" in lines[0], result.stderr


def test_plural() -> None:
    assert plural(1, "document") == "1 document"
    assert plural(0, "quote") == "0 quotes"
    assert plural(2, "sample article") == "2 sample articles"
