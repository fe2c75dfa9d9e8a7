"""A time's range or hedge mark reads the words just before it with one regex per word list
(``times._ends_with_word``): the same answer as a search per word."""

from __future__ import annotations

import random
import re

from newsevents.times import _ends_with_word
from newsevents.times.rules import rules


def _per_word(before: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    return any(re.search(rf"(?:^|\W){re.escape(w)}$", before) for w in words)


def test_ends_with_one_of_the_words() -> None:
    words = ("since", "as of", "c.", "up to")
    assert _ends_with_word(words).search("prices rose since")
    assert _ends_with_word(words).search("as of")
    assert not _ends_with_word(words).search("convince")  # inside a word
    assert _ends_with_word(words).search("figures, c.")
    assert not _ends_with_word(words).search("figures, cx")  # "." is no wildcard
    assert not _ends_with_word(()).search("")


def test_equals_a_search_per_word() -> None:
    rng = random.Random(3)
    lists = [rules().range_starts, rules().approximators, ("a", "a b", "b.", "-")]
    pieces = ["since", "about", "from", "around", "a", "b", ".", " ", "-", "x", "é"]
    for _ in range(2000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for words in lists:
            assert bool(_ends_with_word(words).search(before)) == _per_word(before, words), before
