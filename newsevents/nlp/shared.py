"""Per-document scans every stage can share: the text and the token list, built once.

``Doc.text`` joins every token's text on each access and ``for token in doc`` builds a new
``Token`` object per step; stages that each do this over a whole article pay for it five or six
times. :func:`text_of` and :func:`tokens_of` keep the first result in ``doc.user_data`` (it lives
and dies with the Doc, so nothing outlives a document); :func:`release` drops them before a Doc
would be serialised.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_TEXT = "newsevents.text"
_TOKENS = "newsevents.tokens"
_LOWERS = "newsevents.lowers"
_LEMMAS = "newsevents.lemmas"
_ENTS = "newsevents.ents"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    result: str = text
    return result


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per Doc (iterate it instead of the Doc in whole-document scans)."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = list(doc)
        doc.user_data[_TOKENS] = tokens
    result: list[Token] = tokens
    return result


#: string of a hash, process-wide: a hash names one string in every vocabulary, and the
#: StringStore look-up (and ``str.lower``) per token cost more than the rest of a column's read
_STRINGS: dict[str, dict[int, str]] = {"LOWER": {}, "LEMMA": {}}
_STRINGS_MAX = 200_000  # distinct words kept per column before the cache starts over


def _column(doc: Doc, key: str, attr: str) -> list[str]:
    """One string per token of ``attr``'s column (lemmas lower-cased), read from
    ``Doc.to_array`` (no ``Token``), kept in ``doc.user_data`` under ``key``."""
    found = doc.user_data.get(key)
    if found is None:
        ids = doc.to_array(attr).tolist()
        cache = _STRINGS[attr]
        if len(cache) > _STRINGS_MAX:
            cache.clear()
        strings = doc.vocab.strings
        for h in {h for h in ids if h not in cache}:
            cache[h] = strings[h].lower() if attr == "LEMMA" else strings[h]
        found = [cache[h] for h in ids]
        doc.user_data[key] = found
    result: list[str] = found
    return result


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (spaCy builds a new tuple of spans on every access)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    result: tuple[Span, ...] = ents
    return result


def lowers_of(doc: Doc) -> list[str]:
    """Every token's lower-case form (``token.lower_``), listed once per Doc."""
    return _column(doc, _LOWERS, "LOWER")


def lemmas_of(doc: Doc) -> list[str]:
    """Every token's lower-cased lemma (``token.lemma_.lower()``), listed once per Doc."""
    return _column(doc, _LEMMAS, "LEMMA")


def release(doc: Doc) -> None:
    """Drop the shared scans of ``doc`` and every other per-document result a stage kept in
    ``doc.user_data`` under a ``"newsevents."`` key."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("newsevents.")]:
        doc.user_data.pop(key, None)
