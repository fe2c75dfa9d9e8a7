"""An act the narrative says could not be done is no event (events/inability.py).

Through the real model: "police could not arrest him" is coded as a negated arrest by the
pattern coder; told in the writer's voice it is dropped, while the same words inside a
quotation or a reported clause are a party's stance and keep their negated event.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text


def _events(text: str, root: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, e.modality) for e in doc.events if e.cameo_root == root]


@pytest.mark.parametrize("text", [
    "Police could not arrest the suspect because he fled across the border on Monday.",
    "Officers were unable to detain the gunman, who escaped into the forest near Kabul.",
    "Police couldn't arrest the smugglers before they crossed the river on Sunday.",
])
def test_inability_in_the_narrative_is_no_event(text: str, nlp: Any) -> None:
    assert _events(text, "17") == [], text


def test_the_done_act_is_kept(nlp: Any) -> None:
    assert _events("Police arrested the suspect near the border on Monday.", "17")


def test_a_denial_stays_negated(nlp: Any) -> None:
    """A plain negation is a denial, which the guide records as negated, not an inability."""
    found = _events("Police did not arrest the suspect on Monday, the ministry said.", "17")
    assert found and all(m == "negated" for _, m in found), found


def test_quoted_inability_is_a_stance(nlp: Any) -> None:
    found = _events('"Our officers could not arrest the suspect," the police chief said.',
                    "17")
    assert found and all(m == "negated" for _, m in found), found


def test_the_cue_words_are_data() -> None:
    from newsevents.events.patterns import pattern_book

    m = pattern_book().modality
    assert "could" in m["inability_aux"] and "unable" in m["inability_governors"]


def test_a_trailing_report_is_reported_speech(nlp: Any) -> None:
    """"…, the minister said": the reporting verb hangs below the act's clause."""
    found = _events("Police could not arrest the suspect, the interior minister said on Monday.",
                    "17")
    assert found and all(m == "negated" for _, m in found), found
