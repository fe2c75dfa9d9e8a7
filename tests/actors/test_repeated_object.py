"""An object pronoun of the second of two conjoined verbs repeats the first verb's object."""

from __future__ import annotations

from newsevents import extract_text


def _pronoun_codes(text: str) -> list[str | None]:
    doc = extract_text(text)
    return [a.code for a in doc.actors if a.mention.lower() in ("them", "it")]


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in extract_text(text).events]


def test_a_pronoun_repeating_a_thing_names_no_party() -> None:
    text = ("Hungarian customs officers seized the files of the Serbian police and burned "
            "them on Monday.")
    assert _pronoun_codes(text) == []
    assert "burned" not in _triggers(text)  # burning files is no act on the police


def test_a_pronoun_repeating_a_party_is_that_party() -> None:
    text = "Kenyan police detained the protesters on Monday and released them on Tuesday."
    assert _pronoun_codes(text) and all(c is not None and c.startswith("KEN")
                                        for c in _pronoun_codes(text))
