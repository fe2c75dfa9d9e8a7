"""Assembling :class:`~newsevents.records.Quote` records: direct, partial, indirect and mixed.

Order of work, for one document:

1. Quotation marks give the quoted stretches (:mod:`.marks`).
2. Every reporting verb (and "according to") gives a cue (:mod:`.syntax`).
3. Cues with a content outside quotation marks give *indirect* quotes (:mod:`.contents`:
   "Kolarski argued that the steps were important", "The plan, a source said, is …"); when that
   content holds a quoted fragment the record is *mixed* and the fragment is not reported again
   on its own.
4. Each remaining quoted stretch is *direct* when it stands where a sentence or a quotation can
   start, else *partial* (:mod:`.direct`). A partial quote needs a cue that governs it in the
   parse. A quoted fragment with no cue is a scare quote, a title or a term ("nuclear sharing")
   and is not a quote at all: no speaker can be claimed for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..records import Actor, Quote, TimeExpr
from .contents import (
    FINDING_STOPS,
    characterization_content,
    complement_of,
    content_of,
    intention_content,
    object_content,
    question_content,
    raising_content,
    topic_content,
)
from .direct import direct_quote, is_direct, transcript_turns
from .marks import Quoted
from .media import medium_of
from .speakers import resolve_speaker
from .state import CONFIDENCE, Quoting
from .syntax import Cue, source_of, subject_of
from .vocab import Vocabulary, vocabulary

if TYPE_CHECKING:
    from ..context import Context

# Cue classes that make indirect quotes. Cognition verbs ("officials believe that …") report a
# belief, not speech: GenderGapTracker leaves them out, PolNeAR counts them;
# :func:`.link.attribution_for_clause` reports them to the events coder either way.
INDIRECT_CLASSES = frozenset({"speech", "according", "cognition", "nominal", "finding"})
SPEECH_CLASSES = frozenset({"speech", "according"})
# Fewest quoted words a partial quote (a fragment no content of the cue holds) must have.
PARTIAL_MIN_WORDS = 2
RULE = {
    "speech": "ccomp",
    "according": "according-to",
    "cognition": "ccomp",
    "nominal": "nominal",
    "finding": "in-finding",
}
# Methods whose records report no speech (GenderGapTracker counts speech only): beliefs,
# intentions ("vowed to veto it").
NOT_SPEECH = {
    "cognition": ":cognition",
    "intention": ":intention",
    "finding": ":finding",
    "stance": ":stance",
    "regard": ":cognition",
}


def _indirect_contents(state: Quoting) -> dict[int, tuple[Cue, tuple[int, int], str]]:
    """Cue start → (cue, content, rule) of every cue reporting a content outside quotation marks.

    A belief or claim inside reported speech ("Weaver told CNN that he believes the battle will
    continue") is part of what was said: one record, the speech, carries it.
    """
    pending: dict[int, tuple[Cue, tuple[int, int], str]] = {}
    for cue in state.cues:
        lemma = cue.token.lemma_.lower()
        if cue.cls == "regard":
            # "Democrats see Sanders as a threat": the object and its "as" phrase, a belief
            content = characterization_content(cue, state.vocab.regard, as_only=True)
            if content is not None and state.quoted_share(*content) <= 0.5:
                pending[cue.start] = (cue, content, "naming")
            continue
        if cue.cls == "partial" and lemma in state.vocab.topic:
            # "called for a moratorium": a naming verb read with its topic preposition only
            content = topic_content(cue, state.vocab)
            if content is not None and state.quoted_share(*content) <= 0.5:
                pending[cue.start] = (cue, content, "topic")
            continue
        if (
            cue.cls not in INDIRECT_CLASSES
            and lemma not in state.vocab.intention
            and lemma not in state.vocab.stance
            and cue.cls not in ("topic", "partial")
        ):
            continue
        rule = RULE.get(cue.cls, "")
        content = content_of(cue, state.vocab) if cue.cls in INDIRECT_CLASSES else None
        if content is None and cue.cls == "speech":
            content, rule = question_content(cue, state.vocab.questions), "question"
        if content is None and cue.cls in ("speech", "cognition"):
            content, rule = raising_content(cue, state.vocab.raising), "raising"
        if content is None and cue.cls in ("speech", "cognition", "intention", "partial"):
            content, rule = intention_content(cue, state.vocab.intention), "infinitive"
        if content is None:
            content, rule = characterization_content(cue, state.vocab.partial), "naming"
        if content is None:
            content, rule = object_content(cue, state.vocab.stance), "object"
        if content is None and _finding_subject(cue, state.vocab):
            content = object_content(cue, state.vocab.finding_verbs, FINDING_STOPS)
            rule = "object"
        if content is None and cue.cls not in ("according", "finding", "nominal"):
            content, rule = topic_content(cue, state.vocab), "topic"
        if content is None or state.quoted_share(*content) > 0.5:
            continue
        if rule == "ccomp" and not _has_verb(state, content):
            continue
        pending[cue.start] = (cue, content, rule)
    _cut_trailing_attributions(state, pending)
    spoken = [content for c, content, _ in pending.values() if c.cls in SPEECH_CLASSES]
    # a stance is part of any content it stands in ("a poll shows that voters oppose the plan":
    # one record, the finding)
    held = [
        (c.start, content)
        for c, content, rule in pending.values()
        if rule not in ("object", "topic")
    ]
    for start, (cue, content, rule) in list(pending.items()):
        if rule in ("object", "topic"):
            holders = [span for _, span in held]
        elif cue.cls not in SPEECH_CLASSES:
            holders = spoken
        else:
            holders = _nesting(start, content, held)
        if any(lo <= cue.start < hi for lo, hi in holders):
            del pending[start]
    return pending


def _unasked(cue: Cue, rule: str) -> bool:
    """A question put by someone the text does not name: "Asked whether he would run, Quill
    said …" (a participle opening the sentence; the asker is a reporter or a moderator).
    PolNeAR annotates the question with no source; the record has no speaker (the subject of
    the main clause is the one who was asked)."""
    verb = cue.token
    return rule == "question" and verb.tag_ == "VBN" and verb.dep_ == "advcl"


def _finding_subject(cue: Cue, vocab: Vocabulary) -> bool:
    """Is the cue a finding verb whose subject is a poll, study or record ("A Fox News poll
    shows Sanders with 47 percent")?"""
    if cue.token.lemma_.lower() not in vocab.finding_verbs:
        return False
    subject = subject_of(cue.token)
    return subject is not None and (
        subject.lemma_.lower() in vocab.findings or subject.lemma_.lower() in vocab.finding_sources
    )


def _nesting(
    start: int, content: tuple[int, int], held: list[tuple[int, tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Contents that report a speech cue and all it reports: in "Song said Clinton had said the
    plan would fail" what Clinton said is part of Song's claim, one record, Song's (PolNeAR
    annotates the outer attribution; the inner one is its content). Only a content holding the
    inner cue's whole content nests it: a parenthetical cue inside its own clause ("The plan, a
    source said, is …") or two clauses that overlap without nesting stay apart; of two equal
    contents the later cue is the nested one."""
    lo, hi = content
    return [
        (olo, ohi)
        for other, (olo, ohi) in held
        if other != start
        and olo <= lo
        and hi <= ohi
        and ((olo, ohi) != (lo, hi) or other < start)
    ]


def _has_verb(state: Quoting, content: tuple[int, int]) -> bool:
    """A reported clause has a verb: a that-clause or parenthetical "content" of none is a
    phrase the parser took for one ("reported year-over-year declines", "reported from
    Washington", the fronted "On Sunday's show," before a cue): no claim is reported in it."""
    span = state.doc.char_span(*content, alignment_mode="expand")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


def _cut_trailing_attributions(
    state: Quoting, pending: dict[int, tuple[Cue, tuple[int, int], str]]
) -> None:
    """A content ends before an attribution of its own that closes it after a comma: in "she
    deleted the emails, deeming them personal" the deeming is hers, a second record, not part
    of what was reported (PolNeAR's univocal contents; PARC's nested attributions)."""
    for start, (cue, (lo, hi), rule) in list(pending.items()):
        for inner_start, (inner, (_, ihi), _) in pending.items():
            if not (lo < inner_start < hi and ihi >= hi - 1 and inner_start != start):
                continue
            first = inner.token.left_edge
            if inner.token.tag_ != "VBG" or first.i == 0:
                continue
            comma = state.doc[first.i - 1]
            if comma.text != "," or comma.idx <= lo:
                continue
            pending[start] = (cue, (lo, comma.idx), rule)
            break


def _named(speaker: Actor | None) -> bool:
    """A speaker the text names (a person or an organisation, by name or by a pronoun taken back
    to one): "people want to …", "the decision threatens to …" state no one's intention."""
    return (
        speaker is not None
        and speaker.kind in ("person", "organisation")
        and speaker.resolution is not None
        and speaker.resolution.method != "unresolved"
    )


def _intending(state: Quoting, speaker: Actor | None) -> bool:
    """Someone whose intention the text reports: a named holder, or an unnamed person, body or
    group ("a spokeswoman for the board declined to comment", "Republicans want to …"); not
    people at large ("people want to …", "everyone wants …": ``generic_holders``)."""
    if _named(speaker):
        return True
    if speaker is None or not _holder(speaker):
        return False
    span = state.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    return (
        span is not None
        and len(span) > 0
        and span.root.lemma_.lower() not in state.vocab.generic_holders
    )


def _holder(speaker: Actor | None) -> bool:
    """Someone who can hold a stance: a person, an organisation or a group, named or not
    ("Jewish groups condemned the proposal"); a bare pronoun the text does not resolve ("it",
    "they" with no antecedent) holds none, nor "you" (the reader or anyone)."""
    if speaker is None or speaker.kind not in ("person", "organisation", "group"):
        return False
    mention = speaker.mention.lower()
    unresolved = speaker.resolution is not None and speaker.resolution.method == "unresolved"
    return mention != "you" and not (unresolved and mention in UNHELD_PRONOUNS)


UNHELD_PRONOUNS = frozenset({"it", "they", "this", "that", "which", "who"})


def _governed(state: Quoting, q: Quoted, governed_spans: list[tuple[int, int]]) -> Quote | None:
    """A quoted fragment inside a sentence: partial (or mixed with the complement that holds it)
    when a cue governs it in the parse, else nothing (a scare quote, a title, a term)."""
    governing = state.governing_cue(q)
    if governing is None:
        return None
    attr = state.attribution(governing)
    if attr.speaker is None and attr.medium is None:
        return None
    content = complement_of(governing.token, q.start, q.end)
    if content is not None and content[0] <= q.start and q.end <= content[1] + 2:
        if any(s <= q.start and q.end <= e + 2 for s, e in governed_spans):
            return None  # a second fragment of a content already reported
        governed_spans.append(content)
        end = max(content[1], q.end)
        return state.record(
            content[0], end, "mixed", attr, "rule:mixed:governed", CONFIDENCE["partial"]
        )
    return state.record(
        q.start, q.end, "partial", attr, "rule:partial:governed", CONFIDENCE["partial"]
    )


def quotes_of(doc: Doc, actors: Sequence[Actor], times: Sequence[TimeExpr] = ()) -> list[Quote]:
    """All quotes of a parsed document, in text order (see the module docstring)."""
    state = Quoting(doc, actors, times)
    # Work in text order so pronoun and continuation speakers see what came before.
    items: list[tuple[int, str, Cue | Quoted]] = [(c.start, "cue", c) for c in state.cues]
    items += [(q.start, "quote", q) for q in state.quoted]
    items.sort(key=lambda item: (item[0], item[1]))
    quotes: list[Quote] = []
    governed_spans: list[tuple[int, int]] = []  # contents of governed fragments (mixed)

    # Indirect and mixed quotes first: they decide which quoted fragments they absorb.
    pending = _indirect_contents(state)
    absorbed = {  # start offsets of quoted stretches folded into mixed quotes
        q.start
        for _, content, _ in pending.values()
        for q in state.quoted
        if content[0] <= q.start and q.end <= content[1] + 2
    }

    for _, _what, obj in items:
        if isinstance(obj, Cue):
            cue = obj
            if cue.start not in pending:
                if cue.cls == "speech":
                    state.note_speaker(cue)  # "Guest said too often, …": he spoke, no record
                continue
            _, (start, end), rule = pending[cue.start]
            attr = state.attribution(cue)
            if rule == "raising" or _unasked(cue, rule):
                attr = replace(attr, speaker=None)
            elif attr.speaker is None and attr.medium is None:
                continue
            if rule == "infinitive" and not _intending(state, attr.speaker):
                continue
            if (
                (rule in ("object", "topic") or cue.cls == "regard")
                and not _holder(attr.speaker)
                and not (rule == "object" and _finding_subject(cue, state.vocab))
            ):
                continue  # a poll holds its finding whoever ran it ("A Post-ABC poll shows …")
            mixed = any(start <= q.start < end for q in state.quoted)
            kind = "mixed" if mixed else "indirect"
            cls = {
                "infinitive": "intention",
                "object": "stance",
                "topic": "stance",
                "question": "question",
            }.get(rule, cue.cls)
            method = f"rule:{kind}:{rule}" + NOT_SPEECH.get(cls, "")
            quotes.append(state.record(start, end, kind, attr, method, CONFIDENCE[cls]))
            continue
        q = obj
        if q.start in absorbed:
            continue
        if is_direct(state, q):
            found = direct_quote(state, q, quotes)
        else:
            found = _governed(state, q, governed_spans)
        if found is not None:
            quotes.append(found)
    # A single quoted word ("pause", "liberals") is a term, not a statement: no record, though
    # it stood in the list above, so the quotes after it continue its speaker.
    quotes = [q for q in quotes if q.kind != "partial" or _words_inside(q) >= PARTIAL_MIN_WORDS]
    # A transcript turn ("FALLIN: Well, I think the whole nation …") holds what its speaker
    # said, the beliefs and reports inside it included: speech inside speech is one record, the
    # outer one (as a belief inside quotation marks is never read), so a record whose cue and
    # content lie in the turn gives way to it.
    turns = transcript_turns(state)
    quotes = [q for q in quotes if not any(_inside_turn(q, turn) for turn in turns)]
    quotes += [
        turn for turn in turns if not any(q.start < turn.end and turn.start < q.end for q in quotes)
    ]
    quotes.sort(key=lambda x: (x.start, x.end))
    return quotes


def _inside_turn(quote: Quote, turn: Quote) -> bool:
    """Do the record's content and cue lie inside the transcript turn?"""
    cue = quote.cue_span
    return (
        turn.start <= quote.start
        and quote.end <= turn.end
        and (cue is None or turn.start <= cue.start < turn.end)
    )


def _words_inside(quote: Quote) -> int:
    return len(quote.text.strip("“”\"'‘’ ,.;:!?").split())


def quote_attribution(ctx: Context, cue: Cue) -> tuple[Actor | None, str | None]:
    """Speaker and medium of one cue on its own (for :func:`.link.attribution_for_clause`).

    Pronoun subjects fall back on the speakers of the document's quotes before the cue.
    """
    vocab = vocabulary()
    source = source_of(cue, vocab.light_verbs)
    medium = medium_of(cue, ctx.actors, vocab)
    if source is None:
        return None, medium
    history = [q.speaker for q in ctx.quotes if q.speaker is not None and q.end <= cue.start]
    speaker, subject_medium, _ = resolve_speaker(ctx.actors, source, history)
    return speaker, medium or subject_medium
