"""Coders sit behind a registry of versioned names; the stage merges a chain of them."""

from __future__ import annotations

import datetime as dt

from newsevents import nlp as backbone
from newsevents.context import Context
from newsevents.events import DEFAULT_CHAIN, code_events
from newsevents.events.actor_finder import ActorFinder
from newsevents.events.coder import (
    PATTERN_CODER,
    Candidate,
    coder_names,
    get_coder,
    register,
)
from newsevents.records import Actor


def _ctx(text: str) -> Context:
    doc = backbone.parse(text)
    ctx = Context(doc=doc, text=text, published=dt.date(2025, 3, 14))
    from newsevents.actors import resolve_actors

    ctx.actors = resolve_actors(ctx)
    return ctx


def test_default_chain_is_the_pattern_coder() -> None:
    assert DEFAULT_CHAIN == ("newsevents.pattern_coder.v1",)
    assert PATTERN_CODER in coder_names()
    assert get_coder(PATTERN_CODER) is not None


def test_a_second_coder_backs_up_the_first() -> None:
    """A later coder adds what the first missed, and never duplicates its trigger/root."""

    @register("tests.echo_coder.v1")
    def echo(ctx: Context, finder: ActorFinder) -> list[Candidate]:
        out = []
        for tok in ctx.doc:
            if tok.lemma_ in ("invade", "snub"):
                src = next((a for a in finder.actors if a.start < tok.idx), None)
                tgt = next((a for a in finder.actors if a.start > tok.idx), None)
                code = "192" if tok.lemma_ == "invade" else "120"
                out.append(Candidate(tok, code, src, tgt, "model:tests.echo_coder.v1", 0.5))
        return out

    ctx = _ctx("Russia invaded Ukraine. Poland snubbed Hungary.")
    events = code_events(ctx, coders=(PATTERN_CODER, "tests.echo_coder.v1"))
    methods = sorted((e.cameo, e.evidence.method.split(":")[0]) for e in events)
    assert ("192", "rule") in methods  # the pattern coder found the invasion
    assert ("120", "model") in methods  # the backup found what the patterns lack
    assert ("192", "model") not in methods  # no duplicate of the same trigger and root


def test_media_never_source_or_target() -> None:
    ctx = _ctx("Duda told the Financial Times that Russia invaded Ukraine.")
    media = [a for a in ctx.actors if a.kind == "media"]
    assert media
    for e in code_events(ctx):
        assert isinstance(e.source, Actor) and e.source.kind != "media"
        assert e.target is None or e.target.kind != "media"


def test_no_actor_pair_no_event() -> None:
    ctx = _ctx("The weather was cold and the meeting was long.")
    assert code_events(ctx) == []
