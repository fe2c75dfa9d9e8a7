"""Verdicts spoken: "the opposition said the government's response was irresponsible".

A speech or judging verb whose clausal complement is a copula with a negative label
(``negative_labels`` in ``patterns.yaml``) as its predicate carries a criticism (CAMEO 111) by
the speaker of the clause's subject: the annotation guide's disapproval is what was said, not
the verb that said it. The pattern coder cannot see this, because the trigger is an adjective
or noun inside someone else's clause, and the speech verb itself is no event ("X said …" is
bare 010, which the guide does not record).

The same frame is a direct quote ('"The decision is reckless," the minister said'): spaCy makes
the quoted clause the reporting verb's ``ccomp`` either way.

Who is criticised is the clause subject when it is a coded actor, else the owner of the thing
it names — its possessor ("Russia's decision") or nationality ("the Chinese response"), as
CAMEO codes "criticised the government's decision" against the government. A subject that
names no one ("the situation was dangerous", "this is unacceptable") gives no event, and a
negated predicate ("was not illegal") is no verdict.

Verbs: ``reporting_verbs`` of ``modality.yaml`` (say, tell, state, add, argue, …) and its
``verdict_verbs`` (rule, find, conclude, judge: a court "ruled that the law was
unconstitutional").
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

SPOKEN = "rule:verdict-spoken"
_COPULAS = frozenset({"be", "seem", "remain", "look", "appear", "become"})


def _label(clause: Token, labels: frozenset[str]) -> Token | None:
    """The negative label a copular clause predicates of its subject, if any: the predicate
    adjective or noun ("was irresponsible", "is a disgrace"), or an adjective on the predicate
    noun ("was an irresponsible decision")."""
    if clause.lemma_.lower() not in _COPULAS:
        return None
    kids = children_of(clause)
    if any(c.dep_ == "neg" for c in kids):
        return None
    for pred in kids:
        if pred.dep_ not in ("acomp", "attr"):
            continue
        if pred.lemma_.lower() in labels or pred.lower_ in labels:
            return pred
        if pred.pos_ == "NOUN":
            for mod in children_of(pred):
                if mod.dep_ == "amod" and (mod.lemma_.lower() in labels or mod.lower_ in labels):
                    return mod
    return None


def _judged(clause: Token, finder: ActorFinder) -> Actor | None:
    """Whom the verdict is about: the clause subject, or the owner of the thing it names."""
    subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    actor = finder.at(subj)
    if political(actor):
        return actor
    for child in children_of(subj):
        if child.dep_ == "poss":
            owner = finder.at(child)
            if political(owner):
                return owner
    for child in children_of(subj):
        owner = parts.owner_actor(child)
        if owner is not None:
            return owner
    return None


@sentence_step
def spoken_verdicts(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                    book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, with the criticisms its speakers' clauses carry."""
    if not tokens:
        return cands
    m = book.modality
    verbs = m.get("reporting_verbs", frozenset()) | m.get("verdict_verbs", frozenset())
    labels = book.negative_labels
    poses, lemmas = pos_of(tokens[0].doc), lemmas_of(tokens[0].doc)
    out = list(cands)
    for tok in tokens:
        if poses[tok.i] != "VERB" or lemmas[tok.i] not in verbs:
            continue
        for clause in children_of(tok):
            if clause.dep_ != "ccomp":
                continue
            label = _label(clause, labels)
            if label is None or any(c.code[:2] == "11" and c.trigger.i in (label.i, tok.i)
                                    for c in out):
                continue
            speaker = subject(tok)
            source = finder.at(speaker) if speaker is not None else None
            target = _judged(clause, finder) if political(source) else None
            if source is None or target is None or source == target or (
                    source.code is not None and source.code == target.code):
                continue
            out.append(Candidate(label, "111", source, target, SPOKEN, 0.6,
                                 modality=modality(tok, book),
                                 notes=[f"verdict {label.text!r} said by the "
                                        f"{lemmas[tok.i]!r} subject"]))
    return out
