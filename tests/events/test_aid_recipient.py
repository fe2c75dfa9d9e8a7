"""Economic aid goes to someone: money voted or set aside with no recipient is no 071
(senses.yaml ``money-with-no-recipient``, the ``has_target`` test).

Through the real model, on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.coding import assert_kept, assert_vetoed


@pytest.mark.parametrize("text", [
    "The Senate approved the budget on Tuesday.",
    "The city council approved funding for a new bridge across the river.",
])
def test_money_with_no_recipient_is_no_aid(text: str, monkeypatch: pytest.MonkeyPatch,
                                           nlp: Any) -> None:
    assert_vetoed(text, "071", monkeypatch)


@pytest.mark.parametrize(("text", "code"), [
    ("Spain's government will give 200 million euros to farmers affected by the drought.",
     "071"),
    # humanitarian aid is another code: the rule is about money alone
    ("The European Union has provided 50 million euros in humanitarian aid.", "073"),
])
def test_aid_with_a_recipient_or_of_another_kind_stays(text: str, code: str, nlp: Any) -> None:
    assert_kept(text, code)
