"""The error catalogue is numbered, documented and produces one-line messages."""

from __future__ import annotations

import re
from pathlib import Path

from newsevents.errors import CATALOGUE, InputError, NewsEventsError, from_failure

DOCS = Path(__file__).resolve().parents[1] / "docs" / "errors.md"


def test_every_code_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for code, (name, _message) in CATALOGUE.items():
        assert re.match(r"^E\d{3}$", code)
        assert f"| {code} | {name} |" in text, code


def test_error_line_names_input_and_code() -> None:
    err = InputError("E005", input="feed.jsonl:12", detail="Expecting value")
    assert err.line() == "feed.jsonl:12: E005: line is not a JSON object: Expecting value"
    assert "\n" not in err.line()


def test_failure_round_trips_to_exception() -> None:
    failure = InputError("E002", input="a.txt").failure()
    exc = from_failure(failure)
    assert isinstance(exc, NewsEventsError)
    assert exc.code == "E002" and exc.input == "a.txt"
