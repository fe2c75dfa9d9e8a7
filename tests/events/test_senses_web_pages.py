"""Senses that real web pages use and Wikinews rarely does (issue 12, hand check of 42 pages).

Reactions, travel stories and ceremonies code political words in their everyday sense:
"agrees that students feel abandoned" concurs with a view, it does not agree to do anything
(03); "her cousins came to Canada" is a journey, not a visit or a meeting (04, 036); "was
honored to offer the prayer" is a feeling and "honored its commitments" a promise kept, not a
symbolic act (017). Each sentence is coded with and without the sense hook through the real
model, so a test shows the pattern fires on the wrong sense and the hook removes it; the
political sense is kept.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.coding import assert_kept, assert_vetoed


@pytest.mark.parametrize("text, code", [
    # concurring with a view, not an intent to cooperate (agree-with-a-view)
    ("The Kenyan health minister agrees that many nurses are feeling abandoned.", "03"),
    ("The Ghanaian trade minister agreed that the tariffs had hurt farmers.", "03"),
    # feeling privileged, not a ceremony (honored-to-do); keeping a promise (honor-a-pledge)
    ("The Brazilian minister was honored to offer the closing prayer.", "017"),
    ("The Mexican state honored its commitments to the Bolivian government.", "017"),
    # a private person's journey, not a visit or a meeting (private-journey)
    ("Her cousins came to Canada in 1998.", "04"),
    ("Tourists returning from Portugal must quarantine.", "04"),
    ("The singer flew to Paris to see her mother.", "04"),
])
def test_everyday_sense_is_vetoed(text: str, code: str, monkeypatch: pytest.MonkeyPatch,
                                  nlp: Any) -> None:
    assert_vetoed(text, code, monkeypatch)


@pytest.mark.parametrize("text, code", [
    ("The rebels agreed to a ceasefire with the Colombian army.", "035"),
    ("Iran agreed to let the inspectors return.", "03"),
    ("The Ghanaian and Togolese ministers agreed that the border would reopen in May.", "03"),
    ("The fallen Kenyan soldiers were honored by the Kenyan president at a ceremony.", "017"),
    ("Poland honoured the victims of the Katyn massacre.", "017"),
    ("The French president flew to Berlin to meet the German chancellor.", "042"),
    ("The Japanese prime minister visited Australia in March.", "042"),
])
def test_political_sense_is_kept(text: str, code: str, nlp: Any) -> None:
    assert_kept(text, code)
