"""Helpers shared by the CLI commands (output, error console)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console

console = Console()
error_console = Console(stderr=True)


def emit_json_records(records: Iterable[Any], *, jsonl: bool) -> None:
    """Write JSON to stdout: one array (``jsonl=False``) or one object per line."""
    out = sys.stdout
    if jsonl:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
    out.flush()
