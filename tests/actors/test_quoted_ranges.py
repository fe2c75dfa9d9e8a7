"""``quoted_ranges`` walks only quotation marks and paragraph breaks: the ranges must be the
ones a walk over every character gives."""

from __future__ import annotations

import random

from newsevents.actors.mentions import quoted_ranges


def _every_character(text: str) -> list[tuple[int, int]]:
    ranges = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "”" or ch == '"') and open_at is not None:
            ranges.append((open_at, i + 1))
            open_at = None
        elif ch == "\n" and open_at is not None and text[i + 1 : i + 2] == "\n":
            open_at = None
    return ranges


def test_curly_straight_and_paragraph_ends() -> None:
    text = ('The mayor said “we will rebuild” and then "soon".\n\n“An unclosed quote\n\n'
            'ends here. A ” stray close, "and a straight one\nover a line".')
    assert quoted_ranges(text) == _every_character(text)
    assert quoted_ranges(text) == [(15, 32), (42, 48), (99, 131)]  # the unclosed one ends


def test_random_marks_agree_with_a_walk_over_every_character() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice('“”"\n a') for _ in range(rng.randrange(0, 30)))
        assert quoted_ranges(text) == _every_character(text)
