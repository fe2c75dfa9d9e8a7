"""Finding quoted stretches of text from quotation marks alone (no parse needed).

News copy follows one convention this module relies on: a quotation that runs over several
paragraphs leaves each paragraph but the last *without* a closing mark and opens every following
paragraph with a fresh opening mark. So a paragraph that ends with a quote still open continues
into the next paragraph only when that paragraph starts with an opening mark; otherwise the quote
is closed at the paragraph end (a typo in the source must not swallow the rest of the article).

Double quotation marks only: straight ``"``, curly “ ”, low „ and guillemets « ». Single marks are
left alone because ’ is also the apostrophe and cannot be told apart cheaply and reliably.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
ALL_MARKS = OPENING | CLOSING | {STRAIGHT}


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted stretch: ``[start, end)`` includes the marks; ``paragraph`` is where it opens."""

    start: int
    end: int
    paragraph: int
    closed: bool  # False when the source never closed it (closed here at the paragraph end)

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line: newsevents' clean text has one paragraph a line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos = end + 1
    return spans


OPEN_BEFORE = frozenset("([{—–-/")
CLOSE_AFTER = frozenset(".,;:!?)]}—–-…")


def _opens(text: str, i: int, is_open: bool) -> bool:
    """Is the mark at ``i`` an opening mark, given whether a quote is already open?

    Curly marks say so themselves. A straight mark is read from its neighbours first — after a
    space and before a word it opens, after a word and before a space or punctuation it closes —
    so one stray mark does not flip every pairing after it; only an ambiguous one alternates.
    """
    ch = text[i]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before.isspace() or before in OPEN_BEFORE
    space_after = after.isspace() or after in CLOSE_AFTER
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return not is_open  # ambiguous: a straight mark opens when nothing is open, else closes


def find_quoted(text: str) -> list[Quoted]:
    """Every double-quoted stretch of ``text`` in order (see the module docstring for the rules)."""
    paras = paragraphs(text)
    found: list[Quoted] = []
    open_at: int | None = None  # where the current quote opened
    open_para = 0
    for p_index, (p_start, p_end) in enumerate(paras):
        continuing = open_at is not None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in ALL_MARKS:
                continue
            if continuing and i == p_start:
                continuing = False  # the re-opening mark of a continued quote
                continue
            if _opens(text, i, open_at is not None):
                if open_at is not None:  # two openings in a row: close the first before this
                    end = i
                    while end > open_at + 1 and text[end - 1].isspace():
                        end -= 1
                    found.append(Quoted(open_at, end, open_para, closed=False))
                open_at, open_para = i, p_index
            elif open_at is not None:
                found.append(Quoted(open_at, i + 1, open_para, closed=True))
                open_at = None
        if open_at is not None:
            next_start = paras[p_index + 1][0] if p_index + 1 < len(paras) else None
            if next_start is None or text[next_start] not in OPENING | {STRAIGHT}:
                found.append(Quoted(open_at, p_end, open_para, closed=False))
                open_at = None
    return [q for q in found if q.end - q.start > 2]


def paragraph_index(paras: list[tuple[int, int]], char: int) -> int:
    """Index of the paragraph holding ``char`` (the last one starting at or before it)."""
    lo, hi = 0, len(paras) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if paras[mid][0] <= char:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
