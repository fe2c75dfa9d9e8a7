"""Helpers shared by the CLI commands (output, error console)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console

#: Width for output that is not a terminal (a pipe, a file, CI logs): wide enough that tables and
#: help stay readable, instead of Rich's 80-column fallback. ``COLUMNS`` still wins when set.
PIPE_WIDTH = 120


def _width(stream: TextIO) -> int | None:
    """``None`` (Rich measures the terminal) on a terminal or with ``COLUMNS``; else PIPE_WIDTH."""
    if os.environ.get("COLUMNS") or stream.isatty():
        return None
    return PIPE_WIDTH


# soft_wrap: a message is one line whatever the width; Rich wraps only tables and panels
console = Console(soft_wrap=True, width=_width(sys.stdout))
error_console = Console(stderr=True, soft_wrap=True, width=_width(sys.stderr))


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


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``1 document``, ``2 documents``: summaries read as sentences."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"
