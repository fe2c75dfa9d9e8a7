"""Whom a condemnation of an act told before is aimed at: the act's doer (issue 12).

"Gunmen attacked a mosque …, Boko Haram claimed responsibility … President Buhari *condemned the
attack*": CAMEO codes a condemnation (root 11) towards the party condemned, and an act condemned
stands for whoever did it. The coder found the act noun ("the attack", "the killings", "the
arrest") as the condemnation's object and, since the noun names no party of its own, kept the
event without a coded target. A definite act noun (a definite or demonstrative determiner, or a
possessive pronoun) refers back to an act the article already told; when an earlier event of
the noun's own root (by its patterns in ``patterns.yaml``) has a coded doer, that doer is the
target — the way a reader takes "the attack" to be the one just reported. An indefinite noun
("condemned any attack on civilians") or one that names its own party ("the attack by the
Taliban", read by the pattern's own slots) is left alone. A definite noun that names an act of
no particular kind (WordNet's noun.act supersense as its most frequent sense: "the move", "the
decision", "the step") is the act told in the same sentence or the one before, by another party
than the one disapproving: "The US approved the sale of jets to Taiwan. China described the move
as unacceptable" → China → US. A noun that names an act only as the object of a light verb
("launched a military operation": ``fight.launch-operation``) refers back to the acts of that
verb pattern's root ("… The operation was condemned by the EU" → Turkey). A judgement
predicated of a definite act ("the ruling is unwelcome", ``judgements.py``) is about the
copula's subject, which that step gives as the candidate's patient.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_finder import political
from .candidate import Candidate
from .judgements import METHOD as JUDGEMENT
from .kinds import kinds_of
from .patterns import PatternBook
from .syntax import children_of, head_of, objects

__all__ = ["CENSURE_ROOTS", "censured_doers"]

#: Roots whose act noun object stands for the act's doer (disapproval).
CENSURE_ROOTS = frozenset({"11"})
#: How far back (in characters) an act may have been told to be the one referred to.
_REACH = 3000
#: The WordNet supersense (``noun_kinds.tsv``, most frequent sense) of a noun that names an act
#: without saying which ("the move", "the decision", "the step"): it refers to the act just told.
_ACT_KIND = "act"


def _definite(noun: Token) -> bool:
    """A determiner that refers back (definite or demonstrative) or a possessive pronoun, read
    off the tagger's morphology rather than a word list."""
    for c in children_of(noun):
        if c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get(
                "PronType", [])):
            return True
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            return True
    return False


def _copula_subject(cand: Candidate) -> Token | None:
    """The subject a judgement is predicated of ("the ruling is unwelcome", "the move was a
    mistake": judgements.py gives it as the candidate's patient, the trigger being the copula
    or its predicate noun)."""
    subj = cand.patient
    if subj is None or subj.dep_ != "nsubj":
        return None
    cop = head_of(subj)
    trig = cand.trigger
    return subj if cop.lemma_.lower() == "be" and cop.i in (trig.i, head_of(trig).i) else None


def _act_noun(cand: Candidate, book: PatternBook) -> tuple[Token, frozenset[str]] | None:
    """The definite act noun a disapproval is about (its direct object, or the of-phrase of a
    disapproval noun: "condemnation of the attack") and the roots of that noun's patterns; an
    empty set for a noun that names an act of any kind ("the move")."""
    trig = cand.trigger
    if (judged := _copula_subject(cand)) is not None:
        nouns = [judged]
    else:
        nouns = objects(trig) if trig.pos_ != "NOUN" else [
            g for p in children_of(trig) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p) if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.pos_ != "NOUN" or not _definite(noun):
            continue
        lemma = noun.lemma_.lower()
        roots = frozenset(p.code[:2] for p in book.candidates("noun", lemma) if p.code) | (
            _carried_roots(lemma, book))
        if roots:
            return noun, roots
        kinds = kinds_of(noun)
        if kinds and kinds[0] == _ACT_KIND:
            return noun, frozenset()
    return None


def _carried_roots(lemma: str, book: PatternBook) -> frozenset[str]:
    """The roots of the verb patterns that carry a noun as a light verb's object ("launched a
    military operation" is force, 19): "… The operation was condemned by the EU" refers back
    to that act, though "operation" has no noun pattern of its own."""
    return frozenset(p.code[:2] for p in book.patterns if p.code and p.pos == "verb"
                     and lemma in p.objects and p.lemmas & book.light_verbs)


def _told_just_before(cand: Candidate, prev: Candidate) -> bool:
    """An act of the same sentence or the one before (for a noun that names no kind of act):
    "the move" is the act just told, not any earlier one."""
    first = cand.trigger.sent.start
    if prev.trigger.sent.start == first:
        return True
    return first > 0 and prev.trigger.sent.start == cand.trigger.doc[first - 1].sent.start


def censured_doers(cands: list[Candidate], book: PatternBook) -> None:
    """Give a disapproval of a definite act noun with no coded target the doer of the latest
    earlier event of that noun's roots (same document, within ``_REACH`` characters)."""
    for cand in cands:
        if cand.code[:2] not in CENSURE_ROOTS or political(cand.target):
            continue
        found = _act_noun(cand, book)
        if found is None:
            continue
        noun, roots = found
        start = cand.trigger.idx
        earlier = [p for p in cands if p is not cand and (
                   p.code[:2] in roots if roots else (
                       p.code[:2] not in CENSURE_ROOTS and _told_just_before(cand, p)))
                   and p.trigger.idx < start and start - p.trigger.idx <= _REACH
                   and p.trigger.i != noun.i and political(p.source)
                   and p.method != JUDGEMENT  # a judgement names no act to refer back to
                   and p.source is not None and cand.source is not None
                   and (p.source.code or p.source.country) != (
                       cand.source.code or cand.source.country)]
        if not earlier:
            continue
        doer = max(earlier, key=lambda p: p.trigger.idx).source
        cand.target = doer
        cand.notes.append(f"target: the doer of the {noun.lower_} condemned, told before")
