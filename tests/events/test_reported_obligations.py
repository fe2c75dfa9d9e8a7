"""A reported obligation is a demand; a reported inference is not (issue 12, ev-prec5).

"Russia said Ukraine must withdraw its troops" is Russia's demand (10). "Russia said Ukraine
must have known about the attack" infers a past fact, and "the president must not have written
the letter himself" doubts one: a modal with the perfect "have" is epistemic or past, so
:func:`newsevents.events.obligations.reported_obligations` reads no demand from it.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text


def _methods(text: str) -> list[str]:
    return [e.evidence.method for e in extract_text(text, published="2024-05-02").events]


@pytest.mark.parametrize("text", [
    "Russia said Ukraine must have known about the attack.",
    '"The Cuban president must not have written the letter himself," said the Cuban spokesman.',
    "China said Japan should have consulted its neighbours.",
])
def test_an_inference_is_no_demand(text: str, nlp: Any) -> None:
    assert not any("reported-obligation" in m for m in _methods(text)), _methods(text)


def test_an_obligation_is_a_demand(nlp: Any) -> None:
    methods = _methods("Russia said Ukraine must withdraw its troops.")
    assert any("reported-obligation" in m for m in methods), methods
