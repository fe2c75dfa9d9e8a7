"""What a cue reports: the content span of an attribution, read from the dependency parse.

PARC's content is the cue's clausal complement ("argued [that the steps were important]"), the
clause a parenthetical cue interrupts or follows ("The plan, [a source] said, is …"), the clause
"according to X" modifies, a noun's that-clause ("the claim [that …]"), the infinitive of an
intention ("vowed [to veto it]") or what a verb of naming says of its object ("described [the
plan as reckless]"). A question ("asked whether …") is no content: nobody claimed it.
Contents never run across paragraphs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.shared import children_of, words_of
from .docindex import sent_of
from .syntax import FINITE_TAGS, Cue, nominal_content, subject_of
from .vocab import Vocabulary

CONTENT_DEPS = frozenset({"ccomp"})
TRIM = frozenset(",;:—–-()")
APOSTROPHES = frozenset({"’", "'"})
OPENING_SINGLE = frozenset({"‘", "'", "`"})
QUESTION_WORDS = frozenset({"if", "whether", "what", "when", "where", "why", "how", "who", "which"})


def content_bounds(
    start_tok: Token,
    end_tok: Token,
    anchor: Token | None = None,
    min_tokens: int = 3,
) -> tuple[int, int] | None:
    """Character span of tokens ``start_tok..end_tok`` with edge punctuation trimmed, cut to the
    paragraph (line) holding ``anchor`` (the cue): reported content never runs across paragraphs,
    and a parse that glues a headline to the next line must not make it so. Clauses need
    ``min_tokens`` tokens; a noun phrase ("endorsed Cruz") may be one word."""
    doc = start_tok.doc
    i, j = start_tok.i, end_tok.i
    if anchor is not None:
        # a line break is always a token of its own (a token's trailing whitespace is one
        # space or nothing): the word column answers without a Token per step
        words = words_of(doc)
        for k in range(anchor.i - 1, i - 1, -1):
            if "\n" in words[k]:
                i = max(i, k + 1)
                break
        for k in range(anchor.i, j + 1):
            if "\n" in words[k]:
                j = min(j, k - 1)
                break
    j = _possessive_tail(doc, i, j)
    # a last conjunction belongs to a coordination the parse hung inside the span ("support for
    # the right to defend itself [and] called for …"): it dangles, like edge punctuation; a
    # first one only when it joins something outside ("But [the plan] failed" keeps its "But")
    while i <= j and (
        doc[i].text in TRIM
        or doc[i].is_space
        or (doc[i].pos_ == "CCONJ" and not i < doc[i].head.i <= j)
    ):
        i += 1
    while j >= i and (
        doc[j].text in TRIM or doc[j].text == "." or doc[j].is_space or doc[j].pos_ == "CCONJ"
    ):
        j -= 1
    if j - i < min_tokens - 1:
        return None
    return doc[i].idx, doc[j].idx + len(doc[j])


def _possessive_tail(doc: Doc, i: int, j: int) -> int:
    """End index ``j`` carried over a possessive the tagger took for a closing quotation mark:
    "cessation of Hamas[’] attacks" (a plural's bare apostrophe, glued to its noun, parsed as
    punctuation with the next noun hung elsewhere) — the span would stop mid-phrase."""
    tok = doc[j]
    if (
        j + 1 >= len(doc)
        or j <= i
        or tok.text not in APOSTROPHES
        or tok.pos_ != "PUNCT"
        or doc[j - 1].whitespace_
        or not doc[j - 1].text.lower().endswith("s")
        or not tok.whitespace_
        or any(t.text in OPENING_SINGLE for t in doc[i:j])
    ):
        return j
    nxt = doc[j + 1]
    if nxt.pos_ not in ("NOUN", "PROPN") or nxt.sent.start != tok.sent.start:
        return j
    return max(j + 1, nxt.right_edge.i)


def content_of(cue: Cue, vocab: Vocabulary | None = None) -> tuple[int, int] | None:
    """The reported content of a cue: its that-clause, the clause it is a parenthetical to, or,
    for "according to", the clause it modifies without the "according to X" phrase."""
    verb = cue.token
    doc = verb.doc
    if cue.cls in ("according", "finding"):
        head = verb.head if verb.head != verb else verb
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head  # "Some of those concerns, according to X, include …"
        sent = sent_of(verb)
        phrase_start, phrase_end = verb.left_edge.i, verb.right_edge.i
        # The clause it modifies: the head's subtree, minus the "according to X" phrase.
        lo, hi = head.left_edge.i, head.right_edge.i
        lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
        if phrase_start <= lo or (phrase_end < hi and hi - phrase_end > phrase_start - lo):
            # in front ("According to X, …"), or in the middle with more clause after it
            # ("At 2,300 feet, according to Gibson, Major saw …")
            if phrase_end + 1 > hi:
                return None
            return content_bounds(doc[phrase_end + 1], doc[hi], verb)
        return content_bounds(doc[lo], doc[phrase_start - 1], verb)
    if cue.cls == "nominal":
        infinitives = vocab.nominal_infinitives if vocab is not None else frozenset()
        clause = nominal_content(verb, infinitives)
        if clause is None:
            return None
        return content_bounds(clause.left_edge, clause.right_edge, verb)
    comps = [
        c
        for c in children_of(verb)
        if c.dep_ in CONTENT_DEPS
        # a that-clause the parser took for an adverbial clause ("tweeted … that X was …")
        or (c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ == "that")
    ]
    if comps:
        comp = next((c for c in comps if c.i > verb.i), comps[0])
        first = comp.left_edge
        # a wh-word before the cue is a relative pronoun ("a rule, which critics said was
        # unfair"): the clause is a claim; after it, it opens a question ("asked whether …")
        if (first.i > verb.i and first.lower_ in QUESTION_WORDS and not _fronted(comp)) or (
            first.lower_ == "that"
            and first.i + 1 < len(doc)
            and doc[first.i + 1].lower_ in QUESTION_WORDS
        ):
            return None  # "asked whether …", "explained how …": a question or topic, not a claim
        if comp.i < verb.i:
            subj = subject_of(verb)
            last = min(verb.i, subj.left_edge.i if subj is not None else verb.i) - 1
            return content_bounds(first, doc[max(first.i, last)], verb)
        return content_bounds(first, comp.right_edge, verb)
    # "said in a statement that …": the parser hangs the that-clause on the channel noun.
    # Only channel nouns: in "said in response to claims that …" the clause is the claims'.
    channels = vocab.channel_nouns if vocab is not None else frozenset()
    for prep in children_of(verb):
        if prep.dep_ != "prep":
            continue
        for pobj in children_of(prep):
            if pobj.lemma_.lower() not in channels:
                continue
            for clause in children_of(pobj):
                mark = clause.left_edge
                if (
                    clause.dep_ in ("acl", "ccomp", "relcl")
                    and mark.lower_ == "that"
                    and mark.dep_ == "mark"
                    and clause.right_edge.i == pobj.right_edge.i
                ):
                    return content_bounds(mark, clause.right_edge, verb)
    return parenthetical_content(cue)


def question_content(cue: Cue, questions: frozenset[str]) -> tuple[int, int] | None:
    """The question a verb of asking reports: its wh-, if- or whether-clause after it ("asked
    whether he would fire the speechwriter", "wondered how the plan would be paid for").
    PolNeAR and PARC 3.0 annotate reported questions as attributions; nobody claims them: the
    record's method says so (``rule:indirect:question``). Only verbs of ``questions``
    (cues.yaml): after *say* or *know* a wh-clause is a topic or an indirect answer, not what
    was asked."""
    verb = cue.token
    if verb.lemma_.lower() not in questions:
        return None
    for comp in children_of(verb):
        first = comp.left_edge
        if comp.dep_ == "ccomp" and first.i > verb.i and first.lower_ in QUESTION_WORDS:
            return content_bounds(first, comp.right_edge, verb)
    return None


def raising_content(cue: Cue, raising: frozenset[str]) -> tuple[int, int] | None:
    """The content of a passive cue raised over its clause's subject: "[The council] is
    expected [to approve the plan]", "[Quill] is said [to favour a delay]". What is expected
    or said is the subject with the infinitive (PolNeAR's and PARC's discontinuous content);
    the record spans the whole clause, cue inside, as for a parenthetical. Nobody is named
    as the source: the record has no speaker. Only the verbs of ``raising`` (cues.yaml): in
    "is supposed to", "is set to" the passive states an obligation or a plan."""
    verb = cue.token
    if verb.lemma_.lower() not in raising or verb.tag_ != "VBN":
        return None
    kids = list(children_of(verb))
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    inf = next(
        (
            c
            for c in kids
            if c.dep_ == "xcomp"
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        ),
        None,
    )
    if subj is None or inf is None:
        return None
    return content_bounds(subj.left_edge, inf.right_edge, verb)


def _fronted(comp: Token) -> bool:
    """Does the clause open with an adverbial clause of its own ("said [if he were president,
    the program would grow]", "said [when the vote comes, she will oppose it]")? Its "if" or
    "when" then heads a condition or a time inside the claim, not a question: the clause's
    main verb has its subject and comes after that adverbial clause."""
    first = comp.left_edge
    return any(
        c.dep_ == "advcl" and c.i < comp.i and c.left_edge == first for c in children_of(comp)
    ) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(comp))


def parenthetical_content(cue: Cue) -> tuple[int, int] | None:
    """The clause a finite cue with its own subject is a parenthetical to: after it ("X
    happened, sources said.") or inside it ("The plan, an inside source said, is to …", "It is
    his job, he said, to talk to Congress"). Inside, the cue must be set off by a comma on both
    sides and the content is the whole clause around it (PARC's discontinuous content, as one
    span). A participle hung on a clause ("…, suggesting that …", "…, writing a book") is an
    adjunct of that clause, not a parenthetical cue: the cue needs its own tense and subject.
    """
    verb = cue.token
    doc = verb.doc
    if (
        cue.cls == "partial"
        or verb.dep_ not in ("parataxis", "advcl")
        or verb.tag_ not in FINITE_TAGS
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
        or verb.left_edge.i == 0
        or not any(t.text == "," for t in doc[verb.left_edge.i - 1 : verb.i])
    ):
        return None
    head = verb.head
    sent = sent_of(verb)
    lo = doc[max(head.left_edge.i, sent.start)]
    hi = doc[min(head.right_edge.i, sent.end - 1)]
    if lo.i >= verb.left_edge.i:
        return None  # nothing of the clause before the cue: not a parenthetical
    nxt = verb.i + 1
    if doc[nxt].text in PARENTHESIS_ENDS and verb.right_edge.i > nxt:
        # the parser hung the rest of the clause on the cue ("It was a mistake, she said, [to
        # trust …]"): the clause goes on after the cue all the same
        return content_bounds(lo, doc[min(max(hi.i, verb.right_edge.i), sent.end - 1)], verb)
    tail = verb.right_edge
    after = tail.i + 1
    if after > hi.i or (doc[after].is_punct and doc[after].text not in PARENTHESIS_ENDS):
        return content_bounds(lo, doc[verb.left_edge.i - 1], verb)  # the cue ends the clause
    if tail.text not in PARENTHESIS_ENDS and doc[after].text not in PARENTHESIS_ENDS:
        return None
    return content_bounds(lo, hi, verb)


PARENTHESIS_ENDS = frozenset({",", "—", "–"})
# Verbs in these relations are adjuncts of another clause (a gerund after a preposition, a
# participle, a relative clause): no one's stated intention.
ADJUNCT_DEPS = frozenset({"pcomp", "advcl", "acl", "relcl", "amod"})


def intention_content(cue: Cue, intentions: frozenset[str]) -> tuple[int, int] | None:
    """The infinitive an intention or a commitment reports: "has promised [to veto it]",
    "wants [to repeal the law]", "offered [him a job to …]" (PolNeAR's attributions of
    intentions). Only for the verbs of ``data/quotes/cues.yaml``'s ``intention`` list (requests
    and appeals are events, not contents), and only an infinitive after the verb: "wants a
    wall" has no clause."""
    verb = cue.token
    if verb.lemma_.lower() not in intentions or verb.dep_ in ADJUNCT_DEPS:
        return None  # "… by agreeing to put nukes in Poland": a means, not someone's intention
    doc = verb.doc
    comp = next(
        (
            c
            for c in children_of(verb)
            if c.dep_ in ("xcomp", "ccomp")
            and c.i > verb.i
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        ),
        None,
    )
    if comp is None:
        return None
    # An object before the infinitive is part of what is reported: "wants [Britain to stay]".
    objects = [
        c
        for c in children_of(verb)
        if c.i < comp.i and c.i > verb.i and c.dep_ in ("dobj", "dative", "prep")
    ]
    first = min([comp.left_edge, *(o.left_edge for o in objects)], key=lambda t: t.i)
    if first.dep_ == "prep":  # "prefers for [X to …]": the preposition is the cue's
        first = doc[first.i + 1]
    # "declined [to comment]", "refused [to answer]": an infinitive alone is a whole content
    return content_bounds(first, comp.right_edge, verb, min_tokens=2)


COMPLEMENT_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp", "attr", "acomp", "prep", "advcl"})
CORE_COMPLEMENTS = frozenset({"dobj", "oprd", "xcomp", "ccomp", "attr", "acomp"})


def complement_of(verb: Token, start: int, end: int) -> tuple[int, int] | None:
    """The content a reporting verb governs when it is not a that-clause, holding the quoted
    fragment ``[start, end)``: "called [Iowa voters “stupid” for supporting Carson]",
    "described it [as “a disaster”]" (PARC's content: the cue's complements after it).

    Complements up to the one holding the fragment, then any further core complement (object,
    predicate, clause); a trailing channel or time phrase ("in a tweet Sunday") is left out.
    """
    doc = verb.doc
    kids = [c for c in children_of(verb) if c.i > verb.i and c.dep_ in COMPLEMENT_DEPS]
    if not kids:
        return None
    chosen: list[Token] = []
    holder_seen = False
    for kid in kids:
        lo, hi = kid.left_edge, kid.right_edge
        holds = lo.idx <= start < hi.idx + len(hi)
        if holder_seen and kid.dep_ not in CORE_COMPLEMENTS:
            break
        chosen.append(kid)
        holder_seen = holder_seen or holds
    if not holder_seen:
        return None
    first = min((c.left_edge for c in chosen), key=lambda t: t.i)
    last = max((c.right_edge for c in chosen), key=lambda t: t.i)
    if first.i <= verb.i:
        return None
    bounds = content_bounds(first, last, verb)
    if bounds is None or bounds[0] > start:
        return None
    return bounds[0], max(bounds[1], min(end, doc[last.i].idx + len(doc[last.i]) + 1))


def characterization_content(
    cue: Cue, naming: frozenset[str], *, as_only: bool = False
) -> tuple[int, int] | None:
    """What a verb of naming says of its object, without quotation marks: "described [the
    plan as reckless]", "called [him a liar]" (PARC's content of *describe*, *call*, *label*:
    the object and what it is said to be). Only for the ``partial`` verbs of
    ``data/quotes/cues.yaml`` (``naming``) with an object and, after it, an "as" phrase or a
    predicate (``oprd``). ``as_only`` (verbs of regarding: "sees [him as a threat]") takes the
    "as" phrase only, on the verb or on its object: "saw him leave", "see it coming" perceive,
    they hold no view."""
    verb = cue.token
    if verb.lemma_.lower() not in naming:
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    pred = next(
        (
            c
            for c in children_of(verb)
            if c.i > obj.i
            and (
                (c.dep_ == "prep" and c.lower_ == "as")
                or (not as_only and c.dep_ in ("oprd", "xcomp"))
            )
        ),
        None,
    )
    if pred is None and as_only:  # the parser often hangs the "as" on the object noun
        pred = next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "as"), None)
    if pred is None:
        return None
    return content_bounds(obj.left_edge, pred.right_edge, verb)


def object_content(
    cue: Cue, stances: frozenset[str], means: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """The noun phrase a stance verb takes a position on, with what the verb says of it:
    "endorsed [Carly Fiorina]", "praised [the Saudis for their help]", "mocked [Rubio as a
    neophyte]", "announced [her candidacy]" (PolNeAR's attributions of stances with a
    noun-phrase content: the object and the complements after it). Only for the ``stance``
    verbs of ``data/quotes/cues.yaml``, only a direct object after the verb, and not when the
    verb is an adjunct of a noun ("the man accused of …", "a bill backed by …"), nor in a
    question. The content
    stops at a comma, a conjunction or a means ("by citing a poll"): those are other clauses.
    ``means`` replaces the prepositions that open a means (a poll's "shows Clinton [with a
    lead]" keeps its "with" phrase: that is the finding)."""
    stops = MEANS_PREPS if means is None else means
    verb = cue.token
    if verb.lemma_.lower() not in stances or not _holds_own_stance(verb):
        return None
    if sent_of(verb)[-1].text == "?":
        return None  # "Would you support Trump?": a stance asked about is nobody's
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    doc = verb.doc
    last = obj.right_edge
    for kid in children_of(verb):
        if kid.i <= obj.i:
            continue
        lead = doc[kid.left_edge.i - 1]
        if (
            kid.dep_ not in OBJECT_TAIL_DEPS
            or lead.text in PARENTHESIS_ENDS
            or kid.left_edge.i != last.i + 1
            or (kid.dep_ == "prep" and kid.lower_ in stops)
        ):
            break
        last = kid.right_edge
    return content_bounds(obj.left_edge, last, verb, min_tokens=1)


def _holds_own_stance(verb: Token) -> bool:
    """Does the verb state its own holder's stance? An active participle on a noun ("a group
    backing Bush") does: the noun holds it. A passive participle ("a bill backed by X", "the
    man accused of …"), an adjective and a gerund after a preposition ("accused Clinton of
    supporting X": whose support is unsure) do not, nor a relative clause ("Peter King, who
    endorsed Rubio on Tuesday"): news uses it to say who a source is, and PolNeAR leaves half of
    them unannotated (train: 85 matched, 82 not)."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG" and verb.head.i < verb.i and verb.head.pos_ in NOUNS
    return verb.dep_ not in ("relcl", "amod", "pcomp")


NOUNS = frozenset({"NOUN", "PROPN"})
# What may follow a stance verb's object inside its content: "praised X [for Y]", "mocked X
# [as Y]", "supported X [against Y]", "proposed a levy [last year]".
OBJECT_TAIL_DEPS = frozenset({"prep", "oprd", "xcomp", "npadvmod", "dative", "acomp", "advmod"})
MEANS_PREPS = frozenset({"by", "with", "in", "at", "during", "after", "before", "while"})
# A finding's object goes on through "with …", "in …", "at …" ("shows Clinton with a lead in
# Iowa"): only a means or a time ends it.
FINDING_STOPS = frozenset({"by", "during", "after", "before", "while"})


def topic_content(cue: Cue, vocab: Vocabulary) -> tuple[int, int] | None:
    """The noun phrase a verb's topic preposition takes: "talked about [the economy]", "spoke
    of [a revolution]", "referred to [the attack]", "railed against [the deal]" (PolNeAR's
    attributions with a noun-phrase content, the preposition part of the cue). The preposition
    must follow the verb (a particle or an adverb between them at most) and belong to it in
    ``data/quotes/cues.yaml``'s ``topics`` (any cue verb takes "about"); its object must be a
    noun phrase, not a clause ("talked about how …" is a topic question, not a claim). Not when
    the verb hangs on a noun ("the man referred to …")."""
    verb = cue.token
    if verb.dep_ in ("acl", "amod", "relcl", "pcomp"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in vocab.topic_questions:
        return None
    doc = verb.doc
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.i <= verb.i:
            continue
        verbs = vocab.topics.get(prep.lower_)
        if verbs is None or not (lemma in verbs or prep.lower_ == "about"):
            continue
        if any(t.dep_ not in ("prt", "advmod") for t in doc[verb.i + 1 : prep.i]):
            return None
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        if obj.lower_ in QUESTION_WORDS or obj.left_edge.lower_ in QUESTION_WORDS:
            return None
        # "pointed to [the GOP as the key obstacle]": what the topic is said to be goes with it
        last = next(
            (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i),
            obj,
        )
        return content_bounds(obj.left_edge, last.right_edge, verb, min_tokens=1)
    return None
