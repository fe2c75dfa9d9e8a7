"""Alleging what someone did is accusing them (112); an alleged act is no accusation of its own.

Sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from tests.events.coding import events_of as _events


def test_alleging_what_someone_did_accuses_them() -> None:
    [event] = _events("Prosecutors in Ghana alleged that Ghanaian customs officials took bribes.",
                      "11")
    assert event.cameo == "112" and event.trigger.text == "alleged"
    assert event.target is not None and event.target.mention == "Ghanaian customs officials"


def test_an_alleged_act_is_no_accusation_of_its_own() -> None:
    assert not _events("The alleged bribery of Ghanaian officials was reported in May.", "11")
