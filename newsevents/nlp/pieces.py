"""Long texts parsed in bounded pieces, so a worker's memory does not grow with one document.

spaCy holds every layer's activations for a whole text while it parses it; for a 360,000-character
input that is more than a gigabyte. Texts over :data:`PIECE_CHARS` are therefore cut into pieces
of at most that many characters, each piece parsed on its own (through the same ``nlp.pipe``
batches as everything else) and the parsed pieces joined back into one ``Doc`` with
``Doc.from_docs``. The joined ``Doc`` has exactly the text of the input, so every character offset
of every record is unchanged, and the analysis stages see one document with all its document-level
state (actors seen earlier, coreference, the time anchor chain): only the parse is bounded.

Cuts are made where the parse loses nothing: after a paragraph break (where the
``newsevents_line_breaks`` component starts a sentence anyway), else after a line break, else
after sentence-final punctuation. A piece with none of these is one absurdly long "sentence"
(a table flattened to text, a list without punctuation, a hostile input): it is cut at the last
whitespace (else anywhere), and the cut is recorded on the ``Doc`` (``doc.user_data``) so the
pipeline reports it on the document (E025) instead of hiding it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Longest piece handed to the parser in one go (characters). A piece this size peaks at a few
#: tens of megabytes inside spaCy; typical news articles (under 10,000 characters) are one piece.
PIECE_CHARS = 10_000
#: Key in ``Doc.user_data`` of the forced cuts (character offsets) of a joined document.
FORCED_CUTS = "newsevents_forced_cuts"

_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Cut:
    """Where a text is cut: ``end`` offset of the piece, and whether a sentence had to break."""

    end: int
    forced: bool


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """End offset of the last match of ``pattern`` ending in ``(lo, hi]``, else None."""
    best = None
    for m in pattern.finditer(text, lo, hi):
        if m.end() > lo:
            best = m.end()
    return best


def cuts(text: str, limit: int = PIECE_CHARS) -> list[Cut]:
    """Piece ends for ``text``: consecutive pieces ``text[prev.end:cut.end]`` cover it exactly."""
    out: list[Cut] = []
    start, n = 0, len(text)
    while n - start > limit:
        hi = start + limit
        lo = start + limit // 4  # never cut a tiny piece off: look in the last three quarters
        end = None
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE):
            end = _last(pattern, text, lo, hi)
            if end is not None:
                break
        forced = end is None
        if end is None:
            end = _last(_SPACE, text, lo, hi) or hi
        out.append(Cut(end, forced))
        start = end
    out.append(Cut(n, False))
    return out


def pieces(text: str, limit: int = PIECE_CHARS) -> tuple[list[str], list[int]]:
    """The pieces of ``text`` and the offsets of its forced cuts (sentences broken)."""
    if len(text) <= limit:
        return [text], []
    parts, forced, start = [], [], 0
    for cut in cuts(text, limit):
        parts.append(text[start : cut.end])
        if cut.forced:
            forced.append(cut.end)
        start = cut.end
    return parts, forced
