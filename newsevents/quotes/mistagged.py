"""Verbs of speech the tagger read as another part of speech, in a slot where news writes only
a verb of speech: read from the words around them, one look-up per token."""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import Vocabulary

# Words of a short subject phrase between a closing quote and its verb ("…,” the two write.").
SHORT_SUBJECT_POS = frozenset({"DET", "NUM", "ADJ", "PROPN", "NOUN", "PRON"})
SHORT_SUBJECT_MAX = 4


def mistagged_after_quote(token: Token, vocab: Vocabulary) -> bool:
    """A verb of speech the tagger read as a noun in the one slot news gives it after a quote:
    a closing quotation mark, a short subject phrase ending in a noun, a number or a name, the
    verb, the sentence's end ("…,” the editorial read.", "…,” the two write."). The words after
    a quote and its comma are its attribution; a noun there ends no sentence."""
    doc = token.doc
    if vocab.cue_class(token.lemma_) != "speech" or vocab.needs_particle.get(token.lemma_.lower()):
        return False
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in (".", ",", "!", "?"):
        return False
    k = token.i - 1
    while k >= 0 and token.i - k <= SHORT_SUBJECT_MAX and doc[k].pos_ in SHORT_SUBJECT_POS:
        k -= 1
    if k < 1 or k == token.i - 1 or doc[token.i - 1].pos_ == "DET":
        return False
    return doc[k].tag_ == "''" and doc[k - 1].text in (",", "?", "!", "—")
