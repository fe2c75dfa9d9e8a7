"""Verdicts in reported speech: "the ministry said Russia's decision was unacceptable".

A speaker who says that a party, or what a party did, *is* illegal, a mistake, a provocation
(``negative_labels`` of ``patterns.yaml``) criticises that party: CAMEO 111, like "called the
decision unacceptable" (the ``disapprove.label`` pattern). The pattern coder cannot see it: the
label is the predicate of the reported clause, not an object of the speech verb, and a label
anywhere else in the clause ("said the illegal settlement was expanded") is no verdict. So this
step reads only the clause's own predicate: ``X be LABEL`` or a verbless "X LABEL" complement.

The verdict's target is the clause's subject when it names an actor, else the owner of the
thing it names ("Russia's decision", "the Russian move"); a verdict on nobody's thing ("said the
situation was a disaster") is no event. A negated predicate ("was not illegal") is no verdict.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, lemmas_of, pos_of
from ..records import Actor
from . import participants as parts
from .coder import Candidate, sentence_step
from .modality import modality
from .patterns import PatternBook
from .syntax import ActorFinder, political, subject

VERDICT = "rule:verdict:disapprove.said-label"


def _label(clause: Token, labels: frozenset[str]) -> Token | None:
    """The label a reported clause predicates of its subject, if that is all it says."""
    kids = children_of(clause)
    if any(c.dep_ == "neg" for c in kids):
        return None
    if clause.lemma_ == "be":
        for c in kids:
            if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in labels and not any(
                    g.dep_ == "neg" for g in children_of(c)):
                return c
        return None
    if clause.pos_ in ("ADJ", "NOUN") and clause.lemma_.lower() in labels:
        return clause  # "said the move illegal": a verbless complement
    return None


def _judged(subj: Token, finder: ActorFinder) -> Actor | None:
    """The party a verdict is on: the subject, or the owner or nationality of its thing."""
    actor = finder.at(subj)
    if political(actor):
        return actor
    for child in children_of(subj):
        if child.dep_ == "poss":
            owner = finder.at(child)
            if political(owner):
                return owner
        if child.dep_ in ("amod", "compound") and child.i < subj.i:
            owner = parts.owner_actor(child)
            if owner is not None:
                return owner
    return None


@sentence_step
def reported_verdicts(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                      book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, with the verdicts its speech verbs report."""
    if not tokens:
        return cands
    verbs = book.modality.get("verdict_verbs", frozenset())
    poses, lemmas = pos_of(tokens[0].doc), lemmas_of(tokens[0].doc)
    coded = {c.trigger.i for c in cands if c.code[:2] == "11"}
    out = list(cands)
    for tok in tokens:
        if poses[tok.i] != "VERB" or lemmas[tok.i] not in verbs:
            continue
        for clause in children_of(tok):
            if clause.dep_ != "ccomp":
                continue
            label = _label(clause, book.negative_labels)
            subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if label is None or subj is None or tok.i in coded:
                continue
            speaker_tok = subject(tok)
            speaker = finder.at(speaker_tok) if speaker_tok is not None else None
            target = _judged(subj, finder)
            if not political(speaker) or target is None or target == speaker:
                continue
            # the speech verb is the trigger, as "called the move illegal" is the calling's
            out.append(Candidate(tok, "111", speaker, target, VERDICT, 0.6,
                                 modality=modality(tok, book),
                                 notes=[f"verdict {label.text!r} reported by {tok.text!r}"]))
            coded.add(tok.i)
    return out
