"""Direct quotes: where a quoted stretch stands, and who said it.

A quoted stretch is *direct* when it stands where a sentence or a quotation can start (paragraph
start, after a sentence end, a colon or a comma), else *partial*. A direct quote takes, in this
order: the nearest speech cue in its sentence (or the sentence right after it when the quote ends
in a comma, or the sentence introducing it with a colon); the main verb of a clause that
introduces it with a colon; the person the sentence just before it is about; the speaker of the
quote just before it in the same or the previous paragraph. One rule set for every quote of the
article, in every paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.shared import children_of
from ..records import Actor, Quote, Span
from .contents import content_of
from .docindex import sent_of
from .marks import Quoted, paragraph_index
from .media import speaker_actor
from .speakers import resolve_speaker
from .state import CONFIDENCE, Quoting
from .syntax import Cue, subject_of

SENTENCE_ENDS = frozenset(".!?")
DIRECT_LEADS = frozenset(":,;—–")
# Cue classes that can attribute a direct quote in its sentence ("…,” according to CNN).
WINDOW_CLASSES = frozenset({"speech", "according"})
# Longest clause after a quote that can name its speaker with any verb ("…,” he laughed.").
MANNER_MAX_TOKENS = 8
# A spaced dash before a label ("… - Jane Roe: “…”") ends a roundup item's headline.
DASHES = frozenset({"-", "–", "—"})
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})
# Paragraphs a lone direct quote may sit after its speaker's last words and still be theirs.
CONTINUATION_REACH = 3


def is_direct(state: Quoting, q: Quoted) -> bool:
    """Does the quote stand where a sentence or a quotation starts?

    One or two quoted words rarely are: a list of terms ('words like "yeet," "ghosting"')
    or a nickname is not a statement, whatever precedes it. Two words that open a sentence and
    close on a comma, "?" or "!" are a short statement its cue follows (“It’s fine,” Trump
    said.).
    """
    inner = state.text[q.inner_start : q.inner_end]
    words = len(inner.split())
    p_start = state.paras[q.paragraph][0]
    before = state.text[p_start : q.start].rstrip()
    if words < 3:
        return (
            words == 2
            and inner.rstrip().endswith((",", "?", "!"))
            and (not before or before[-1] in SENTENCE_ENDS)
        )
    if not before:
        return True
    last = before[-1]
    if last == ",":  # 'He said, "…"' but not 'as "crusty," …': a comma needs a full clause
        return len(state.text[q.inner_start : q.inner_end].split()) >= 4
    if last in DIRECT_LEADS:
        return True
    return last in SENTENCE_ENDS or last in '”"»' or before.endswith("''")


def window_cues(state: Quoting, q: Quoted) -> list[Cue]:
    """Speech cues (and "according to") in the sentences a direct quote belongs to, outside
    quotation marks and inside the quote's paragraphs: the parser often runs a sentence on
    across a paragraph break, and the next paragraph's "X said" is never this quote's.

    A quote with none takes a cue with no content of its own in the sentence just before it
    in the same paragraph ("Sam Lau said in a statement. “There are no paper ballots …”").
    """
    text = state.text
    spans: list[tuple[int, int]] = []
    following: tuple[int, int] | None = None  # the sentence after the quote's own
    p_lo = state.paras[q.paragraph][0]
    p_hi = state.paras[paragraph_index(state.paras, max(q.start, q.end - 1))][1]
    toks = state.doc.char_span(q.start, q.end, alignment_mode="expand")
    first = None
    if toks is not None and len(toks):
        first, last = sent_of(toks[0]), sent_of(toks[-1])
        spans.append((max(p_lo, first.start_char), min(p_hi, last.end_char)))
        inner = text[q.inner_start : q.inner_end].rstrip()
        after = text[q.end : q.end + 40].lstrip()
        trailing = inner.endswith((",", "?", "!", "—")) and after[:1].islower()
        if trailing or q.end >= last.end_char:
            nxt = last.end
            if nxt < len(state.doc) and "\n" not in text[q.end : state.doc[nxt].idx]:
                nxt_sent = sent_of(state.doc[nxt])
                following = (nxt_sent.start_char, min(p_hi, nxt_sent.end_char))
                spans.append(following)
    before = text[: q.start].rstrip()
    if before.endswith(":"):
        tok = state.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if tok is not None and len(tok):
            sent = sent_of(tok[0])
            spans.append((sent.start_char, q.start))  # the sentence that introduces it
    found = [
        c
        for c in state.cues
        if c.cls in WINDOW_CLASSES
        and any(s <= c.start < e for s, e in spans)
        and not (following is not None and _reports_after(state, c, following))
    ]
    if not found and first is not None and first.start > 0:
        prev = sent_of(state.doc[first.start - 1])
        if prev.start_char >= p_lo and not any(
            prev.start_char < x.end and x.start < prev.end_char for x in state.quoted
        ):
            found = [
                c
                for c in state.cues
                if c.cls == "speech"
                and prev.start_char <= c.start < prev.end_char
                and content_of(c, state.vocab) is None
            ]

    def distance(c: Cue) -> int:
        return q.start - c.end if c.end <= q.start else c.start - q.end

    return sorted(found, key=distance)


def _opens_sentence(verb: Token) -> bool:
    """Does the cue open its sentence, with only connectives or adverbs before it ("Adding,",
    "And later adding,")? Then it is a dangling participle whose subject the writer left out;
    inside a clause ("… without saying, “…”") the subject is the clause's own."""
    sent = sent_of(verb)
    return all(
        t.pos_ in ("ADV", "CCONJ", "PUNCT", "SPACE") for t in verb.doc[sent.start : verb.i]
    )


def introducing_subject(state: Quoting, q: Quoted) -> Actor | None:
    """For a quote with no reporting verb: the person the sentence just before it is about,
    when that sentence quotes nobody ("Howard continued his scathing remarks. “…”",
    "Chapman admits there were fatalities. “…”"). News names a speaker, then gives the words.
    An organisation too when that sentence has it issue a channel ("The DNC issued a
    statement apologising to Sanders. “On behalf of everyone …”")."""
    toks = state.doc.char_span(q.start, q.end, alignment_mode="expand")
    if toks is None or not len(toks) or toks[0].i == 0:
        return None
    first = sent_of(toks[0])
    if first.start == 0 or state.text[first.start_char : q.start].strip():
        return None  # the quote does not open its sentence
    prev = sent_of(state.doc[first.start - 1])
    if q.paragraph - paragraph_index(state.paras, prev.start_char) > 1:
        return None
    if any(prev.start_char < x.end and x.start < prev.end_char for x in state.quoted):
        return None
    subject = subject_of(prev.root)
    if subject is None or state.quoted_at(subject.idx) is not None:
        return None
    speaker, _, _ = resolve_speaker(
        state.actors, subject, state.history, state.recent_speaker(subject.idx), state.genders
    )
    if speaker is None:
        return None
    if speaker.kind == "organisation" and _issues_channel(state, prev.root):
        return speaker  # "The party issued a statement on Sunday. “We apologise …”"
    if speaker.kind != "person":
        return None
    return speaker


def _issues_channel(state: Quoting, verb: Token) -> bool:
    """Does the verb have a channel noun as its object ("issued a statement", "released a
    letter", "posted a message")? An organisation speaks only through one: its statement's
    words may follow in the next sentence, as a person's words follow their name."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in state.vocab.channel_nouns
        for c in children_of(verb)
    )


def _reports_after(state: Quoting, cue: Cue, following: tuple[int, int]) -> bool:
    """A cue of the sentence after a quote that reports a content of its own after it ("“…”
    Greene added that the Fed …"): it attributes that content, not the quote before it."""
    if not following[0] <= cue.start < following[1]:
        return False
    content = content_of(cue, state.vocab)
    return content is not None and content[0] > cue.start


def colon_cue(state: Quoting, q: Quoted, mark: str = ":") -> Cue | None:
    """For a quote a colon introduces without a reporting verb ("Bill Gerstenmaier of NASA
    spoke of the collaboration: “…”", "The palace issued a statement from the king: “…”"):
    the main verb of the introducing clause, whose subject is the one quoted. With ``mark``
    ",", the same for a clause that introduces the quote with a comma ("Silverman
    interjected, “…”", "Capito called over her shoulder, “…”")."""
    before = state.text[: q.start].rstrip()
    if not before.endswith(mark):
        return None
    tok = state.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    sent = sent_of(tok[0])
    root = sent.root
    if root.idx >= q.start:
        # The parser ran the introducing clause into the quote and rooted it inside the marks
        # ("X delivered a retort: “Nobody is …”" rooted on "is"): the introducing clause's
        # own verb is its highest verb before the colon.
        verbs = [
            t for t in state.doc[sent.start : tok[0].i] if t.pos_ in ("VERB", "AUX")
        ]
        if not verbs:
            return None
        root = min(verbs, key=lambda t: (len(list(t.ancestors)), t.i))
    if root.pos_ not in ("VERB", "AUX") or root.idx >= q.start:
        return None
    if paragraph_index(state.paras, root.idx) != paragraph_index(state.paras, tok[0].idx):
        return None  # the parser ran a sentence over a paragraph break: not this colon's clause
    return Cue(root, "speech", root.text, root.idx, root.idx + len(root))


def manner_cue(state: Quoting, q: Quoted) -> Cue | None:
    """For a quote whose sentence goes on with a short clause of a verb that is no reporting
    verb ("“France will always be France,” an angry Hollande retaliated.", "“…,” he laughed."):
    that verb, when it has a subject of its own outside the quote and no object or clause (the
    quote is what it did). News writes the speaker there whatever the verb."""
    inner = state.text[q.inner_start : q.inner_end].rstrip()
    if not inner.endswith((",", "?", "!", "—")):
        return None
    toks = state.doc.char_span(q.start, q.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return None
    sent = sent_of(toks[-1])
    rest = [t for t in state.doc[toks[-1].i + 1 : sent.end] if not t.is_space]
    if not rest or len(rest) > MANNER_MAX_TOKENS or rest[-1].text not in SENTENCE_ENDS:
        return None
    if "\n" in state.text[q.end : rest[-1].idx]:
        return None
    for verb in rest:
        if verb.pos_ != "VERB" or any(
            c.dep_ in OBJECT_DEPS and not q.start <= c.idx < q.end for c in children_of(verb)
        ):
            continue
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.idx > q.end), None)
        if subj is not None:
            return Cue(verb, "speech", verb.text, verb.idx, verb.idx + len(verb))
    return None


def labelled_speaker(state: Quoting, q: Quoted, after_dash: bool = False) -> Actor | None:
    """For a quote after a bare name and a colon ("Clinton: “Our goal is …” Bush: “…”", an
    interview transcript's "SANDERS: …"): the person or organisation the name denotes. The name
    must open its sentence or paragraph (in "… in its findings: “…”" the colon ends a clause).
    With ``after_dash``, the name follows a spaced dash instead: a roundup's item, "Turnout
    fell in the north - Jane Roe: “…”", a headline then its source — the headline's verb is
    not the speaker's."""
    before = state.text[: q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = state.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None or not len(colon) or colon[0].i == 0:
        return None
    doc = state.doc
    k = colon[0].i - 1
    if state.quoted_at(doc[k].idx) is not None:
        return None
    first = _name_run(doc, k)
    if first is None:
        first = _from_label(doc, k)
        if first is None:
            return None
    elif first > 1 and doc[first - 1].lower_ == "from":
        first -= 1  # "… - More from Jones: “…”"
        if doc[first - 1].lower_ == "more":
            first -= 1
    opener = doc[first - 1] if first > 0 else None
    if after_dash:
        if opener is None or opener.text not in DASHES or not opener.whitespace_ or (
            first > 1 and not doc[first - 2].whitespace_
        ):
            return None
    elif opener is not None and not (
        "\n" in opener.text
        or "\n" in opener.whitespace_
        or opener.text in (".", "!", "?", "”", '"', "''")
    ):
        return None
    speaker, _, _ = resolve_speaker(state.actors, doc[k], state.history)
    if speaker is None or speaker.kind not in LABEL_KINDS[doc[first].lower_ in FROM_WORDS]:
        return None
    return speaker


# What a label may name: a name ("Jane Roe:") a person or organisation; a "from" label ("From
# the report:", "More from the study:") also a document or a group.
LABEL_KINDS = {False: ("person", "organisation"), True: ("person", "organisation", "group")}
FROM_WORDS = frozenset({"from", "more"})
NAME_RUN_MAX = 7  # "Frank Newport and Jim Harter"


def _name_run(doc: Doc, k: int) -> int | None:
    """Where the run of names ending at ``k`` starts ("Jane Roe", "Ann Reyes and Tom
    Quill"), or None when ``k`` is no proper noun."""
    if doc[k].pos_ != "PROPN":
        return None
    first = k
    while first > 0 and k - first < NAME_RUN_MAX:
        before = doc[first - 1]
        if before.pos_ == "PROPN":
            first -= 1
        elif before.lower_ in ("and", "&") and first > 1 and doc[first - 2].pos_ == "PROPN":
            first -= 2
        else:
            break
    return first


def _from_label(doc: Doc, k: int) -> int | None:
    """Where a "from" label ending at ``k`` starts: "From the report:", "More from the
    study:", "From Bush's Facebook post:" (a short noun phrase, no verb); else None."""
    for f in range(k - 1, max(-1, k - 5), -1):
        if doc[f].lower_ == "from":
            words = doc[f + 1 : k + 1]
            if not all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART") for t in words):
                return None
            return f - 1 if f > 0 and doc[f - 1].lower_ == "more" else f
    return None


def previous(quotes: list[Quote], paras: list[tuple[int, int]], q: Quoted) -> Quote | None:
    """The last quote with a speaker ending in the same or the previous paragraph.

    A reported record that names no source at all (no speaker, no medium: the question of
    "… told Reuters when asked if he had met Trump", a raised passive "is expected to") is no
    other voice: it does not break the chain ("“It was nice,” the tycoon told Reuters when asked
    if he had met Trump. “He was very charming.”"). A direct quote nobody could be found for
    does: the writer's attribution is lost there."""
    for prev in reversed(quotes):
        if prev.end > q.start:
            continue
        if prev.speaker is None and prev.medium is None and prev.kind != "direct":
            continue
        if prev.speaker is None:
            return None
        if q.paragraph - paragraph_index(paras, max(prev.start, prev.end - 1)) <= 1:
            return prev
        return None
    return None


def trails_previous(state: Quoting, prev: Quote, q: Quoted) -> bool:
    """Is the only thing between the quote before and this one that quote's own cue clause
    ("“We will build a wall,” he said. ¶ “And they will pay for it.”")? Then this quote goes on
    with those words, whichever paragraph it opens: the clause names their speaker, not a new
    one introducing this quote (the parser often makes "he said." a sentence of its own)."""
    cue = prev.cue_span
    if cue is None or not prev.end <= cue.start < cue.end <= q.start:
        return False
    if any(prev.end <= x.start < q.start for x in state.quoted):
        return False
    if re.search(r"[.!?]", state.text[prev.end : cue.start]):
        return False  # a sentence ends between the quote and its cue: not its trailing clause
    tok = state.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if tok is None or not len(tok):
        return False
    sent = sent_of(tok[0])
    return sent.end_char >= q.start or not state.text[sent.end_char : q.start].strip()


def _continuation(state: Quoting, q: Quoted, prev: Quote) -> Quote:
    """A quote with no attribution of its own goes on with the one before: its speaker, cue,
    medium and date."""
    return state.record(
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


def direct_quote(state: Quoting, q: Quoted, quotes: list[Quote]) -> Quote | None:
    """The record of a direct quote with its speaker (see the module docstring), or None for a
    short quoted stretch nobody can be found for."""
    # a roundup item's source right before its words beats any verb of its headline
    # ("Pollsters agree - Carl Bialik: “…”")
    labelled = labelled_speaker(state, q, after_dash=True)
    if labelled is not None:
        return state.record(
            q.start, q.end, "direct", None, "rule:direct:label", 0.7, speaker=labelled
        )
    cues = window_cues(state, q)
    if cues:
        # the nearest cue that names someone ("Asked if …, Trump replied, “…”": not "Asked")
        attrs = [state.attribution(c) for c in cues]
        attr = next((a for a in attrs if a.speaker is not None or a.medium), attrs[0])
        if (
            attr.speaker is None
            and not attr.medium
            and attr.how == "no-subject"
            and _opens_sentence(attr.cue.token)
        ):
            # a cue with no subject anywhere, a dangling participle ("Maher stated that …
            # ¶ Adding, “…”"): news leaves the subject out because it is the one speaking
            # already, the person quoted last in this paragraph
            carried = state.recent_speaker(q.start, reach=0)
            if carried is not None and carried.kind == "person":
                return state.record(
                    q.start, q.end, "direct", replace(attr, speaker=carried),
                    "rule:direct:cue", CONFIDENCE["speech"],
                )
        return state.record(q.start, q.end, "direct", attr, "rule:direct:cue", CONFIDENCE["speech"])
    manner = manner_cue(state, q)
    if manner is not None:
        attr = state.attribution(manner)
        if attr.speaker is not None and attr.speaker.kind == "person":
            return state.record(q.start, q.end, "direct", attr, "rule:direct:manner", 0.7)
    intro = colon_cue(state, q)
    if intro is not None:
        attr = state.attribution(intro)
        if attr.speaker is not None or attr.medium is not None:
            return state.record(q.start, q.end, "direct", attr, "rule:direct:colon", 0.75)
    intro = colon_cue(state, q, ",")
    if intro is not None:
        attr = state.attribution(intro)
        if attr.speaker is not None and attr.speaker.kind == "person":
            return state.record(q.start, q.end, "direct", attr, "rule:direct:comma", 0.7)
    labelled = labelled_speaker(state, q)
    if labelled is not None:
        return state.record(
            q.start, q.end, "direct", None, "rule:direct:label", 0.7, speaker=labelled
        )
    prev = previous(quotes, state.paras, q)
    if prev is not None and trails_previous(state, prev, q):
        return _continuation(state, q, prev)
    introduced = introducing_subject(state, q)
    if introduced is not None:
        return state.record(
            q.start, q.end, "direct", None, "rule:direct:introduced", 0.6, speaker=introduced
        )
    if prev is not None:
        return _continuation(state, q, prev)
    if q.inner_end - q.inner_start < 20 or " " not in state.text[q.inner_start : q.inner_end]:
        return None
    # A quote standing alone a few paragraphs after its speaker's last words goes on with them
    # (an interview written up as quote, paragraph, quote): the last person quoted.
    last = state.recent_speaker(q.start, reach=CONTINUATION_REACH) or _sole_speaker(state, q)
    if last is not None and last.kind == "person":
        return state.record(
            q.start, q.end, "direct", None, "rule:direct:last-speaker", 0.5, speaker=last
        )
    return state.record(q.start, q.end, "direct", None, "rule:direct:unattributed", 0.5)


def _sole_speaker(state: Quoting, q: Quoted) -> Actor | None:
    """The person quoted last, however many paragraphs back, when no other person is mentioned
    between their words and this quote: a profile or an interview quotes one voice in turns
    with the writer's narration between, and a stand-alone quote there is that voice's."""
    if state.last_spoke is None:
        return None
    speaker, at = state.last_spoke
    if speaker.kind != "person" or at > q.start:
        return None
    for actor in state.actors:
        if at < actor.start < q.start and actor.kind == "person" and actor.name != speaker.name:
            return None
    words = set(speaker.name.split())
    for ent in state.doc.ents:  # names the actors stage left out
        if (
            ent.label_ == "PERSON"
            and at < ent.start_char < q.start
            and not words & set(ent.text.split())
        ):
            return None
    return speaker


# A transcript's turn: "SANDERS: We will win this election." — a short name, a colon, the words.
TURN_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S)")
TURN_MIN_WORDS = 4


def transcript_turns(state: Quoting) -> list[Quote]:
    """Paragraphs that are a speaker's turn in a transcript or a headline naming the speaker:
    "SANDERS: We will win this election.", "Clinton camp: Trump's plan threatens security."
    (PolNeAR attributes the words to the label; the colon is the cue). The label opens the
    paragraph, is at most four capitalised words ending in a proper noun the actors stage or the
    named entities resolve to a person or organisation ("Poll:", "The result:", "Correction:"
    name no one),
    and the words after it (at least four, with a verb, not in quotation marks: those are
    ``rule:direct:label``'s) run to the end of the paragraph."""
    out: list[Quote] = []
    for index, (lo, hi) in enumerate(state.paras):
        if state.headings[index]:
            continue
        m = TURN_LABEL.match(state.text, lo, hi)
        if m is None:
            continue
        start = m.end()
        end = hi
        while end > start and state.text[end - 1] in ".!? ":
            end -= 1
        if len(state.text[start:end].split()) < TURN_MIN_WORDS:
            continue
        if any(q.start < end and start < q.end for q in state.quoted):
            continue
        words = state.doc.char_span(start, end, alignment_mode="expand")
        if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # a list of names, a section title ("Deaths: SMITH, JOHN")
        label = state.doc.char_span(lo, m.end(1), alignment_mode="expand")
        if label is None or not len(label):
            continue
        if label[-1].pos_ != "PROPN" and speaker_actor(state.actors, label[-1])[0] is None:
            continue  # the tagger reads a surname opening a paragraph as a noun ("Reyes:")
        speaker, _, _ = resolve_speaker(state.actors, label[-1], state.history)
        if (
            speaker is None
            or speaker.kind not in ("person", "organisation")
            or not (lo <= speaker.start and speaker.end <= m.end(1))  # the label's own name
            or (speaker.resolution is not None and speaker.resolution.method == "unresolved")
        ):
            continue  # "Correction:", "Stealth Over Health:": a capitalised word, no one named
        colon = m.end(1)
        out.append(
            state.record(
                start, end, "direct", None, "rule:direct:transcript", 0.7, speaker=speaker,
                cue_text=":", cue_span=Span(colon, colon + 1, ":"),
            )
        )
    return out
