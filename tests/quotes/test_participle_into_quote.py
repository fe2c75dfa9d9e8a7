"""A participle of speech that the parser hung on a verb inside the quote it introduces ("Quill
appeared to be eager to talk …, telling the room, “Some towns get …”") takes the subject of the
first verb above it outside the quotation marks; through the real spaCy model (a sentence
written for this test). Before, the quote's own subject ("towns", inside the marks) was
refused and the quote had no speaker."""

from __future__ import annotations

from typing import Any

from tests.quotes.passages import quotes_by_name

TEXT = (
    "Quill appeared to be eager to talk about the flood in Salem, telling the room, “Some "
    "towns get a little too excited, have you seen that?”"
)


def test_the_participle_takes_the_subject_outside_the_quote(nlp: Any) -> None:
    found = quotes_by_name(nlp, {"t": TEXT})["t"]
    (q,) = [q for q in found if q.kind == "direct"]
    assert q.cue == "telling"
    assert q.speaker is not None and "Quill" in q.speaker.name, q.speaker
