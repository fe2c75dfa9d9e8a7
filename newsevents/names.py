"""Folding a name to its lookup key: one set of rules for every dictionary of names.

The actor vocabulary (``actors/vocab.py``), its phrase matcher (``actors/matching.py``) and the
gazetteer (``places/gazetteer.py``) look names up by a folded key, so "the Kremlin",
"The  Kremlin" and "Kremlin" meet, and "Côte d’Ivoire" meets "Cote d'Ivoire". They differ only in
what they keep: actor phrases keep their accents and drop a leading "the"; place names lose
their accents and keep "the" (the gazetteer tries the key without it itself).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def straighten(text: str) -> str:
    """Curly apostrophes made straight ("Côte d’Ivoire" → "Côte d'Ivoire")."""
    return text.replace("’", "'")


def without_article(text: str) -> str:
    """``text`` without a leading "the " (any case): "The Hague" → "Hague"."""
    return text[4:] if text.lower().startswith("the ") else text


@lru_cache(maxsize=65536)
def fold(name: str, *, keep_accents: bool = False, keep_article: bool = True) -> str:
    """The lookup key of a name: apostrophes straightened, white space collapsed, lower case;
    accents stripped unless ``keep_accents``, a leading "the " dropped unless ``keep_article``.

    Memoised: the same capitalised words recur in every article and NFKD is costly.
    """
    text = straighten(name)
    if not keep_accents and not text.isascii():
        # NFKD leaves ASCII as it is and no ASCII character is combining: most names are
        # ASCII, and the per-character pass below was most of the gazetteer's look-ups
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.split()).lower()
    if not keep_article and text.startswith("the "):
        text = text[4:]
    return text
