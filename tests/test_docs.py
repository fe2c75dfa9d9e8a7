"""Every command is documented: a ``docs/<command>.md`` page, help text, and every option named
on its page (the datasette/sqlite-utils habit: a command without docs is unfinished)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from newsevents.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands() -> dict[str, Any]:
    group: Any = typer.main.get_command(app)  # Typer vendors click: duck-type, don't isinstance
    return dict(group.commands)


def _options(command: Any) -> list[Any]:
    return [p for p in command.params if p.param_type_name == "option" and p.name != "help"]


COMMANDS = sorted(_commands())


def test_the_core_commands_are_registered() -> None:
    assert {"extract", "ingest", "query", "demo", "export"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = _commands()[name]
    assert (command.help or "").strip(), f"`newsevents {name}` has no help text"
    for param in _options(command):
        assert (param.help or "").strip(), f"`newsevents {name}` option {param.opts} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_a_docs_page(name: str) -> None:
    page = DOCS / f"{name}.md"
    assert page.exists(), f"`newsevents {name}` has no docs page {page}"
    text = page.read_text(encoding="utf-8")
    assert re.search(rf"newsevents {name}\b", text), f"{page} never shows `newsevents {name}`"
    for param in _options(_commands()[name]):
        long = max(param.opts, key=len)
        assert long in text, f"{page} does not mention {long}"
