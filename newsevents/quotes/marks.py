"""Finding quoted stretches of text from quotation marks alone (no parse needed).

News copy follows one convention this module relies on: a quotation that runs over several
paragraphs leaves each paragraph but the last *without* a closing mark and opens every following
paragraph with a fresh opening mark. So a paragraph that ends with a quote still open continues
into the next paragraph only when that paragraph starts with an opening mark; otherwise the quote
is closed at the paragraph end (a typo in the source must not swallow the rest of the article).

Double quotation marks only: straight ``"``, curly “ ”, low „ and guillemets « », and two
apostrophes ``''`` standing for one (the plain-text rendering of archives such as the New York
Times' LexisNexis copy: ''We will win,'' she said.). Single marks are left alone because ’ is
also the apostrophe and cannot be told apart cheaply and reliably.
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
    open_width: int = 1  # 2 for an opening ''
    close_width: int = 1  # 2 for a closing ''

    @property
    def inner_start(self) -> int:
        return self.start + self.open_width

    @property
    def inner_end(self) -> int:
        return self.end - self.close_width if self.closed else self.end


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


DOUBLED = "''"


def _fold_doubled(text: str) -> str:
    """``''`` as one straight mark on its first apostrophe (the second becomes a neutral letter,
    so the mark's neighbours read as usual); same length, so offsets hold."""
    if DOUBLED not in text:
        return text
    chars = list(text)
    i = text.find(DOUBLED)
    while i >= 0:
        chars[i], chars[i + 1] = STRAIGHT, "\x00"
        if i > 0 and not (text[i - 1].isspace() or text[i - 1] in OPEN_BEFORE):
            chars[i], chars[i + 1] = "\x00", STRAIGHT  # a closing '' : the mark sits last
        elif i + 2 >= len(text) or text[i + 2].isspace():
            # spaces on both sides ("coalitions, '' said Mr. Gunnels"): ambiguous, like a lone
            # straight mark; the second apostrophe reads as a space so pairing decides
            chars[i + 1] = " "
        i = text.find(DOUBLED, i + 2)
    return "".join(chars)


def find_quoted(text: str) -> list[Quoted]:
    """Every double-quoted stretch of ``text`` in order (see the module docstring for the rules)."""
    original = text
    text = _fold_doubled(text)
    if text is not original:
        return [_widen(q, original) for q in _find(text)]
    return _find(text)


def _widen(q: Quoted, text: str) -> Quoted:
    """A stretch found on folded text, its ``''`` marks taken whole."""
    start, open_width, close_width, end = q.start, 1, 1, q.end
    if text.startswith(DOUBLED, start):
        open_width = 2
    if q.closed and start < end - 1 and text[end - 2 : end] == DOUBLED:
        close_width = 2
    elif q.closed and text[end - 1 : end + 1] == DOUBLED:  # a closing '' read on its first mark
        end, close_width = end + 1, 2
    return Quoted(start, end, q.paragraph, q.closed, open_width, close_width)


def _find(text: str) -> list[Quoted]:
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


# What a paragraph of running text ends with (after any closing quotation mark).
PARAGRAPH_ENDS = frozenset(".!?…:;,—–-)]")
HEADING_MAX_WORDS = 20


def is_heading(text: str, start: int, end: int) -> bool:
    """Is the paragraph ``[start, end)`` a heading, title, byline or caption rather than prose?

    Running text ends each paragraph with punctuation ("…," she said. / “We will win.”); a
    section heading, a headline or a label does not (“The Gordon problem”, Trump Says He Will
    Win). Quotes and reported speech are only read from prose: a quoted heading is a title, not
    something someone said, and a headline's "says" summarises a quote the body gives in full.
    """
    line = text[start:end].rstrip()
    while line and line[-1] in ALL_MARKS | {"'", "’", "*"}:
        line = line[:-1].rstrip()
    if not line or line[-1] in PARAGRAPH_ENDS:
        return False
    return len(line.split()) <= HEADING_MAX_WORDS
