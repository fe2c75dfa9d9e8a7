"""Per-document scans every stage can share: the text and the token list, built once.

``Doc.text`` joins every token's text on each access and ``for token in doc`` builds a new
``Token`` object per step; stages that each do this over a whole article pay for it five or six
times. :func:`text_of` and :func:`tokens_of` keep the first result in ``doc.user_data`` (it lives
and dies with the Doc, so nothing outlives a document); :func:`release` drops them before a Doc
would be serialised.

The accessors are asked tens of thousands of times per article (every pattern, slot and step of
the stages), so the hit path is one subscript of ``doc.user_data`` in the accessor itself (no
``dict.get`` method call, no second function): the miss, once per Doc, raises ``KeyError`` and
builds the scan.
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
_POSITIONS = "newsevents.positions"
_MEMO = "newsevents.memo."


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc, from the word column and the trailing-space flags
    (``Doc.text`` builds a ``Token`` per word to join their ``text_with_ws``)."""
    try:
        found: str = doc.user_data[_TEXT]
        return found
    except KeyError:
        pass
    spaces = doc.to_array(SPACY).tolist()
    text = "".join([w + " " if sp else w for w, sp in zip(words_of(doc), spaces, strict=True)])
    doc.user_data[_TEXT] = text
    return text


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per Doc (iterate it instead of the Doc in whole-document scans)."""
    try:
        found: list[Token] = doc.user_data[_TOKENS]
        return found
    except KeyError:
        pass
    tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


#: string of a hash, process-wide: a hash names one string in every vocabulary, and the
#: StringStore look-up (and ``str.lower``) per token cost more than the rest of a column's read
_STRINGS: dict[str, dict[int, str]] = {"LOWER": {}, "LEMMA": {}, "ORTH": {}, "POS": {}, "DEP": {}}
_STRINGS_MAX = 200_000  # distinct words kept per column before the cache starts over


def _column(doc: Doc, key: str, attr: str) -> list[str]:
    """One string per token of ``attr``'s column (lemmas lower-cased), read from
    ``Doc.to_array`` (no ``Token``), kept in ``doc.user_data`` under ``key`` (the accessors
    below look there first and call this on a miss only)."""
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
    try:
        found: tuple[Span, ...] = doc.user_data[_ENTS]
        return found
    except KeyError:
        pass
    ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def lowers_of(doc: Doc) -> list[str]:
    """Every token's lower-case form (``token.lower_``), listed once per Doc."""
    try:
        found: list[str] = doc.user_data[_LOWERS]
        return found
    except KeyError:
        return _column(doc, _LOWERS, "LOWER")


def positions_of(doc: Doc) -> dict[str, list[int]]:
    """Every lower-case form of the Doc → the indices of its tokens, in order, built once per
    Doc: a pass that looks for other occurrences of one word (per mention, per candidate) reads
    one list instead of re-scanning the whole lower column each time."""
    try:
        found: dict[str, list[int]] = doc.user_data[_POSITIONS]
        return found
    except KeyError:
        pass
    table: dict[str, list[int]] = {}
    for i, lower in enumerate(lowers_of(doc)):
        table.setdefault(lower, []).append(i)
    doc.user_data[_POSITIONS] = table
    return table


def lemmas_of(doc: Doc) -> list[str]:
    """Every token's lower-cased lemma (``token.lemma_.lower()``), listed once per Doc."""
    try:
        found: list[str] = doc.user_data[_LEMMAS]
        return found
    except KeyError:
        return _column(doc, _LEMMAS, "LEMMA")


def pos_of(doc: Doc) -> list[str]:
    """Every token's coarse part of speech (``token.pos_``), listed once per Doc: the
    per-sentence passes test it of every word, and ``pos_`` is a string look-up per access."""
    try:
        found: list[str] = doc.user_data[_POS]
        return found
    except KeyError:
        return _column(doc, _POS, "POS")


def deps_of(doc: Doc) -> list[str]:
    """Every token's dependency label (``token.dep_``), listed once per Doc."""
    try:
        found: list[str] = doc.user_data[_DEPS]
        return found
    except KeyError:
        return _column(doc, _DEPS, "DEP")


def children_of(token: Token) -> list[Token]:
    """``list(token.children)``, from one table per Doc: spaCy's ``children`` builds a new
    ``Token`` per child on every call, and the event coder asks for a verb's children dozens of
    times (every pattern, every slot). Same tokens, same order (by position)."""
    doc = token.doc
    try:
        kids: list[Token] = doc.user_data[_CHILDREN][token.i]
        return kids  # shared: callers read it, never change it
    except KeyError:
        pass
    tokens = tokens_of(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if rel:
            table[i + rel].append(tokens[i])
    doc.user_data[_CHILDREN] = table
    return table[token.i]


def head_of(token: Token) -> Token:
    """``token.head``, from one table per Doc: spaCy builds a new ``Token`` on every ``head``
    access, and the walks up a clause (``tok.head.head``, loops to the root) ask for it per step.
    The root is its own head, as in spaCy."""
    doc = token.doc
    try:
        head: Token = doc.user_data[_HEADS][token.i]
        return head
    except KeyError:
        pass
    tokens = tokens_of(doc)
    rels = doc.to_array(HEAD).astype("int64").tolist()
    table = doc.user_data[_HEADS] = [tokens[i + rel] for i, rel in enumerate(rels)]
    return table[token.i]


def memo(doc: Doc, name: str) -> dict[Hashable, Any]:
    """A per-Doc dictionary under ``name`` for a question whose answer depends on the parse
    only (keyed by token index, or a tuple with it), dropped with the Doc's other scans by
    :func:`release`."""
    key = _MEMO + name
    try:
        found: dict[Hashable, Any] = doc.user_data[key]
        return found
    except KeyError:
        pass
    table: dict[Hashable, Any] = {}
    doc.user_data[key] = table
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
    try:
        found: list[str] = doc.user_data[_WORDS]
        return found
    except KeyError:
        return _column(doc, _WORDS, "ORTH")


def starts_of(doc: Doc) -> list[int]:
    """Every token's first character offset (``token.idx``), listed once per Doc."""
    try:
        found: list[int] = doc.user_data[_STARTS]
        return found
    except KeyError:
        pass
    starts: list[int] = doc.to_array(IDX).tolist()
    doc.user_data[_STARTS] = starts
    return starts


def release(doc: Doc) -> None:
    """Drop the shared scans of ``doc`` and every other per-document result a stage kept in
    ``doc.user_data`` under a ``"newsevents."`` key."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("newsevents.")]:
        doc.user_data.pop(key, None)
