"""``employers.whole_words`` finds what ``re.finditer(r"\\b" + re.escape(name) + r"\\b", text)``
finds: the later occurrences of an organisation's name, without a regex per name."""

from __future__ import annotations

import random
import re

from newsevents.actors.employers import whole_words


def _by_regex(text: str, words: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\b" + re.escape(words) + r"\b", text)]


def test_boundaries_as_a_regex_sees_them() -> None:
    text = "Kestrel Grain Board said; the Kestrel Grain Boards and Kestrel Grain Board_x did not."
    assert list(whole_words(text, "Kestrel Grain Board")) == [(0, 19)]
    # a name that starts and ends with a non-word character needs word characters around it
    assert list(whole_words("x(Tarn Mill)y and (Tarn Mill)", "(Tarn Mill)")) == [(1, 12)]
    assert list(whole_words("aaaa", "aa")) == []  # every occurrence is inside a word
    assert list(whole_words("Çelik Ltd. Çelik Ltdş", "Çelik Ltd")) == [(0, 9)]


def test_equals_the_regex_on_random_texts() -> None:
    rng = random.Random(7)
    alphabet = ["a", "b", " ", "-", "_", ".", "é", "٣", "Ⅻ", "'", "(", ")"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        words = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        assert list(whole_words(text, words)) == _by_regex(text, words), (text, words)
