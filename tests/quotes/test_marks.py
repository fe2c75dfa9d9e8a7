"""Quotation-mark pairing: curly, straight, multi-paragraph, unclosed."""

from __future__ import annotations

from newsevents.quotes.marks import find_quoted, is_heading, paragraph_index, paragraphs


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_curly_and_straight_marks() -> None:
    text = '“We are ready,” he said. "So are we," she replied.'
    assert spans(text) == ["“We are ready,”", '"So are we,"']


def test_quote_continued_in_next_paragraph_is_one_stretch() -> None:
    text = "“First paragraph of the quote.\n“Second paragraph,” she said."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == text[: text.index("she") - 1]
    assert q.closed and q.paragraph == 0


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "He said “we will win.\nThe match starts at noon."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "“we will win."
    assert not q.closed


def test_stray_straight_mark_does_not_flip_later_pairs() -> None:
    # The first mark closes nothing (it follows a word and precedes a space): later pairs hold.
    text = 'It was 6" long. "We won," he said.'
    assert spans(text) == ['"We won,"']


def test_paragraph_lookup() -> None:
    text = "One.\n\nTwo.\nThree."
    paras = paragraphs(text)
    assert [text[s:e] for s, e in paras] == ["One.", "Two.", "Three."]
    assert paragraph_index(paras, text.index("Three")) == 2


def test_two_apostrophes_are_one_quotation_mark() -> None:
    # Plain-text archive copy writes a double quotation mark as '' (both ends).
    text = "''We will win,'' she said. He called it ''a fair deal'' and left."
    found = find_quoted(text)
    assert spans(text) == ["''We will win,''", "''a fair deal''"]
    assert text[found[0].inner_start : found[0].inner_end] == "We will win,"
    assert text[found[1].inner_start : found[1].inner_end] == "a fair deal"


def test_apostrophes_alone_are_no_marks() -> None:
    assert spans("The players' union said the clubs' offer was late.") == []


def test_headings_are_told_from_prose() -> None:
    text = (
        "The Gordon problem\n“We will win.”\nHe said it was over, she said.\n“The Gordon problem”"
    )
    paras = paragraphs(text)
    assert [is_heading(text, s, e) for s, e in paras] == [True, False, False, True]


def test_doubled_apostrophes_closing_after_a_space() -> None:
    # archive copy sometimes leaves a space before the closing '' ("coalitions, '' said …")
    text = (
        "''He built strong coalitions, '' said Mr. Gunnels, an aide. ''He does not see himself "
        "as on the left.''"
    )
    found = [text[q.start : q.end] for q in find_quoted(text)]
    assert found == [
        "''He built strong coalitions, ''",
        "''He does not see himself as on the left.''",
    ]
