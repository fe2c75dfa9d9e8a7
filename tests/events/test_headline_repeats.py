"""A headline's act that the article's body tells again is one event, the body's
(``mentions.headline_repeats``): the guide records an act once, and the body's sentence carries
its date, place and named parties.

Through the real model, on texts written for these tests (in no gold set); the helper's unit
tests build the events by hand.
"""

from __future__ import annotations

from newsevents import extract_text
from newsevents.events.mentions import headline_repeats
from newsevents.records import Actor, Attribution, Event, Evidence, Plover, Resolution, Span


def _found(text: str) -> list[tuple[str, int, str]]:
    return [(e.cameo, e.sentence.start, e.trigger.text)
            for e in extract_text(text, published="2019-06-28").events]


def test_the_headline_plea_is_the_body_plea() -> None:
    text = ("Driver in New Hampshire crash pleads not guilty\n\nActing via his lawyers, "
            "Volodoymyr Zhukovskyy, 23, pleaded not guilty on Tuesday to seven counts of "
            "negligent homicide in New Hampshire, United States.")
    assert _found(text) == [("016", 49, "pleaded")]


def test_the_headline_resignation_is_the_body_resignation() -> None:
    text = ("Puerto Rico governor announces resignation following protests\n\nRicardo "
            "Rossello Nevares, Puerto Rico's governor, announced his resignation shortly "
            "before midnight Wednesday night in a video.")
    assert [c for c, _, _ in _found(text)] == ["0831"]
    assert _found(text)[0][1] > 0


def test_a_headline_act_the_body_does_not_repeat_stays() -> None:
    text = ("Germany bans an Iranian airline\n\nThe German government said on Monday that "
            "the airline had carried weapons to Syria.")
    assert ("172", 0, "bans") in _found(text)


def test_a_first_sentence_of_prose_is_no_headline() -> None:
    text = ("Police arrested ten protesters in Hong Kong.\n\nOn Monday police arrested ten "
            "protesters in Hong Kong.")
    assert [s for _, s, _ in _found(text)] == [0]


def _actor(code: str) -> Actor:
    return Actor(mention="x", start=0, end=1, name="x", kind="organisation",
                 country=code[:3], sector=code[3:] or None, code=code,
                 resolution=Resolution("test", "test"))


def _event(start: int, end: int, root: str, source: str | None, target: str | None,
           modality: str = "asserted") -> Event:
    from newsevents.events.codebook import code_info

    info = code_info(root + "0" if len(root) == 2 else root)
    return Event(event_id=f"e{start}", sentence=Span(start, end, "s"),
                 trigger=Span(start, start + 1, "t"),
                 source=_actor(source) if source else None,
                 target=_actor(target) if target else None,
                 cameo=info.code, cameo_root=info.root, cameo_name=info.name,
                 quad_class=info.quad_class, goldstein=info.goldstein,
                 plover=Plover("", "", ""), modality=modality,  # type: ignore[arg-type]
                 date=None, place=None, attribution=Attribution(None, None),
                 evidence=Evidence("test", 1.0))


TEXT = "Country A sanctions country B\n\nCountry A imposed sanctions on country B on Monday."


def test_other_parties_or_another_modality_are_another_act() -> None:
    head = _event(0, 29, "16", "USAGOV", "IRNGOV")
    assert headline_repeats([head, _event(31, 80, "16", "USAGOV", "IRNGOV")], TEXT) == {0}
    assert headline_repeats([head, _event(31, 80, "16", "USAGOV", "CUBGOV")], TEXT) == set()
    assert headline_repeats([head, _event(31, 80, "16", "USAGOV", None)], TEXT) == {0}
    assert headline_repeats([head, _event(31, 80, "16", "USAGOV", "IRNGOV", "future")],
                            TEXT) == set()
    assert headline_repeats([head, _event(31, 80, "17", "USAGOV", "IRNGOV")], TEXT) == set()


def test_a_text_of_one_line_has_no_headline() -> None:
    one = "Country A sanctions country B"
    assert headline_repeats([_event(0, 29, "16", "USAGOV", "IRNGOV"),
                             _event(0, 29, "16", "USAGOV", "IRNGOV")], one) == set()
