"""The time finder tries, at each word start, only the patterns that can start with its next
three characters: it must find exactly what trying every pattern at every word start finds."""

from __future__ import annotations

from newsevents.times.finder import _WORD_STARTS, _finders, find_candidates, matches
from newsevents.times.firsts import PrefixIndex, prefixes

SENTENCES = [
    "The ferry left on Thursday morning, two weeks after the strike began in March 2011.",
    "Q3 2024 sales rose; the year-earlier quarter was weak, the minister said at 5 p.m. EST.",
    "Twice a year the council meets, and three times a week the inspectors visit, every day.",
    "In the early 1990s the mill closed; by the summer of 1994 it was gone, about 40 years ago.",
    "She spoke ſome words at noon Saturday; K and İstanbul’s mayor left 'til the weekend.",
    "FY2023 ended in June. The year ended June 30 was the first half of fiscal 2023.",
    "Q1 came; by 9 the tenth-century abbey reopened, '90s songs played, SUMMER OF 1994 too.",
    "In\x1fMay 2019 the\x1cyear ended; by\x1e2020 it had\u00a0gone.",  # separators are \s too
]


def _every_pattern_everywhere(text: str) -> list[tuple[int, int, int]]:
    """(pattern, start, end) of each match, every pattern tried at every word start."""
    finders = _finders()
    free_from = [0] * len(finders)
    found = []
    for hit in _WORD_STARTS.finditer(text):
        for i, (_, pattern, _) in enumerate(finders):
            m = pattern.match(text, hit.start()) if hit.start() >= free_from[i] else None
            if m is not None:
                free_from[i] = m.end()
                found.append((i, *m.span("x")))
    return sorted(found)


def test_prefixes_of_simple_patterns() -> None:
    assert prefixes(r"(?:the\s+)?year", 3) == frozenset({"the", "yea"})
    assert prefixes(r"Q[1-4]", 3) == frozenset({"q1", "q2", "q3", "q4"})  # whole matches
    assert prefixes(r"\d{1,2}th", 2) == frozenset(
        {a + b for a in "0123456789" for b in "0123456789t"}
    )
    assert prefixes(r"[\w-]+\s+times", 3) is None  # \w: any character
    assert prefixes(r"(?<=the )(?:May|June)", 3) == frozenset({"may", "jun"})
    assert "s" in prefixes("ſ", 1)  # type: ignore[operator]  # re.IGNORECASE folds it to "s"


def test_index_falls_back_to_every_pattern() -> None:
    index = PrefixIndex([r"(?:the\s+)?year", r"Q[1-4]", r"[\w-]+\s+times"])
    assert index.always == (2,)  # no known prefixes: the caller searches the text with it
    assert index.candidates("The year", 0) == (0,)
    assert index.candidates("Q2 results", 0) == (1,)  # a whole match shorter than three
    assert index.candidates("dog", 0) == ()
    assert index.candidates("Ye", 0) == (0, 1)  # the text ends: every dispatched pattern
    assert index.candidates("Yéar", 0) == (0, 1)  # not ASCII: every dispatched pattern


def test_finder_finds_what_every_pattern_everywhere_finds() -> None:
    for sentence in SENTENCES:
        assert matches(sentence) == _every_pattern_everywhere(sentence)
    found = {s[a:b] for s in SENTENCES for a, b, _ in find_candidates(s)}
    assert {"Thursday morning", "Q3 2024", "three times a week", "the early 1990s"} <= found


def test_index_agrees_with_trying_every_pattern() -> None:
    finders = _finders()
    index = PrefixIndex([p.pattern for _, p, _ in finders])
    for sentence in SENTENCES:
        for hit in _WORD_STARTS.finditer(sentence):
            could = set(index.candidates(sentence, hit.start()))
            for i, (_, pattern, _) in enumerate(finders):
                if pattern.match(sentence, hit.start()) is not None:
                    assert i in could or i in index.always, (sentence[hit.start():], i)


def test_scan_gives_what_candidates_gives_at_each_position() -> None:
    index = PrefixIndex([r"(?:the\s+)?year", r"Q[1-4]", r"[\w-]+\s+times"])
    text = "The year Q2 dog Yéar Ye"
    every = list(range(len(text)))
    expected = [(pos, index.candidates(text, pos)) for pos in every]
    assert index.scan(text, every) == [(pos, ids) for pos, ids in expected if ids]
    assert (0, (0,)) in index.scan(text, every)
    assert all(pos != text.index("dog") for pos, _ in index.scan(text, every))  # none: left out
    finders = _finders()
    full = PrefixIndex([p.pattern for _, p, _ in finders])
    for sentence in SENTENCES:
        starts = [hit.start() for hit in _WORD_STARTS.finditer(sentence)]
        assert full.scan(sentence, starts) == [
            (pos, full.candidates(sentence, pos)) for pos in starts
            if full.candidates(sentence, pos)
        ]
