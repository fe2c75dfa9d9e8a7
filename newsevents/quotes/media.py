"""The channel of an attribution and outlets as subjects, read off the parse.

A medium is a prepositional phrase on the cue ("in a statement", "in an interview with RMF FM",
"on Telegram") or the outlet a cue like "told" addresses ("told the Financial Times"); a subject
that is a news outlet ("the Post reported") is a medium too, never a speaker. Split from
``syntax.py`` (cues and sources) at its size limit: this part asks the actors stage and the
media vocabulary, the other reads only the parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..actors.lookup import actor_for_span
from ..nlp.shared import children_of
from ..records import Actor
from .docindex import ents_of
from .syntax import Cue, according_source, phrase_bounds
from .vocab import Vocabulary


def _outlet_name(
    phrase_tokens: Sequence[Token],
    actors: Sequence[Actor],
    vocab: Vocabulary,
) -> str | None:
    """The outlet named in a phrase ("Poland's RMF FM radio" → "RMF FM"), if it names one."""
    if not phrase_tokens:
        return None
    start, end = phrase_tokens[0].idx, phrase_tokens[-1].idx + len(phrase_tokens[-1])
    media = [a for a in actors if a.kind == "media" and a.start < end and a.end > start]
    if media:
        return max(media, key=lambda a: a.end - a.start).name
    text = " ".join(t.text for t in phrase_tokens if t.dep_ not in ("det", "case", "poss"))
    if text.lower() in vocab.platforms:
        return text
    doc = phrase_tokens[0].doc
    for ent in ents_of(doc):
        if ent.start_char >= start and ent.end_char <= end and ent.label_ in ("ORG", "WORK_OF_ART"):
            words = [t.text for t in ent if t.dep_ != "det"]
            if any(w in vocab.outlet_words for w in words):
                return " ".join(words)
            if ent.text.lower() in vocab.platforms:
                return ent.text
    # The tagger's named entities miss many outlet names ("RMF FM"): runs of proper nouns that
    # hold an outlet word, leaving out a possessor ("Poland's").
    run: list[Token] = []
    for tok in [*phrase_tokens, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.dep_ != "poss":
            run.append(tok)
            continue
        if run and any(t.text in vocab.outlet_words for t in run):
            return " ".join(t.text for t in run)
        run = []
    return None


def _platform(pobj: Token, vocab: Vocabulary) -> str | None:
    words = [t for t in pobj.subtree if t.dep_ not in ("det", "case") and t.pos_ != "PUNCT"]
    text = " ".join(t.text for t in words)
    return text if text.lower() in vocab.platforms else None


def _channel(prep: Token, actors: Sequence[Actor], vocab: Vocabulary) -> tuple[str, bool] | None:
    """A medium from one prepositional phrase on the cue and whether it names an outlet."""
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if prep.lower_ == "on":
        platform = _platform(pobj, vocab)
        if platform:
            return platform, True
    if pobj.lemma_.lower() not in vocab.channel_nouns:
        return None
    # "in an interview with X", "in a post on Truth Social", "in an op-ed for the Post"
    for sub in children_of(pobj):
        if sub.dep_ == "prep" and sub.lower_ in vocab.outlet_preps:
            obj = next((c for c in children_of(sub) if c.dep_ == "pobj"), None)
            if obj is not None:
                outlet = _outlet_name(list(obj.subtree), actors, vocab)
                if outlet is None and sub.lower_ == "on":
                    outlet = _platform(obj, vocab)
                if outlet:
                    return outlet, True
    # "press conference", "news briefing" — but not "a Thursday interview"
    compounds = [
        c
        for c in children_of(pobj)
        if c.dep_ in ("compound", "amod")
        and c.pos_ in ("NOUN", "ADJ")
        and not c.ent_type_
        and c.i == pobj.i - 1
    ]
    words = [*compounds, pobj]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i)), False


def medium_of(cue: Cue, actors: Sequence[Actor], vocab: Vocabulary) -> str | None:
    """The channel of an attribution: "told the Financial Times", "in a statement", "on X"."""
    verb = cue.token
    if cue.cls in ("according", "finding"):
        src = according_source(cue)
        return _outlet_name(list(src.subtree), actors, vocab) if src is not None else None
    candidates = list(children_of(verb))
    if verb.dep_ == "conj":  # "echoed the plea and, in an interview with X, argued that …"
        cc = [c for c in children_of(verb.head) if c.dep_ == "cc" and c.i < verb.i]
        floor = cc[-1].i if cc else verb.head.i
        candidates += [c for c in children_of(verb.head) if floor < c.i < verb.i]
    generic: str | None = None
    for child in candidates:
        if child.dep_ in ("dobj", "dative", "iobj") and cue.token.lemma_ in ("tell", "give"):
            outlet = _outlet_name(list(child.subtree), actors, vocab)
            if outlet:
                return outlet
        if child.dep_ == "prep" and child.lower_ in vocab.channel_preps:
            channel = _channel(child, actors, vocab)
            if channel is None:
                continue
            if channel[1]:
                return channel[0]  # a named outlet or platform beats "statement", "interview"
            generic = generic or channel[0]
    return generic


def speaker_actor(actors: Sequence[Actor], subject: Token) -> tuple[Actor | None, bool]:
    """The actor the subject phrase denotes (from the actors stage) and whether it is a medium."""
    start, end, head = phrase_bounds(subject)
    actor = actor_for_span(actors, start, end, head, include_media=True)
    if actor is None:
        return None, False
    return actor, actor.kind == "media"
