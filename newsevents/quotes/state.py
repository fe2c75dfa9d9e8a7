"""Per-document state of the quotes stage: quoted stretches, cues, speakers seen so far, and the
one place a :class:`~newsevents.records.Quote` record is built.

The rules that decide *which* stretches are quotes live in :mod:`.extract` (order of work),
:mod:`.direct` (direct quotes) and :mod:`.contents` (what a cue reports); this module holds
what they share, so each stays small.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..actors.lookup import ActorIndex
from ..nlp.shared import children_of
from ..records import Actor, Evidence, Quote, Span, TimeExpr
from .docindex import sent_of, text_of
from .gender import Genders
from .marks import Quoted, find_quoted, is_heading, paragraph_index, paragraphs
from .media import medium_of
from .speakers import as_pronoun, resolve_speaker
from .syntax import Cue, cue_of, source_of, surface_source
from .vocab import Vocabulary, vocabulary

CONFIDENCE = {
    "speech": 0.9,
    "according": 0.85,
    "partial": 0.8,
    "cognition": 0.6,
    "nominal": 0.7,
    "intention": 0.6,
    "stance": 0.6,
    "finding": 0.7,
    "question": 0.7,
    "regard": 0.6,
}


@dataclass
class Attribution:
    """A cue with what was read from it: speaker, medium and the resolution route."""

    cue: Cue
    speaker: Actor | None
    medium: str | None
    how: str


_TRIGGERS: list[frozenset[int]] = []


def _candidates(doc: Doc) -> list[int]:
    """Indices of tokens whose lemma or lower form can start a cue (read from the document's
    arrays: building a spaCy Token for each of the document's tokens costs more than the rest
    of the stage; a set test per hash costs less than ``np.isin``'s sort of a short article)."""
    if not _TRIGGERS:
        _TRIGGERS.append(frozenset(int(h) for h in vocabulary().trigger_hashes))
    if not len(doc):
        return []
    triggers = _TRIGGERS[0]
    lemmas = doc.to_array(LEMMA).tolist()
    lowers = doc.to_array(LOWER).tolist()
    return [i for i, (lemma, lower) in enumerate(zip(lemmas, lowers, strict=True))
            if lemma in triggers or lower in triggers]


def _relative_subject(verb: Token, source: Token) -> Token | None:
    """The relative pronoun subject ("who", "which") of a relative-clause cue whose source is
    the noun the clause modifies."""
    if verb.dep_ != "relcl" or source.i != verb.head.i:
        return None
    return next(
        (c for c in children_of(verb) if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None
    )


class Quoting:
    """Per-document state: quoted stretches, cues, and the speakers seen so far."""

    def __init__(self, doc: Doc, actors: Sequence[Actor], times: Sequence[TimeExpr]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        # indexed by offset: each speaker look-up reads the actors near the phrase, not all
        self.actors: Sequence[Actor] = ActorIndex(actors)
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
        self.genders = Genders(doc, self.actors)  # who the article marks as a woman or a man
        self._attr: dict[int, Attribution] = {}

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

    def recent_speaker(self, char: int, pronoun: str | None = None, reach: int = 1) -> Actor | None:
        """The last speaker, when they spoke in this paragraph or up to ``reach`` paragraphs
        before (and, for "he"/"she", when the article has not called them by the other
        pronoun)."""
        if self.last_spoke is None:
            return None
        speaker, at = self.last_spoke
        if pronoun in ("he", "she") and self.pronoun_of.get(speaker.name, pronoun) != pronoun:
            return None
        here = paragraph_index(self.paras, char)
        if at > char or here - paragraph_index(self.paras, at) > reach:
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

    def attribution(self, cue: Cue) -> Attribution:
        """Speaker and medium of a cue, computed once (speakers feed the pronoun history)."""
        cached = self._attr.get(cue.token.i)
        if cached is not None:
            return cached
        source = source_of(cue, self.vocab.light_verbs)
        speaker: Actor | None = None
        medium = medium_of(cue, self.actors, self.vocab)
        how = "no-subject"
        if source is not None and self.quoted_at(source.idx) is not None:
            # a subject inside quotation marks is part of what was said; the parser may have
            # given the verb a second subject outside them ("“…, Mr. President,” Wilkins told")
            source = next(
                (
                    c
                    for c in children_of(cue.token)
                    if c.dep_ in ("nsubj", "nsubjpass") and self.quoted_at(c.idx) is None
                ),
                None,
            ) or (self._subject_past_quote(cue.token) if cue.cls == "speech" else None)
        if source is None and cue.cls in ("speech", "partial", "cognition"):
            source = surface_source(cue.token, self.in_quote)
        if source is not None:
            speaker, subject_medium, how = resolve_speaker(
                self.actors,
                source,
                self.history,
                self.recent_speaker(cue.start, source.lower_),
                self.genders,
            )
            if speaker is not None and source.lower_ in ("he", "she"):
                self.pronoun_of.setdefault(speaker.name, source.lower_)
            relative = _relative_subject(cue.token, source)
            if speaker is not None and relative is not None:
                # "Warren, who endorsed Sanders": the mention is "who", the one it stands for
                # the noun it modifies (as "he" stands for a name)
                speaker = as_pronoun(
                    relative, speaker, f"quotes: relative pronoun for {speaker.name}"
                )
            # an outlet that speaks ("Fox News said in a statement", "CNN said on X") is the
            # source the record names: it wins over the channel it spoke through
            medium = subject_medium or medium
        result = Attribution(cue, speaker, medium, how)
        self._attr[cue.token.i] = result
        return result

    def _subject_past_quote(self, verb: Token) -> Token | None:
        """For a participle the parser hung on a verb inside the quote it introduces ("Reyes
        seemed ready to joke, telling the crowd, “Some people get carried away”"): the subject
        of the first verb outside the quotation marks above that one, in the same sentence."""
        if verb.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        quote = self.quoted_at(verb.head.idx)
        if quote is None or quote.start < verb.idx:
            return None  # the quote must follow the participle that introduces it
        sent = sent_of(verb)
        for anc in verb.head.ancestors:
            if anc.i < sent.start or self.quoted_at(anc.idx) is not None:
                continue
            subject = next((c for c in children_of(anc) if c.dep_ == "nsubj"), None)
            if subject is not None and self.quoted_at(subject.idx) is None:
                return subject
            return None
        return None

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
        attr: Attribution | None,
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
