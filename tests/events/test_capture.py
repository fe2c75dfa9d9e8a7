"""'capture' by its object: people captured are arrested (173), places captured are taken (192).

The arrest pattern used to list 'capture' for any object, so "troops captured the town" came out
as an arrest of the town's country."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.coding import codes as _codes


@pytest.mark.parametrize(("text", "code"), [
    ("Government troops captured Mosul on Friday.", "192"),
    ("Islamic State fighters captured the town of Palmyra.", "192"),
    ("Rebels captured two soldiers near Aleppo on Monday.", "173"),
    ("French police captured a fugitive in Lyon on Friday.", "173"),
])
def test_capture_by_its_object(text: str, code: str, nlp: Any) -> None:
    assert code in _codes(text), text
