"""Reading an attribution off spaCy's dependency parse: cue verb, its subject, content and channel.

An attribution has three parts (PARC's source–cue–content): the *cue* is a reporting verb from
``data/quotes/cues.yaml`` (or "according to"), the *source* is the cue's grammatical subject (or,
for verbs in a chain — "echoed the plea and argued that …", "…, adding that …" — the subject of the
verb they hang from), the *content* is the cue's clausal complement (``ccomp``). The channel
(medium) is a prepositional phrase on the cue ("in a statement", "in an interview with RMF FM",
"on Telegram") or the outlet a cue like "told" addresses ("told the Financial Times"): read in
``media.py``.
Everything here is a handful of dictionary lookups per token: no second parse, no model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp.shared import children_of
from .docindex import sent_of
from .mistagged import mistagged_after_quote
from .vocab import Vocabulary, vocabulary

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Verbs without their own subject take the subject of the verb they depend on through these.
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "acl", "prep", "acomp"})
EXPLETIVES = frozenset({"it", "there"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution cue found in the parse."""

    token: Token  # the reporting verb, or "according" for "according to"
    cls: str  # speech | partial | cognition | according
    text: str  # the cue as written: "told", "pointed out", "according to"
    start: int
    end: int


def cue_of(token: Token, vocab: Vocabulary) -> Cue | None:
    """The cue a token starts, if it is a reporting verb (or "according" of "according to")."""
    lower = token.lower_
    for first, second in vocab.prepositional:
        if lower == first and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == second:
            nxt = token.nbor(1)
            end = nxt.idx + len(nxt)
            return Cue(token, "according", f"{token.text} {nxt.text}", token.idx, end)
    if lower == "in" and token.dep_ == "prep":
        pobj = next((c for c in children_of(token) if c.dep_ == "pobj"), None)
        if _fronted_finding(token, pobj, vocab.findings):
            # "In a new Post-ABC poll, 18 percent …": the poll is the source of the clause
            return Cue(token, "finding", token.text, token.idx, token.idx + len(token))
        return None
    if token.pos_ == "NOUN":
        if (
            token.lemma_.lower() in vocab.nominal
            and nominal_content(token, vocab.nominal_infinitives) is not None
        ):
            return Cue(token, "nominal", token.text, token.idx, token.idx + len(token))
        if mistagged_after_quote(token, vocab):
            return Cue(token, "speech", token.text, token.idx, token.idx + len(token))
        return None
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "aux", "auxpass"):
        return None
    cls = vocab.cue_class(token.lemma_)
    if cls is None or _discourse_marker(token):
        return None
    objects = vocab.needs_object.get(token.lemma_.lower())
    if objects is not None and not any(
        c.dep_ == "dobj" and c.lower_ in objects for c in children_of(token)
    ):
        return None  # "put" reports words only as "put it" ("as one senator put it, …")
    particles = vocab.needs_particle.get(token.lemma_.lower())
    if particles:
        prt = next(  # the tagger reads "back" of "fired back" as an adverb, "in" as a preposition
            (
                c
                for c in children_of(token)
                if c.lower_ in particles
                and (c.dep_ == "prt" or (c.dep_ in PARTICLE_DEPS and c.i == token.i + 1))
            ),
            None,
        )
        if prt is None:
            return None
        return Cue(token, cls, f"{token.text} {prt.text}", token.idx, prt.idx + len(prt))
    return Cue(token, cls, token.text, token.idx, token.idx + len(token))


def _fronted_finding(prep: Token, pobj: Token | None, findings: frozenset[str]) -> bool:
    """ "In a new Washington Post poll, …": one poll or study (singular), in a phrase set off
    by a comma in front of the clause it sources. "Up and down in national polls", "the
    damage is borne out in the polls" stand in a clause; they source nothing."""
    if pobj is None or pobj.lemma_.lower() not in findings or pobj.tag_ != "NN":
        return False
    doc = prep.doc
    after = prep.right_edge.i + 1
    return prep.i < prep.head.i and after < len(doc) and doc[after].text == ","


def _discourse_marker(token: Token) -> bool:
    """ "That said, …", "This said, …": a connective, not a report by "that"."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1
        and doc[token.i - 1].lower_ in ("that", "this")
        and doc[token.i + 1].text == ","
        and (token.i == 1 or doc[token.i - 2].is_sent_end or doc[token.i - 2].is_punct)
    )


def subject_of(verb: Token) -> Token | None:
    """The cue's grammatical subject, inherited along conj/xcomp/advcl chains when it has none."""
    current = verb
    for _ in range(4):
        for child in _subjects_first(current):
            if child.dep_ in SUBJECT_DEPS and not (
                child.lower_ in EXPLETIVES and (child.lower_ == "there" or current != verb)
            ):
                if child.dep_ == "nsubjpass" and current == verb:
                    # "it was reported that", "he was told": the subject is no source; the
                    # agent is ("Reyes was asked by host Ann Quill, “…”")
                    return _agent_of(verb)
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    return current.head  # "Duda, who said …": the noun the clause modifies
                return child
        if current.dep_ in INHERIT_DEPS and current.head != current:
            if (
                current.dep_ == "acl"
                and current.tag_ == "VBG"
                and current.head.i < current.i
                and (
                    current.head.dep_ == "dobj"
                    or (
                        current.head.dep_ == "pobj"
                        and current.head.lemma_.lower() in vocabulary().channel_nouns
                    )
                )
            ):
                # "released a statement saying …", "emailed supporters saying …", "shot back
                # in an article stating …": the participle reports what the sender said
                current = current.head
            elif (
                current.dep_ == "acl"
                and current.tag_ == "VBG"
                and current.head.i < current.i
                and current.head.dep_ == "pobj"
                and current.head.head.lower_ == "to"
                and current.head.head.head.pos_ == "VERB"
            ):
                # "sent a message to supporters saying …": what the sender said, not what the
                # recipients did (on to the verb the "to" phrase hangs on)
                current = current.head.head
            elif (
                current.i == verb.i
                and current.dep_ == "acl"
                and current.tag_ == "VBG"
                and current.head.i < current.i
                and current.head.pos_ in ("NOUN", "PROPN")
            ):
                return current.head  # "a group backing Bush": the noun does what it does
            elif current.i == verb.i and (reporter := _reporter_of(verb, current.head)):
                # "X said Clinton will have to choose, saying …", "X said the move was made
                # by Y and said …": the parser hangs the reporter's second verb on the verb of
                # what was reported; its subject is the reported clause's, not the reporter
                current = reporter
                continue
            current = current.head
            continue
        return None
    return None


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase, when it is a person's or a body's name or
    noun (not "by phone", "by the way")."""
    agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
    if agent is None:
        return None
    obj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or not (
        obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or any(c.pos_ == "PROPN" for c in obj.subtree)
    ):
        return None
    return obj


def _subjects_first(verb: Token) -> list[Token]:
    """The verb's children, its subjects nearest it first. A verb has one subject; when the
    parser gives it two across a quotation ("His final assessment: “…,” he said", "“… Or
    Ferguson,” Trump said"), the one next to the verb is its own, the other a fragment it
    could not place."""
    children = list(children_of(verb))
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) < 2:
        return children
    subjects.sort(key=lambda c: abs(c.i - verb.i))
    return subjects + [c for c in children if c.dep_ not in SUBJECT_DEPS]


def _reporter_of(verb: Token, head: Token) -> Token | None:
    """The verb of speech or belief whose reported clause ``verb``, a verb of speech
    ("saying", "adding", "and said"), is hung on: ``head`` is the verb of that clause or of a
    verb chain in it ("said [Clinton will have to choose …], saying", "wrote [the agents knew
    …], saying"), itself no verb of speech; else None."""
    vocab = vocabulary()
    if vocab.cue_class(verb.lemma_) not in ("speech", "partial"):
        return None
    if vocab.cue_class(head.lemma_) in ("speech", "partial"):
        return None
    clause = head
    for _ in range(3):  # "will have [to choose]": up the chain to the clause's own verb
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i >= clause.i:
            break
        clause = clause.head
    reporter = clause.head
    if (
        clause.dep_ == "ccomp"
        and reporter.i < clause.i
        and vocab.cue_class(clause.lemma_) not in ("speech", "partial")
        and vocab.cue_class(reporter.lemma_) in ("speech", "cognition")
    ):
        return reporter
    return None


def _that_clause(head: Token, deps: frozenset[str]) -> Token | None:
    """A clause under ``head`` (by one of ``deps``) opened by the complementiser *that*."""
    for child in children_of(head):
        if child.dep_ in deps and child.i > head.i:
            mark = child.left_edge
            if mark.lower_ == "that" and mark.dep_ == "mark":
                return child
    return None


NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})
COPULA_CLAUSE_DEPS = frozenset({"ccomp", "attr", "advcl"})


def nominal_content(noun: Token, infinitives: frozenset[str] = frozenset()) -> Token | None:
    """The that-clause an attribution noun carries: "the claim [that …]", or, as the subject of
    *be*, "her assessment is [that …]"; for a noun of ``infinitives`` (a promise, a plan, a
    threat), its infinitive: "Trump's plan [to deport …]", "her promise [to raise wages]"."""
    clause = _that_clause(noun, NOUN_CLAUSE_DEPS)
    if clause is not None:
        return clause
    if noun.lemma_.lower() in infinitives:
        for child in children_of(noun):
            if (
                child.dep_ == "acl"
                and child.i == noun.i + 2
                and child.pos_ in ("VERB", "AUX")
                and noun.doc[noun.i + 1].lower_ == "to"
            ):
                return child
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and head.i > noun.i:
        return _that_clause(head, COPULA_CLAUSE_DEPS)
    return None


def nominal_source(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """Who holds the claim: the possessor ("Trump's claim"), the agent ("the claim by/from X"),
    or the subject of a light verb the noun is the object of ("she made the argument that")."""
    for child in children_of(noun):
        if child.dep_ == "poss" and child.lower_ not in ("its",):
            return child
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < noun.i + 3:
            pobj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in light_verbs:
        subj = subject_of(noun.head)
        if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN"):
            return subj
    return None


def source_of(cue: Cue, light_verbs: frozenset[str]) -> Token | None:
    """The source token of any cue: subject, "according to" object or a noun's holder."""
    if cue.cls in ("according", "finding"):
        return according_source(cue)
    if cue.cls == "nominal":
        return nominal_source(cue.token, light_verbs)
    return subject_of(cue.token)


NP_INTERNAL = frozenset({"compound", "det", "amod", "nummod", "poss", "nmod", "case", "punct"})
NP_START = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"})
PASSIVE_OR_EXPLETIVE = frozenset({"nsubjpass", "auxpass", "expl", "nsubj", "csubj"})
LOST_SUBJECT_DEPS = frozenset({"nsubj", "appos", "dobj", "pobj", "conj", "npadvmod", "dep"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
QUOTE_TAGS = frozenset({"``", "''", '"'})


def _np_head(tok: Token) -> Token | None:
    """The head of the noun phrase ``tok`` opens ("Melanne Verveer, a …" → Verveer)."""
    if tok.pos_ not in NP_START:
        return None
    for _ in range(6):
        if tok.dep_ in NP_INTERNAL and tok.i < tok.head.i <= tok.i + 6:
            tok = tok.head
        else:
            break
    return tok if tok.pos_ in ("PROPN", "NOUN", "PRON") else None


def surface_source(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The source of a reporting verb the parse left without one, read from word order.

    Quotation marks in a sentence often break spaCy's parse around them ("said David Brock, a
    confidant …" with *Brock* the subject of another verb; "Mitt Romney … tweeted:" as a
    clause on *Romney*). News writes attributions in three orders only: *X said*, *said X*
    after a quote, *X said:* before one; this reads them from the words next to the verb:
    a finite verb hung on a noun takes that noun; a verb right after a quote (only punctuation
    between) takes the noun phrase after it; otherwise the noun phrase that opens the verb's
    clause after the quote ends.
    """
    doc = verb.doc
    if any(c.dep_ in PASSIVE_OR_EXPLETIVE and not quoted(c.idx) for c in children_of(verb)):
        return None  # "it was reported that", "he was told": no source, by design
    # "Mitt Romney, the nominee, tweeted in response: …": the tagger often reads the finite verb
    # as a participle; a name it hangs on is still who spoke ("the words said by X" has an agent
    # and is no attribution of the noun)
    if (
        verb.dep_ == "acl"
        and verb.head.i < verb.i
        and (
            verb.tag_ in ("VBD", "VBZ", "VBP")
            or (verb.head.pos_ == "PROPN" and not any(c.dep_ == "agent" for c in children_of(verb)))
        )
    ):
        return verb.head
    sent = sent_of(verb)
    k = verb.i - 1
    while k >= sent.start and (doc[k].is_punct or doc[k].is_space) and not doc[k].is_bracket:
        k -= 1
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    after_quote = prev is not None and (prev.tag_ in QUOTE_TAGS or quoted(prev.idx))
    if k < sent.start or quoted(doc[k].idx) or after_quote:
        nxt = verb.i + 1
        if nxt < sent.end and not quoted(doc[nxt].idx):
            return _np_head(doc[nxt]) or _mistagged_name(doc[nxt])
        return None
    # "… ,'' Melanne Verveer, a Ukrainian-American then at State, wrote in an email"
    start = k
    while (
        start > sent.start
        and not quoted(doc[start - 1].idx)
        and doc[start - 1].tag_ not in QUOTE_TAGS
    ):
        start -= 1
    while start < verb.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start < verb.i and start > sent.start:
        head = _np_head(doc[start])
        if head is not None and head.i == verb.i:
            # a verb the tagger read as a noun heads the phrase before it ("the two write"):
            # the phrase's last word is its head
            head = doc[verb.i - 1]
        return head or _name_before(doc[start:verb.i])
    # "a White House official who spoke anonymously … said": the noun phrase that ends right
    # before the verb (the widest one, relative clause and all) is the subject it lost.
    best: Token | None = None
    # "About 4 in 10 say …": the parser hangs a quantity subject on the verb as a number
    amount = doc[verb.i - 1]
    if amount.pos_ == "NUM" and amount.dep_ == "nummod" and amount.head == verb:
        return amount
    for tok in doc[sent.start : verb.i]:
        if (
            tok.pos_ in ("NOUN", "PROPN", "PRON")
            and tok.dep_ in LOST_SUBJECT_DEPS
            and tok.right_edge.i == verb.i - 1
            and (best is None or tok.left_edge.i < best.left_edge.i)
        ):
            best = tok
    return best or _apposed_name(doc, k, verb) or _fronted_name(doc[sent.start], verb, quoted)


def _apposed_name(doc: Doc, k: int, verb: Token) -> Token | None:
    """The name before an apposition set off by commas right before the verb ("…, Col. Ann
    Reyes, a military spokeswoman in Baghdad, said, “…”"), when the parser hung the name on a
    phrase before it (a date, a place) and left the verb without a subject: the apposition's
    noun ends at the comma before the verb, its head is the proper name."""
    if doc[verb.i - 1].text != "," or k != verb.i - 2:
        return None
    for tok in [doc[k], *doc[k].ancestors]:
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.right_edge.i == k:
            name = tok.head
            comma = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
            if name.pos_ == "PROPN" and name.i < tok.i and comma:
                return name
            return None
        if tok.i >= verb.i or tok.right_edge.i != k:
            return None
    return None


def _name_before(words: Span) -> Token | None:
    """The name in a short run of words between a closing quote and its verb that the tagger
    misread ("…,” Will wrote": *Will* as a modal; "…,” screenwriter Cole Haddon wrote": the
    title as a verb): at most five words, no punctuation but periods, the last capitalised."""
    if not 0 < len(words) <= 5 or not all(t.is_alpha or t.text.endswith(".") for t in words):
        return None
    last = words[-1]
    return last if last.is_title and last.is_alpha else None


def _mistagged_name(tok: Token) -> Token | None:
    """A capitalised word right after "…,” said" that the tagger read as an adverb or adjective
    ("said Skelly" tagged RB): in that slot news writes only the speaker's name."""
    if tok.is_title and tok.pos_ in ("ADV", "ADJ", "VERB", "NOUN") and tok.is_alpha:
        return tok
    return None


def _fronted_name(first: Token, verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The name opening the sentence and set off by a comma, when the parser hung it on an
    inserted word ("Clinton, exasperated, famously responded: …" with *Clinton* the subject of
    *exasperated*): a name, then asides, then the verb."""
    head = _np_head(first)
    if head is None or head.pos_ not in ("PROPN", "PRON") or quoted(first.idx):
        return None
    after = head.right_edge.i + (0 if head.right_edge.text == "," else 1)
    if after >= verb.i or first.doc[after].text != ",":
        return None
    if any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in SUBJECT_DEPS and t.i != head.i
           for t in first.doc[after:verb.i]):
        return None
    return head


def according_source(cue: Cue) -> Token | None:
    """The object of "according to" (or of the "in" of "in a new poll")."""
    prep = cue.token if cue.cls == "finding" else cue.token.nbor(1)
    return next((c for c in children_of(prep) if c.dep_ == "pobj"), None)


def phrase_bounds(token: Token) -> tuple[int, int, int]:
    """``(start, end, head_char)`` of the noun phrase a subject token heads.

    Relative clauses and parentheticals after the head are cut ("officials, who spoke on condition
    of anonymity, said") so the phrase names the speaker only. An apposed proper name ("Duda's
    advisor, Wojciech Kolarski,") becomes the head, the name being the best handle on the person.
    """
    doc = token.doc
    right = token
    for child in children_of(token):
        if child.i > token.i and child.dep_ not in ("relcl", "acl", "punct", "advcl", "parataxis"):
            right = max(right, child.right_edge, key=lambda t: t.i)
    left = token.left_edge
    head = token
    appos = [c for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if appos and token.pos_ != "PROPN":
        head = appos[0]
    end_tok = doc[right.i]
    return left.idx, end_tok.idx + len(end_tok), head.idx


def sentence_of(doc: Doc, char: int) -> tuple[int, int]:
    """``(start, end)`` characters of the sentence holding ``char``."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or len(tok) == 0:
        return char, char
    sent = sent_of(tok[0])
    return sent.start_char, sent.end_char
