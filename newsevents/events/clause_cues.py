"""Small tests of a clause for a modality cue, read off the parse: a yes/no question, an
unconfirmed source, a condition ("if", "unless", "as long as", "in case of"), an irrealis or
predictive modal, a verdict that clears the accused, an imperative.

They answer for one clause each; :mod:`.modality` decides which cue wins and walks the
governing predicates.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of

SUBJ = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def acquittal(pred: Token, m: dict[str, frozenset[str]]) -> bool:
    """A verdict predicate that clears the accused: "not guilty", "innocent" (the guide:
    acquittal is 116 negated, not a conviction)."""
    lemma = pred.lemma_.lower()
    if lemma in m["acquitting_predicates"] or pred.lower_ in m["acquitting_predicates"]:
        return True
    return (lemma in m["verdict_predicates"] or pred.lower_ in m["verdict_predicates"]) and any(
        g.dep_ == "neg" or g.lower_ in m["negators"] for g in children_of(pred))


def imperative(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """A verb in the imperative: base form, no subject and no "to", opening its sentence or a
    quotation or a colon ("Stop the attacks", "\"Release them,\" he said", "told them: leave").
    The speaker demands the act of the addressee; nobody is said to have done it."""
    if tok.tag_ != "VB" or tok.pos_ != "VERB" or tok.dep_ not in (
            "ROOT", "ccomp", "advcl", "parataxis", "xcomp", "conj"):
        return False
    if tok.dep_ == "conj":
        first = head_of(tok)
        return first != tok and imperative(first, m)
    if any(c.dep_ in SUBJ | {"expl"} or (c.dep_ == "aux" and (
            c.lower_ == "to" or c.lemma_.lower() != "do")) or c.dep_ == "mark"
           for c in children_of(tok)):
        return False
    i = tok.i - 1
    while i >= tok.sent.start and (tok.doc[i].dep_ in ("neg", "intj") or (
            tok.doc[i].dep_ == "aux" and tok.doc[i].lemma_.lower() == "do") or
            tok.doc[i].lower_ in m["imperative_softeners"]):
        i -= 1
    if i < tok.sent.start:
        return True
    return tok.doc[i].is_punct and tok.doc[i].text in m["imperative_openers"]


def asks(aux: Token, subj_i: int | None) -> bool:
    """The auxiliary opens a yes/no question: first word of a sentence ending in "?", ahead of
    its subject ("Will Russia attack …?", "Has Iran attacked …?"). A wh-question ("Why did
    Iran attack …?") presupposes the act and is not read here."""
    if subj_i is None or aux.i > subj_i:
        return False
    sent = aux.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "'", "”")),
                None)
    return bool(words) and words[0] == aux and last is not None and last.text == "?"


def unconfirmed_source(according: Token, m: dict[str, frozenset[str]]) -> bool:
    """'according to (unconfirmed) reports / sources': an unnamed or unconfirmed source, as
    "reportedly" (the guide: unconfirmed claims); "according to the police" or "according to a
    Reuters report" names who says it and stays asserted."""
    for to in children_of(according):
        for src in children_of(to) if to.lower_ == "to" else ():
            if src.dep_ != "pobj":
                continue
            mods = {c.lemma_.lower() for c in children_of(src) if c.dep_ == "amod"}
            if mods & m["unconfirmed_modifiers"]:
                return True
            named = any(c.dep_ in ("compound", "poss", "amod") and c.pos_ in ("PROPN", "ADJ")
                        and c.lemma_.lower() not in m["unconfirmed_modifiers"]
                        for c in children_of(src))
            lemma = src.lemma_.lower()
            if not named and (lemma in m["anonymous_speakers"] or lemma in m["unverified_nouns"]):
                return True
    return False


def unconfirmed_evidence(verb: Token, m: dict[str, frozenset[str]]) -> bool:
    """'unverified videos show …', 'unconfirmed reports suggest …': a verb of showing whose
    subject is an unconfirmed or unnamed source only relays the act it shows (the guide:
    unconfirmed claims are ``reported_unverified``); "a UN report shows" names its source."""
    if verb.lemma_.lower() not in m.get("evidence_verbs", frozenset()):
        return False
    # "videos appear to show": a raising verb's subject is the shower's
    holders = [verb, head_of(verb)] if verb.dep_ == "xcomp" else [verb]
    for subj in (c for h in holders for c in children_of(h)):
        if subj.dep_ != "nsubj":
            continue
        mods = {c.lemma_.lower() for c in children_of(subj) if c.dep_ == "amod"} | {
            c.lower_ for c in children_of(subj) if c.dep_ == "amod"}
        if mods & m["unconfirmed_modifiers"]:
            return True
        named = any(c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "PRON")
                    for c in children_of(subj))
        if not named and subj.lemma_.lower() in m["unverified_nouns"] | m["anonymous_speakers"]:
            return True
    return False


def set_off(gerund: Token, head: Token) -> bool:
    """'refused direct talks, demanding instead …': a gerund after the governor's own object
    and a comma is a participial clause of its own, not the governor's complement."""
    has_object = any(c.dep_ == "dobj" and c.i < gerund.i for c in children_of(head))
    comma = any(t.text == "," for t in gerund.doc[head.i + 1:gerund.i])
    return has_object and comma


def as_long_as(mark: Token) -> bool:
    """The "as" of "(as|so) long as X does": the parser hangs the clause on "long"."""
    clause = head_of(mark)
    return mark.lower_ == "as" and clause.dep_ == "advcl" and head_of(clause).lower_ == "long" and \
        any(c.lower_ in ("as", "so") for c in children_of(head_of(clause)))


def conditional_clause(clause: Token, m: dict[str, frozenset[str]]) -> bool:
    """An adverbial clause opened by if/unless, or inverted "should/had/were X …"; also the
    "long" of "as long as X …" and the "provided (that) X …" the parser makes a preposition."""
    if clause.dep_ == "advmod":
        return clause.lower_ == "long" and any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and as_long_as(g) for g in children_of(c))
            for c in children_of(clause))
    if clause.dep_ == "prep":
        return (clause.lower_ in m["conditional_heads"] and any(
            c.dep_ == "pcomp" for c in children_of(clause))) or condition_phrase(clause, m)
    subj_i = min((c.i for c in children_of(clause) if c.dep_ in SUBJ), default=None)
    if clause.lower_ in ("should", "had", "were") and clause.pos_ == "AUX" and (
            subj_i is not None and clause.i < subj_i):
        return True  # "Were China to blockade Taiwan, …": the inverted verb heads the clause
    for c in children_of(clause):
        if c.dep_ == "mark" and c.lower_ in m["conditional_marks"]:
            return True
        if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had", "were") and \
                subj_i is not None and c.i < subj_i:
            return True
    return False


def condition_noun(noun: Token, m: dict[str, frozenset[str]]) -> bool:
    """'(on) condition', '(in the) event', '(in) case' as the object of a clause-opening
    preposition: what follows is a condition."""
    if noun.lemma_.lower() not in m["conditional_nouns"] or noun.dep_ != "pobj":
        return False
    return head_of(noun).lower_ in ("in", "on", "under", "upon")


def condition_frame(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """The clause of ``tok`` is conditional by how the parser framed the condition, not by a
    cue of its own: "Were China to blockade Taiwan, …" (``tok`` the inverted "were" that heads
    the condition), or a consequent the parser hung under its condition ("Should Serbia
    recognise Kosovo, the EU would open talks": "open" a ccomp of "recognise") — after a
    comma, with a subject of its own, in the present or with a predictive modal."""
    if tok.pos_ == "AUX" and tok.dep_ == "advcl" and conditional_clause(tok, m):
        return True
    head = head_of(tok)
    if head == tok or head.i > tok.i or tok.dep_ not in ("ccomp", "conj", "parataxis"):
        return False
    if not any(c.dep_ in SUBJ for c in children_of(tok)) or not (
            irrealis(tok, m) or predictive(tok, m)):
        return False
    if not any(t.text == "," for t in tok.doc[head.i + 1:tok.i]):
        return False
    subj_i = min((c.i for c in children_of(head) if c.dep_ in SUBJ), default=None)
    return any((c.dep_ == "mark" and c.lower_ in m["conditional_marks"] and c.i < head.i) or (
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had", "were")
        and subj_i is not None and c.i < subj_i) for c in children_of(head))


def condition_phrase(prep: Token, m: dict[str, frozenset[str]]) -> bool:
    """'in case of an attack', 'in the event of an invasion', 'on condition of …': a phrase
    whose noun opens a condition, with its own complement. "In the case of Greece" names a
    topic, not a condition: a determined "case" is not read."""
    if prep.lower_ not in ("in", "on", "under", "upon"):
        return False
    return any(condition_noun(g, m) and any(c.dep_ == "prep" for c in children_of(g)) and not (
        g.lemma_.lower() == "case" and any(c.dep_ == "det" for c in children_of(g)))
        for g in children_of(prep))


def irrealis(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """A clause in the present or infinitive with no modal of its own (not a past report)."""
    modal = m["future_aux"] | m["hypothetical_aux"] | m["requested_aux"]
    if any(c.dep_ == "aux" and c.lower_ in modal for c in children_of(tok)):
        return False  # the modal is the clause's cue
    return tok.tag_ in ("VBZ", "VBP", "VB")


def predictive(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """The clause's modal predicts rather than hedges: will, shall, would ("'ll", "'d")."""
    return any(c.dep_ == "aux" and c.lower_ in m["predictive_aux"] for c in children_of(tok))


def earlier_gerund(prep: Token, below: Token, m: dict[str, frozenset[str]]) -> bool:
    """'threatened to shell Hezbollah after accusing it of firing rockets': a gerund in an
    "after" (or background: "following", "since") phrase that the parser hung on the complement
    of a past governor tells what the governor's subject did before; it is not under the
    threat's, vow's or plan's modality. Only below a past-tense governor: "will strike Gaza
    after consulting its allies" and "plans to meet after holding talks" put the gerund's act
    under the same future, and a reported "said it would strike after consulting" keeps its
    "would" (only a control complement, xcomp, is read)."""
    gerund = below.dep_ == "pcomp" and below.tag_ == "VBG"
    # an event noun too: "vowed to retaliate after the attack on its post" (the attack was made)
    noun = below.dep_ == "pobj" and below.pos_ == "NOUN"
    if prep.dep_ != "prep" or not (gerund or noun) or not (
            prep.lower_ == "after" or prep.lower_ in m.get("background_preps", frozenset())):
        return False
    comp = head_of(prep)
    if comp == prep or comp.dep_ != "xcomp":
        return False
    gov = head_of(comp)
    return gov != comp and gov.tag_ == "VBD"
