""""We" inside a direct quote is the quote's speaker's side, not the last institution named
before it — through the real model, on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text
from newsevents.records import Event


def _events(text: str, root: str) -> list[Event]:
    return [e for e in extract_text(text, published="2024-05-02").events
            if e.cameo.startswith(root)]


def test_we_in_a_quote_is_its_speaker_not_the_last_subject_before_it() -> None:
    (ev,) = _events('The White House rejected the bill on Monday. The Senate majority leader, '
                    'Mitch McConnell, said on Tuesday: "We made an appeal to the president to '
                    'sign it."', "02")
    assert ev.source is not None and ev.source.code == "USALEG", ev.source
    assert ev.target is not None and ev.target.code == "USAGOV", ev.target

