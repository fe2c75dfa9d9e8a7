"""Reported obligations: "Russia said Sudan must return the helicopter" is a demand (10).

A reporting verb whose complement clause has a modal of obligation (``requested_aux`` of
modality.yaml: must, should, …) tells what the reporting party wants another party to do: the
speaker demands it of the complement's subject. Split from the pattern coder (``coder.py``),
which calls :func:`reported_obligations` once per sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, lemmas_of, pos_of
from .actor_finder import ActorFinder
from .argument_words import argument_lemmas
from .candidate import Candidate
from .patterns import PatternBook
from .syntax import subject
from .targets import actors_at

__all__ = ["reported_obligations"]


def reported_obligations(tokens: list[Token], finder: ActorFinder,
                          book: PatternBook) -> list[Candidate]:
    """'Russia said Sudan must return the helicopter': a reported obligation is a demand (10)."""
    reporting = book.modality["reporting_verbs"] | {"conclude", "demand", "urge"}
    must = book.modality["requested_aux"]
    out: list[Candidate] = []
    poses = pos_of(tokens[0].doc) if tokens else []
    lemma_of = lemmas_of(tokens[0].doc) if tokens else []
    for tok in tokens:
        if poses[tok.i] != "VERB" or lemma_of[tok.i] not in reporting:
            continue
        for comp in children_of(tok):
            auxes = [c.lower_ for c in children_of(comp) if c.dep_ == "aux"]
            if comp.dep_ != "ccomp" or not set(auxes) & must or "have" in auxes:
                continue  # "must have known", "should have left": inferred or past, no demand
            subj = subject(tok)
            sources = actors_at(finder, [subj]) if subj is not None else []
            targets = actors_at(finder, [c for c in children_of(comp)
                                       if c.dep_ in ("nsubj", "nsubjpass")])
            if not sources or not targets:
                continue
            lemmas = argument_lemmas(comp) | {comp.lemma_.lower()}
            found = book.topic_code("demand", lemmas)
            code, topic = ("100", "") if found is None else (found[1], found[0])
            method = "rule:verb-pattern:demand.reported-obligation" + (
                f"+topic:{topic}" if topic else "")
            out += [Candidate(tok, code, src, tgt, method, 0.6) for src in sources
                    for tgt in targets]
    return out
