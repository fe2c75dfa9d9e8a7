"""Per-document lookups the quote rules repeat: entities and sentences, computed once.

``Doc.ents`` and ``Token.sent`` rebuild their answer on every access (spaCy walks the document),
so calling them per cue or per speaker made the stage cost several percent of the parse. They are
cached here in ``doc.user_data`` for the life of the document.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp.shared import ents_of as shared_ents
from ..nlp.shared import text_of as shared_text

_KEY = "newsevents.quotes.index"


@dataclass(frozen=True)
class DocIndex:
    text: str  # Doc.text joins every token on each access: keep it once
    ents: tuple[Span, ...]
    sents: tuple[Span, ...]
    sent_starts: tuple[int, ...]  # token index where each sentence starts

    def sent_of(self, token: Token) -> Span:
        """The sentence holding ``token`` (bisect instead of spaCy's walk)."""
        return self.sents[bisect.bisect_right(self.sent_starts, token.i) - 1]


def index(doc: Doc) -> DocIndex:
    """The cached index of ``doc`` (built on first use)."""
    found = doc.user_data.get(_KEY)
    if isinstance(found, DocIndex):
        return found
    sents = tuple(doc.sents)
    built = DocIndex(shared_text(doc), shared_ents(doc), sents, tuple(s.start for s in sents))
    doc.user_data[_KEY] = built
    return built


def sent_of(token: Token) -> Span:
    return index(token.doc).sent_of(token)


def text_of(doc: Doc) -> str:
    return index(doc).text


def ents_of(doc: Doc) -> tuple[Span, ...]:
    return index(doc).ents
