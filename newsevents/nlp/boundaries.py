"""Sentence boundaries at the line breaks that end a title, heading, dateline or caption.

spaCy's parser decides sentence boundaries from syntax and readily glues a headline line onto the
lead sentence that follows it ("United States military kills Qasem Soleimani\\n\\nThursday, …"),
so events, quotes and evidence spans straddle both. This component runs before the parser and
presets boundaries the parser then respects:

- after a paragraph break (a whitespace token holding two or more line breaks), always;
- after a single line break when the line before it is complete (it ends in sentence-final
  punctuation) or reads as a heading (short, and not ending in punctuation or a function word
  that the sentence would go on after), and the next line starts like a sentence (capital
  letter, digit or quotation mark).

Hard-wrapped prose ("…the government would\\nnot …") keeps its sentences: its lines are long, or
break after a function word, or continue in lower case.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .shared import text_of

NAME = "newsevents_line_breaks"
#: A line this short without final punctuation reads as a title, heading, dateline or caption.
HEADING_CHARS = 60
_FINAL = frozenset(".!?:\"'”’»)")
_OPENERS = frozenset("\"'“‘«(")


def _starts_sentence(tok: Token) -> bool:
    first = tok.text[:1]
    return first.isupper() or first.isdigit() or first in _OPENERS


def _heading_line(doc: Doc, text: str, newline: Token) -> bool:
    prev = doc[newline.i - 1]
    if prev.text[-1:] in _FINAL:
        return True
    if not prev.text[-1:].isalnum() or prev.text.lower() in STOP_WORDS:  # ",", "the", "would"
        return False
    line_start = text.rfind("\n", 0, newline.idx) + 1
    return newline.idx - line_start <= HEADING_CHARS


def preset_boundaries(doc: Doc) -> Doc:
    """Mark sentence starts after paragraph breaks and after heading-like lines."""
    text = ""  # doc.text joins every token: built once, and only when a line break needs it
    for tok in doc[1:-1]:
        if "\n" not in tok.text or not tok.text.isspace():
            continue
        nxt = doc[tok.i + 1]
        if nxt.text.isspace():
            continue
        if tok.text.count("\n") >= 2:
            nxt.is_sent_start = True
        elif _starts_sentence(nxt):
            text = text or doc.text
            if _heading_line(doc, text, tok):
                nxt.is_sent_start = True
    return doc


@Language.component(NAME)
def line_breaks(doc: Doc) -> Doc:
    """The pipeline component: see the module docstring."""
    return preset_boundaries(doc)


def sentence_bounds(sent: Span) -> tuple[int, int, str]:
    """Start, end and text of a sentence span without the whitespace that trails it.

    spaCy keeps a paragraph break as a token of the sentence before it; records and exports
    should carry the sentence, not its trailing line breaks.
    """
    text = text_of(sent.doc)[sent.start_char : sent.end_char].rstrip()
    return sent.start_char, sent.start_char + len(text), text
