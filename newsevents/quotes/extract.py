"""Assembling :class:`~newsevents.records.Quote` records: direct, partial, indirect and mixed.

Order of work, for one document:

1. Quotation marks give the quoted stretches (:mod:`.marks`).
2. Every reporting verb (and "according to") gives a cue (:mod:`.syntax`).
3. Cues with a clausal content outside quotation marks give *indirect* quotes ("Kolarski argued
   that the steps were important"); when that content holds a quoted fragment the record is
   *mixed* and the fragment is not reported again on its own.
4. Each remaining quoted stretch is *direct* when it stands where a sentence or a quotation can
   start (paragraph start, after a sentence end, a colon or a comma), else *partial* (inside a
   sentence: called France's strategy “extremely confrontational”). A direct quote takes the
   nearest cue in its sentence (or the sentence right after it when the quote ends in a comma,
   or the sentence introducing it with a colon); a direct quote with no cue continues the speaker
   of the quote just before it in the same or the previous paragraph ("They didn't ask anyone's
   permission." after a quote by Duda). A partial quote needs a cue that governs it in the parse.
   A quoted fragment with no cue is a scare quote, a title or a term ("nuclear sharing") and is
   not a quote at all: no speaker can be claimed for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from ..records import Actor, Evidence, Quote, Span, TimeExpr
from .docindex import sent_of, text_of
from .marks import Quoted, find_quoted, is_heading, paragraph_index, paragraphs
from .speakers import resolve_speaker
from .syntax import (
    Cue,
    complement_of,
    content_of,
    cue_of,
    medium_of,
    source_of,
    subject_of,
    surface_source,
)
from .vocab import Vocabulary, vocabulary

if TYPE_CHECKING:
    from ..context import Context

SENTENCE_ENDS = frozenset(".!?")
DIRECT_LEADS = frozenset(":,;—–")
# Cue classes that make indirect quotes. Cognition verbs ("officials believe that …") report a
# belief, not speech: they are no Quote (GenderGapTracker agrees; PolNeAR would count them) but
# :func:`.link.attribution_for_clause` still reports them to the events coder.
INDIRECT_CLASSES = frozenset({"speech", "according", "cognition", "nominal"})
CONFIDENCE = {"speech": 0.9, "according": 0.85, "partial": 0.8, "cognition": 0.6, "nominal": 0.7}
SPEECH_CLASSES = frozenset({"speech", "according"})
# Cue classes that can attribute a direct quote in its sentence ("…,” according to CNN).
WINDOW_CLASSES = frozenset({"speech", "according"})
RULE = {"speech": "ccomp", "according": "according-to", "cognition": "ccomp", "nominal": "nominal"}


@dataclass
class _Attribution:
    """A cue with what was read from it: speaker, medium and the resolution route."""

    cue: Cue
    speaker: Actor | None
    medium: str | None
    how: str


_TRIGGERS: list[np.ndarray] = []


def _candidates(doc: Doc) -> list[int]:
    """Indices of tokens whose lemma or lower form can start a cue (one numpy pass: building a
    spaCy Token for each of the document's tokens costs more than the rest of the stage)."""
    if not _TRIGGERS:
        _TRIGGERS.append(np.array(sorted(vocabulary().trigger_hashes), dtype=np.uint64))
    if not len(doc):
        return []
    arr = doc.to_array([LEMMA, LOWER])
    hit = np.isin(arr[:, 0], _TRIGGERS[0]) | np.isin(arr[:, 1], _TRIGGERS[0])
    return [int(i) for i in np.flatnonzero(hit)]


class _Quoting:
    """Per-document state: quoted stretches, cues, and the speakers seen so far."""

    def __init__(self, doc: Doc, actors: Sequence[Actor], times: Sequence[TimeExpr]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.actors = actors
        self.times = times
        self.vocab: Vocabulary = vocabulary()
        self.paras = paragraphs(self.text)
        # Headings, titles and captions are not prose: nothing said is read from them.
        self.headings = [is_heading(self.text, s, e) for s, e in self.paras]
        self.quoted = [
            q
            for q in find_quoted(self.text)
            if not self.headings[q.paragraph] and not self.is_title(q)
        ]
        self._starts = [q.start for q in self.quoted]
        self.cues = [c for c in (cue_of(doc[i], self.vocab) for i in _candidates(doc)) if c]
        self.cues = [
            c
            for c in self.cues
            if self.quoted_at(c.start) is None
            and not self.headings[paragraph_index(self.paras, c.start)]
        ]
        self.history: list[Actor] = []
        self.last_spoke: tuple[Actor, int] | None = None  # the last speaker and where they spoke
        self.pronoun_of: dict[str, str] = {}  # speaker name → "he"/"she" the article used
        self._attr: dict[int, _Attribution] = {}

    # ------------------------------------------------------------------ helpers
    def is_title(self, q: Quoted) -> bool:
        """A quoted name of a show, book or section (“This Week With George Stephanopoulos”):
        every word capitalised but the small words titles keep in lower case."""
        words = [w.strip(".,:;!?…'’()-–—") for w in self.text[q.inner_start : q.inner_end].split()]
        words = [w for w in words if w and w[0].isalpha()]
        if len(words) < 2 or len(words) > 10:
            return False
        small = self.vocab.title_small_words
        return all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()

    def quoted_at(self, char: int) -> Quoted | None:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.quoted[i].start <= char < self.quoted[i].end:
            return self.quoted[i]
        return None

    def note_speaker(self, cue: Cue) -> None:
        """A reporting verb that made no record still names who is speaking now."""
        speaker = self.attribution(cue).speaker
        if (
            speaker is not None
            and speaker.kind == "person"
            and (self.last_spoke is None or self.last_spoke[1] <= cue.start)
        ):
            self.last_spoke = (speaker, cue.start)

    def recent_speaker(self, char: int, pronoun: str | None = None) -> Actor | None:
        """The last speaker, when they spoke in this paragraph or the one before (and, for
        "he"/"she", when the article has not called them by the other pronoun)."""
        if self.last_spoke is None:
            return None
        speaker, at = self.last_spoke
        if pronoun in ("he", "she") and self.pronoun_of.get(speaker.name, pronoun) != pronoun:
            return None
        here = paragraph_index(self.paras, char)
        if at > char or here - paragraph_index(self.paras, at) > 1:
            return None
        return speaker

    def in_quote(self, char: int) -> bool:
        return self.quoted_at(char) is not None

    def quoted_share(self, start: int, end: int) -> float:
        """Share of ``[start, end)`` inside quotation marks."""
        inside = 0
        for q in self.quoted:
            if q.start >= end:
                break
            inside += max(0, min(end, q.end) - max(start, q.start))
        return inside / max(1, end - start)

    def attribution(self, cue: Cue) -> _Attribution:
        """Speaker and medium of a cue, computed once (speakers feed the pronoun history)."""
        cached = self._attr.get(cue.token.i)
        if cached is not None:
            return cached
        source = source_of(cue, self.vocab.light_verbs)
        speaker: Actor | None = None
        medium = medium_of(cue, self.actors, self.vocab)
        how = "no-subject"
        if source is not None and self.quoted_at(source.idx) is not None:
            source = None  # a subject inside quotation marks is part of what was said
        if source is None and cue.cls in ("speech", "partial", "cognition"):
            source = surface_source(cue.token, self.in_quote)
        if source is not None:
            speaker, subject_medium, how = resolve_speaker(
                self.actors, source, self.history, self.recent_speaker(cue.start, source.lower_)
            )
            if speaker is not None and source.lower_ in ("he", "she"):
                self.pronoun_of.setdefault(speaker.name, source.lower_)
            medium = medium or subject_medium
        result = _Attribution(cue, speaker, medium, how)
        self._attr[cue.token.i] = result
        return result

    def date_for(self, cue: Cue, content: tuple[int, int]) -> TimeExpr | None:
        """When it was said: a time expression attached to the cue verb itself ("said on
        Thursday", "in a Thursday interview"), never one from the content or from another clause
        of the sentence ("actions Russia took in 2023"). None when the text does not say."""
        sent = sent_of(cue.token)
        verbs = {cue.token.i}
        if cue.token.dep_ == "conj":
            verbs.add(cue.token.head.i)
        for t in self.times:
            if not (sent.start_char <= t.start and t.end <= sent.end_char):
                continue
            if content[0] <= t.start < content[1]:
                continue
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tok = span.root
            while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
                tok = tok.head
            if tok.i in verbs:
                return t
        return None

    def record(
        self,
        start: int,
        end: int,
        kind: str,
        attr: _Attribution | None,
        method: str,
        confidence: float,
        *,
        speaker: Actor | None = None,
        medium: str | None = None,
        cue_text: str | None = None,
        cue_span: Span | None = None,
        date: TimeExpr | None = None,
    ) -> Quote:
        if attr is not None:
            speaker, medium = attr.speaker, attr.medium
            cue_text = attr.cue.text
            cue_span = Span(attr.cue.start, attr.cue.end, attr.cue.text)
            date = self.date_for(attr.cue, (start, end))
            anchor = attr.cue.start
        else:
            anchor = start
        tok = self.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
        sentence = None
        if tok is not None and len(tok):
            sent = sent_of(tok[0])
            sentence = Span(
                sent.start_char, sent.end_char, self.text[sent.start_char : sent.end_char]
            )
        if speaker is not None:
            self.history.append(speaker)
            self.last_spoke = (speaker, start)
        return Quote(
            text=self.text[start:end],
            start=start,
            end=end,
            kind=kind,  # type: ignore[arg-type]
            speaker=speaker,
            cue=cue_text,
            medium=medium,
            date=date,
            sentence=sentence,
            cue_span=cue_span,
            evidence=Evidence(method, confidence),
        )

    # ------------------------------------------------------------------ direct quotes
    def is_direct(self, q: Quoted) -> bool:
        """Does the quote stand where a sentence or a quotation starts?

        One or two quoted words never are: a list of terms ('words like "yeet," "ghosting"')
        or a nickname is not a statement, whatever precedes it.
        """
        if len(self.text[q.inner_start : q.inner_end].split()) < 3:
            return False
        p_start = self.paras[q.paragraph][0]
        before = self.text[p_start : q.start].rstrip()
        if not before:
            return True
        last = before[-1]
        if last == ",":  # 'He said, "…"' but not 'as "crusty," …': a comma needs a full clause
            return len(self.text[q.inner_start : q.inner_end].split()) >= 4
        if last in DIRECT_LEADS:
            return True
        return last in SENTENCE_ENDS or last in '”"»' or before.endswith("''")

    def window_cues(self, q: Quoted) -> list[Cue]:
        """Speech cues (and "according to") in the sentences a direct quote belongs to, outside
        quotation marks and inside the quote's paragraphs: the parser often runs a sentence on
        across a paragraph break, and the next paragraph's "X said" is never this quote's.

        A quote with none takes a cue with no content of its own in the sentence just before it
        in the same paragraph ("Sam Lau said in a statement. “There are no paper ballots …”").
        """
        text = self.text
        spans: list[tuple[int, int]] = []
        p_lo = self.paras[q.paragraph][0]
        p_hi = self.paras[paragraph_index(self.paras, max(q.start, q.end - 1))][1]
        toks = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        first = None
        if toks is not None and len(toks):
            first, last = sent_of(toks[0]), sent_of(toks[-1])
            spans.append((max(p_lo, first.start_char), min(p_hi, last.end_char)))
            inner = text[q.inner_start : q.inner_end].rstrip()
            after = text[q.end : q.end + 40].lstrip()
            trailing = inner.endswith((",", "?", "!", "—")) and after[:1].islower()
            if trailing or q.end >= last.end_char:
                nxt = last.end
                if nxt < len(self.doc) and "\n" not in text[q.end : self.doc[nxt].idx]:
                    nxt_sent = sent_of(self.doc[nxt])
                    spans.append((nxt_sent.start_char, min(p_hi, nxt_sent.end_char)))
        before = text[: q.start].rstrip()
        if before.endswith(":"):
            tok = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
            if tok is not None and len(tok):
                sent = sent_of(tok[0])
                spans.append((sent.start_char, q.start))  # the sentence that introduces it
        found = [
            c
            for c in self.cues
            if c.cls in WINDOW_CLASSES and any(s <= c.start < e for s, e in spans)
        ]
        if not found and first is not None and first.start > 0:
            prev = sent_of(self.doc[first.start - 1])
            if prev.start_char >= p_lo and not any(
                prev.start_char < x.end and x.start < prev.end_char for x in self.quoted
            ):
                found = [
                    c
                    for c in self.cues
                    if c.cls == "speech"
                    and prev.start_char <= c.start < prev.end_char
                    and content_of(c, self.vocab) is None
                ]

        def distance(c: Cue) -> int:
            return q.start - c.end if c.end <= q.start else c.start - q.end

        return sorted(found, key=distance)

    def introducing_subject(self, q: Quoted) -> Actor | None:
        """For a quote with no reporting verb: the person the sentence just before it is about,
        when that sentence quotes nobody ("Howard continued his scathing remarks. “…”",
        "Chapman admits there were fatalities. “…”"). News names a speaker, then gives the words."""
        toks = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if toks is None or not len(toks) or toks[0].i == 0:
            return None
        first = sent_of(toks[0])
        if first.start == 0 or self.text[first.start_char : q.start].strip():
            return None  # the quote does not open its sentence
        prev = sent_of(self.doc[first.start - 1])
        if q.paragraph - paragraph_index(self.paras, prev.start_char) > 1:
            return None
        if any(prev.start_char < x.end and x.start < prev.end_char for x in self.quoted):
            return None
        subject = subject_of(prev.root)
        if subject is None or self.quoted_at(subject.idx) is not None:
            return None
        speaker, _, _ = resolve_speaker(
            self.actors, subject, self.history, self.recent_speaker(subject.idx)
        )
        if speaker is None or speaker.kind != "person":
            return None
        return speaker

    def colon_cue(self, q: Quoted) -> Cue | None:
        """For a quote a colon introduces without a reporting verb ("Bill Gerstenmaier of NASA
        spoke of the collaboration: “…”", "The palace issued a statement from the king: “…”"):
        the main verb of the introducing clause, whose subject is the one quoted."""
        before = self.text[: q.start].rstrip()
        if not before.endswith(":"):
            return None
        tok = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        root = sent_of(tok[0]).root
        if root.pos_ not in ("VERB", "AUX") or root.idx >= q.start:
            return None
        if paragraph_index(self.paras, root.idx) < q.paragraph - 1:
            return None
        return Cue(root, "speech", root.text, root.idx, root.idx + len(root))

    def governing_cue(self, q: Quoted) -> Cue | None:
        """A cue that is an ancestor of a token of a partial quote, in its sentence."""
        toks = self.doc.char_span(
            q.inner_start, max(q.inner_start + 1, q.inner_end), alignment_mode="expand"
        )
        if toks is None or not len(toks):
            return None
        by_token = {c.token.i: c for c in self.cues}
        for tok in toks:
            for anc in tok.ancestors:
                cue = by_token.get(anc.i)
                if cue is not None and cue.cls in ("speech", "partial", "cognition"):
                    return cue
        return None


def _previous(quotes: list[Quote], paras: list[tuple[int, int]], q: Quoted) -> Quote | None:
    """The last quote with a speaker ending in the same or the previous paragraph."""
    for prev in reversed(quotes):
        if prev.end > q.start:
            continue
        if prev.speaker is None:
            return None
        if q.paragraph - paragraph_index(paras, max(prev.start, prev.end - 1)) <= 1:
            return prev
        return None
    return None


def quotes_of(doc: Doc, actors: Sequence[Actor], times: Sequence[TimeExpr] = ()) -> list[Quote]:
    """All quotes of a parsed document, in text order (see the module docstring)."""
    state = _Quoting(doc, actors, times)
    # Work in text order so pronoun and continuation speakers see what came before.
    items: list[tuple[int, str, Cue | Quoted]] = [(c.start, "cue", c) for c in state.cues]
    items += [(q.start, "quote", q) for q in state.quoted]
    items.sort(key=lambda item: (item[0], item[1]))
    quotes: list[Quote] = []
    absorbed: set[int] = set()  # start offsets of quoted stretches folded into mixed quotes
    indirect_spans: list[tuple[int, int]] = []
    governed_spans: list[tuple[int, int]] = []  # contents of governed fragments (mixed)

    # Indirect and mixed quotes first: they decide which quoted fragments they absorb.
    pending: dict[int, tuple[Cue, tuple[int, int]]] = {}
    for cue in state.cues:
        if cue.cls not in INDIRECT_CLASSES:
            continue
        content = content_of(cue, state.vocab)
        if content is None or state.quoted_share(*content) > 0.5:
            continue
        pending[cue.start] = (cue, content)
    # A belief or claim inside reported speech ("Weaver told CNN that he believes the battle will
    # continue") is part of what was said: one record, the speech, carries it.
    spoken = [c for c, _ in pending.values() if c.cls in SPEECH_CLASSES]
    for start, (cue, _) in list(pending.items()):
        if cue.cls not in SPEECH_CLASSES and any(
            pending[s.start][1][0] <= cue.start < pending[s.start][1][1] for s in spoken
        ):
            del pending[start]
    for _, content in pending.values():
        for q in state.quoted:
            if content[0] <= q.start and q.end <= content[1] + 2:
                absorbed.add(q.start)

    for _, _what, obj in items:
        if isinstance(obj, Cue):
            cue = obj
            if cue.start not in pending:
                if cue.cls == "speech":
                    state.note_speaker(cue)  # "Guest said too often, …": he spoke, no record
                continue
            _, (start, end) = pending[cue.start]
            attr = state.attribution(cue)
            if attr.speaker is None and attr.medium is None:
                continue
            mixed = any(start <= q.start < end for q in state.quoted)
            kind = "mixed" if mixed else "indirect"
            method = f"rule:{kind}:{RULE[cue.cls]}"
            if cue.cls == "cognition":
                method += ":cognition"
            quotes.append(state.record(start, end, kind, attr, method, CONFIDENCE[cue.cls]))
            indirect_spans.append((start, end))
            continue
        q = obj
        if q.start in absorbed:
            continue
        if state.is_direct(q):
            cues = state.window_cues(q)
            if cues:
                attr = state.attribution(cues[0])
                quotes.append(
                    state.record(
                        q.start, q.end, "direct", attr, "rule:direct:cue", CONFIDENCE["speech"]
                    )
                )
                continue
            intro = state.colon_cue(q)
            if intro is not None:
                attr = state.attribution(intro)
                if attr.speaker is not None or attr.medium is not None:
                    quotes.append(
                        state.record(q.start, q.end, "direct", attr, "rule:direct:colon", 0.75)
                    )
                    continue
            introduced = state.introducing_subject(q)
            if introduced is not None:
                quotes.append(
                    state.record(
                        q.start,
                        q.end,
                        "direct",
                        None,
                        "rule:direct:introduced",
                        0.6,
                        speaker=introduced,
                    )
                )
                continue
            prev = _previous(quotes, state.paras, q)
            if prev is not None:
                quotes.append(
                    state.record(
                        q.start,
                        q.end,
                        "direct",
                        None,
                        "rule:direct:continuation",
                        0.75,
                        speaker=prev.speaker,
                        medium=prev.medium,
                        cue_text=prev.cue,
                        cue_span=prev.cue_span,
                        date=prev.date,
                    )
                )
                continue
            if q.inner_end - q.inner_start >= 20 and " " in state.text[q.inner_start : q.inner_end]:
                quotes.append(
                    state.record(q.start, q.end, "direct", None, "rule:direct:unattributed", 0.5)
                )
            continue
        governing = state.governing_cue(q)
        if governing is None:
            continue  # scare quote, title or term: not speech
        attr = state.attribution(governing)
        if attr.speaker is None and attr.medium is None:
            continue
        content = complement_of(governing.token, q.start, q.end)
        if content is not None and content[0] <= q.start and q.end <= content[1] + 2:
            if any(s <= q.start and q.end <= e + 2 for s, e in governed_spans):
                continue  # a second fragment of a content already reported
            governed_spans.append(content)
            end = max(content[1], q.end)
            quotes.append(
                state.record(
                    content[0], end, "mixed", attr, "rule:mixed:governed", CONFIDENCE["partial"]
                )
            )
            continue
        quotes.append(
            state.record(
                q.start, q.end, "partial", attr, "rule:partial:governed", CONFIDENCE["partial"]
            )
        )
    quotes.sort(key=lambda x: (x.start, x.end))
    return quotes


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
