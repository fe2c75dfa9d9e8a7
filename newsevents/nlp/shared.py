"""Per-document scans every stage can share: the text and the token list, built once.

``Doc.text`` joins every token's text on each access and ``for token in doc`` builds a new
``Token`` object per step; stages that each do this over a whole article pay for it five or six
times. :func:`text_of` and :func:`tokens_of` keep the first result in ``doc.user_data`` (it lives
and dies with the Doc, so nothing outlives a document); :func:`release` drops them before a Doc
would be serialised.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from spacy.attrs import HEAD, IDX, SPACY
from spacy.tokens import Doc, Span, Token

_TEXT = "newsevents.text"
_TOKENS = "newsevents.tokens"
_LOWERS = "newsevents.lowers"
_LEMMAS = "newsevents.lemmas"
_WORDS = "newsevents.words"
_POS = "newsevents.pos"
_DEPS = "newsevents.deps"
_STARTS = "newsevents.starts"
_ENTS = "newsevents.ents"
_CHILDREN = "newsevents.children"
_HEADS = "newsevents.heads"
_MEMO = "newsevents.memo."


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc, from the word column and the trailing-space flags
    (``Doc.text`` builds a ``Token`` per word to join their ``text_with_ws``)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        spaces = doc.to_array(SPACY).tolist()
        text = "".join([w + " " if sp else w for w, sp in zip(words_of(doc), spaces, strict=True)])
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
_STRINGS: dict[str, dict[int, str]] = {"LOWER": {}, "LEMMA": {}, "ORTH": {}, "POS": {}, "DEP": {}}
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


def pos_of(doc: Doc) -> list[str]:
    """Every token's coarse part of speech (``token.pos_``), listed once per Doc: the
    per-sentence passes test it of every word, and ``pos_`` is a string look-up per access."""
    return _column(doc, _POS, "POS")


def deps_of(doc: Doc) -> list[str]:
    """Every token's dependency label (``token.dep_``), listed once per Doc."""
    return _column(doc, _DEPS, "DEP")


def children_of(token: Token) -> list[Token]:
    """``list(token.children)``, from one table per Doc: spaCy's ``children`` builds a new
    ``Token`` per child on every call, and the event coder asks for a verb's children dozens of
    times (every pattern, every slot). Same tokens, same order (by position)."""
    doc = token.doc
    table = doc.user_data.get(_CHILDREN)
    if table is None:
        tokens = tokens_of(doc)
        table = [[] for _ in tokens]
        for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if rel:
                table[i + rel].append(tokens[i])
        doc.user_data[_CHILDREN] = table
    kids: list[Token] = table[token.i]
    return kids  # shared: callers read it, never change it


def head_of(token: Token) -> Token:
    """``token.head``, from one table per Doc: spaCy builds a new ``Token`` on every ``head``
    access, and the walks up a clause (``tok.head.head``, loops to the root) ask for it per step.
    The root is its own head, as in spaCy."""
    doc = token.doc
    table = doc.user_data.get(_HEADS)
    if table is None:
        tokens = tokens_of(doc)
        rels = doc.to_array(HEAD).astype("int64").tolist()
        table = doc.user_data[_HEADS] = [tokens[i + rel] for i, rel in enumerate(rels)]
    head: Token = table[token.i]
    return head


def memo(doc: Doc, name: str) -> dict[Hashable, Any]:
    """A per-Doc dictionary under ``name`` for a question whose answer depends on the parse
    only (keyed by token index, or a tuple with it), dropped with the Doc's other scans by
    :func:`release`."""
    key = _MEMO + name
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = {}
    table: dict[Hashable, Any] = found
    return table


_F = TypeVar("_F", bound=Callable[..., Any])


def per_token(name: str, copy: Callable[[Any], Any] | None = None) -> Callable[[_F], _F]:
    """Keep ``fn(token)`` per token of its Doc (in :func:`memo` ``name``), for a question whose
    answer reads the parse and process-wide rule files only, that callers ask of one token
    again and again (every pattern, slot and step of the event coder). A call with more
    arguments than the token (a walk's own recursion) is not kept. ``copy`` is applied to the
    kept answer on every call, so a caller may change the list it gets."""

    def wrap(fn: _F) -> _F:
        @functools.wraps(fn)
        def kept(token: Token, *args: Any, **kwargs: Any) -> Any:
            if args or kwargs:
                return fn(token, *args, **kwargs)
            known = memo(token.doc, name)
            i = token.i
            if i in known:
                found = known[i]
            else:
                found = known[i] = fn(token)
            return found if copy is None else copy(found)

        return cast(_F, kept)

    return wrap


def words_of(doc: Doc) -> list[str]:
    """Every token's text (``token.text``), listed once per Doc."""
    return _column(doc, _WORDS, "ORTH")


def starts_of(doc: Doc) -> list[int]:
    """Every token's first character offset (``token.idx``), listed once per Doc."""
    found = doc.user_data.get(_STARTS)
    if found is None:
        found = doc.user_data[_STARTS] = doc.to_array(IDX).tolist()
    result: list[int] = found
    return result


def release(doc: Doc) -> None:
    """Drop the shared scans of ``doc`` and every other per-document result a stage kept in
    ``doc.user_data`` under a ``"newsevents."`` key."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("newsevents.")]:
        doc.user_data.pop(key, None)
