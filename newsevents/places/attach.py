"""Where did an event happen: a place named by a locative phrase of the trigger's own clause.

Only "in/into/at/near/across/inside/… X" counts, X being a place mention of ``ctx.places`` that
is the object of that preposition, and the preposition must hang on the trigger itself ("the
invasion into Ukraine") or on the trigger's clause verb ("put nukes in Poland"). That excludes
by construction the metonyms ("Moscow said", "talks with Washington": subjects and partners are
actors, not locations), possessives ("Poland's request") and places of other clauses of the
sentence. No such phrase: no place (``None``), never a guess from elsewhere in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.clauses import MAX_UP, VERBS, clause_verb
from ..records import Place
from .described import KIND_NOUNS

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["event_place"]

#: Prepositions that locate an event ("on" is left out: "an attack on Poland" names a target).
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "into", "at", "near", "across", "inside", "within", "throughout", "outside",
     "around"}
)
#: How deep in the clause's noun phrases a locative phrase may sit and still place the event:
#: "put nukes in Poland" (0), "an end to the war in Ukraine" (3), but not a place buried in a
#: long modifier chain ("a show of deterrence to aggression over the border in Ukraine").
MAX_HOPS = 3


def _hops(token: Token, clause: Token) -> int:
    """Head steps from ``token`` up to ``clause`` (a large number when it is not above it)."""
    for hops in range(MAX_UP):
        if token.i == clause.i:
            return hops
        if token.pos_ in VERBS or token.head == token:
            break
        token = token.head
    return MAX_UP


def _locative_head(place: Place, ctx: Context) -> Token | None:
    """The word a locative phrase "in X" hangs on, when ``place`` is that X; else None."""
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    # "in Russia's Kaliningrad region": the place may be the head noun or a modifier of it
    while root.dep_ in ("compound", "poss", "amod", "nmod") and root.head.i not in range(
        span.start, span.end
    ):
        if root.dep_ == "poss":
            return None  # "in Poland's request" is about the request, not in Poland
        root = root.head
    if root.dep_ == "conj":
        while root.dep_ == "conj":  # "in Ukraine and Belarus"
            root = root.head
    root = _kind_of(root)
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.lower_ in LOCATIVE_PREPOSITIONS:
        prep = prep.head  # "outside of Basra", "inside of the compound"
    if prep.dep_ not in ("prep", "advmod", "dative") or prep.lower_ not in LOCATIVE_PREPOSITIONS:
        return None
    return prep.head


def _kind_of(root: Token) -> Token:
    """The noun a place names when the text describes it first: "in the Nigerian *city* of
    Kano", "near the *town* of Baqubah" — the locative phrase is on the kind noun
    (``described.KIND_NOUNS``), the place its of-phrase. Anything else is returned as it is
    ("in support of Ukraine" stays no place of the event)."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return root
    kind = of.head
    if kind.pos_ != "NOUN" or kind.lemma_.lower() not in KIND_NOUNS:
        return root
    while kind.dep_ == "conj":
        kind = kind.head
    return kind


def _locative_heads(ctx: Context) -> list[tuple[Place, Token]]:
    """Each place of ``ctx`` that is the object of a locative phrase, with the phrase's head.

    Computed once per document (kept in ``ctx.cache``): every event trigger asks about the same
    places.
    """
    key = ("places.locative_heads", len(ctx.places))
    cached = ctx.cache.get(key)
    if cached is None:
        cached = []
        for place in ctx.places:
            head = _locative_head(place, ctx)
            if head is not None:
                cached.append((place, head))
        ctx.cache[key] = cached
    result: list[tuple[Place, Token]] = cached
    return result


def _locative_heads_by_sentence(ctx: Context) -> dict[int, list[tuple[Place, Token]]]:
    """:func:`_locative_heads` grouped by the sentence of the head (its first token), in order.

    An event looks only at its own sentence's: a head in another sentence is neither the
    trigger nor under the trigger's clause verb (the parse never links two sentences).
    """
    key = ("places.locative_heads_by_sentence", len(ctx.places))
    cached = ctx.cache.get(key)
    if cached is None:
        cached = {}
        for place, head in _locative_heads(ctx):
            cached.setdefault(head.sent.start, []).append((place, head))
        ctx.cache[key] = cached
    result: dict[int, list[tuple[Place, Token]]] = cached
    return result


def event_place(ctx: Context, trigger: Token) -> Place | None:
    """The place of the event whose trigger is ``trigger`` (see the module docstring)."""
    clause = clause_verb(trigger)
    best: tuple[int, int, Place] | None = None
    for place, head in _locative_heads_by_sentence(ctx).get(trigger.sent.start, ()):
        if head.i == trigger.i:
            level = 0
        elif clause is not None and _hops(head, clause) <= MAX_HOPS:
            level = 1
        else:
            continue
        distance = abs(place.start - trigger.idx)
        if best is None or (level, distance) < (best[0], best[1]):
            best = (level, distance, place)
    return best[2] if best is not None else None
