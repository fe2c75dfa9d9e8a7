"""A subject pronoun of reported speech stands for the reporting verb's subject when that
speaker is its nearest antecedent of the same number and kind (issue 12), even where
coreference bound it to someone named earlier (``speakers.speaker_antecedent``).

Behaviour through the real model on sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from tests.events.coding import events_of as _events


def test_the_speakers_pronoun_is_not_the_earlier_leader() -> None:
    # "she" is the commission's president, not Orban: the act is not his
    [event] = _events("Viktor Orban attacked the commission on Friday, a week after its "
                      "president said she would investigate Hungarian officials.", "09")
    assert event.source is not None and event.source.mention != "Viktor Orban"
    assert event.modality == "future"


def test_an_unnamed_speaker_takes_the_act_from_a_wrong_antecedent() -> None:
    # the spokesman of Erdogan announces a visit: no source rather than Putin
    events = _events("Putin praised Erdogan, whose spokesman said he would visit Russia next "
                     "week.", "04")
    assert all(e.source is None or e.source.code != "RUSGOV" for e in events)


def test_the_speaker_binding_keeps_the_announced_act_and_its_modality() -> None:
    [event] = [e for e in _events("Erdogan met Putin. Later the Turkish president said he "
                                  "would visit Moscow.", "04") if e.cameo == "042"]
    assert event.source is not None and event.source.code == "TURGOV"
    assert event.modality == "future"


def test_another_agreeing_name_between_leaves_the_pronoun_to_coreference() -> None:
    # "the spokesman for Erdogan said he …": he may be Erdogan; the speaker is not the nearest
    [event] = _events("The spokesman for Erdogan said he would visit Russia next week.", "04")
    assert event.source is not None and event.source.mention == "he"
    assert event.source.code == "TURGOV"

